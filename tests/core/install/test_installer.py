"""Installing .kpack files: what lands, what is kept for rollback, signatures and no downgrade, full disks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.core.install import store as packstore
from kiosk.core.install.build import sign_kpack, write_kpack
from kiosk.core.install.installer import PackInstaller
from kiosk.core.install.locate import open_pack, pack_folder
from kiosk.core.install.refused import PackRefused
from kiosk.core.install.signing import generate_key
from kiosk.core.install.store import PackStore
from kiosk.core.paths import DataPaths
from kiosk.core.settings import Settings
from tests.core.install.kpack_corpus import demo_kpack, demo_pack, tree


def test_install_unpacks_a_pack_the_kiosk_can_show(store: PackStore, paths: DataPaths, tmp_path: Path) -> None:
    info = PackInstaller(store).install(demo_kpack(tmp_path), Settings()).info
    assert (info.id, info.title, info.languages, info.version, info.reviewed) == (
        "demo",
        "Demo topic",
        ("en", "es"),
        "1.2.0",
        "2026-11-01",
    )
    assert info.valid and info.problems == ()
    assert (info.signed_by, info.bundled, info.previous_version) == (None, False, None)
    assert info.folder.is_relative_to(paths.packs_dir / "demo")
    assert pack_folder("demo", paths) == info.folder
    opened = open_pack("demo", paths)
    assert opened.pack is not None and opened.pack.id == "demo"
    assert store.verify("demo") == []


def test_a_new_version_keeps_the_old_one_for_rollback(store: PackStore, paths: DataPaths, tmp_path: Path) -> None:
    settings = Settings(active_pack="demo")
    first = PackInstaller(store).install(demo_kpack(tmp_path, "1.2.0"), settings).info
    second = PackInstaller(store).install(demo_kpack(tmp_path, "1.3.0"), settings).info
    assert (second.version, second.previous_version) == ("1.3.0", "1.2.0")
    assert pack_folder("demo", paths) == second.folder
    back = store.rollback("demo")
    assert (back.version, back.previous_version) == ("1.2.0", "1.3.0")
    assert back.folder == first.folder and pack_folder("demo", paths) == first.folder
    again = store.rollback("demo")  # a second rollback undoes the first
    assert (again.version, again.folder) == ("1.3.0", second.folder)


def test_only_two_versions_are_kept(store: PackStore, paths: DataPaths, tmp_path: Path) -> None:
    for version in ("1.2.0", "1.3.0", "1.4.0"):
        info = PackInstaller(store).install(demo_kpack(tmp_path, version), Settings()).info
    assert (info.version, info.previous_version) == ("1.4.0", "1.3.0")
    folders = sorted(p.name.split("-")[0] for p in (paths.packs_dir / "demo").iterdir() if p.is_dir())
    assert folders == ["v1.3.0", "v1.4.0"]


def test_installing_the_same_file_twice_changes_nothing(store: PackStore, paths: DataPaths, tmp_path: Path) -> None:
    kpack = demo_kpack(tmp_path)
    first = PackInstaller(store).install(kpack, Settings())
    before = tree(paths.packs_dir)
    again = PackInstaller(store).install(kpack, Settings())
    assert not first.already_installed and again.already_installed
    assert again.info.folder == first.info.folder and again.info.previous_version is None
    assert tree(paths.packs_dir) == before


def test_a_pack_that_does_not_validate_is_refused(store: PackStore, paths: DataPaths, tmp_path: Path) -> None:
    folder = demo_pack(tmp_path / "src")
    (folder / "en" / "joints.md").unlink()
    write_kpack(folder, "demo", "1.2.0", tmp_path / "broken.kpack")
    with pytest.raises(PackRefused) as refused:
        PackInstaller(store).install(tmp_path / "broken.kpack", Settings())
    assert refused.value.reasons[0] == "'demo' has mistakes, so it cannot be shown:"
    assert store.info("demo") is None and tree(paths.packs_dir) == {}


def test_a_manifest_that_names_another_pack_is_refused(store: PackStore, tmp_path: Path) -> None:
    folder = demo_pack(tmp_path / "src")
    write_kpack(folder, "other", "1.2.0", tmp_path / "other.kpack")
    with pytest.raises(PackRefused, match=r"says it holds 'other' version 1\.2\.0, but its pack\.toml says 'demo'"):
        PackInstaller(store).install(tmp_path / "other.kpack", Settings())


def test_installing_over_a_hand_copied_pack_keeps_it_for_rollback(
    store: PackStore, paths: DataPaths, tmp_path: Path
) -> None:
    hand = demo_pack(paths.packs_dir / "demo")
    hand_files = tree(hand)
    info = PackInstaller(store).install(demo_kpack(tmp_path, "1.3.0"), Settings(active_pack="demo")).info
    assert (info.version, info.previous_version) == ("1.3.0", "1.2.0")
    assert sorted(p.name for p in hand.iterdir())[0] == "state.json"  # the hand-copied files moved away
    assert not (hand / "pack.toml").exists()
    back = store.rollback("demo")
    assert back.version == "1.2.0" and tree(back.folder) == hand_files
    assert pack_folder("demo", paths) == back.folder


def test_a_trusted_signature_names_its_signer(store: PackStore, tmp_path: Path, signer: tuple[bytes, Settings]) -> None:
    pem, settings = signer
    kpack = demo_kpack(tmp_path)
    sign_kpack(kpack, pem)
    info = PackInstaller(store).install(kpack, settings).info
    assert info.signed_by == "Riverside IT"
    assert store.info("demo", Settings()).signed_by is None  # type: ignore[union-attr]  # no longer trusted


def test_require_signed_refuses_unsigned_and_untrusted_packs(
    store: PackStore, tmp_path: Path, signer: tuple[bytes, Settings]
) -> None:
    _pem, settings = signer
    strict = Settings(require_signed=True, trusted_keys=settings.trusted_keys)
    kpack = demo_kpack(tmp_path)
    with pytest.raises(PackRefused, match="not signed, and this kiosk only accepts signed packs"):
        PackInstaller(store).install(kpack, strict)
    other_pem, _ = generate_key()
    sign_kpack(kpack, other_pem)
    with pytest.raises(PackRefused, match="signed with a key this kiosk does not trust"):
        PackInstaller(store).install(kpack, strict)
    assert store.info("demo") is None


def test_a_signed_pack_older_than_the_installed_one_is_refused(
    store: PackStore, paths: DataPaths, tmp_path: Path, signer: tuple[bytes, Settings]
) -> None:
    pem, settings = signer
    new, old = demo_kpack(tmp_path, "1.3.0"), demo_kpack(tmp_path, "1.2.0")
    for kpack in (new, old):
        sign_kpack(kpack, pem)
    PackInstaller(store).install(new, settings)
    before = tree(paths.data_dir)
    with pytest.raises(PackRefused, match=r"version 1\.2\.0 of 'demo', older than the signed version 1\.3\.0"):
        PackInstaller(store).install(old, settings)
    assert tree(paths.data_dir) == before
    # The record of versions is outside every pack folder, and survives removing the pack.
    assert json.loads(paths.pack_versions_file.read_text()) == {"demo": "1.3.0"}
    store.remove("demo", settings)
    with pytest.raises(PackRefused, match="older than the signed version"):
        PackInstaller(store).install(old, settings)


def test_a_full_disk_is_refused_plainly_and_changes_nothing(
    store: PackStore, paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    PackInstaller(store).install(demo_kpack(tmp_path, "1.2.0"), Settings())
    before = tree(paths.packs_dir)

    def full(step: str) -> None:
        if step == "write":
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(packstore, "step_hook", full)
    with pytest.raises(PackRefused, match="could not save the pack on its disk"):
        PackInstaller(store).install(demo_kpack(tmp_path, "1.3.0"), Settings())
    assert tree(paths.packs_dir) == before
    assert list(paths.staging_dir.iterdir()) == []


def test_a_stick_pulled_out_during_install_is_refused_plainly(store: PackStore, tmp_path: Path) -> None:
    kpack = demo_kpack(tmp_path)
    kpack.unlink()
    with pytest.raises(PackRefused, match=r"cannot be found\. If it is on a USB stick, check that"):
        PackInstaller(store).install(kpack, Settings())
