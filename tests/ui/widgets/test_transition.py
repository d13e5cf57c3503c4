"""The fade between screens: short, over the part that changed, never in the way of a touch."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.settings import Settings
from kiosk.ui import theme
from kiosk.ui.widgets.transition import DURATION_MS, START_OPACITY
from kiosk.ui.window import KioskWindow
from tests.events import pump
from tests.ui.conftest import MakeWindow

BUNDLED = BUNDLED_CONTENT_DIR / "rfa-facet"


def open_first_page(qtbot: QtBot, make_window: MakeWindow) -> KioskWindow:
    kiosk = make_window(BUNDLED, Settings())
    qtbot.mouseClick(kiosk.attract, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.current_screen() is kiosk.session_view)
    qtbot.waitUntil(lambda: not kiosk.transition.is_running(), timeout=2000)
    return kiosk


def test_the_start_fades_the_whole_window_in_and_ends_within_its_time(qtbot: QtBot, make_window: MakeWindow) -> None:
    kiosk = make_window(BUNDLED, Settings())
    fade = kiosk.transition
    qtbot.mouseClick(kiosk.attract, Qt.MouseButton.LeftButton)
    assert fade.is_running()
    assert fade.geometry() == kiosk.rect()  # the header and bar are new too
    assert 0 < fade.opacity() <= START_OPACITY < 1  # the first frame already shows the new screen
    # Every pixel of the new screen shows through a wash of the background colour, then comes clear.
    pump()  # the layouts the change asked for, as before a real frame
    assert fade.is_running()
    washed = kiosk.grab().toImage()
    with qtbot.waitSignal(fade._animation.finished, timeout=DURATION_MS * 10):
        pass
    assert not fade.is_running() and fade.opacity() == 0
    clear = kiosk.grab().toImage()
    background = QColor(theme.palette(kiosk.session.theme).background)
    differ = 0
    for y in range(0, clear.height(), 37):
        for x in range(0, clear.width(), 41):
            now, then = clear.pixelColor(x, y), washed.pixelColor(x, y)
            differ += now != then
            for part in ("red", "green", "blue"):
                low, high = sorted((getattr(now, part)(), getattr(background, part)()))
                assert low - 1 <= getattr(then, part)() <= high + 1, (x, y)
    assert differ > 50


def test_a_page_turn_fades_only_the_page_and_the_bar_stays_still(qtbot: QtBot, make_window: MakeWindow) -> None:
    kiosk = open_first_page(qtbot, make_window)
    view = kiosk.session_view
    kiosk.session.go_to_page("facet-joints")  # the next page is in the same section: no check between
    qtbot.waitUntil(lambda: not kiosk.transition.is_running(), timeout=2000)
    bar_before = view.next_button.mapTo(kiosk, QPoint(0, 0))
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert kiosk.session.page.id == "medial-branch"
    fade = kiosk.transition
    assert fade.is_running()
    stack = QRect(view.stack.mapTo(kiosk, QPoint(0, 0)), view.stack.size())
    assert fade.geometry() == stack
    assert not fade.geometry().intersects(QRect(view.next_button.mapTo(kiosk, QPoint(0, 0)), view.next_button.size()))
    assert view.next_button.mapTo(kiosk, QPoint(0, 0)) == bar_before
    qtbot.waitUntil(lambda: not fade.is_running(), timeout=DURATION_MS * 10)


def test_a_touch_during_the_fade_reaches_the_control_under_it(qtbot: QtBot, make_window: MakeWindow) -> None:
    """The fade takes no input of its own: whatever the settle guard lets through acts as without it
    (here the test clock has the guard open at once)."""
    kiosk = open_first_page(qtbot, make_window)
    view = kiosk.session_view
    kiosk.session.go_to_page(kiosk.session.pack.pages[-1].id)  # where the questions start from
    qtbot.waitUntil(lambda: not kiosk.transition.is_running(), timeout=2000)
    kiosk.session.start_questionnaire()
    assert kiosk.transition.is_running()
    screen = view.current_question_screen()
    assert screen is not None
    no = next(button for button in screen.buttons if button.value == "no")
    point = no.mapTo(kiosk, no.rect().center())
    assert kiosk.transition.geometry().contains(point)
    target = kiosk.childAt(point)
    assert target is not kiosk.transition
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target.mapFrom(kiosk, point))
    assert kiosk.session.answers.get(screen.question.id) == "no"


def test_a_resize_ends_the_fade(qtbot: QtBot, make_window: MakeWindow) -> None:
    kiosk = open_first_page(qtbot, make_window)
    qtbot.mouseClick(kiosk.session_view.next_button, Qt.MouseButton.LeftButton)
    assert kiosk.transition.is_running()
    kiosk.resize(1280, 800)
    assert not kiosk.transition.is_running()
