"""What usage counting adds to a page turn: the same turns with counting on and off, in one process.

Whole visits alternate, one counted and the next not (``window.usage.enabled``), so both halves see
the same warm caches and the same machine load. Each visit is Next through the pack from Touch to
start, then Start over, which hands the visit's counts to the writer thread; every page turn is
timed from the tap to its painted frame (``benchmarks/frames.py``). The next visit starts once that
write is done (a next patient comes seconds later, not 40 ms later); how long the write kept the
next visit waiting is reported, and so is the time the tally itself spends in each ``changed``
call, measured around the call.

Run by the runner in its own process: ``python -m benchmarks.usage '{"size": [1920, 1080], "turns": 200}'``.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import emit, params
from benchmarks.frames import ErrorCounter, open_kiosk
from benchmarks.stats import summary
from benchmarks.ui import READING_MS, Walker


def turns_on_and_off(walker: Walker, turns: int) -> tuple[list[float], list[float], list[float], list[float]]:
    """(page turns counted, page turns not counted, the tally's own time per change, each counted
    visit's write on its own thread, all in ms)."""
    window = walker.window
    tally = window.usage
    own: list[float] = []
    changed = tally._on_changed

    def timed() -> None:
        started = time.perf_counter()
        changed()
        own.append((time.perf_counter() - started) * 1000)

    session = window.session
    session.changed.disconnect(changed)  # the tally's own callback, swapped for one that times it
    session.changed.connect(timed)
    counted: list[float] = []
    plain: list[float] = []
    writes: list[float] = []
    try:
        while len(counted) < turns or len(plain) < turns:
            on = len(counted) <= len(plain)
            tally.enabled = on
            times = counted if on else plain
            walker.start()
            for _ in range(walker.page_count() - 1):
                times.append(walker.next())
            walker.start_over()
            if on:  # the next patient comes seconds later, not 40 ms later: their visit starts after the write
                started = time.perf_counter()
                window.finish_counting()
                writes.append((time.perf_counter() - started) * 1000)
    finally:
        session.changed.disconnect(timed)
        session.changed.connect(changed)
        tally.enabled = True
    return counted[:turns], plain[:turns], own, writes


def main() -> None:
    options = params()
    size = tuple(options.get("size", (1920, 1080)))
    turns = int(options.get("turns", 200))
    errors = ErrorCounter()
    data = Path(tempfile.mkdtemp(prefix="kiosk-bench-usage-"))
    window = open_kiosk((int(size[0]), int(size[1])), data=data)
    walker = Walker(window, int(options.get("reading_ms", READING_MS)))
    counted, plain, own, writes = turns_on_and_off(walker, turns)
    from kiosk.core.fleet.usage import read_counts, usage_path  # noqa: PLC0415
    from kiosk.core.paths import DataPaths  # noqa: PLC0415

    visits = sum(read_counts(usage_path(DataPaths.in_dir(data)), 1, dt.date.today()).per_day().values())
    on, off = summary(counted), summary(plain)
    result: dict[str, Any] = {
        "size": f"{size[0]}x{size[1]}",
        "page_turn_counting_on": on,
        "page_turn_counting_off": off,
        "p95_extra_ms": round(on["p95"] - off["p95"], 2),
        "p95_ratio": round(on["p95"] / off["p95"], 3),
        "tally_per_change": summary(own),
        "wait_for_visit_write": summary(writes),
        "visits_counted": visits,
        "errors": errors.count,
        "first_error": errors.first,
    }
    emit(result)


if __name__ == "__main__":
    main()
