"""A clock that moves only when the test says so (the kiosk's one clock: settle guard and idle watch)."""

from __future__ import annotations


class SteppedClock:
    """Time moves only when the test says so."""

    def __init__(self, now: float = 100.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
