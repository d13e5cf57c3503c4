"""The kiosk window with an inbox and an outbox: packs that arrive are installed and shown, reports
go out with a picture of the attract screen, the screen stays live, and no report holds a visit."""

from __future__ import annotations

import json
import shutil
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.core.fleet import inbox as inbox_module
from kiosk.core.fleet import outbox as outbox_module
from kiosk.core.install.build import sign_kpack
from kiosk.core.install.installer import PackInstaller
from kiosk.core.install.signing import generate_key
from kiosk.core.install.store import PackStore
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.session import Screen
from kiosk.core.settings import Settings
from kiosk.ui.fleet import FleetLink
from kiosk.ui.window import KioskWindow
from tests.core.install.kpack_corpus import demo_kpack
from tests.ui.conftest import MakeWindow
from tests.ui.staff.support import data_paths
from tests.ui.test_crash import _answer_words
from tests.ui.visit.test_question import TYPICAL_RFA, answer_by_touch, start_questions

KEY = generate_key()


@pytest.fixture(autouse=True)
def quick_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file is taken at the second scan, which comes a moment after the first (not 5 s)."""
    monkeypatch.setattr(inbox_module, "SETTLE_S", 0.0)
    monkeypatch.setattr(FleetLink, "SETTLE_MS", 20)
    monkeypatch.setattr(FleetLink, "SOON_MS", 20)


def signed(tmp_path: Path, version: str) -> Path:
    kpack = demo_kpack(tmp_path / f"build-{version}", version)
    sign_kpack(kpack, KEY[0])
    return kpack


def fleet_settings(tmp_path: Path, **more: object) -> Settings:
    base = Settings(
        kiosk_name="Waiting room 2",
        clinic_name="Riverside Spine Clinic",
        require_signed=True,
        trusted_keys={"Riverside IT": KEY[1]},
        inbox_folder=str(tmp_path / "inbox"),
        outbox_folder=str(tmp_path / "outbox"),
    )

    return replace(base, **more)  # type: ignore[arg-type]


def kiosk_showing_demo(make_window: MakeWindow, tmp_path: Path) -> KioskWindow:
    """A kiosk showing the signed demo pack 1.2.0 (installed), with an inbox and an outbox."""
    settings = fleet_settings(tmp_path, active_pack="demo")
    (tmp_path / "inbox").mkdir()
    info = PackInstaller(PackStore(data_paths())).install(signed(tmp_path, "1.2.0"), settings).info
    kiosk = make_window(info.folder, settings)
    kiosk.start_fleet()
    return kiosk


def arrive(kpack: Path, inbox: Path) -> None:
    temporary = inbox / f".syncthing.{kpack.name}.tmp"
    shutil.copyfile(kpack, temporary)
    temporary.rename(inbox / kpack.name)


def status(tmp_path: Path) -> dict[str, object]:
    data = json.loads((tmp_path / "outbox" / "Waiting-room-2" / "status.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def settle(qtbot: QtBot, kiosk: KioskWindow) -> None:
    """Until the link has nothing left to do on its worker threads."""
    fleet = kiosk.fleet
    assert fleet is not None
    qtbot.waitUntil(lambda: not fleet.busy, timeout=20_000)


def test_a_new_version_of_the_pack_on_screen_arrives_and_is_shown(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    kiosk = kiosk_showing_demo(make_window, tmp_path)
    fleet = kiosk.fleet
    assert fleet is not None
    with qtbot.waitSignal(fleet.pack_installed, timeout=30_000) as installed:
        arrive(signed(tmp_path, "1.3.0"), tmp_path / "inbox")
    assert installed.args == ["demo"]
    qtbot.waitUntil(lambda: kiosk.session.pack.version == "1.3.0", timeout=5_000)
    assert kiosk.current_screen() is kiosk.attract
    result = tmp_path / "outbox" / "Waiting-room-2" / "results" / "demo-1.2.0.kpack.json"
    assert not result.exists()
    written = json.loads((result.parent / "demo-1.3.0.kpack.json").read_text(encoding="utf-8"))
    assert (written["outcome"], written["pack"]) == ("installed", {"id": "demo", "version": "1.3.0"})
    qtbot.waitUntil(lambda: any(p["version"] == "1.3.0" for p in status(tmp_path)["packs"]), timeout=10_000)  # type: ignore[index, union-attr]
    settle(qtbot, kiosk)


def test_a_pack_that_arrives_during_a_visit_is_shown_only_once_the_visit_ends(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    kiosk = kiosk_showing_demo(make_window, tmp_path)
    fleet = kiosk.fleet
    assert fleet is not None
    kiosk.session.start()
    kiosk.session.next()
    with qtbot.waitSignal(fleet.pack_installed, timeout=30_000):
        arrive(signed(tmp_path, "1.3.0"), tmp_path / "inbox")
    qtbot.waitUntil(lambda: not fleet.busy, timeout=10_000)
    assert (kiosk.session.screen, kiosk.session.page_index) == (Screen.PAGE, 1)  # the patient reads on
    assert kiosk.session.pack.version == "1.2.0"
    kiosk.session.reset()  # the idle reset, or "Start over"
    qtbot.waitUntil(lambda: kiosk.session.pack.version == "1.3.0", timeout=5_000)
    assert kiosk.current_screen() is kiosk.attract
    settle(qtbot, kiosk)


def test_an_unsigned_or_damaged_pack_in_the_inbox_changes_nothing_on_screen(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    kiosk = kiosk_showing_demo(make_window, tmp_path)
    fleet = kiosk.fleet
    assert fleet is not None
    unsigned = demo_kpack(tmp_path / "unsigned", "1.3.0")
    damaged = tmp_path / "damaged" / "demo-1.4.0.kpack"
    damaged.parent.mkdir()
    damaged.write_bytes(signed(tmp_path, "1.4.0").read_bytes()[:-200])
    outcomes: list[str] = []
    fleet.scanned.connect(lambda report: outcomes.extend(o.status for o in report.outcomes) if report else None)
    arrive(unsigned, tmp_path / "inbox")
    arrive(damaged, tmp_path / "inbox")
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=30_000)
    assert outcomes == ["refused", "refused"]
    assert kiosk.session.pack.version == "1.2.0"
    assert PackStore(data_paths()).info("demo").version == "1.2.0"  # type: ignore[union-attr]
    settle(qtbot, kiosk)


def test_the_report_goes_out_at_start_with_an_offscreen_picture_of_the_attract_screen(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    settings = fleet_settings(tmp_path, inbox_folder="")
    kiosk = make_window(BUNDLED_CONTENT_DIR / "rfa-facet", settings)
    kiosk.start_fleet()
    fleet = kiosk.fleet
    assert fleet is not None
    with qtbot.waitSignal(fleet.report_written, timeout=10_000) as written:
        pass
    report = json.loads(Path(written.args[0]).read_text(encoding="utf-8"))
    assert report["reason"] == "start" and report["shown"] == ["rfa-facet"]
    shot = report["attract_screen"]
    image = picture(report)
    assert (image.width(), image.height()) == (1280, 720) == (shot["width"], shot["height"])
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 720, 16)}
    assert len(colours) > 10  # words and buttons on the background, not an empty frame
    # A render of its own, never the live screen: the screen on display was not touched.
    assert kiosk.current_screen() is kiosk.attract and kiosk.attract.isVisible()
    settle(qtbot, kiosk)


def test_writing_a_report_leaves_the_screen_live(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = fleet_settings(tmp_path, inbox_folder="")
    kiosk = make_window(BUNDLED_CONTENT_DIR / "rfa-facet", settings)
    kiosk.start_fleet()
    fleet = kiosk.fleet
    assert fleet is not None
    settle(qtbot, kiosk)
    release = threading.Event()
    writing = threading.Event()
    real = outbox_module.write_report

    def slow_disk(folder: Path, kiosk_id: str, report: dict[str, object]) -> Path:
        writing.set()
        assert release.wait(20)  # a network share that takes its time
        return real(folder, kiosk_id, report)

    monkeypatch.setattr(outbox_module, "write_report", slow_disk)
    fleet.report_now("staff")  # back at once: only the picture is made here
    qtbot.waitUntil(writing.is_set, timeout=10_000)
    # While the file is being written, the screen answers: a timer fires and a tap starts a visit.
    tick = QTimer()
    tick.setSingleShot(True)
    with qtbot.waitSignal(tick.timeout, timeout=2_000):
        tick.start(10)
    kiosk.session.start()
    qtbot.waitUntil(lambda: kiosk.current_screen() is not kiosk.attract, timeout=2_000)
    with qtbot.waitSignal(fleet.report_written, timeout=10_000):
        release.set()
    settle(qtbot, kiosk)


def test_no_report_holds_anything_from_a_visit(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    settings = fleet_settings(tmp_path, inbox_folder="")
    kiosk = make_window(BUNDLED_CONTENT_DIR / "rfa-facet", settings)
    questionnaire = kiosk.session.questionnaire
    assert questionnaire is not None
    kiosk.start_fleet()
    fleet = kiosk.fleet
    assert fleet is not None

    def report_now() -> dict[str, object]:
        with qtbot.waitSignal(fleet.report_written, timeout=10_000) as written:
            fleet.report_now("hourly")
        data = json.loads(Path(written.args[0]).read_text(encoding="utf-8"))
        assert isinstance(data, dict)
        return data

    settle(qtbot, kiosk)
    before = report_now()
    kiosk.session.set_language("es")  # what a patient chose, and answered
    start_questions(qtbot, kiosk)
    answer_by_touch(qtbot, kiosk, TYPICAL_RFA)
    assert kiosk.session.screen is Screen.RESULT
    during = report_now()
    kiosk.session.reset()
    after = report_now()

    def steady(report: dict[str, object]) -> dict[str, object]:
        """The report without what changes by itself from one minute to the next (and the day's
        counts, which the visit's end adds to: see the test below)."""
        ignored = ("written_at", "health", "attract_screen", "usage")
        return {key: value for key, value in report.items() if key not in ignored}

    assert steady(during) == steady(before) == steady(after)
    # The picture is of the attract screen as the next patient sees it: during the visit the one made
    # before it is sent again, and after it the screen is the same, in the clinic's language (a few
    # pixels differ only where a font the visit loaded draws a letter pair its own way).
    assert during["attract_screen"] == before["attract_screen"]
    assert share_of_pixels_differing(before, after) < 0.02
    chosen = {value for values in TYPICAL_RFA.values() for value in (values if isinstance(values, list) else [values])}
    words = {word for word in _answer_words(questionnaire) | chosen if len(word) >= 4}
    texts = [json.dumps(report) for report in (during, after)]
    assert {word for word in words if any(word in text for text in texts)} <= {
        word for word in words if word in json.dumps(before)
    }
    settle(qtbot, kiosk)


def test_the_report_carries_the_days_counts_with_small_counts_hidden(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    kiosk = make_window(BUNDLED_CONTENT_DIR / "rfa-facet", fleet_settings(tmp_path, inbox_folder=""))
    kiosk.start_fleet()
    fleet = kiosk.fleet
    assert fleet is not None
    settle(qtbot, kiosk)
    kiosk.session.set_language("es")
    kiosk.session.start()
    kiosk.session.next()
    kiosk.session.reset()  # the visit ends: it is counted
    kiosk.finish_counting()
    with qtbot.waitSignal(fleet.report_written, timeout=10_000) as written:
        fleet.report_now("staff")
    usage = json.loads(Path(written.args[0]).read_text(encoding="utf-8"))["usage"]
    assert usage["counting"] is True
    assert list(usage["visits_per_day"].values()) == ["<5"], "one visit is fewer than five"
    assert usage["totals"]["language"] == {"es": "<5"}
    settle(qtbot, kiosk)
    kiosk.use_settings(replace(kiosk.settings, usage_counting=False))
    with qtbot.waitSignal(fleet.report_written, timeout=10_000) as written:
        fleet.report_now("staff")
    assert json.loads(Path(written.args[0]).read_text(encoding="utf-8"))["usage"] == {"counting": False}
    settle(qtbot, kiosk)


def picture(report: dict[str, object]) -> QImage:
    import base64

    shot = report["attract_screen"]
    assert isinstance(shot, dict)
    image = QImage()
    assert image.loadFromData(base64.b64decode(shot["png_base64"]), "PNG")
    return image


def share_of_pixels_differing(one: dict[str, object], other: dict[str, object]) -> float:
    a, b = picture(one), picture(other)
    assert a.size() == b.size()
    points = [(x, y) for x in range(0, a.width(), 2) for y in range(0, a.height(), 2)]
    return sum(a.pixel(x, y) != b.pixel(x, y) for x, y in points) / len(points)


def test_a_kiosk_without_an_inbox_or_outbox_starts_no_link(make_window: MakeWindow, pack_dir: Path) -> None:
    kiosk = make_window(pack_dir, Settings())
    kiosk.start_fleet()
    assert kiosk.fleet is None
