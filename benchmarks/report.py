"""Writing the status report to the outbox while the attract screen waits for a patient.

The kiosk runs with an outbox folder and a few days of usage counts, as a fleet kiosk does. Each
report is asked for as the hourly timer asks (``FleetLink.report_now``) and timed three ways:
from the request to the file written (``report_written``, the worker thread's part included);
the part the UI thread spends (the attract screen drawn off screen and the work handed over); and
the longest the event loop went without running a 5 ms timer while the report was being made,
which is how late a tap on the attract screen would be answered. Between reports the loop idles,
as the kiosk does for an hour.

Run by the runner in its own process: ``python -m benchmarks.report '{"size": [1920, 1080], "reports": 20}'``.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

from benchmarks.common import emit, params
from benchmarks.frames import ErrorCounter, app, open_kiosk
from benchmarks.stats import summary

#: The ticking timer that shows how long the event loop was held (ms).
TICK_MS = 5
#: Idle time between reports, so each one starts from a quiet loop (ms).
PAUSE_MS = 200


def seed_counts(data: Path) -> None:
    """A week of visits in the usage file, so the report carries counts as a kiosk's does."""
    from kiosk.core.fleet.usage import record, usage_path  # noqa: PLC0415
    from kiosk.core.paths import DataPaths  # noqa: PLC0415

    path = usage_path(DataPaths.in_dir(data))
    today = dt.date.today()
    for back in range(7):
        day = today - dt.timedelta(days=back)
        record(path, day, [("visits", "all"), ("language", "en"), ("stopped_at", "rfa-facet/result")] * 12)


def main() -> None:
    options = params()
    size = tuple(options.get("size", (1920, 1080)))
    reports = int(options.get("reports", 20))
    errors = ErrorCounter()
    data = Path(tempfile.mkdtemp(prefix="kiosk-bench-report-"))
    outbox = data / "outbox"
    outbox.mkdir()
    seed_counts(data)
    window = open_kiosk((int(size[0]), int(size[1])), data=data, outbox_folder=str(outbox))

    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer  # noqa: PLC0415  (after the app)

    application = app()
    window.start_fleet()  # as kiosk.app does after the first frame
    fleet = window.fleet
    assert fleet is not None, "the outbox link did not start"
    while fleet.busy:  # the report written at start
        application.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    ticks: list[float] = []
    ticker = QTimer()
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    written: list[str] = []
    fleet.report_written.connect(written.append)
    fleet.report_failed.connect(lambda reason: errors.note(f"report failed: {reason}"))

    totals: list[float] = []
    ui_parts: list[float] = []
    longest: list[float] = []
    for _ in range(reports):
        pause = QDeadlineTimer(PAUSE_MS)
        while not pause.hasExpired():
            application.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        ticks.clear()
        ticker.start()
        before = len(written)
        started = time.perf_counter()
        fleet.report_now("hourly")
        ui_parts.append((time.perf_counter() - started) * 1000)
        wait = QDeadlineTimer(10_000)
        while len(written) == before and not wait.hasExpired():
            application.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        finished = time.perf_counter()
        ticker.stop()
        if len(written) == before:
            errors.note("a report was not written within 10 s")
            continue
        totals.append((finished - started) * 1000)
        marks = [started, *ticks, finished]
        longest.append(max(later - earlier for earlier, later in pairwise(marks)) * 1000)

    report = Path(written[-1]) if written else None
    result: dict[str, Any] = {
        "size": f"{size[0]}x{size[1]}",
        "write": summary(totals),
        "ui_thread": summary(ui_parts),
        "longest_loop_gap": summary(longest),
        "report_bytes": report.stat().st_size if report is not None and report.exists() else 0,
        "errors": errors.count,
        "first_error": errors.first,
    }
    window.force_close()
    emit(result)


if __name__ == "__main__":
    main()
