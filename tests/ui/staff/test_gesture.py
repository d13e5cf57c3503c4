"""The staff gesture: held in the top corner away from "Start over", dead to a patient's tap, a ring
for whoever keeps holding, and without a PIN only a message on how to set one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.core.pin import PinState, PinStore, pin_file
from kiosk.core.session import Screen
from kiosk.ui.staff.gesture import CornerHold
from kiosk.ui.staff.hint import StaffHint
from kiosk.ui.widgets.corner import CORNER_PX
from kiosk.ui.window import KioskWindow
from tests.ui.staff.support import corner, data_paths, hold_corner, quick_timers, set_pin, tap


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    quick_timers(monkeypatch)


@pytest.fixture
def kiosk(window: KioskWindow) -> KioskWindow:
    """The demo pack, with a staff PIN already chosen."""
    set_pin()
    return window


def test_holding_the_top_right_corner_opens_the_pin_pad(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = hold_corner(qtbot, kiosk, QPoint(kiosk.width() - 10, 10))
    assert kiosk.current_screen() is staff
    assert staff.current_page() is staff.pin_screen
    assert staff.pin_screen.pad.prompt.text() == "Staff PIN"
    assert not staff.is_open
    # Lifting the finger did not also start a visit underneath.
    assert kiosk.session.screen is Screen.ATTRACT


def test_holding_start_over_never_starts_the_gesture(qtbot: QtBot, kiosk: KioskWindow) -> None:
    tap(qtbot, kiosk.attract)
    view = kiosk.session_view
    tap(qtbot, view.next_button)
    home = view.home_button
    qtbot.mousePress(home, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert home.isDown()
    assert not kiosk.staff_entry.is_holding()  # no hold is counting, so none can open the PIN pad
    qtbot.mouseRelease(home, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert kiosk.current_screen() is kiosk.attract  # Start over did what it says, and only that
    assert not kiosk.staff_is_shown()


def test_a_tap_in_the_corner_does_nothing_for_patients(qtbot: QtBot, kiosk: KioskWindow) -> None:
    qtbot.mouseClick(kiosk.attract, Qt.MouseButton.LeftButton, pos=corner(kiosk))
    assert kiosk.session.screen is Screen.ATTRACT  # no visit started
    assert not kiosk.staff_is_shown()
    assert not kiosk.staff_entry.is_holding()
    tap(qtbot, kiosk.attract)
    view = kiosk.session_view
    tap(qtbot, view.next_button)
    assert kiosk.session.page_index == 1
    target = kiosk.childAt(corner(kiosk)) or kiosk
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(kiosk, corner(kiosk)))
    assert kiosk.session.screen is Screen.PAGE and kiosk.session.page_index == 1
    # Over "Still there?" a tap in the corner does not keep the visit either; a tap elsewhere does.
    kiosk.overlay.start(30)
    qtbot.mouseClick(kiosk.overlay, Qt.MouseButton.LeftButton, pos=kiosk.overlay.mapFrom(kiosk, corner(kiosk)))
    assert kiosk.overlay.is_counting()
    qtbot.mouseClick(kiosk.overlay, Qt.MouseButton.LeftButton, pos=kiosk.overlay.rect().center())
    assert not kiosk.overlay.is_counting()


def test_a_tap_just_outside_the_corner_still_starts_the_visit(qtbot: QtBot, kiosk: KioskWindow) -> None:
    qtbot.mouseClick(kiosk.attract, Qt.MouseButton.LeftButton, pos=QPoint(kiosk.width() - CORNER_PX - 10, 200))
    assert kiosk.current_screen() is kiosk.session_view


def test_only_a_still_press_in_the_corner_counts(qtbot: QtBot, kiosk: KioskWindow) -> None:
    attract = kiosk.attract
    qtbot.mousePress(attract, Qt.MouseButton.LeftButton, pos=attract.rect().center())
    assert not kiosk.staff_entry.is_holding()
    qtbot.mouseRelease(attract, Qt.MouseButton.LeftButton, pos=attract.rect().center())
    kiosk.session.reset()
    qtbot.mousePress(attract, Qt.MouseButton.LeftButton, pos=corner(kiosk))
    assert kiosk.staff_entry.is_holding()
    # Sliding the finger away (a swipe, say) is not a hold.
    qtbot.mouseMove(attract, QPoint(400, 300))
    assert not kiosk.staff_entry.is_holding()
    qtbot.mouseRelease(attract, Qt.MouseButton.LeftButton, pos=QPoint(400, 300))
    assert not kiosk.staff_is_shown()


def test_the_hold_works_with_a_finger(qtbot: QtBot, kiosk: KioskWindow) -> None:
    device = QTest.createTouchDevice()
    press = QTest.touchEvent(kiosk, device)
    press.press(0, corner(kiosk), kiosk)
    press.commit()
    qtbot.waitUntil(kiosk.staff_is_shown)
    lift = QTest.touchEvent(kiosk, device)
    lift.release(0, corner(kiosk), kiosk)
    lift.commit()
    assert kiosk.staff.current_page() is kiosk.staff.pin_screen
    assert kiosk.session.screen is Screen.ATTRACT


def test_a_touch_in_the_corner_does_not_start_a_visit(qtbot: QtBot, kiosk: KioskWindow) -> None:
    device = QTest.createTouchDevice()
    QTest.touchEvent(kiosk, device).press(0, corner(kiosk), kiosk).commit()
    QTest.touchEvent(kiosk, device).release(0, corner(kiosk), kiosk).commit()
    assert kiosk.session.screen is Screen.ATTRACT
    assert not kiosk.staff_entry.is_holding()


def test_the_hold_works_on_a_page_and_over_still_there(qtbot: QtBot, kiosk: KioskWindow) -> None:
    tap(qtbot, kiosk.attract)
    tap(qtbot, kiosk.session_view.next_button)
    hold_corner(qtbot, kiosk)
    assert kiosk.current_screen() is kiosk.staff
    tap(qtbot, kiosk.staff.pin_screen.pad.cancel_button)
    tap(qtbot, kiosk.attract)
    kiosk.overlay.start(30)
    hold_corner(qtbot, kiosk)
    assert not kiosk.overlay.isVisible()
    assert kiosk.staff.current_page() is kiosk.staff.pin_screen


def test_the_corner_follows_a_right_to_left_layout(
    qtbot: QtBot, kiosk: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The window takes its direction from the language: here every language reads right to left.
    monkeypatch.setattr("kiosk.ui.window.is_right_to_left", lambda _lang: True)
    tap(qtbot, kiosk.attract)
    assert kiosk.isRightToLeft()
    view = kiosk.session_view
    qtbot.waitUntil(lambda: view.home_button.mapTo(kiosk, QPoint(0, 0)).x() > kiosk.width() // 2)
    # "Start over" is on the right now; the staff corner is the top left.
    qtbot.mousePress(kiosk, Qt.MouseButton.LeftButton, pos=QPoint(kiosk.width() - 10, 10))
    assert not kiosk.staff_entry.is_holding()
    qtbot.mouseRelease(kiosk, Qt.MouseButton.LeftButton, pos=QPoint(kiosk.width() - 10, 10))
    hold_corner(qtbot, kiosk, QPoint(10, 10))
    assert kiosk.current_screen() is kiosk.staff


# -- the ring ------------------------------------------------------------------------------------


def test_a_ring_fills_under_the_finger_while_the_corner_is_held(
    qtbot: QtBot, kiosk: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(CornerHold, "HOLD_MS", 60_000)  # never reached here: the finger lifts first
    monkeypatch.setattr(CornerHold, "RING_AFTER_MS", 20)
    monkeypatch.setattr(CornerHold, "RING_TICK_MS", 5)
    hold = kiosk.staff_entry
    ring = hold.ring
    point = corner(kiosk)
    qtbot.mousePress(kiosk.attract, Qt.MouseButton.LeftButton, pos=point)
    assert not ring.isVisible()  # nothing shows at once: a short tap never sees it
    qtbot.waitUntil(ring.isVisible)
    assert ring.geometry().contains(point)  # around the finger
    assert ring.geometry().right() == kiosk.width() - 1 and ring.geometry().top() == 0  # kept on screen
    first = ring.progress()
    assert 0 <= first < 0.1
    qtbot.waitUntil(lambda: ring.progress() > first)
    qtbot.mouseRelease(kiosk.attract, Qt.MouseButton.LeftButton, pos=point)
    assert not ring.isVisible()
    assert not kiosk.staff_is_shown()
    assert kiosk.session.screen is Screen.ATTRACT


def test_a_short_tap_shows_no_ring(qtbot: QtBot, kiosk: KioskWindow) -> None:
    hold = kiosk.staff_entry
    qtbot.mousePress(kiosk.attract, Qt.MouseButton.LeftButton, pos=corner(kiosk))
    assert hold.ring_pending()
    qtbot.mouseRelease(kiosk.attract, Qt.MouseButton.LeftButton, pos=corner(kiosk))
    assert not hold.ring_pending()  # it will not appear later either
    assert not hold.ring.isVisible()


def test_the_ring_is_gone_once_the_pin_pad_shows(
    qtbot: QtBot, kiosk: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(CornerHold, "RING_AFTER_MS", 1)
    hold_corner(qtbot, kiosk)
    assert not kiosk.staff_entry.ring.isVisible()
    assert kiosk.staff.current_page() is kiosk.staff.pin_screen


def test_the_ring_is_full_when_the_hold_ends() -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    parent.resize(400, 300)
    hold = CornerHold(parent)
    hold.ring.set_progress(1.7)
    assert hold.ring.progress() == 1.0
    hold.ring.set_progress(-1)
    assert hold.ring.progress() == 0.0
    parent.deleteLater()


# -- no PIN: a message, nothing else ----------------------------------------------------------------


def hold_for_hint(qtbot: QtBot, window: KioskWindow) -> StaffHint:
    point = corner(window)
    qtbot.mousePress(window.attract, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window._staff_hint is not None and window._staff_hint.isVisible())
    qtbot.mouseRelease(window.attract, Qt.MouseButton.LeftButton, pos=point)
    return window.staff_hint


def test_without_a_pin_the_gesture_only_says_how_to_set_one(qtbot: QtBot, window: KioskWindow) -> None:
    assert PinStore(pin_file(data_paths())).state is PinState.NOT_SET
    hint = hold_for_hint(qtbot, window)
    assert hint.title.text() == "No staff PIN is set yet"
    assert hint.text.text() == (
        "Set the staff PIN with 'kiosk set-pin' on this computer, or run the installer again. "
        "The steps are in the staff guide."
    )
    assert not window.staff_is_shown()
    assert window._staff is None  # no PIN pad was even built, so nobody can choose a PIN here
    assert window.session.screen is Screen.ATTRACT
    # A tap takes the message away, and does nothing else (no visit starts under it).
    qtbot.mouseClick(hint, Qt.MouseButton.LeftButton, pos=hint.rect().center())
    assert not hint.isVisible()
    assert window.session.screen is Screen.ATTRACT
    assert PinStore(pin_file(data_paths())).state is PinState.NOT_SET


def test_the_message_goes_by_itself(qtbot: QtBot, window: KioskWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(StaffHint, "SHOW_MS", 20)
    hint = hold_for_hint(qtbot, window)
    qtbot.waitUntil(lambda: not hint.isVisible())
    assert window.current_screen() is window.attract


def test_a_damaged_pin_file_explains_what_to_do_and_lets_nobody_in(
    qtbot: QtBot, window: KioskWindow, private_data_dir: Path
) -> None:
    private_data_dir.mkdir(parents=True, exist_ok=True)
    pin_file(data_paths()).write_text("hash = [not toml", encoding="utf-8")
    hint = hold_for_hint(qtbot, window)
    assert hint.title.text() == "The staff PIN cannot be read"
    assert "kiosk set-pin" in hint.text.text()
    assert not window.staff_is_shown()
    assert PinStore(pin_file(data_paths())).state is PinState.DAMAGED


def test_a_pin_set_later_opens_the_pin_pad(qtbot: QtBot, window: KioskWindow) -> None:
    hold_for_hint(qtbot, window)
    set_pin()  # `kiosk set-pin` on the kiosk computer, while the kiosk runs
    staff = hold_corner(qtbot, window)
    assert not window.staff_hint.isVisible()
    assert staff.pin_screen.pad.prompt.text() == "Staff PIN"


def test_the_pin_pad_never_offers_to_choose_a_first_pin(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = hold_corner(qtbot, kiosk)
    pin_file(data_paths()).unlink()  # the PIN went while the pad was open
    tap(qtbot, staff.pin_screen.pad.cancel_button)
    staff.begin(kiosk.settings, kiosk.session.pack.languages)
    pad = staff.pin_screen.pad
    assert pad.prompt.text() == "No staff PIN is set yet"
    assert not pad.digit_buttons["1"].isEnabled()
    assert not pad.ok_button.isVisible()
