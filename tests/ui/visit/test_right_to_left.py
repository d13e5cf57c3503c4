"""An Arabic pack lays the visit out mirrored: Back on the right, the next page from the left, the
staff corner at the top left; back in English, everything reads left to right again."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kiosk.core.session import Preferences
from kiosk.core.settings import Settings
from kiosk.ui.visit.page import PageScreen
from kiosk.ui.widgets.corner import CORNER_PX, corner_square, in_corner
from kiosk.ui.window import KioskWindow
from tests.conftest import TEST_PACKS_DIR
from tests.ui.conftest import MakeWindow
from tests.ui.staff.support import tap
from tests.ui.test_window import swipe


def arabic(make_window: MakeWindow) -> KioskWindow:
    kiosk = make_window(TEST_PACKS_DIR / "ar-demo", Settings(default_language="ar"))
    kiosk.session.defaults = Preferences(language="ar")
    kiosk.session.reset()  # the visit starts in the pack's (and the settings') language
    return kiosk


def page(kiosk: KioskWindow) -> PageScreen:
    screen = kiosk.session_view.current_page_screen()
    assert screen is not None
    return screen


def left_of(kiosk: KioskWindow, widget) -> int:  # type: ignore[no-untyped-def]
    return widget.mapTo(kiosk, QPoint(0, 0)).x()


def test_an_arabic_pack_mirrors_the_window_and_its_bar(qtbot: QtBot, make_window: MakeWindow) -> None:
    kiosk = arabic(make_window)
    assert kiosk.session.language == "ar"
    assert kiosk.layoutDirection() == Qt.LayoutDirection.RightToLeft
    tap(qtbot, kiosk.attract.touch)
    qtbot.waitUntil(lambda: kiosk.current_screen() is kiosk.session_view)
    view = kiosk.session_view
    tap(qtbot, view.next_button)
    assert left_of(kiosk, view.back_button) > left_of(kiosk, view.next_button)  # Back on the right
    assert left_of(kiosk, view.home_button) > kiosk.width() // 2  # "Start over" leads, on the right
    strip = view.strip.labels
    assert left_of(kiosk, strip[0]) > left_of(kiosk, strip[1])  # the sections run from the right
    assert page(kiosk).isRightToLeft()


def test_in_arabic_a_swipe_to_the_right_turns_to_the_next_page(qtbot: QtBot, make_window: MakeWindow) -> None:
    kiosk = arabic(make_window)
    kiosk.session.start()
    first = page(kiosk).title.text()
    with qtbot.waitSignal(kiosk.session_view.swipe.swiped_forward, timeout=2000):
        swipe(qtbot, page(kiosk).body.viewport(), 400)  # the next page comes from the left
    assert kiosk.session.page_index == 1
    swipe(qtbot, page(kiosk).body.viewport(), -400)
    assert kiosk.session.page_index == 0 and page(kiosk).title.text() == first


def test_the_staff_corner_is_the_top_left_in_arabic(qtbot: QtBot, make_window: MakeWindow) -> None:
    kiosk = arabic(make_window)
    assert corner_square(kiosk).x() == 0
    assert in_corner(kiosk, QPoint(10, 10)) and not in_corner(kiosk, QPoint(kiosk.width() - 10, 10))
    kiosk.session.start()
    home = kiosk.session_view.home_button
    assert left_of(kiosk, home) > CORNER_PX  # "Start over" is on the other side


def test_switching_to_english_lays_the_screens_out_left_to_right_again(qtbot: QtBot, make_window: MakeWindow) -> None:
    kiosk = arabic(make_window)
    kiosk.session.start()
    view = kiosk.session_view
    tap(qtbot, view.language_button)  # two languages: the button names English
    assert kiosk.session.language == "en"
    assert kiosk.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert left_of(kiosk, view.back_button) < left_of(kiosk, view.next_button)
    assert corner_square(kiosk).x() == kiosk.width() - CORNER_PX
    with qtbot.waitSignal(view.swipe.swiped_forward, timeout=2000):
        swipe(qtbot, page(kiosk).body.viewport(), -400)
    assert kiosk.session.page_index == 1
    tap(qtbot, view.language_button)
    assert kiosk.layoutDirection() == Qt.LayoutDirection.RightToLeft
