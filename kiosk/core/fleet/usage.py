"""Anonymous usage counts by day, in one SQLite file in the data folder (``usage.sqlite3``).

The file holds only counters: (day, metric, key) → how many visits. A visit adds one to a few of
them when it ends (:mod:`kiosk.core.fleet.tally` says which), in one transaction; there is no
row per visit, no time finer than the local date, and no answer. Counts older than
:data:`KEEP_DAYS` are deleted as new ones are written. Whatever leaves the kiosk (the CSV file,
the charts, :func:`usage_summary` for the fleet report) shows a count under 5 as ``"<5"``.

SQLite in WAL mode with ``synchronous=FULL``: a commit is on the disk when it returns, and a
process killed at any moment (``kill -9``) leaves the file as it was after the last commit. A
file that SQLite finds damaged is set aside (renamed) and counting starts again in a new one;
staff mode says so, and the kiosk goes on as before.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk.core import alerts
from kiosk.core.fleet.tally import METRICS, VISITS, Increment
from kiosk.core.messages import msg
from kiosk.core.paths import DataPaths

log = logging.getLogger(__name__)

FILE_NAME = "usage.sqlite3"
#: Counts are kept this many days, then deleted.
KEEP_DAYS = 400
#: A count below this is shown as :data:`FEWER_THAN`, never as its number.
SMALLEST_SHOWN = 5
FEWER_THAN = "<5"
#: The key of the staff alert that says the file was damaged or cannot be written.
ALERT = "usage"
#: Damaged files kept for staff to look at; older ones are deleted.
DAMAGED_KEPT = 3
KEY_MAX = 120
SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS counts (
    day TEXT NOT NULL,
    metric TEXT NOT NULL,
    key TEXT NOT NULL,
    n INTEGER NOT NULL CHECK (n > 0),
    PRIMARY KEY (day, metric, key)
) WITHOUT ROWID;
"""
_ADD = "INSERT INTO counts VALUES (?, ?, ?, ?) ON CONFLICT (day, metric, key) DO UPDATE SET n = n + excluded.n"
# SQLite's own result codes for a file that is not (or no longer) a sound database.
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26

# One use of the file at a time in this process: the writer, staff mode reading, the fleet report.
_lock = threading.Lock()
_checked: set[Path] = set()  # files whose integrity was checked since the kiosk started

Shown = int | str


def usage_path(paths: DataPaths) -> Path:
    """The usage counts file of the kiosk with these data folders."""
    return paths.data_dir / FILE_NAME


def shown(count: int) -> Shown:
    """A count as staff and reports see it: the number from :data:`SMALLEST_SHOWN` up, else ``"<5"``."""
    return count if count >= SMALLEST_SHOWN else FEWER_THAN


class _DamagedError(Exception):
    """The file is not a usage counts file this kiosk can use."""


def _is_damage(err: sqlite3.DatabaseError) -> bool:
    if isinstance(err, sqlite3.OperationalError):  # locked, no disk space, cannot open: not the file's fault
        return False
    code = getattr(err, "sqlite_errorcode", None)
    return code is None or code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def _open(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(str(path), timeout=10.0, isolation_level=None, check_same_thread=False)
    try:
        if connection.execute("PRAGMA journal_mode=WAL").fetchone()[0] != "wal":
            raise _DamagedError("the file cannot be used in WAL mode")
        connection.execute("PRAGMA synchronous=FULL")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            connection.executescript(SCHEMA + f"PRAGMA user_version = {SCHEMA_VERSION};")
        elif version != SCHEMA_VERSION:
            raise _DamagedError(f"the file was written by another kiosk version (format {version})")
        if path not in _checked:
            if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise _DamagedError("SQLite's check found damage")
            columns = [row[1] for row in connection.execute("PRAGMA table_info(counts)")]
            if columns != ["day", "metric", "key", "n"]:
                raise _DamagedError("the file holds other tables")
            _checked.add(path)
    except BaseException:
        connection.close()
        raise
    return connection


def _set_aside(path: Path, why: str) -> None:
    """Rename the damaged file (and its WAL) out of the way, and tell staff."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = path.with_name(path.name + suffix)
        try:
            if suffix == "-shm":
                source.unlink(missing_ok=True)  # an index of the WAL, rebuilt from it
            elif source.exists():
                source.replace(aside.with_name(aside.name + suffix))
        except OSError as err:
            log.error("cannot set the damaged usage counts file %s aside: %s", source, err.strerror or err)
    _checked.discard(path)
    copies = sorted(p for p in path.parent.glob(f"{path.name}.damaged-*") if not p.name.endswith("-wal"))
    for old in copies[:-DAMAGED_KEPT]:
        old.unlink(missing_ok=True)
        old.with_name(old.name + "-wal").unlink(missing_ok=True)
    log.error("the usage counts file %s was damaged (%s); it is now %s, and counting starts again", path, why, aside)
    alerts.report(
        ALERT,
        msg(
            "The usage counts file was damaged. It was set aside as {name}, and counting started again in a new file.",
            name=aside.name,
        ),
    )


def _use[T](path: Path, work: Callable[[sqlite3.Connection], T]) -> T:
    """``work(connection)`` on the file; a damaged file is set aside and the work done on a new one."""
    with _lock:
        for attempt in (1, 2):
            try:
                connection = _open(path)
                try:
                    return work(connection)
                finally:
                    connection.close()
            except _DamagedError as err:
                if attempt == 2:
                    raise
                _set_aside(path, str(err))
            except sqlite3.DatabaseError as err:
                if attempt == 2 or not _is_damage(err):
                    raise
                _set_aside(path, str(err))
    raise AssertionError("unreachable")


def record(path: Path, day: dt.date, increments: Iterable[Increment], *, keep_days: int = KEEP_DAYS) -> None:
    """Add one to each counter in ``increments`` for ``day``, and drop the days older than ``keep_days``:
    one transaction, all or nothing."""
    adds = Counter((metric, key[:KEY_MAX]) for metric, key in increments if metric in METRICS and key.isprintable())
    rows = [(day.isoformat(), metric, key, n) for (metric, key), n in sorted(adds.items())]
    oldest = (day - dt.timedelta(days=keep_days - 1)).isoformat()

    def write(connection: sqlite3.Connection) -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(_ADD, rows)
        connection.execute("DELETE FROM counts WHERE day < ?", (oldest,))
        connection.execute("COMMIT")  # (closing the connection without it rolls everything back)

    _use(path, write)


@dataclass(frozen=True)
class UsageCounts:
    """Every count from ``first`` to ``last`` (dates), exact: for the charts and exports to show."""

    first: dt.date
    last: dt.date
    rows: tuple[tuple[str, str, str, int], ...]  # (day, metric, key, count), sorted

    def per_day(self, metric: str = VISITS, key: str = "all") -> dict[str, int]:
        """Each day's count of one counter (days without one are left out)."""
        return {day: n for day, m, k, n in self.rows if m == metric and k == key}

    def totals(self, metric: str) -> dict[str, int]:
        """One metric's counts over the whole period, by key, largest first."""
        found: Counter[str] = Counter()
        for _day, m, key, n in self.rows:
            if m == metric:
                found[key] += n
        return dict(found.most_common())

    @property
    def days(self) -> list[str]:
        """Every date of the period, oldest first (ISO format)."""
        span = (self.last - self.first).days + 1
        return [(self.first + dt.timedelta(days=number)).isoformat() for number in range(span)]


def read_counts(path: Path, days: int, today: dt.date | None = None) -> UsageCounts:
    """The counts of the last ``days`` days up to ``today`` (empty when nothing was counted yet)."""
    last = today or dt.date.today()
    first = last - dt.timedelta(days=max(days, 1) - 1)
    if not path.exists():
        return UsageCounts(first, last, ())

    def read(connection: sqlite3.Connection) -> list[tuple[str, str, str, int]]:
        query = "SELECT day, metric, key, n FROM counts WHERE day BETWEEN ? AND ? ORDER BY day, metric, key"
        return [tuple(row) for row in connection.execute(query, (first.isoformat(), last.isoformat()))]

    return UsageCounts(first, last, tuple(_use(path, read)))


def usage_summary(days: int = 30, *, paths: DataPaths | None = None, today: dt.date | None = None) -> dict[str, object]:
    """The last ``days`` days of counts as plain data (for the fleet status report), counts under 5 as "<5".

    ``{"first_day", "last_day", "visits_per_day": {day: count}, "totals": {metric: {key: count}}}``;
    days without a visit are left out of ``visits_per_day``. A file that cannot be read gives no counts.
    """
    path = usage_path(paths or DataPaths.choose(None))
    try:
        counts = read_counts(path, days, today)
    except (sqlite3.Error, _DamagedError, OSError) as err:
        log.warning("usage counts cannot be read for the summary: %s", err)
        last = today or dt.date.today()
        counts = UsageCounts(last - dt.timedelta(days=max(days, 1) - 1), last, ())
    return {
        "first_day": counts.first.isoformat(),
        "last_day": counts.last.isoformat(),
        "visits_per_day": {day: shown(n) for day, n in counts.per_day().items()},
        "totals": {
            metric: {key: shown(n) for key, n in counts.totals(metric).items()}
            for metric in METRICS
            if counts.totals(metric)
        },
    }


def csv_text(counts: UsageCounts) -> str:
    """The counts as CSV (``day,metric,key,count``), one row a counter a day, under 5 as "<5"."""
    order = {metric: index for index, metric in enumerate(METRICS)}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(("day", "metric", "key", "count"))
    for day, metric, key, n in sorted(counts.rows, key=lambda row: (row[0], order.get(row[1], 99), row[2])):
        writer.writerow((day, metric, key, shown(n)))
    return out.getvalue()


def export_csv(path: Path, folder: Path, label: str = "", today: dt.date | None = None) -> Path:
    """Write every count kept to a new CSV file in ``folder`` (a USB stick); the file written.

    Named ``usage-counts[-LABEL]-DAY.csv`` (``-2``, ``-3`` … when that name is taken), written whole
    or not at all.
    """
    from kiosk.core.files import write_atomically  # noqa: PLC0415

    day = today or dt.date.today()
    text = csv_text(read_counts(path, KEEP_DAYS, day))
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in label.strip())[:40].strip("-")
    stem = "-".join(part for part in ("usage-counts", safe, day.isoformat()) if part)
    target = folder / f"{stem}.csv"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{stem}-{number}.csv"
    write_atomically(target, text.encode("utf-8"))
    return target


class UsageRecorder:
    """Writes each ended visit's increments to the file on a short-lived thread of its own, so a visit's
    end never waits for the disk; :meth:`flush` waits for writes under way (before the kiosk stops)."""

    def __init__(self, path: Path, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.path = path
        self.today = today
        self._writing: list[threading.Thread] = []
        self._guard = threading.Lock()

    def add(self, increments: list[Increment]) -> None:
        """Count one visit (called on the UI thread as it ends: the day is taken now)."""
        day = self.today()
        thread = threading.Thread(target=self._write, args=(day, increments), name="usage-counts", daemon=True)
        with self._guard:
            self._writing = [each for each in self._writing if each.is_alive()]
            self._writing.append(thread)
        thread.start()

    def _write(self, day: dt.date, increments: list[Increment]) -> None:
        try:
            record(self.path, day, increments)
        except (sqlite3.Error, _DamagedError, OSError) as err:
            log.error("a visit could not be counted in %s: %s", self.path, err)
            alerts.report(ALERT, msg("The usage counts cannot be saved: {reason}.", reason=str(err)))

    def flush(self, timeout_s: float = 5.0) -> bool:
        """Wait until every write started has ended (True), or ``timeout_s`` has passed (False)."""
        deadline = time.monotonic() + timeout_s
        with self._guard:
            writing = list(self._writing)
        for thread in writing:
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(thread.is_alive() for thread in writing)
