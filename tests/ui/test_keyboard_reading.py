"""Keyboard and switch users read long text: Tab into it, scroll it with keys, and reach and follow its links."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QAbstractScrollArea, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.content.markup import render_markdown
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.questionnaire.model import NOT_SURE
from kiosk.core.session import Preferences, Screen
from kiosk.core.settings import Settings
from kiosk.ui.theme import theme_colors
from kiosk.ui.visit.page import PageBody, PageScreen
from kiosk.ui.visit.result import ResultScreen
from kiosk.ui.window import KioskWindow
from tests.ui.conftest import MakeWindow
from tests.ui.test_accessibility import focused, press, tab
from tests.ui.widgets.test_kinetic import LONG_TEXT, demo_pack, drag, settled


def keyboard_ready(qtbot: QtBot, window: KioskWindow) -> None:
    """The window is active and the view holds the focus, as when a patient has not pressed Tab yet."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.session_view.setFocus()


def tab_into(qtbot: QtBot, window: KioskWindow, area: QWidget) -> list[QWidget]:
    """Press Tab until the focus is inside ``area`` (or is ``area``); the widgets passed before it."""
    passed: list[QWidget] = []
    for _ in range(30):
        widget = tab(qtbot, window)
        assert widget is not None, "Tab lost the focus"
        if widget is area or area.isAncestorOf(widget):
            return passed
        passed.append(widget)
    raise AssertionError(f"Tab never reached the text; it went {[w.accessibleName() for w in passed]}")


def key(qtbot: QtBot, which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = focused()
    assert widget is not None
    qtbot.keyClick(widget, which, modifier)


def pixel(widget: QWidget, point: QPoint) -> QColor:
    """The colour a patient sees at ``point`` of ``widget``."""
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))


# -- the result ----------------------------------------------------------------------------------------


@pytest.fixture
def long_result(make_window: MakeWindow) -> tuple[KioskWindow, ResultScreen]:
    """A result longer than its box: Spanish, largest text, 1280x800 ("Not sure" to everything but the
    two questions where "Not sure" goes straight to staff)."""
    kiosk = make_window(BUNDLED_CONTENT_DIR / "rfa-facet", Settings(idle_countdown_s=2))
    session = kiosk.session
    session.defaults = Preferences(language="es", text_size="largest", theme="default")
    session.reset()
    kiosk.resize(1280, 800)
    session.start_questionnaire()
    while session.screen is Screen.QUESTION:
        session.answer("no" if session.question.id in ("bladder_bowel", "saddle_numbness") else NOT_SURE)
    screen = kiosk.session_view.current_result_screen()
    assert screen is not None
    return kiosk, screen


def test_the_text_and_its_scroll_bar_stay_inside_the_focus_frame(
    qtbot: QtBot, long_result: tuple[KioskWindow, ResultScreen]
) -> None:
    _kiosk, screen = long_result
    area = screen.text
    qtbot.waitUntil(lambda: area.verticalScrollBar().isVisible())
    width = area.frame.width
    assert width > 0
    inside = area.rect().adjusted(width, width, -width, -width)
    assert inside.contains(area.viewport().geometry())
    bar = area.verticalScrollBar()
    assert inside.contains(QRect(bar.mapTo(area, QPoint(0, 0)), bar.size()))  # it once covered the frame


def result_text(screen: ResultScreen) -> QAbstractScrollArea:
    widget = focused()
    assert isinstance(widget, QAbstractScrollArea) and screen.isAncestorOf(widget)
    return widget


def test_tab_reaches_the_result_text_in_reading_order_with_a_name_and_a_frame(
    qtbot: QtBot, long_result: tuple[KioskWindow, ResultScreen]
) -> None:
    kiosk, screen = long_result
    view = kiosk.session_view
    keyboard_ready(qtbot, kiosk)
    edge = QPoint(screen.text.x() + 1, screen.text.y() + screen.text.height() // 2)  # on its frame
    unfocused = pixel(screen, edge)

    assert tab_into(qtbot, kiosk, screen) == [view.home_button]  # after Start over, before Back
    text = result_text(screen)
    assert text.accessibleName() == screen.headline.text()
    assert pixel(screen, edge) == QColor(theme_colors("default")["primary"])
    assert unfocused != pixel(screen, edge)
    # then each question to choose for the summary, then Back
    for button in screen.question_buttons:
        assert tab(qtbot, kiosk) is button
    assert tab(qtbot, kiosk) is view.back_button
    assert tab(qtbot, kiosk, backwards=True) is (screen.question_buttons[-1] if screen.question_buttons else text)


def test_the_result_text_scrolls_with_arrows_page_keys_and_space(
    qtbot: QtBot, long_result: tuple[KioskWindow, ResultScreen]
) -> None:
    kiosk, screen = long_result
    keyboard_ready(qtbot, kiosk)
    tab_into(qtbot, kiosk, screen)
    bar = result_text(screen).verticalScrollBar()
    assert bar.maximum() > 0, "the result fits; this test needs one that scrolls"

    key(qtbot, Qt.Key.Key_Down)
    line = bar.value()
    assert line > 0
    key(qtbot, Qt.Key.Key_PageDown)
    assert bar.value() > line * 3
    key(qtbot, Qt.Key.Key_PageUp)
    assert bar.value() == line  # exactly back, though the More below strip changed the page's height
    key(qtbot, Qt.Key.Key_Home)
    assert bar.value() == 0
    key(qtbot, Qt.Key.Key_Space)
    paged = bar.value()
    assert paged > line * 3
    key(qtbot, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() == 0
    key(qtbot, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    key(qtbot, Qt.Key.Key_Home)
    assert bar.value() == 0


def test_a_flick_still_scrolls_the_result_text_and_gives_it_no_focus(
    qtbot: QtBot, long_result: tuple[KioskWindow, ResultScreen]
) -> None:
    _, screen = long_result
    viewport = screen.text.viewport()
    drag(qtbot, viewport, viewport.rect().center() + QPoint(0, 150), 200)
    qtbot.waitUntil(lambda: screen.text.verticalScrollBar().value() > 0)
    qtbot.waitUntil(lambda: settled(viewport), timeout=5000)
    assert not screen.text.hasFocus()  # touch users see no focus frame


def test_keyboard_users_land_on_the_result_text_after_the_last_answer(qtbot: QtBot, make_window: MakeWindow) -> None:
    kiosk = make_window(BUNDLED_CONTENT_DIR / "rfa-facet", Settings(idle_countdown_s=2))
    session, view = kiosk.session, kiosk.session_view
    session.start_questionnaire()
    keyboard_ready(qtbot, kiosk)
    while session.screen is Screen.QUESTION:
        screen = view.current_question_screen()
        assert screen is not None
        while focused() is not screen.not_sure:
            tab(qtbot, kiosk)
        press(qtbot, Qt.Key.Key_Space)
    result = view.current_result_screen()
    assert result is not None
    assert focused() is result.text


# -- links in page text ----------------------------------------------------------------------------------


def link_page(qtbot: QtBot, window: KioskWindow) -> PageScreen:
    """The demo page "Your joints", whose text ends with a link to "The block"."""
    window.session.start()
    window.session.go_to_page("joints")
    screen = window.session_view.current_page_screen()
    assert screen is not None
    keyboard_ready(qtbot, window)
    return screen


def ring_point(body: PageBody) -> QPoint:
    """Just left of the chosen link's first letter, where its focus ring is drawn."""
    rects = body.selection_rects()
    assert rects, "no link is chosen"
    first = rects[0].toAlignedRect()
    return body.viewport().mapTo(body, QPoint(first.left() - max(2, body.frame.width), first.center().y()))


def test_tab_goes_into_the_text_then_to_each_link_which_shows_a_ring(qtbot: QtBot, window: KioskWindow) -> None:
    screen = link_page(qtbot, window)
    view = window.session_view
    body = screen.body
    assert tab_into(qtbot, window, body) == [view.home_button, screen.sources_button]
    assert body.chosen_link() == ""
    tab(qtbot, window)
    assert focused() is body
    assert body.chosen_link() == "page:block"
    assert pixel(body, ring_point(body)) == QColor(theme_colors("default")["primary"])
    picture = screen.illustration
    assert picture is not None
    assert tab(qtbot, window) is picture  # after the last link, Tab leaves the text for the picture
    assert pixel(picture, QPoint(2, picture.height() // 2)) == QColor(theme_colors("default")["primary"])  # its ring
    assert tab(qtbot, window) is view.back_button
    assert tab(qtbot, window, backwards=True) is picture
    assert tab(qtbot, window, backwards=True) is body
    assert tab(qtbot, window, backwards=True) is body
    assert body.chosen_link() == "page:block"


@pytest.mark.parametrize("follow", [Qt.Key.Key_Return, Qt.Key.Key_Space])
def test_enter_or_space_follows_the_chosen_link(qtbot: QtBot, window: KioskWindow, follow: Qt.Key) -> None:
    screen = link_page(qtbot, window)
    tab_into(qtbot, window, screen.body)
    tab(qtbot, window)
    key(qtbot, follow)
    following = window.session_view.current_page_screen()
    assert following is not None and following.title.text() == "The block"
    widget = focused()
    assert widget is not None and following.isAncestorOf(widget)  # the keyboard is on the new page


def test_a_link_scrolled_out_of_sight_is_not_followed(qtbot: QtBot, pack_dir: Path) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    followed: list[str] = []
    body = PageBody(demo_pack(pack_dir), "en", on_link=followed.append)
    after = QPushButton("After")
    after.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    layout = QVBoxLayout(holder)
    layout.addWidget(body)
    layout.addWidget(after)
    body.setHtml(LONG_TEXT)
    holder.resize(600, 400)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    body.setFocus(Qt.FocusReason.TabFocusReason)

    key(qtbot, Qt.Key.Key_Tab)
    assert body.chosen_link() == "page:block"
    key(qtbot, Qt.Key.Key_PageDown)
    assert body.chosen_link() == ""
    key(qtbot, Qt.Key.Key_Return)
    assert followed == []
    scrolled = body.verticalScrollBar().value()
    key(qtbot, Qt.Key.Key_Space)  # scrolls on, as with no link chosen
    assert body.verticalScrollBar().value() > scrolled
    assert followed == []
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_Return)  # back in sight: followed
    assert followed == ["block"]


def test_a_link_that_goes_nowhere_looks_like_plain_text_and_is_not_a_tab_stop(qtbot: QtBot, pack_dir: Path) -> None:
    colors = theme_colors("default")
    body = PageBody(demo_pack(pack_dir), "en")
    qtbot.addWidget(body)
    body.set_link_color(colors["link"])
    body.setHtml(render_markdown("Read [below](#below), then [the block](page:block)."))
    body.resize(600, 300)
    body.show()
    qtbot.waitExposed(body)
    body.activateWindow()
    qtbot.waitUntil(body.isActiveWindow)
    body.setFocus(Qt.FocusReason.TabFocusReason)

    def look(word: str) -> QTextCharFormat:
        cursor = body.document().find(word)
        cursor.setPosition(cursor.selectionStart() + 1)
        return cursor.charFormat()

    assert not look("below").fontUnderline() and look("below").foreground().color() != QColor(colors["link"])
    assert look("block").fontUnderline() and look("block").foreground().color() == QColor(colors["link"])
    key(qtbot, Qt.Key.Key_Tab)
    assert body.chosen_link() == "page:block"  # the only link
