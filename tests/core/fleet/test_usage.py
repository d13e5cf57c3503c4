"""The usage counts file: counters by day, under 5 shown as "<5", damage set aside, old days dropped."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import sqlite3
from pathlib import Path

from kiosk.core import alerts
from kiosk.core.fleet import usage
from kiosk.core.fleet.usage import FEWER_THAN, UsageRecorder, export_csv, read_counts, record, usage_summary
from kiosk.core.paths import DataPaths

DAY = dt.date(2026, 12, 7)
VISIT = [("visits", "all"), ("language", "en"), ("stopped_at", "demo/welcome"), ("page_reached", "demo/welcome")]


def counted(path: Path, visits: int, day: dt.date = DAY, visit: list[tuple[str, str]] = VISIT) -> None:
    for _ in range(visits):
        record(path, day, visit)


def test_visits_add_up_by_day_metric_and_key_and_nothing_else_is_stored(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite3"
    counted(path, 7)
    counted(path, 2, DAY - dt.timedelta(days=1), [("visits", "all"), ("language", "es")])
    counts = read_counts(path, 30, DAY)
    assert counts.per_day() == {"2026-12-06": 2, "2026-12-07": 7}
    assert counts.totals("language") == {"en": 7, "es": 2}
    connection = sqlite3.connect(path)
    tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    columns = [row[1] for row in connection.execute("PRAGMA table_info(counts)")]
    rows = connection.execute("SELECT count(*) FROM counts").fetchone()[0]
    mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
    connection.close()
    assert tables == ["counts"] and columns == ["day", "metric", "key", "n"]  # no row per visit, no time
    assert rows == len(VISIT) + 2 and mode == "wal"


def test_the_summary_and_the_csv_show_counts_under_five_as_fewer_than_five(tmp_path: Path) -> None:
    paths = DataPaths.in_dir(tmp_path)
    path = usage.usage_path(paths)
    counted(path, 5)
    counted(path, 3, DAY, [("visits", "all"), ("language", "vi")])
    counted(path, 4, DAY - dt.timedelta(days=2), [("visits", "all"), ("language", "es")])
    summary = usage_summary(7, paths=paths, today=DAY)
    assert summary["first_day"] == "2026-12-01" and summary["last_day"] == "2026-12-07"
    assert summary["visits_per_day"] == {"2026-12-05": FEWER_THAN, "2026-12-07": 8}
    assert summary["totals"]["language"] == {"en": 5, "es": FEWER_THAN, "vi": FEWER_THAN}  # type: ignore[index]
    rows = list(csv.DictReader(io.StringIO(usage.csv_text(read_counts(path, 30, DAY)))))
    assert {row["count"] for row in rows} == {"8", "5", FEWER_THAN}
    assert ("2026-12-07", "language", "vi", FEWER_THAN) in [tuple(row.values()) for row in rows]
    assert list(rows[0]) == ["day", "metric", "key", "count"]


def test_days_older_than_the_ones_kept_are_dropped_as_new_ones_are_written(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite3"
    counted(path, 1, DAY - dt.timedelta(days=400))
    counted(path, 1, DAY - dt.timedelta(days=399))
    counted(path, 1, DAY)
    assert list(read_counts(path, 1000, DAY).per_day()) == ["2025-11-03", "2026-12-07"]


def test_a_damaged_file_is_set_aside_staff_are_told_and_counting_goes_on_in_a_new_one(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite3"
    counted(path, 6)
    path.write_bytes(b"this is not a database" * 200)
    usage._checked.clear()  # as after a restart
    counted(path, 1)
    assert read_counts(path, 1, DAY).per_day() == {"2026-12-07": 1}
    (aside,) = [p for p in tmp_path.glob("usage.sqlite3.damaged-*") if not p.name.endswith("-wal")]
    assert aside.read_bytes().startswith(b"this is not a database")
    (alert,) = alerts.current()
    assert "damaged" in str(alert) and aside.name in str(alert)


def test_damage_found_by_sqlites_check_is_set_aside_too(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite3"
    for number in range(300):
        record(path, DAY - dt.timedelta(days=number % 300), [("visits", "all"), ("page_reached", f"p/{number}")])
    usage._checked.clear()  # as after a restart
    with contextlib.closing(sqlite3.connect(path)) as connection:  # closed: Python 3.13 warns of one left open
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray(path.read_bytes())
    assert len(raw) > 3 * 4096
    raw[4096 : 4096 + 16] = b"\x77" * 16  # the second page's header: no such kind of page
    path.write_bytes(bytes(raw))
    counted(path, 1)
    assert read_counts(path, 1, DAY).per_day() == {"2026-12-07": 1}
    assert list(tmp_path.glob("usage.sqlite3.damaged-*"))


def test_a_csv_export_gets_a_new_name_beside_an_earlier_one(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite3"
    stick = tmp_path / "stick"
    stick.mkdir()
    counted(path, 6)
    first = export_csv(path, stick, "Front desk", DAY)
    second = export_csv(path, stick, "Front desk", DAY)
    assert first.name == "usage-counts-Front-desk-2026-12-07.csv"
    assert second.name == "usage-counts-Front-desk-2026-12-07-2.csv"
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    assert "2026-12-07,visits,all,6" in first.read_text(encoding="utf-8")


def test_the_recorder_writes_off_the_calling_thread_and_flush_waits_for_it(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite3"
    recorder = UsageRecorder(path, today=lambda: DAY)
    for _ in range(5):
        recorder.add(VISIT)
    assert recorder.flush()
    assert read_counts(path, 1, DAY).per_day() == {"2026-12-07": 5}


def test_a_file_that_cannot_be_written_is_told_to_staff_never_raised(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    recorder = UsageRecorder(blocked / "usage.sqlite3", today=lambda: DAY)
    recorder.add(VISIT)
    assert recorder.flush()
    (alert,) = alerts.current()
    assert "cannot be saved" in str(alert)
