"""Why a pack or an action on a pack was refused: plain sentences for clinic staff.

Every module of the install package raises :class:`PackRefused`; it lives here, below all of
them, so that none has to import another just to refuse.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence

from kiosk.core.messages import Message, msg, verbatim


class PackRefused(Exception):  # noqa: N818  (the name says what staff see: the pack was refused)
    """A pack file, or an action on a pack, was refused, for every problem found: each one plain
    sentence that clinic staff can act on. ``messages`` holds them as translatable
    :class:`~kiosk.core.messages.Message` values (the staff screens show them in their language);
    ``reasons`` holds the same sentences in English, for the command line and the logs.
    """

    def __init__(self, reasons: Message | Sequence[Message]) -> None:
        if isinstance(reasons, str):  # an exception rebuilt from its text (pickle): shown as it is
            reasons = verbatim(reasons)
        self.messages = [reasons] if isinstance(reasons, Message) else builtins.list(reasons)
        self.reasons = [str(message) for message in self.messages]
        super().__init__("; ".join(self.reasons))


def write_failure(err: OSError) -> Message:
    """Why a pack could not be saved on the kiosk's own disk."""
    return msg(
        "The kiosk could not save the pack on its disk ({reason}). The disk may be full.",
        reason=err.strerror or str(err),
    )
