"""The kiosk window's anonymous usage counts by day (kiosk/core/fleet, docs/usage-counts.md).

A visit is noted in memory as it goes (``VisitTally``) and written when it ends, off the UI
thread. SQLite loads with the first visit, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.core.fleet.tally import Increment, VisitTally
from kiosk.core.paths import DataPaths
from kiosk.core.session import Session
from kiosk.core.settings import Settings

if TYPE_CHECKING:
    from kiosk.core.fleet.usage import UsageRecorder


class UsageCounting:
    """Counts the visits on ``session`` into the data folder's usage file, while ``settings()`` say so."""

    def __init__(self, session: Session, paths: DataPaths, settings: Callable[[], Settings], *, enabled: bool) -> None:
        self._paths = paths
        self._settings = settings
        self.tally = VisitTally(session, self._count_visit, enabled=enabled)
        self._recorder: UsageRecorder | None = None

    def _count_visit(self, increments: list[Increment]) -> None:
        """A visit ended: add it to the day's counts (SQLite loads with the first visit, not at start-up)."""
        if self._recorder is None:
            from kiosk.core.fleet.usage import UsageRecorder, usage_path  # noqa: PLC0415

            self._recorder = UsageRecorder(usage_path(self._paths))
        self._recorder.add(increments)

    def finish(self) -> None:
        """Wait (briefly) until the last visit's counts are on the disk: before the kiosk stops."""
        if self._recorder is not None:
            self._recorder.flush()

    def for_report(self) -> dict[str, object]:
        """The report's counts (on the report's worker thread): the last 30 days by day, counts under
        5 as "<5"; only that counting is off when staff turned it off."""
        from kiosk.core.fleet.usage import usage_summary  # noqa: PLC0415

        if not self._settings().usage_counting:
            return {"counting": False}
        return {"counting": True, **usage_summary(30, paths=self._paths)}
