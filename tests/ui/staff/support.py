"""What the staff-mode tests share: a PIN on file, taps, the corner hold, and getting in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataPaths
from kiosk.core.pin import PinStore, pin_file
from kiosk.ui.staff.area import StaffArea
from kiosk.ui.staff.gesture import CornerHold
from kiosk.ui.staff.pinpad import PinPad
from kiosk.ui.window import KioskWindow

PIN = "2468"


def corner(window: QWidget) -> QPoint:
    """A point inside the staff corner: the top corner away from "Start over" (the top right, or the
    top left in a right-to-left language)."""
    return QPoint(10 if window.isRightToLeft() else window.width() - 10, 10)


def quick_timers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A hold of a few milliseconds; the staff timeout stays long unless a test shortens it."""
    monkeypatch.setattr(CornerHold, "HOLD_MS", 30)


def data_paths() -> DataPaths:
    """The test's private data folder (KIOSK_DATA_DIR, set by the root conftest)."""
    return DataPaths.choose(None)


def set_pin(pin: str = PIN) -> PinStore:
    store = PinStore(pin_file(data_paths()))
    store.set_pin(pin)
    return store


def copy_pack(source: Path, pack_id: str) -> Path:
    """Put a pack folder into the kiosk's packs folder by hand (as an admin could)."""
    target = data_paths().packs_dir / pack_id
    shutil.copytree(source, target)
    return target


def tap(qtbot: QtBot, widget: QWidget) -> None:
    """Tap ``widget`` once it shows: a widget added to a shown layout appears at the next turn of the event loop."""
    qtbot.waitUntil(lambda: widget.isVisible() and widget.isEnabled(), timeout=2_000)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def hold_corner(qtbot: QtBot, window: KioskWindow, point: QPoint | None = None) -> StaffArea:
    """Press the staff corner, keep holding until the PIN pad shows, then lift the finger."""
    point = corner(window) if point is None else point
    target = window.childAt(point) or window
    position = target.mapFrom(window, point)
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=position)
    qtbot.waitUntil(window.staff_is_shown)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=position)
    return window.staff


def type_pin(qtbot: QtBot, pad: PinPad, digits: str) -> None:
    for digit in digits:
        tap(qtbot, pad.digit_buttons[digit])
    tap(qtbot, pad.ok_button)


def wait_done(qtbot: QtBot, staff: StaffArea) -> None:
    """Until the worker thread has finished whatever staff asked for, and the screen shows the outcome."""
    qtbot.waitUntil(lambda: not staff.runner.busy, timeout=10_000)
    QApplication.processEvents()  # widgets added to a shown layout appear at the next turn of the event loop


def enter_staff(qtbot: QtBot, window: KioskWindow, pin: str = PIN) -> StaffArea:
    staff = hold_corner(qtbot, window)
    type_pin(qtbot, staff.pin_screen.pad, pin)
    assert staff.is_open
    wait_done(qtbot, staff)
    return staff
