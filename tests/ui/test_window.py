"""Tapping and swiping through a pack, the progress strip, the idle reset, and kiosk lock-down."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QImage, QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.session import Screen
from kiosk.core.settings import Settings
from kiosk.ui.crash import install_exception_hook
from kiosk.ui.visit.page import PageScreen
from kiosk.ui.window import KioskWindow
from tests.ui.conftest import MakeWindow


def tap(qtbot: QtBot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def page(window: KioskWindow) -> PageScreen:
    screen = window.session_view.current_page_screen()
    assert screen is not None
    return screen


def start(qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window.attract)
    qtbot.waitUntil(lambda: window.current_screen() is window.session_view)


def swipe(qtbot: QtBot, widget, dx: int, dy: int = 0) -> None:  # type: ignore[no-untyped-def]
    start = widget.rect().center()
    end = start + QPoint(dx, dy)
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_attract_screen_shows_topic_clinic_and_touch_to_start(window: KioskWindow) -> None:
    assert window.current_screen() is window.attract
    assert window.attract.title.text() == "Demo topic"
    assert window.attract.subtitle.text() == "A short demo"
    assert window.attract.clinic.text() == "Riverside Spine Clinic"
    assert window.attract.touch.text() == "Touch to start"


def test_tapping_next_and_back_walks_the_pages(qtbot: QtBot, window: KioskWindow) -> None:
    start(qtbot, window)
    view = window.session_view
    assert page(window).title.text() == "Welcome"
    assert view.counter.text() == "1 of 4"
    titles = []
    for _ in range(3):
        tap(qtbot, view.next_button)
        titles.append(page(window).title.text())
    assert titles == ["Your joints", "The block", "Afterwards"]
    assert view.next_button.accessibleName() == "Finish"
    tap(qtbot, view.back_button)
    assert page(window).title.text() == "The block"


def test_finish_and_start_over_return_to_the_attract_screen(qtbot: QtBot, window: KioskWindow) -> None:
    start(qtbot, window)
    tap(qtbot, window.session_view.home_button)
    assert window.current_screen() is window.attract
    start(qtbot, window)
    window.session.go_to_page("after")
    tap(qtbot, window.session_view.next_button)
    assert window.current_screen() is window.attract


def test_section_strip_follows_the_pages(qtbot: QtBot, window: KioskWindow) -> None:
    start(qtbot, window)
    strip = window.session_view.strip
    assert [label.text() for label in strip.labels] == ["About", "Your spine", "After"]
    assert strip.current_title() == "About"
    tap(qtbot, window.session_view.next_button)
    assert strip.current_title() == "Your spine"
    assert [label.property("state") for label in strip.labels] == ["done", "current", "todo"]


def test_swiping_left_and_right_turns_pages(qtbot: QtBot, window: KioskWindow) -> None:
    start(qtbot, window)
    body = page(window).body.viewport()
    swipe(qtbot, body, -400)
    assert page(window).title.text() == "Your joints"
    swipe(qtbot, page(window).body.viewport(), -300, 40)
    assert page(window).title.text() == "The block"
    swipe(qtbot, page(window).body.viewport(), 400)
    assert page(window).title.text() == "Your joints"
    swipe(qtbot, page(window).body.viewport(), 40, 300)  # a scroll, not a swipe
    swipe(qtbot, page(window).body.viewport(), -60)  # too short to be a swipe
    assert page(window).title.text() == "Your joints"


def test_page_links_move_between_pages(qtbot: QtBot, window: KioskWindow) -> None:
    start(qtbot, window)
    window.session.go_to_page("joints")
    page(window).body.follow("page:block")
    assert page(window).title.text() == "The block"
    page(window).body.follow("https://example.org")
    assert page(window).title.text() == "The block"


def test_a_visit_still_ends_on_the_attract_screen_after_the_pack_is_reloaded(qtbot: QtBot, window: KioskWindow) -> None:
    # Staff installed or switched a pack: the visit's screens are built anew. The old screens once
    # still heard "the visit ended", failed, and left the last patient's screen showing.
    start(qtbot, window)
    tap(qtbot, window.session_view.next_button)
    old_view = window.session_view
    window.reload_pack()
    assert window.current_screen() is window.attract
    qtbot.waitUntil(lambda: not shiboken6.isValid(old_view))  # as the running kiosk deletes it
    start(qtbot, window)
    tap(qtbot, window.session_view.next_button)
    tap(qtbot, window.session_view.home_button)  # Start over
    assert window.current_screen() is window.attract
    assert not window.session.is_active


def test_page_shows_its_picture_with_alt_text_and_big_text(qtbot: QtBot, window: KioskWindow) -> None:
    start(qtbot, window)
    window.session.go_to_page("joints")
    screen = page(window)
    assert screen.illustration is not None
    assert screen.illustration.accessibleName() == "A drawing of a joint"
    assert screen.body.font().pixelSize() >= 24
    assert window.session_view.next_button.height() >= 64
    assert window.session_view.back_button.height() >= 64


def test_pictures_load_only_from_inside_the_pack(qtbot: QtBot, window: KioskWindow) -> None:
    start(qtbot, window)
    body = page(window).body
    kind = QTextDocument.ResourceType.ImageResource.value
    image = body.loadResource(kind, QUrl("joints.svg"))
    assert isinstance(image, QImage) and not image.isNull()
    for name in ("../pack.toml", "/etc/passwd", "https://example.org/x.png", "missing.svg"):
        assert body.loadResource(kind, QUrl(name)) is None


def test_portrait_puts_the_picture_above_the_text(qtbot: QtBot, window: KioskWindow) -> None:
    start(qtbot, window)
    window.session.go_to_page("joints")
    window.resize(1080, 1920)
    qtbot.waitUntil(lambda: page(window).illustration.geometry().bottom() <= page(window).body.geometry().top())


def test_language_change_keeps_the_page(qtbot: QtBot, window: KioskWindow) -> None:
    start(qtbot, window)
    window.session.go_to_page("joints")
    window.session.set_language("es")
    assert page(window).title.text() == "Sus articulaciones"
    assert window.session_view.strip.current_title() == "Su columna"


def test_idle_overlay_counts_down_and_a_touch_keeps_the_session(qtbot: QtBot, window: KioskWindow) -> None:
    start(qtbot, window)
    window.idle.set_timeout(30)
    tap(qtbot, window.session_view.next_button)
    with qtbot.waitSignal(window.idle.timed_out, timeout=3000):
        pass
    assert window.overlay.isVisible()
    assert window.overlay.title.text() == "Still there?"
    with qtbot.waitSignal(window.overlay.kept, timeout=3000):
        tap(qtbot, window.overlay)
    assert not window.overlay.isVisible()
    assert page(window).title.text() == "Your joints"


def lines_height(label: QLabel) -> int:
    """The height the label's words need, wrapped at its width."""
    wide = QRect(0, 0, label.contentsRect().width(), 100_000)
    return label.fontMetrics().boundingRect(wide, Qt.TextFlag.TextWordWrap, label.text()).height()


def test_still_there_dims_the_page_and_counts_seconds_in_words(qtbot: QtBot, window: KioskWindow) -> None:
    """The page the patient left stays in sight, dimmed, behind a card; the count names its unit."""
    start(qtbot, window)
    window.resize(1280, 800)
    before = window.grab().toImage()
    title = page(window).title
    spot = title.mapTo(window, QPoint(4, 4))  # the corner of the page's title, outside the card
    window.overlay.start(15)
    assert window.overlay.isVisible() and window.overlay.count.text() == "15 seconds"
    message = window.overlay.message  # every line of it shows, none cut at the bottom
    assert message.height() >= lines_height(message) > message.fontMetrics().height()
    assert message.height() < 4 * message.fontMetrics().height()  # two lines here, not a tall empty box
    card = window.overlay.card.geometry()
    assert not card.contains(spot) and card.width() < window.width()
    after = window.grab().toImage()
    corner = QPoint(5, window.height() - 5)  # the plain page background, outside the card
    for point in (spot, corner):
        assert 0 < after.pixelColor(point).lightness() < before.pixelColor(point).lightness()
    # Dimmed, not painted over: the title's letters still stand out from the background behind it.
    row = title.mapTo(window, QPoint(0, title.height() // 2))
    shades = {after.pixelColor(row.x() + dx, row.y()).lightness() for dx in range(0, min(card.left() - row.x(), 300))}
    assert max(shades) - min(shades) > 40
    window.overlay.start(2)  # the window fixture counts in 10 ms ticks
    qtbot.waitUntil(lambda: window.overlay.count.text() == "1 second")


def test_still_there_follows_the_text_size(qtbot: QtBot, window: KioskWindow) -> None:
    start(qtbot, window)
    window.overlay.start(15)
    normal = window.overlay.message.fontInfo().pixelSize()
    window.session.set_text_size("largest")
    qtbot.waitUntil(lambda: window.overlay.message.fontInfo().pixelSize() > normal * 1.3)
    assert window.overlay.title.fontInfo().pixelSize() > window.overlay.message.fontInfo().pixelSize()
    message = window.overlay.message
    flags = Qt.TextFlag.TextWordWrap
    qtbot.waitUntil(
        lambda: (
            message.height()
            >= message.fontMetrics().boundingRect(message.contentsRect(), flags, message.text()).height()
        )
    )


def test_idle_expiry_resets_and_forgets_the_visit(qtbot: QtBot, window: KioskWindow) -> None:
    start(qtbot, window)
    window.idle.set_timeout(20)
    window.session.go_to_page("block")
    window.session.set_language("es")
    with qtbot.waitSignal(window.overlay.expired, timeout=5000):
        pass
    assert window.current_screen() is window.attract
    assert window.session.screen is Screen.ATTRACT
    assert window.session.language == "en"
    assert window.session.page_index == 0
    assert not window.idle.is_running()


def test_idle_timer_does_not_run_on_the_attract_screen(window: KioskWindow) -> None:
    assert not window.idle.is_running()


def test_kiosk_mode_ignores_close_escape_and_context_menus(qtbot: QtBot, window: KioskWindow) -> None:
    window.close()
    assert window.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    start(qtbot, window)
    body = page(window).body
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5))
    assert window.eventFilter(body, event) is True


def test_an_unexpected_error_returns_to_the_attract_screen(
    qtbot: QtBot, window: KioskWindow, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_exception_hook(window)
    start(qtbot, window)
    window.session.go_to_page("block")
    try:
        raise RuntimeError("boom")
    except RuntimeError as err:
        with caplog.at_level(logging.CRITICAL):
            sys.excepthook(type(err), err, err.__traceback__)
    assert window.current_screen() is window.attract
    assert "builtins.RuntimeError at tests/ui/test_window.py:" in caplog.text  # where and what kind, for the log
    assert "boom" not in caplog.text  # never the message: it may carry what a patient chose


def test_far_pages_are_dropped_and_neighbours_prepared(qtbot: QtBot, window: KioskWindow) -> None:
    start(qtbot, window)
    view = window.session_view
    qtbot.waitUntil(lambda: (1, "en") in view.screens.pages)
    window.session.go_to_page("after")
    qtbot.waitUntil(lambda: (2, "en") in view.screens.pages)
    assert (0, "en") not in view.screens.pages


def test_welcome_and_sources_pages_show_the_review_date(qtbot: QtBot, window: KioskWindow) -> None:
    start(qtbot, window)
    assert "Last reviewed: November 1, 2026 (Dr Demo)." in page(window).body.toPlainText()
    window.session.go_to_page("block")
    assert "Last reviewed" not in page(window).body.toPlainText()


def test_the_review_date_is_in_the_patients_language_and_date_form(
    qtbot: QtBot, make_window: MakeWindow, pack_dir: Path
) -> None:
    spanish = make_window(pack_dir, Settings())
    spanish.session.set_language("es")
    start(qtbot, spanish)
    assert "1 de noviembre de 2026" in page(spanish).body.toPlainText()


def test_patients_never_see_the_review_status_of_a_draft(qtbot: QtBot, make_window: MakeWindow, pack_dir: Path) -> None:
    toml = pack_dir / "pack.toml"
    text = toml.read_text(encoding="utf-8").replace("format = 1", "format = 2")
    text = text.replace('reviewed_by = "Dr Demo"', 'status = "draft"\nreviewed_by = "Draft for review by Dr Demo"')
    toml.write_text(text, encoding="utf-8")
    draft = make_window(pack_dir, Settings())
    assert draft.session.pack.is_draft
    start(qtbot, draft)
    seen = [page(draft).body.toPlainText()]
    draft.session.go_to_page("after")
    seen.append(page(draft).body.toPlainText())
    assert not any("review" in text.lower() or "draft" in text.lower() for text in seen), seen


def test_sources_button_shows_the_pages_citations(qtbot: QtBot, window: KioskWindow) -> None:
    start(qtbot, window)
    screen = page(window)
    assert screen.sources_button is not None
    assert not screen.sources_panel.isVisible()
    tap(qtbot, screen.sources_button)
    assert screen.sources_panel.isVisible()
    assert screen.sources_panel.text() == "1. Demo Clinic. A demo leaflet. 2026."
    tap(qtbot, screen.sources_button)
    assert not screen.sources_panel.isVisible()


def test_language_buttons_on_attract_and_globe_button_on_pages(qtbot: QtBot, window: KioskWindow) -> None:
    buttons = window.attract.language_buttons
    assert [b.text() for b in buttons.values()] == ["English", "Español"]
    tap(qtbot, buttons["es"])
    assert window.attract.title.text() == "Tema de prueba"
    assert window.attract.touch.text() == "Toque para empezar"
    start(qtbot, window)
    assert page(window).title.text() == "Bienvenida"
    globe = window.session_view.language_button
    assert globe.accessibleName() == "English"
    tap(qtbot, window.session_view.next_button)
    tap(qtbot, globe)
    assert page(window).title.text() == "Your joints"
    assert globe.accessibleName() == "Español"


def test_a_page_taller_than_its_box_says_more_below_and_ends_on_a_whole_line(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    kiosk = make_window(BUNDLED_CONTENT_DIR / "rfa-facet", Settings())
    kiosk.resize(1280, 800)
    kiosk.session.set_text_size("largest")
    start(qtbot, kiosk)
    kiosk.session.go_to_page("facet-joints")
    body = page(kiosk).body
    cue = page(kiosk).more_below
    qtbot.waitUntil(cue.is_shown)
    assert cue.text.text() == "More below"
    # The text's box ends above the cue, on a whole line: no line of the page is cut by its edge.
    bottom = body.verticalScrollBar().value() + body.viewport().height()
    document = body.document()
    block = document.begin()
    while block.isValid():
        box = document.documentLayout().blockBoundingRect(block)
        for number in range(block.layout().lineCount()):
            line = block.layout().lineAt(number)
            top = box.top() + line.y()
            assert not top < bottom < top + line.height() - 1, f"a line is cut at y={bottom}"
        block = block.next()
    assert cue.geometry().top() >= body.viewport().geometry().bottom()
    body.verticalScrollBar().setValue(body.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: not cue.is_shown())
    assert body.verticalScrollBar().value() == body.verticalScrollBar().maximum()
    kiosk.session.set_text_size("normal")
    kiosk.resize(1920, 1080)
    kiosk.session.go_to_page("welcome")
    qtbot.waitUntil(lambda: page(kiosk).title.text() == "Welcome")
    assert page(kiosk).body.verticalScrollBar().maximum() == 0 and not page(kiosk).more_below.is_shown()
