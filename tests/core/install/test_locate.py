"""Opening the pack the kiosk shows: fast, and only authoring checks are left to validation."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kiosk.app import check_pack_in_background
from kiosk.core import alerts
from kiosk.core.content.validate import validate_pack
from kiosk.core.health import HealthFile
from kiosk.core.install.installer import PackInstaller
from kiosk.core.install.locate import open_pack
from kiosk.core.install.store import PackStore
from kiosk.core.paths import BUNDLED_CONTENT_DIR, DataPaths
from kiosk.core.problems import has_errors
from kiosk.core.settings import Settings
from tests.core.install.kpack_corpus import demo_kpack


def test_forbidden_phrases_are_left_to_validation_not_checked_at_every_start(tmp_path: Path) -> None:
    pack = tmp_path / "rfa-facet"
    shutil.copytree(BUNDLED_CONTENT_DIR / "rfa-facet", pack)
    questionnaire = pack / "questionnaire.toml"
    text = questionnaire.read_text(encoding="utf-8")
    questionnaire.write_text(text.replace('explanation.en = """', 'explanation.en = """You have to wait. ', 1), "utf-8")

    report = validate_pack(pack)
    assert any("'you have' must not appear" in problem.message for problem in report.problems)

    opened = open_pack(str(pack), DataPaths.in_dir(tmp_path / "data"))
    assert opened.pack is not None
    assert opened.pack.root == pack
    assert opened.pack.questionnaire is not None
    assert not has_errors(opened.problems)


# --- no silent fallback: the previous good version, and staff are told ---------------------------


def _two_versions(tmp_path: Path) -> tuple[PackStore, DataPaths, Path]:
    paths = DataPaths.in_dir(tmp_path / "data")
    store = PackStore(paths)
    for version in ("1.2.0", "1.3.0"):
        PackInstaller(store).install(demo_kpack(tmp_path, version), Settings())
    return store, paths, paths.packs_dir / "demo"


@pytest.mark.parametrize(
    "damage",
    ["state garbage", "state deep", "state names a missing version", "a page is missing", "pack.toml is damaged"],
)
def test_a_damaged_current_version_falls_back_to_the_previous_good_one(tmp_path: Path, damage: str) -> None:
    store, paths, pack_dir = _two_versions(tmp_path)
    current = store.info("demo")
    assert current is not None and current.version == "1.3.0"
    if damage == "state garbage":
        (pack_dir / "state.json").write_text("{not json", encoding="utf-8")
    elif damage == "state deep":
        (pack_dir / "state.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    elif damage == "state names a missing version":
        state = json.loads((pack_dir / "state.json").read_text(encoding="utf-8"))
        (pack_dir / "state.json").write_text(json.dumps({**state, "current": "v1.4.0-0badc0de"}), encoding="utf-8")
    elif damage == "a page is missing":
        (current.folder / "en" / "joints.md").unlink()
    else:
        (current.folder / "pack.toml").write_text("[[[", encoding="utf-8")
    opened = open_pack("demo", paths)
    (shown,) = alerts.current()
    assert opened.pack is not None and opened.pack.id == "demo"
    if damage.startswith("state"):  # which version was in use is unknown: the newest good one
        assert opened.pack.version == "1.3.0"
        assert str(shown) == (
            "The record of which version of 'demo' is in use is damaged; version 1.3.0, the newest "
            "good one installed, is shown. Install the pack again."
        )
    else:
        assert opened.pack.version == "1.2.0"
        assert str(shown) == (
            "The current version of 'demo' cannot be shown (its files are damaged or missing); "
            "version 1.2.0 is shown instead. Install the pack again."
        )
    health = HealthFile.start(tmp_path / "health.json")
    assert health.snapshot()["degraded"] == [str(shown)]


def test_the_bundled_pack_is_shown_only_when_no_version_can_be_and_that_is_said(tmp_path: Path) -> None:
    _store, paths, pack_dir = _two_versions(tmp_path)
    for version_dir in pack_dir.glob("v*"):
        (version_dir / "pack" / "pack.toml").write_text("[[[", encoding="utf-8")
    opened = open_pack("demo", paths)
    assert opened.pack is not None and opened.pack.id == "rfa-facet"
    assert [str(m) for m in alerts.current()] == [
        "No version of 'demo' can be shown, so the pack that came with the kiosk is shown instead. "
        "Install the clinic's pack again."
    ]


def test_a_sound_pack_clears_the_alert(tmp_path: Path) -> None:
    _store, paths, _pack_dir = _two_versions(tmp_path)
    open_pack("no-such-pack", paths)
    assert alerts.current()
    assert open_pack("demo", paths).pack is not None
    assert alerts.current() == []


def test_the_pack_on_screen_is_checked_in_the_background_and_damage_is_reported(tmp_path: Path) -> None:
    _store, paths, _pack_dir = _two_versions(tmp_path)
    opened = open_pack("demo", paths)
    assert opened.pack is not None
    check_pack_in_background(paths, opened.pack.root).join()
    assert alerts.current() == []
    (opened.pack.root / "en" / "welcome.md").write_text("# changed on the disk\n", encoding="utf-8")
    check_pack_in_background(paths, opened.pack.root).join()
    (shown,) = alerts.current()
    assert "Some files of the pack on screen ('demo'" in str(shown) and "'en/welcome.md'" in str(shown)
    assert HealthFile.start(tmp_path / "health.json").snapshot()["degraded"] == [str(shown)]
