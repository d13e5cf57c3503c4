"""The PIN pad for keyboard and screen-reader users: every key reached with Tab, what was typed said
in words, and a wrong PIN said out loud (taps and the waiting times: test_area.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.window import KioskWindow
from tests.ui.conftest import Announcements
from tests.ui.staff.support import hold_corner, quick_timers, set_pin, tap, type_pin


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    quick_timers(monkeypatch)


@pytest.fixture
def kiosk(window: KioskWindow) -> KioskWindow:
    set_pin()
    return window


def test_tab_reaches_every_key_and_enter_presses_the_one_with_the_focus(qtbot: QtBot, kiosk: KioskWindow) -> None:
    pad = hold_corner(qtbot, kiosk).pin_screen.pad
    tap(qtbot, pad.digit_buttons["1"])
    assert QApplication.focusWidget() is pad, "a tap gives a key no focus ring"
    keys: list[QWidget] = [*pad.digit_buttons.values(), pad.clear_button, pad.delete_button, pad.cancel_button]
    reached: list[QWidget] = []
    for _ in range(30):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert set(keys) <= set(reached)
    five = pad.digit_buttons["5"]
    while QApplication.focusWidget() is not five:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(five, Qt.Key.Key_Return)
    assert pad.typed_count == 2 and kiosk.staff_is_shown(), "Enter typed the 5; it did not submit"
    qtbot.keyClick(five, Qt.Key.Key_3)  # digits typed on the keyboard still count with a key focused
    assert pad.typed_count == 3


def test_what_was_typed_is_said_in_words_one_digit_apart(qtbot: QtBot, kiosk: KioskWindow) -> None:
    pad = hold_corner(qtbot, kiosk).pin_screen.pad
    assert pad.dots.accessibleName() == "0 digits typed"
    tap(qtbot, pad.digit_buttons["7"])
    assert pad.dots.accessibleName() == "1 digit typed"
    tap(qtbot, pad.digit_buttons["8"])
    assert pad.dots.accessibleName() == "2 digits typed"
    assert pad.accessibleName() == "Staff PIN"


def test_a_wrong_pin_is_said_at_once(qtbot: QtBot, kiosk: KioskWindow, announcements: Announcements) -> None:
    pad = hold_corner(qtbot, kiosk).pin_screen.pad
    type_pin(qtbot, pad, "1357")
    assert announcements[-1] == ("That PIN is not right. 4 more tries before a wait.", True)
