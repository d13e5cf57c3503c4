"""The status report: what the office learns about a kiosk, and nothing about its patients."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path

from kiosk import __version__
from kiosk.core import alerts
from kiosk.core.fleet.report import AttractPicture, build_report, recent_errors
from kiosk.core.health import HealthFile, health_path
from kiosk.core.install.installer import PackInstaller
from kiosk.core.install.store import PackStore
from kiosk.core.messages import msg
from kiosk.core.paths import DataPaths
from kiosk.core.settings import Settings
from tests.core.fleet.conftest import MakeKpack

MOMENT = datetime(2026, 3, 2, 9, 14, 12, tzinfo=UTC)


def report(paths: DataPaths, settings: Settings, **kwargs: object) -> dict[str, object]:
    built = build_report(
        paths, settings, reason="hourly", picture=None, now=lambda: MOMENT, host=lambda: "kiosk-03", **kwargs
    )  # type: ignore[arg-type]
    json.dumps(built)  # it is JSON, whole
    return built


def test_a_report_names_the_kiosk_its_version_and_why_it_was_written(paths: DataPaths) -> None:
    built = report(paths, Settings(kiosk_name="Waiting room 2", clinic_name="Riverside Spine Clinic"))
    assert (built["format"], built["kind"], built["reason"], built["written_at"]) == (
        1,
        "kiosk-status",
        "hourly",
        "2026-03-02T09:14:12Z",
    )
    assert built["kiosk"] == {
        "id": "Waiting-room-2",
        "name": "Waiting room 2",
        "computer": "kiosk-03",
        "clinic": "Riverside Spine Clinic",
    }
    assert built["app"] == {"version": __version__}
    assert built["usage"] is None  # added when usage counting lands
    assert built["attract_screen"] is None


def test_the_packs_on_the_kiosk_say_which_are_shown_and_who_signed_them(
    paths: DataPaths, signing: Settings, make_kpack: MakeKpack
) -> None:
    PackInstaller(PackStore(paths)).install(make_kpack("1.3.0"), signing)
    settings = signing.showing(("demo", "rfa-facet"))
    built = report(paths, settings)
    packs = {pack["id"]: pack for pack in built["packs"]}  # type: ignore[attr-defined]
    assert built["shown"] == ["demo", "rfa-facet"]
    assert packs["demo"] == {
        "id": "demo",
        "version": "1.3.0",
        "title": "Demo topic",
        "signed_by": "Riverside IT",
        "bundled": False,
        "shown": True,
        "topic_place": 1,
    }
    assert (packs["rfa-facet"]["bundled"], packs["rfa-facet"]["topic_place"]) == (True, 2)
    assert packs["test-block-visit"]["shown"] is False
    assert [pack["id"] for pack in built["packs"]][:2] == ["demo", "rfa-facet"]  # type: ignore[attr-defined]


def test_health_uptime_errors_and_unexpected_stops_come_from_the_health_file(paths: DataPaths) -> None:
    moments = iter([MOMENT] * 10)
    clock = iter([100.0, 100.0, 3700.0, 3700.0, 3700.0])
    health = HealthFile.start(health_path(paths), monotonic=lambda: next(clock), now=lambda: next(moments))
    health.last_unexpected_stop_at = "2026-03-01T18:22:40Z"
    health.record_error()
    alerts.report(alerts.PACK, msg("Choose at least one pack to show."))
    built = report(paths, Settings())
    assert built["health"] == {
        "status": "running",
        "started_at": "2026-03-02T09:14:12Z",
        "updated_at": "2026-03-02T09:14:12Z",
        "uptime_s": 3600,
        "errors_since_start": 1,
        "last_error_at": "2026-03-02T09:14:12Z",
        "last_unexpected_stop_at": "2026-03-01T18:22:40Z",
    }
    assert built["alerts"] == ["Choose at least one pack to show."]


def test_a_damaged_health_file_gives_empty_fields_not_an_error(paths: DataPaths) -> None:
    health_path(paths).parent.mkdir(parents=True)
    health_path(paths).write_text('{"status": ["running"], "uptime_s": true, "pid": 12', encoding="utf-8")
    assert set(report(paths, Settings())["health"].values()) == {None}  # type: ignore[attr-defined]
    health_path(paths).write_text('{"status": {"a": 1}, "uptime_s": true}', encoding="utf-8")
    assert set(report(paths, Settings())["health"].values()) == {None}  # type: ignore[attr-defined]


def test_the_last_errors_of_the_log_are_carried_and_nothing_else(tmp_path: Path) -> None:
    log = tmp_path / "kiosk.log"
    lines = [f"2026-03-02 09:{n:02d}:00,000 INFO kiosk.app: started {n}" for n in range(30)]
    lines += [
        f"2026-03-02 10:{n:02d}:00,000 ERROR kiosk.ui.crash: unexpected error; builtins.ValueError at x.py:{n}"
        for n in range(12)
    ]
    lines += ["2026-03-02 11:00:00,000 CRITICAL kiosk.app: could not restart " + "x" * 500]
    log.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = recent_errors(log)
    assert len(errors) == 10
    assert errors[0].endswith("x.py:3") and "CRITICAL" in errors[-1] and len(errors[-1]) == 300
    assert recent_errors(tmp_path / "none.log") == []


def test_the_picture_of_the_attract_screen_travels_as_png_in_the_report(paths: DataPaths) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 20
    picture = AttractPicture(png, 1280, 720, "2026-03-02T09:14:11Z")
    built = build_report(paths, Settings(), reason="staff", picture=picture)
    shot = built["attract_screen"]
    assert shot["format"] == "png" and (shot["width"], shot["height"]) == (1280, 720)
    assert base64.b64decode(shot["png_base64"]) == png


def test_usage_counts_fill_the_report_once_they_are_counted(paths: DataPaths) -> None:
    built = build_report(paths, Settings(), reason="staff", picture=None, usage=lambda: {"2026-03-02": {"visits": 12}})
    assert built["usage"] == {"2026-03-02": {"visits": 12}}
