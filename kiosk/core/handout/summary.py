"""The visit's summary as plain text in the patient's language, sized to fit one QR code.

Parts are given in order of importance; when the whole text would not fit in a QR code of at most
version :data:`MAX_VERSION` at error correction M (the most a phone camera reads easily off a
screen), the least important parts are dropped whole, never cut mid-sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import segno

#: The largest QR code the kiosk shows (version 25 is 117 modules a side).
MAX_VERSION: Final = 25
#: Error correction M: a code still reads with about 15% of it smudged or in glare.
ERROR: Final = "m"
#: The bytes a version 25-M code holds in byte mode.
MAX_BYTES: Final = 997


@dataclass(frozen=True)
class Part:
    """One part of the summary: a heading and its lines; ``priority`` 0 is kept longest.

    Lines under a heading are a list ("- …"); a part with one line and ``inline`` is written on the
    heading's own line ("Clinic phone: 555 0100")."""

    heading: str
    lines: tuple[str, ...]
    priority: int
    inline: bool = False

    def text(self) -> str:
        if not self.heading:
            return "\n".join(self.lines)
        if self.inline and len(self.lines) == 1:
            return f"{self.heading} {self.lines[0]}"
        return "\n".join([self.heading, *(f"- {line}" for line in self.lines)])


def summary_text(parts: Sequence[Part]) -> str:
    """The parts that have words, in the order given, a blank line between them."""
    return "\n\n".join(part.text() for part in parts if part.lines)


def fitted(parts: Sequence[Part]) -> tuple[str, segno.QRCode | None]:
    """The longest summary (dropping the lowest-priority parts first) that fits one QR code, and its
    code; the code is None only when even the most important part alone does not fit."""
    kept = [part for part in parts if part.lines]
    while kept:
        text = summary_text(kept)
        code = qr_code(text)
        if code is not None:
            return text, code
        lowest = max(part.priority for part in kept)
        # the last of the least important parts goes first
        drop = max(index for index, part in enumerate(kept) if part.priority == lowest)
        kept.pop(drop)
    return "", None


def qr_code(text: str) -> segno.QRCode | None:
    """``text`` as UTF-8 in byte mode (any phone camera shows it as text), or None when it needs a
    code larger than :data:`MAX_VERSION`."""
    if not text or len(text.encode("utf-8")) > MAX_BYTES:
        return None
    code = segno.make_qr(text, error=ERROR, mode="byte", encoding="utf-8", boost_error=False)
    return code if isinstance(code.version, int) and code.version <= MAX_VERSION else None


def modules(code: segno.QRCode) -> list[list[bool]]:
    """The code's dark (True) and light modules, row by row, with the four-module quiet zone."""
    return [[bool(value) for value in row] for row in code.matrix_iter(border=4)]
