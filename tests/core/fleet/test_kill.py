"""Counts survive ``kill -9``: a process counting visits in a loop is killed again and again, and the
file stays sound and keeps every visit whose commit had returned."""

from __future__ import annotations

import datetime as dt
import os
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from kiosk.core.fleet.usage import read_counts
from kiosk.core.paths import PROJECT_ROOT

DAY = dt.date(2026, 12, 7)
#: A visit of several counters: after any kill all of them must have the same count (all or nothing).
CHILD = """
import datetime, sys
from pathlib import Path
from kiosk.core.fleet.usage import record
visit = [("visits", "all"), ("language", "es"), ("stopped_at", "demo/after"), ("text_size", "large")]
visit += [("page_reached", f"demo/page-{n}") for n in range(12)]
path, day = Path(sys.argv[1]), datetime.date.fromisoformat(sys.argv[2])
number = 0
while True:
    record(path, day, visit)
    number += 1
    print(number, flush=True)  # only once the commit has returned
"""


def committed_then_killed(path: Path, wanted: int, deadline_s: float = 60.0) -> int:
    """Start the counting process, let it report ``wanted`` commits, SIGKILL it: the commits it reported."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), DAY.isoformat()],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
        bufsize=1,
    )
    assert child.stdout is not None
    reported = 0
    deadline = time.monotonic() + deadline_s
    try:
        with selectors.DefaultSelector() as waiting:
            waiting.register(child.stdout, selectors.EVENT_READ)
            while reported < wanted and waiting.select(max(0.0, deadline - time.monotonic())):
                line = child.stdout.readline()
                if not line:
                    break
                reported = int(line)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert reported == wanted, f"the counting process reported {reported} of {wanted} commits"
    return reported


def test_counts_survive_a_kill_loop_whole_and_keep_every_committed_visit(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite3"
    chance = random.Random(20)
    kills = 25
    reported = 0
    for _ in range(kills):
        reported += committed_then_killed(path, chance.randint(1, 40))
        connection = sqlite3.connect(path)
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.close()
    counts = read_counts(path, 1, DAY)
    totals = {(metric, key): n for _day, metric, key, n in counts.rows}
    assert len(totals) == 16
    assert len(set(totals.values())) == 1, "a visit was counted in part"
    (kept,) = set(totals.values())
    # Every reported commit is kept; at most one more a kill (committed, killed before it was reported).
    assert reported <= kept <= reported + kills
    assert not [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
