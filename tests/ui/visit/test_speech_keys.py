"""What each key means in speech mode, before anything is done with it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.ui.visit.speech_keys import key_action

K = Qt.Key


def test_arrows_and_the_keypad_move_and_choose_and_a_keyboard_digit_only_repeats() -> None:
    assert key_action(K.Key_Down, keypad=False, right_to_left=False) == "next"
    assert key_action(K.Key_8, keypad=True, right_to_left=False) == "previous"
    assert key_action(K.Key_5, keypad=True, right_to_left=False) == "act"
    assert key_action(K.Key_5, keypad=False, right_to_left=False) == "repeat"  # a digit, not the keypad's 5
    assert key_action(K.Key_Shift, keypad=False, right_to_left=False) == "none"
    assert key_action(K.Key_Plus, keypad=False, right_to_left=False) == "louder"


def test_in_a_right_to_left_language_the_arrow_pointing_the_reading_way_goes_on() -> None:
    assert key_action(K.Key_Left, keypad=False, right_to_left=True) == "next"
    assert key_action(K.Key_Right, keypad=False, right_to_left=True) == "previous"
    assert key_action(K.Key_Down, keypad=False, right_to_left=True) == "next"  # up and down stay
