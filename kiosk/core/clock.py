"""The one monotonic clock the settle guard and the idle timers read, and the wall clock the screen's
sleep schedule reads, so tests can inject their own."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

#: Seconds from an arbitrary start that never goes back (``time.monotonic``).
Clock = Callable[[], float]


def monotonic() -> float:
    """The system's monotonic clock, in seconds."""
    return time.monotonic()


#: The local wall-clock time (naive, the computer's time zone): the screen's sleep schedule reads
#: it, since opening hours are wall-clock times; tests inject their own.
WallClock = Callable[[], datetime]


def local_time() -> datetime:
    """The computer's local time now."""
    return datetime.now()
