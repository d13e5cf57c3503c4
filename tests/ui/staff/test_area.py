"""Getting into staff mode: the PIN pad, its waiting times, and leaving again (the corner hold: test_gesture.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.pin import PinStore, pin_file
from kiosk.core.session import Screen
from kiosk.core.settings import Settings
from kiosk.ui import theme
from kiosk.ui.staff import area as staff_module
from kiosk.ui.staff.area import StaffArea
from kiosk.ui.staff.pinpad import PinScreen
from kiosk.ui.staff.style import staff_stylesheet
from kiosk.ui.window import KioskWindow
from tests.ui.conftest import MakeWindow
from tests.ui.staff.support import (
    PIN,
    corner,
    data_paths,
    enter_staff,
    hold_corner,
    quick_timers,
    set_pin,
    tap,
    type_pin,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 5_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    quick_timers(monkeypatch)


@pytest.fixture
def kiosk(window: KioskWindow) -> KioskWindow:
    """The demo pack, with a staff PIN already chosen."""
    set_pin()
    return window


def test_entering_staff_mode_ends_the_patients_visit(qtbot: QtBot, make_window: MakeWindow) -> None:
    set_pin()
    kiosk = make_window(BUNDLED_CONTENT_DIR / "rfa-facet", Settings())
    kiosk.session.start_questionnaire()
    kiosk.session.answer("no")
    kiosk.session.set_language("es")
    assert kiosk.session.answers
    hold_corner(qtbot, kiosk)
    assert kiosk.session.screen is Screen.ATTRACT
    assert kiosk.session.answers == {}
    assert kiosk.session.asked == []
    assert kiosk.session.language == "en"


def test_a_wrong_pin_does_not_open_staff_mode(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = hold_corner(qtbot, kiosk)
    pad = staff.pin_screen.pad
    type_pin(qtbot, pad, "1357")
    assert not staff.is_open
    assert staff.current_page() is staff.pin_screen
    assert pad.message.text() == "That PIN is not right. 4 more tries before a wait."
    assert pad.typed_count == 0
    assert kiosk.current_screen() is staff
    # The pad is ready for the next try, and the right PIN then opens staff mode.
    type_pin(qtbot, pad, PIN)
    assert staff.is_open
    assert staff.current_page() is staff.packs_page


def test_the_right_pin_opens_the_staff_screens(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = enter_staff(qtbot, kiosk)
    assert staff.current_page() is staff.packs_page
    assert staff.nav_buttons["packs"].isChecked()


def test_the_pin_pad_is_touch_sized_and_shows_dots(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = hold_corner(qtbot, kiosk)
    pad = staff.pin_screen.pad
    for size in ((1920, 1080), (1280, 800)):
        kiosk.resize(*size)
        qtbot.waitUntil(lambda: all(b.height() >= 72 for b in pad.digit_buttons.values()))
        assert min(b.width() for b in pad.digit_buttons.values()) >= 72
    assert pad.ok_button.isEnabled() is False
    for digit in "123":
        tap(qtbot, pad.digit_buttons[digit])
    assert pad.dots.text() == "● ● ● ○"
    assert not pad.ok_button.isEnabled()
    tap(qtbot, pad.delete_button)
    assert pad.dots.text() == "● ● ○ ○"
    tap(qtbot, pad.clear_button)
    assert pad.typed_count == 0


def test_cancel_goes_back_to_the_attract_screen(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = hold_corner(qtbot, kiosk)
    tap(qtbot, staff.pin_screen.pad.cancel_button)
    assert kiosk.current_screen() is kiosk.attract
    # And the way in still works afterwards.
    hold_corner(qtbot, kiosk)


def test_five_wrong_pins_lock_the_pad_with_a_countdown(
    qtbot: QtBot, kiosk: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    monkeypatch.setattr(staff_module, "PinStore", lambda path: PinStore(path, clock=clock))
    monkeypatch.setattr(PinScreen, "TICK_MS", 10)
    staff = hold_corner(qtbot, kiosk)
    pad = staff.pin_screen.pad
    for _ in range(4):
        type_pin(qtbot, pad, "1111")
    assert pad.message.text() == "That PIN is not right. One more wrong PIN and you will have to wait."
    type_pin(qtbot, pad, "1111")
    assert pad.message.text() == "Too many wrong PINs. You can try again in 0:30."
    assert pad.is_locked() and not pad.digit_buttons["2"].isEnabled()
    clock.now += 10
    qtbot.waitUntil(lambda: pad.message.text() == "Too many wrong PINs. You can try again in 0:20.")
    clock.now += 20
    qtbot.waitUntil(lambda: pad.message.text() == "You can try again now.")
    type_pin(qtbot, pad, PIN)
    assert staff.is_open


def test_the_wait_is_still_there_after_leaving_and_coming_back(
    qtbot: QtBot, kiosk: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    monkeypatch.setattr(staff_module, "PinStore", lambda path: PinStore(path, clock=clock))
    staff = hold_corner(qtbot, kiosk)
    for _ in range(5):
        type_pin(qtbot, staff.pin_screen.pad, "1111")
    tap(qtbot, staff.pin_screen.pad.cancel_button)
    clock.now += 12
    staff = hold_corner(qtbot, kiosk)
    assert staff.pin_screen.pad.message.text() == "Too many wrong PINs. You can try again in 0:18."
    assert PinStore(pin_file(data_paths()), clock=clock).wait_remaining() == 18


def test_staff_mode_leaves_by_itself_after_no_touch(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = enter_staff(qtbot, kiosk)
    assert StaffArea.TIMEOUT_MS == 120_000
    with qtbot.waitSignal(staff.left, timeout=5000):
        staff.idle.set_timeout(50)  # as if the two minutes were up
        staff.idle.start()
    assert kiosk.current_screen() is kiosk.attract
    assert not staff.is_open
    # Coming back asks for the PIN again.
    hold_corner(qtbot, kiosk)
    assert staff.current_page() is staff.pin_screen


def test_an_unattended_pin_pad_also_times_out(
    qtbot: QtBot, kiosk: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(StaffArea, "TIMEOUT_MS", 50)
    staff = kiosk.staff
    with qtbot.waitSignal(staff.left, timeout=5000):
        qtbot.mousePress(kiosk.attract, Qt.MouseButton.LeftButton, pos=corner(kiosk))
    qtbot.mouseRelease(kiosk.attract, Qt.MouseButton.LeftButton, pos=corner(kiosk))
    assert kiosk.current_screen() is kiosk.attract
    assert kiosk.session.screen is Screen.ATTRACT


def test_leave_staff_mode_shows_the_attract_screen(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = enter_staff(qtbot, kiosk)
    tap(qtbot, staff.leave_button)
    assert kiosk.current_screen() is kiosk.attract
    tap(qtbot, kiosk.attract)
    assert kiosk.current_screen() is kiosk.session_view


@pytest.mark.parametrize("role", ["danger", "primary", "staff-nav", "key", "pin-key"])
@pytest.mark.parametrize("theme_name", ["default", "high-contrast"])
def test_a_disabled_staff_button_is_greyed_whatever_its_role(qtbot: QtBot, role: str, theme_name: str) -> None:
    area = QWidget()
    area.setObjectName("StaffArea")
    area.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    area.setStyleSheet(staff_stylesheet(theme_name, 1.0))
    qtbot.addWidget(area)
    button = QPushButton("Remove", area)
    button.setProperty("role", role)
    button.setGeometry(10, 10, 300, 100)
    button.setEnabled(False)
    area.resize(320, 120)
    area.show()
    image = button.grab().toImage()
    colors = theme.theme_colors(theme_name)
    assert QColor(image.pixel(294, 50)).name() == colors["secondary"]  # the flat grey fill, also at its edge
    assert QColor(image.pixel(150, 8)).name() == colors["secondary"]
