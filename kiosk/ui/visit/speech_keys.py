"""Speech mode's keys: what each key of a keyboard or a keypad asks for.

A patient who cannot see uses the arrows (or the keypad's 2, 4, 6 and 8) to go from control to
control, Enter, Space or the keypad's 5 to choose, and a few more for help, repeating, stopping
and the volume. This module only names what a key means; ``speech_mode`` does it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

K = Qt.Key
NEXT_KEYS = frozenset({K.Key_Right, K.Key_Down, K.Key_Tab, K.Key_6, K.Key_2})
PREVIOUS_KEYS = frozenset({K.Key_Left, K.Key_Up, K.Key_Backtab, K.Key_4, K.Key_8})
#: The arrows that swap meaning in a right-to-left language.
SIDEWAYS = frozenset({K.Key_Right, K.Key_Left, K.Key_6, K.Key_4})
ACT_KEYS = frozenset({K.Key_Return, K.Key_Enter, K.Key_Space, K.Key_Select, K.Key_5, K.Key_Clear})
HELP_KEYS = frozenset({K.Key_F1, K.Key_Help, K.Key_H, K.Key_Question, K.Key_Asterisk, K.Key_Slash})
REPEAT_KEYS = frozenset({K.Key_R, K.Key_0, K.Key_Insert})
STOP_KEYS = frozenset({K.Key_Escape, K.Key_Period, K.Key_Comma, K.Key_Delete, K.Key_MediaStop})
LOUDER_KEYS = frozenset({K.Key_Plus, K.Key_Equal, K.Key_VolumeUp})
QUIETER_KEYS = frozenset({K.Key_Minus, K.Key_Underscore, K.Key_VolumeDown})
#: Digit keys of a numeric keypad with Num Lock on; without the keypad they are only digits.
KEYPAD_ONLY = frozenset({K.Key_2, K.Key_4, K.Key_5, K.Key_6, K.Key_8, K.Key_0, K.Key_Period, K.Key_Comma})
MODIFIERS = frozenset({K.Key_Shift, K.Key_Control, K.Key_Alt, K.Key_Meta, K.Key_AltGr, K.Key_NumLock})

#: What a key asks for, by the first set it is in (after the direction is settled).
ACTIONS: tuple[tuple[frozenset[Qt.Key], str], ...] = (
    (ACT_KEYS, "act"),
    (HELP_KEYS, "help"),
    (REPEAT_KEYS, "repeat"),
    (STOP_KEYS, "stop"),
    (LOUDER_KEYS, "louder"),
    (QUIETER_KEYS, "quieter"),
)


def key_action(key: Qt.Key, keypad: bool, right_to_left: bool) -> str:
    """What ``key`` asks for: "next", "previous", "act", "help", "repeat", "stop", "louder",
    "quieter", "none" (a modifier alone), or "repeat" for any other key.

    ``keypad``: it came from the number pad (a digit on the keyboard is not an arrow).
    ``right_to_left``: the arrow that points the way the patient reads goes on.
    """
    if key in KEYPAD_ONLY and not keypad:
        key = K.Key_unknown
    forward, backward = NEXT_KEYS, PREVIOUS_KEYS
    if right_to_left:
        forward, backward = forward ^ SIDEWAYS, backward ^ SIDEWAYS
    if key in MODIFIERS:
        return "none"
    if key in forward:
        return "next"
    if key in backward:
        return "previous"
    return next((action for keys, action in ACTIONS if key in keys), "repeat")
