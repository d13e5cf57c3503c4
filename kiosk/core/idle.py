"""What the kiosk does when nobody has touched it for a while: the idle policy, without Qt.

The window only keeps the clock (``kiosk.ui.visit.idle``) and shows "Still there?"; what each
silence means for the visit is decided here, so it is tested without a window.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from kiosk.core.session import Session

#: How long "Please tell a staff member now" stays on an untouched screen (10 minutes, DECISIONS.md):
#: long enough for a patient to fetch a staff member, short enough that the next patient never
#: finds it. No "Still there?" comes first: the screen is for staff, not for the patient to keep.
STAFF_NOW_IDLE_S: Final = 600


class IdleStep(Enum):
    """What to do when the idle time has passed."""

    NOTHING = "nothing"  # the attract screen with the clinic's defaults: nothing to forget
    WARN = "warn"  # a visit is under way: ask "Still there?" and count down
    FORGET = "forget"  # no visit, but the last patient's choices (language, text size...) linger


def idle_seconds(session: Session, usual_s: int) -> int:
    """The idle time for the screen on show: ``usual_s`` (the clinic's setting), or
    :data:`STAFF_NOW_IDLE_S` while "Please tell a staff member now" waits for staff (never less
    than the usual time, should a clinic choose a longer one)."""
    return max(STAFF_NOW_IDLE_S, usual_s) if session.shows_urgent_result else usual_s


def after_idle(session: Session) -> IdleStep:
    """The step for ``session`` once the idle time has passed without a touch."""
    if session.shows_urgent_result:
        return IdleStep.FORGET  # ten minutes with nobody at the screen: the result is forgotten
    if session.is_active:
        return IdleStep.WARN
    if session.has_choices:
        return IdleStep.FORGET
    return IdleStep.NOTHING


def after_countdown(session: Session) -> None:
    """Nobody answered "Still there?": forget the visit and everything chosen in it."""
    session.reset()
