"""Which file formats this kiosk reads, and the words for a pack written for a newer kiosk.

``pack.toml`` and ``questionnaire.toml`` each carry ``format = N`` (``docs/pack-format.md``).
A kiosk reads every format up to its own and refuses a newer one with a sentence, never a crash.
"""

from __future__ import annotations

from typing import Final

from kiosk import __version__

#: The newest format this kiosk reads (pack.toml and questionnaire.toml alike).
NEWEST_FORMAT: Final = 2
#: The first kiosk version that reads each format.
KIOSK_VERSION_FOR_FORMAT: Final = {1: "0.1.0", 2: "0.2.0"}


def format_problem(value: object, needs_kiosk: object = None) -> str:
    """Why ``format = value`` cannot be read by this kiosk, or "" when it can.

    ``needs_kiosk`` is the pack's own ``kiosk_version`` (the oldest kiosk that reads it), used
    in the message for a format newer than this kiosk knows.
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        return f"format {value!r} is not a format number; write format = {NEWEST_FORMAT}"
    if value <= NEWEST_FORMAT:
        return ""
    needs = (
        f"this pack needs kiosk version {needs_kiosk.strip()} or later"
        if isinstance(needs_kiosk, str) and needs_kiosk.strip()
        else f"this pack needs a kiosk newer than version {__version__}"
    )
    return f"{needs}: it is written in format {value}, and this kiosk reads formats 1 to {NEWEST_FORMAT}"
