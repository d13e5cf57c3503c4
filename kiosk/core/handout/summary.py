"""The visit's summary as plain text in the patient's language, sized to fit one QR code (qrcode).

Parts are given in order of importance; when the whole text would not fit in a QR code of at most
version :data:`MAX_VERSION` at error correction M (the most a phone camera reads easily off a
screen), the least important parts are dropped whole, never cut mid-sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import qrcode

#: The largest QR code the kiosk shows (version 25 is 117 modules a side).
MAX_VERSION: Final = 25
#: The mask pattern every code uses (see ``qr_code``).
MASK: Final = 0
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
    #: When set, the part may give up lines from its end before it is dropped whole; this line then
    #: says that there were more ("Ask your doctor about the other points from today.").
    more: str = ""

    def shortened(self) -> Part | None:
        """The part with its last line given up, or None when it cannot give up a line."""
        own = [line for line in self.lines if line != self.more]
        if not self.more or len(own) < 2:
            return None
        return Part(self.heading, (*own[:-1], self.more), self.priority, self.inline, self.more)

    def text(self) -> str:
        if not self.heading:
            return "\n".join(self.lines)
        if self.inline and len(self.lines) == 1:
            return f"{self.heading} {self.lines[0]}"
        return "\n".join([self.heading, *(f"- {line}" for line in self.lines)])


def summary_text(parts: Sequence[Part]) -> str:
    """The parts that have words, in the order given, a blank line between them."""
    return "\n\n".join(part.text() for part in parts if part.lines)


def fitted(parts: Sequence[Part]) -> tuple[str, qrcode.QRCode | None]:
    """The longest summary that fits one QR code, and its code: the lowest-priority parts give up
    lines (those that may) or go whole, last first; the code is None only when even the most
    important parts (priority 0), which are never dropped, do not fit together."""
    kept = [part for part in parts if part.lines]
    while kept:
        text = summary_text(kept)
        code = qr_code(text)
        if code is not None:
            return text, code
        lowest = max(part.priority for part in kept)
        if lowest == 0:
            break  # what is always kept does not fit: no code, rather than one without it
        # the last of the least important parts gives up a line, or goes whole
        drop = max(index for index, part in enumerate(kept) if part.priority == lowest)
        shorter = kept[drop].shortened()
        if shorter is not None:
            kept[drop] = shorter
        else:
            kept.pop(drop)
    return "", None


def qr_code(text: str) -> qrcode.QRCode | None:
    """``text`` as UTF-8 in byte mode (any phone camera shows it as text), or None when it needs a
    code larger than :data:`MAX_VERSION`."""
    import qrcode  # noqa: PLC0415  (only when a result is shown: the first screen never needs it)
    from qrcode.util import MODE_8BIT_BYTE, QRData  # noqa: PLC0415

    data = text.encode("utf-8")
    if not data or len(data) > MAX_BYTES:
        return None
    # One fixed mask: trying all eight for the "best" one takes five times as long in pure Python,
    # and any mask is read by every decoder (the tests read every result's code back).
    # Error correction M: a code still reads with about 15% of it smudged or in glare.
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4, mask_pattern=MASK)
    code.add_data(QRData(data, mode=MODE_8BIT_BYTE), optimize=0)
    code.make(fit=True)
    return code if code.version <= MAX_VERSION else None


def modules(code: qrcode.QRCode) -> list[list[bool]]:
    """The code's dark (True) and light modules, row by row, with the four-module quiet zone."""
    return [[bool(value) for value in row] for row in code.get_matrix()]
