"""Getting into staff mode: the corner hold on every patient screen, the PIN pad, and leaving again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.pin import PinState, PinStore, pin_file
from kiosk.core.session import Screen
from kiosk.core.settings import Settings
from kiosk.ui.staff import area as staff_module
from kiosk.ui.staff.area import StaffArea
from kiosk.ui.staff.pinpad import PinScreen
from kiosk.ui.window import KioskWindow
from tests.ui.conftest import MakeWindow
from tests.ui.staff.support import (
    CORNER,
    PIN,
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


def test_holding_the_top_left_corner_opens_the_pin_pad(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = hold_corner(qtbot, kiosk)
    assert kiosk.current_screen() is staff
    assert staff.current_page() is staff.pin_screen
    assert staff.pin_screen.pad.prompt.text() == "Staff PIN"
    assert not staff.is_open
    # Lifting the finger did not also start a visit underneath.
    assert kiosk.session.screen is Screen.ATTRACT


def test_a_short_tap_in_the_corner_still_starts_the_visit(qtbot: QtBot, kiosk: KioskWindow) -> None:
    qtbot.mouseClick(kiosk.attract, Qt.MouseButton.LeftButton, pos=CORNER)
    assert kiosk.current_screen() is kiosk.session_view
    assert not kiosk.staff_is_shown()
    assert not kiosk.staff_entry.is_holding()


def test_only_a_still_press_in_the_corner_counts(qtbot: QtBot, kiosk: KioskWindow) -> None:
    attract = kiosk.attract
    qtbot.mousePress(attract, Qt.MouseButton.LeftButton, pos=attract.rect().center())
    assert not kiosk.staff_entry.is_holding()
    qtbot.mouseRelease(attract, Qt.MouseButton.LeftButton, pos=attract.rect().center())
    kiosk.session.reset()
    qtbot.mousePress(attract, Qt.MouseButton.LeftButton, pos=CORNER)
    assert kiosk.staff_entry.is_holding()
    # Sliding the finger away (a swipe, say) is not a hold.
    qtbot.mouseMove(attract, QPoint(400, 300))
    assert not kiosk.staff_entry.is_holding()
    qtbot.mouseRelease(attract, Qt.MouseButton.LeftButton, pos=QPoint(400, 300))
    assert not kiosk.staff_is_shown()


def test_the_hold_works_with_a_finger(qtbot: QtBot, kiosk: KioskWindow) -> None:
    device = QTest.createTouchDevice()
    press = QTest.touchEvent(kiosk, device)
    press.press(0, CORNER, kiosk)
    press.commit()
    qtbot.waitUntil(kiosk.staff_is_shown)
    lift = QTest.touchEvent(kiosk, device)
    lift.release(0, CORNER, kiosk)
    lift.commit()
    assert kiosk.staff.current_page() is kiosk.staff.pin_screen
    assert kiosk.session.screen is Screen.ATTRACT


def test_the_hold_works_on_a_page_over_the_start_over_button(qtbot: QtBot, kiosk: KioskWindow) -> None:
    tap(qtbot, kiosk.attract)
    view = kiosk.session_view
    tap(qtbot, view.next_button)
    home = view.home_button
    point = home.mapTo(kiosk, QPoint(8, 8))
    assert point.x() < 120 and point.y() < 120
    hold_corner(qtbot, kiosk, point)
    assert not home.isDown()
    assert kiosk.current_screen() is kiosk.staff


def test_the_hold_works_over_still_there(qtbot: QtBot, kiosk: KioskWindow) -> None:
    tap(qtbot, kiosk.attract)
    kiosk.overlay.start(30)
    hold_corner(qtbot, kiosk)
    assert not kiosk.overlay.isVisible()
    assert kiosk.staff.current_page() is kiosk.staff.pin_screen


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


def test_the_first_staff_entry_chooses_a_pin_typed_twice(qtbot: QtBot, window: KioskWindow) -> None:
    staff = hold_corner(qtbot, window)
    pad = staff.pin_screen.pad
    assert pad.prompt.text() == "Choose a staff PIN"
    type_pin(qtbot, pad, "97531")
    assert pad.prompt.text() == "Enter the same PIN again"
    type_pin(qtbot, pad, "97532")
    assert pad.prompt.text() == "Choose a staff PIN"
    assert pad.message.text() == "The two PINs were not the same. Please choose a PIN again."
    type_pin(qtbot, pad, "97531")
    type_pin(qtbot, pad, "97531")
    assert staff.is_open
    assert PinStore(pin_file(data_paths())).check("97531").ok


def test_a_damaged_pin_file_explains_what_to_do_and_lets_nobody_in(
    qtbot: QtBot, window: KioskWindow, private_data_dir: Path
) -> None:
    private_data_dir.mkdir(parents=True, exist_ok=True)
    pin_file(data_paths()).write_text("hash = [not toml", encoding="utf-8")
    staff = hold_corner(qtbot, window)
    pad = staff.pin_screen.pad
    assert pad.prompt.text() == "The staff PIN cannot be read"
    assert "kiosk set-pin" in pad.note.text()
    assert not pad.digit_buttons["1"].isEnabled()
    assert not pad.ok_button.isVisible()
    tap(qtbot, pad.cancel_button)
    assert window.current_screen() is window.attract
    assert PinStore(pin_file(data_paths())).state is PinState.DAMAGED


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
        qtbot.mousePress(kiosk.attract, Qt.MouseButton.LeftButton, pos=CORNER)
    qtbot.mouseRelease(kiosk.attract, Qt.MouseButton.LeftButton, pos=CORNER)
    assert kiosk.current_screen() is kiosk.attract
    assert kiosk.session.screen is Screen.ATTRACT


def test_leave_staff_mode_shows_the_attract_screen(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = enter_staff(qtbot, kiosk)
    tap(qtbot, staff.leave_button)
    assert kiosk.current_screen() is kiosk.attract
    tap(qtbot, kiosk.attract)
    assert kiosk.current_screen() is kiosk.session_view
