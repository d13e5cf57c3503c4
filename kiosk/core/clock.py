"""The one monotonic clock the settle guard and the idle timers read, so tests can inject their own."""

from __future__ import annotations

import time
from collections.abc import Callable

#: Seconds from an arbitrary start that never goes back (``time.monotonic``).
Clock = Callable[[], float]


def monotonic() -> float:
    """The system's monotonic clock, in seconds."""
    return time.monotonic()
