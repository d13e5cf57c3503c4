"""Installing .kpack files: what lands, what is kept for rollback, signatures and no downgrade, full disks."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from kiosk.core.install import lease
from kiosk.core.install import store as packstore
from kiosk.core.install.build import sign_kpack, write_kpack
from kiosk.core.install.installer import PackInstaller
from kiosk.core.install.locate import open_pack, pack_folder
from kiosk.core.install.manifest import MANIFEST_NAME, SIGNATURE_NAME
from kiosk.core.install.refused import PackRefused
from kiosk.core.install.signing import generate_key
from kiosk.core.install.store import PackStore
from kiosk.core.paths import DataPaths
from kiosk.core.settings import Settings
from tests.core.install.kpack_corpus import demo_kpack, demo_pack, entries, rezip, tree


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


# --- refusing plainly, comparing whole contents, validating in a child process ------------------


def test_a_damaged_file_of_an_installed_version_says_it_is_damaged(
    store: PackStore, paths: DataPaths, tmp_path: Path
) -> None:
    kpack = demo_kpack(tmp_path)
    PackInstaller(store).install(kpack, Settings())
    before = tree(paths.packs_dir)
    original = dict((info.filename, data) for info, data in entries(kpack))["pack/en/welcome.md"]
    flipped = bytes([original[0] ^ 1]) + original[1:]  # one bit, the same size: only the hash can tell
    damaged = rezip(kpack, tmp_path / "damaged.kpack", replace={"pack/en/welcome.md": flipped})
    with pytest.raises(PackRefused) as refused:
        PackInstaller(store).install(damaged, Settings())
    assert refused.value.reasons[0] == (
        "This file holds version 1.2.0 of 'demo', which is installed already, but the file is damaged. "
        "The installed version was not changed."
    )
    assert any("en/welcome.md" in reason for reason in refused.value.reasons[1:])
    assert tree(paths.packs_dir) == before


def test_the_same_file_repairs_a_damaged_installed_copy(store: PackStore, paths: DataPaths, tmp_path: Path) -> None:
    kpack = demo_kpack(tmp_path)
    first = PackInstaller(store).install(kpack, Settings()).info
    (first.folder / "en" / "welcome.md").write_text("# changed on the disk\n", encoding="utf-8")
    assert store.verify("demo") != []
    again = PackInstaller(store).install(kpack, Settings())
    assert not again.already_installed and again.info.folder != first.folder
    assert store.verify("demo") == []


def test_a_zip_entry_of_an_unknown_zip_version_is_refused_plainly(store: PackStore, tmp_path: Path) -> None:
    data = bytearray(demo_kpack(tmp_path).read_bytes())
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) >= 0:
        struct.pack_into("<H", data, at + 6, 143)  # "version needed to extract": 14.3
        at += 4
    bad = tmp_path / "v14.kpack"
    bad.write_bytes(bytes(data))
    with pytest.raises(PackRefused, match=r"'v14\.kpack' is not a content-pack file, or it is damaged\."):
        PackInstaller(store).install(bad, Settings())


@pytest.mark.parametrize("name", [MANIFEST_NAME, SIGNATURE_NAME])
def test_a_deeply_nested_manifest_or_signature_is_refused_plainly(store: PackStore, tmp_path: Path, name: str) -> None:
    deep = b"[" * 7_000 + b"]" * 7_000  # small enough for either file, too deep for json
    bad = rezip(demo_kpack(tmp_path), tmp_path / "deep.kpack", drop=(name,), add=[(name, deep)])
    with pytest.raises(PackRefused, match="damaged"):
        PackInstaller(store).install(bad, Settings())


def test_validation_runs_in_another_process(store: PackStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kiosk.core.content.validate as validate_module

    def hang_here(_root: Path) -> object:
        raise AssertionError("validation ran in the kiosk's own process")

    monkeypatch.setattr(validate_module, "validate_pack", hang_here)
    info = PackInstaller(store).install(demo_kpack(tmp_path), Settings()).info
    assert info.valid


def test_validation_past_its_time_limit_refuses_the_pack(store: PackStore, paths: DataPaths, tmp_path: Path) -> None:
    with pytest.raises(PackRefused, match="took longer than 0 seconds, so it was stopped"):
        PackInstaller(store, time_limit_s=0).install(demo_kpack(tmp_path), Settings())
    assert store.info("demo") is None and tree(paths.packs_dir) == {}


def test_an_install_can_be_cancelled_and_reports_its_stages(store: PackStore, paths: DataPaths, tmp_path: Path) -> None:
    stages: list[str] = []

    def cancel_when_checking_pages() -> bool:
        return "Checking every page…" in stages

    installer = PackInstaller(store, progress=lambda m: stages.append(str(m)), cancelled=cancel_when_checking_pages)
    with pytest.raises(PackRefused, match=r"The install was cancelled\. Nothing was changed\."):
        installer.install(demo_kpack(tmp_path), Settings())
    assert stages == ["Checking the file…", "Unpacking…", "Checking every page…"]
    assert store.info("demo") is None and tree(paths.packs_dir) == {}
    assert list(paths.staging_dir.iterdir()) == []


# --- a version in use is never removed -----------------------------------------------------------


def test_two_installs_never_remove_the_version_a_running_kiosk_shows(
    store: PackStore, paths: DataPaths, tmp_path: Path
) -> None:
    PackInstaller(store).install(demo_kpack(tmp_path, "1.2.0"), Settings())
    shown = open_pack("demo", paths)  # the running kiosk
    assert shown.pack is not None and shown.pack.version == "1.2.0"
    pictures = sorted(p.name for p in shown.pack.root.rglob("*"))
    for version in ("1.3.0", "1.4.0"):  # two command-line installs
        PackInstaller(PackStore(paths)).install(demo_kpack(tmp_path, version), Settings())
    assert sorted(p.name for p in shown.pack.root.rglob("*")) == pictures
    store.clean_staging()
    assert shown.pack.root.is_dir()
    lease.release_all()  # the kiosk stops
    store.clean_staging()  # and the next start tidies
    assert not shown.pack.root.exists()
    assert store.info("demo") is not None and store.info("demo").version == "1.4.0"  # type: ignore[union-attr]
