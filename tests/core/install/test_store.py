"""The pack store: listing, rollback, remove, activate and tidying up after interruptions."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from kiosk.core.install import store as packstore
from kiosk.core.install.build import sign_kpack
from kiosk.core.install.installer import PackInstaller
from kiosk.core.install.locate import open_pack
from kiosk.core.install.refused import PackRefused
from kiosk.core.install.store import PackInfo, PackStore
from kiosk.core.paths import BUNDLED_CONTENT_DIR, DataPaths
from kiosk.core.settings import Settings, load_settings, save_settings
from tests.core.install.kpack_corpus import demo_kpack, demo_pack, tree


def test_list_shows_installed_and_bundled_packs_by_title(store: PackStore, tmp_path: Path) -> None:
    PackInstaller(store).install(demo_kpack(tmp_path), Settings())
    listed = store.list()
    assert [(info.id, info.bundled) for info in listed] == [
        ("demo", False),
        ("rfa-facet", True),
        ("test-block-visit", True),
    ]
    bundled = listed[1]
    assert bundled.folder == BUNDLED_CONTENT_DIR / "rfa-facet"
    assert bundled.valid and bundled.previous_version is None


@pytest.mark.parametrize(
    ("pack_id", "words"),
    [("rfa-facet", "came with the kiosk; it has no earlier version"), ("nothing", "no installed pack called")],
)
def test_rollback_without_an_earlier_version_is_refused(store: PackStore, pack_id: str, words: str) -> None:
    with pytest.raises(PackRefused, match=words):
        store.rollback(pack_id)


def test_rollback_after_a_single_install_is_refused(store: PackStore, tmp_path: Path) -> None:
    PackInstaller(store).install(demo_kpack(tmp_path), Settings())
    with pytest.raises(PackRefused, match="no earlier version of 'demo'"):
        store.rollback("demo")


def test_remove_refuses_the_active_pack_and_bundled_packs(store: PackStore, paths: DataPaths, tmp_path: Path) -> None:
    PackInstaller(store).install(demo_kpack(tmp_path), Settings())
    with pytest.raises(PackRefused, match="Demo topic' is the pack on screen now"):
        store.remove("demo", Settings(active_pack="demo"))
    with pytest.raises(PackRefused, match="came with the kiosk and cannot be removed"):
        store.remove("rfa-facet", Settings(active_pack="demo"))
    with pytest.raises(PackRefused, match="no installed pack called 'other'"):
        store.remove("other", Settings())
    assert store.info("demo") is not None
    store.remove("demo", Settings())
    assert not (paths.packs_dir / "demo").exists()
    assert [info.id for info in store.list()] == ["rfa-facet", "test-block-visit"]


def test_activate_saves_the_choice_and_keeps_other_settings(store: PackStore, paths: DataPaths, tmp_path: Path) -> None:
    PackInstaller(store).install(demo_kpack(tmp_path), Settings())
    settings = Settings(clinic_name="Riverside", idle_timeout_s=120)
    save_settings(settings, paths.settings_file)
    new = store.activate("demo", settings)
    assert new.active_pack == "demo" and new.clinic_name == "Riverside"
    assert load_settings(paths.settings_file) == new


def test_activate_refuses_a_pack_with_mistakes(store: PackStore, paths: DataPaths, make_pack: object) -> None:
    broken = demo_pack(paths.packs_dir / "broken", pack_id="broken")  # copied in by hand
    (broken / "en" / "joints.md").unlink()
    with pytest.raises(PackRefused) as refused:
        store.activate("broken", Settings())
    assert refused.value.reasons[0] == "'Demo topic' has mistakes, so it cannot be shown:"
    assert any("joints" in reason for reason in refused.value.reasons[1:])
    assert not paths.settings_file.exists()
    with pytest.raises(PackRefused, match="no pack called 'missing'"):
        store.activate("missing", Settings())


def test_a_hand_copied_pack_is_listed_and_can_be_removed(store: PackStore, paths: DataPaths) -> None:
    demo_pack(paths.packs_dir / "spare", pack_id="spare")
    info = store.info("spare")
    assert info is not None and info.valid and not info.bundled and info.folder == paths.packs_dir / "spare"
    store.remove("spare", Settings())
    assert not (paths.packs_dir / "spare").exists()


def test_rollback_may_go_back_to_an_older_signed_version(
    store: PackStore, tmp_path: Path, signer: tuple[bytes, Settings]
) -> None:
    pem, settings = signer
    for version in ("1.2.0", "1.3.0"):
        kpack = demo_kpack(tmp_path, version)
        sign_kpack(kpack, pem)
        PackInstaller(store).install(kpack, settings)
    assert store.rollback("demo").version == "1.2.0"


def test_clean_staging_removes_what_an_interrupted_install_left(
    store: PackStore, paths: DataPaths, tmp_path: Path
) -> None:
    PackInstaller(store).install(demo_kpack(tmp_path), Settings())
    before = tree(paths.packs_dir)
    (paths.staging_dir / "install-0badc0de" / "pack").mkdir(parents=True)
    (paths.staging_dir / "install-0badc0de" / "pack" / "pack.toml").write_text("half")
    (paths.packs_dir / "demo" / "v1.3.0-0badc0de" / "pack").mkdir(parents=True)
    (paths.packs_dir / "demo" / ".state.json-0badc0de.tmp").write_text("{")
    (paths.packs_dir / "fresh" / "v1.0-0badc0de").mkdir(parents=True)  # an interrupted first install
    store.clean_staging()
    assert list(paths.staging_dir.iterdir()) == []
    assert not (paths.packs_dir / "fresh").exists()
    assert tree(paths.packs_dir) == before


def test_clean_staging_does_nothing_without_packs(paths: DataPaths) -> None:
    PackStore(paths).clean_staging()
    assert not paths.data_dir.exists()


def test_the_kiosk_tidies_up_when_it_opens_its_pack(paths: DataPaths) -> None:
    (paths.staging_dir / "install-0badc0de").mkdir(parents=True)
    opened = open_pack("rfa-facet", paths)
    assert opened.pack is not None
    assert list(paths.staging_dir.iterdir()) == []


def test_list_during_an_install_sees_the_old_or_the_new_version(
    store: PackStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    PackInstaller(store).install(demo_kpack(tmp_path, "1.2.0"), Settings())
    new = demo_kpack(tmp_path, "1.3.0")
    seen: list[PackInfo] = []

    def look(_step: str) -> None:
        # The UI thread calls list() while a worker installs.
        reader = threading.Thread(target=lambda: seen.extend(PackStore(store.paths).list(Settings())))
        reader.start()
        reader.join()

    monkeypatch.setattr(packstore, "step_hook", look)
    PackInstaller(store).install(new, Settings())
    demo = [info for info in seen if info.id == "demo"]
    assert len(demo) > 10
    assert {info.version for info in demo} == {"1.2.0", "1.3.0"}
    assert all(info.valid for info in demo)


def test_a_state_file_naming_a_missing_version_never_makes_tidying_delete_the_real_one(
    store: PackStore, paths: DataPaths, tmp_path: Path
) -> None:
    PackInstaller(store).install(demo_kpack(tmp_path, "1.2.0"), Settings())
    PackInstaller(store).install(demo_kpack(tmp_path, "1.3.0"), Settings())
    pack_dir = paths.packs_dir / "demo"
    versions = sorted(p.name for p in pack_dir.glob("v*"))
    (pack_dir / "state.json").write_text(
        json.dumps({"format": 1, "current": "v9.9-0badc0de", "previous": None}), encoding="utf-8"
    )
    store.clean_staging()
    assert sorted(p.name for p in pack_dir.glob("v*")) == versions
    (pack_dir / "state.json").write_text("[" * 100_000, encoding="utf-8")  # damaged: left alone too
    store.clean_staging()
    assert sorted(p.name for p in pack_dir.glob("v*")) == versions


def test_tidying_at_start_removes_the_temporary_files_of_interrupted_writes(
    store: PackStore, paths: DataPaths, tmp_path: Path
) -> None:
    PackInstaller(store).install(demo_kpack(tmp_path), Settings())
    save_settings(Settings(), paths.settings_file)
    left = [
        paths.config_dir / ".settings.toml-k2j_9x0a.tmp",
        paths.config_dir / ".staff.toml-abcdefgh.tmp",
        paths.data_dir / ".health.json-12345678.tmp",
        paths.data_dir / ".pack-versions.json-a1b2c3d4.tmp",
        paths.packs_dir / "demo" / ".state.json-zz_zz_zz.tmp",
    ]
    kept = [paths.config_dir / "notes.tmp", paths.data_dir / ".health.json-short.tmp"]
    for path in left + kept:
        path.write_text("half", encoding="utf-8")
    store.clean_staging()
    assert [path for path in left if path.exists()] == []
    assert all(path.exists() for path in kept)
