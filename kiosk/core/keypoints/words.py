"""What a pack's own words on a patient screen or summary may be: checked, and quoted in messages.

Shared by the key-point checks and ``summary.toml`` (Qt-free; imports nothing of the pack model).
"""

from __future__ import annotations

import re
from typing import Final

#: Characters in a check's words: a question, an answer or a key point is a sentence or two.
MAX_TEXT_CHARS: Final = 300
#: Control and format characters a pack's words may not hold (newlines and direction overrides
#: would forge lines or reorder words on screen and in the take-home summary).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")


def text_problem(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """Why ``text`` cannot be a pack's words on a patient screen or summary, or "" when it can: too
    long, a line break or an invisible control character, or markup or a web address (a screen
    never shows a link)."""
    if len(text) > limit:
        return f"is {len(text):,} characters long; at most {limit} are allowed"
    if _CONTROL.search(text.strip()):
        return "has a line break or an invisible control character; write it on one line, in plain words"
    if "<" in text or "://" in text:
        return "has markup or a web address ('<' or '://'); a patient screen shows plain words only"
    return ""


def shown(value: object, limit: int = 60) -> str:
    """A value from the file as a message quotes it: shortened, control characters escaped."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
