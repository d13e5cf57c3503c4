"""What the kiosk does when nobody has touched it for a while: the idle policy, without Qt.

The window only keeps the clock (``kiosk.ui.visit.idle``) and shows "Still there?"; what each
silence means for the visit is decided here, so it is tested without a window.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.core.session import Session


class IdleStep(Enum):
    """What to do when the idle time has passed."""

    NOTHING = "nothing"  # the attract screen with the clinic's defaults: nothing to forget
    WARN = "warn"  # a visit is under way: ask "Still there?" and count down
    FORGET = "forget"  # no visit, but the last patient's choices (language, text size...) linger


def after_idle(session: Session) -> IdleStep:
    """The step for ``session`` once the idle time has passed without a touch."""
    if session.is_active:
        return IdleStep.WARN
    if session.has_choices:
        return IdleStep.FORGET
    return IdleStep.NOTHING


def after_countdown(session: Session) -> None:
    """Nobody answered "Still there?": forget the visit and everything chosen in it."""
    session.reset()
