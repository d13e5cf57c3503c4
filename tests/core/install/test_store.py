"""The pack store: install, list, rollback, remove, activate, signatures and no downgrade, tidying up."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from kiosk.core.install import store as packstore
from kiosk.core.install.kpack import generate_key, sign_kpack, write_kpack
from kiosk.core.install.locate import open_pack, pack_folder
from kiosk.core.install.store import PackInfo, PackRefused, PackStore, find_kpacks
from kiosk.core.paths import BUNDLED_CONTENT_DIR, DataPaths
from kiosk.core.settings import Settings, load_settings, save_settings
from tests.core.install.kpack_corpus import demo_kpack, demo_pack, tree


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths.in_dir(tmp_path / "data")


@pytest.fixture
def store(paths: DataPaths) -> PackStore:
    return PackStore(paths)


def test_install_unpacks_a_pack_the_kiosk_can_show(store: PackStore, paths: DataPaths, tmp_path: Path) -> None:
    info = store.install(demo_kpack(tmp_path), Settings()).info
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


def test_list_shows_installed_and_bundled_packs_by_title(store: PackStore, tmp_path: Path) -> None:
    store.install(demo_kpack(tmp_path), Settings())
    listed = store.list()
    assert [(info.id, info.bundled) for info in listed] == [("demo", False), ("rfa-facet", True)]
    bundled = listed[1]
    assert bundled.folder == BUNDLED_CONTENT_DIR / "rfa-facet"
    assert bundled.valid and bundled.previous_version is None


def test_a_new_version_keeps_the_old_one_for_rollback(store: PackStore, paths: DataPaths, tmp_path: Path) -> None:
    settings = Settings(active_pack="demo")
    first = store.install(demo_kpack(tmp_path, "1.2.0"), settings).info
    second = store.install(demo_kpack(tmp_path, "1.3.0"), settings).info
    assert (second.version, second.previous_version) == ("1.3.0", "1.2.0")
    assert pack_folder("demo", paths) == second.folder
    back = store.rollback("demo")
    assert (back.version, back.previous_version) == ("1.2.0", "1.3.0")
    assert back.folder == first.folder and pack_folder("demo", paths) == first.folder
    again = store.rollback("demo")  # a second rollback undoes the first
    assert (again.version, again.folder) == ("1.3.0", second.folder)


def test_only_two_versions_are_kept(store: PackStore, paths: DataPaths, tmp_path: Path) -> None:
    for version in ("1.2.0", "1.3.0", "1.4.0"):
        info = store.install(demo_kpack(tmp_path, version), Settings()).info
    assert (info.version, info.previous_version) == ("1.4.0", "1.3.0")
    folders = sorted(p.name.split("-")[0] for p in (paths.packs_dir / "demo").iterdir() if p.is_dir())
    assert folders == ["v1.3.0", "v1.4.0"]


def test_installing_the_same_file_twice_changes_nothing(store: PackStore, paths: DataPaths, tmp_path: Path) -> None:
    kpack = demo_kpack(tmp_path)
    first = store.install(kpack, Settings())
    before = tree(paths.packs_dir)
    again = store.install(kpack, Settings())
    assert not first.already_installed and again.already_installed
    assert again.info.folder == first.info.folder and again.info.previous_version is None
    assert tree(paths.packs_dir) == before


@pytest.mark.parametrize(
    ("pack_id", "words"),
    [("rfa-facet", "came with the kiosk; it has no earlier version"), ("nothing", "no installed pack called")],
)
def test_rollback_without_an_earlier_version_is_refused(store: PackStore, pack_id: str, words: str) -> None:
    with pytest.raises(PackRefused, match=words):
        store.rollback(pack_id)


def test_rollback_after_a_single_install_is_refused(store: PackStore, tmp_path: Path) -> None:
    store.install(demo_kpack(tmp_path), Settings())
    with pytest.raises(PackRefused, match="no earlier version of 'demo'"):
        store.rollback("demo")


def test_remove_refuses_the_active_pack_and_bundled_packs(store: PackStore, paths: DataPaths, tmp_path: Path) -> None:
    store.install(demo_kpack(tmp_path), Settings())
    with pytest.raises(PackRefused, match="Demo topic' is the pack on screen now"):
        store.remove("demo", Settings(active_pack="demo"))
    with pytest.raises(PackRefused, match="came with the kiosk and cannot be removed"):
        store.remove("rfa-facet", Settings(active_pack="demo"))
    with pytest.raises(PackRefused, match="no installed pack called 'other'"):
        store.remove("other", Settings())
    assert store.info("demo") is not None
    store.remove("demo", Settings())
    assert not (paths.packs_dir / "demo").exists()
    assert [info.id for info in store.list()] == ["rfa-facet"]


def test_activate_saves_the_choice_and_keeps_other_settings(store: PackStore, paths: DataPaths, tmp_path: Path) -> None:
    store.install(demo_kpack(tmp_path), Settings())
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


def test_a_pack_that_does_not_validate_is_refused(store: PackStore, paths: DataPaths, tmp_path: Path) -> None:
    folder = demo_pack(tmp_path / "src")
    (folder / "en" / "joints.md").unlink()
    write_kpack(folder, "demo", "1.2.0", tmp_path / "broken.kpack")
    with pytest.raises(PackRefused) as refused:
        store.install(tmp_path / "broken.kpack", Settings())
    assert refused.value.reasons[0] == "'demo' has mistakes, so it cannot be shown:"
    assert store.info("demo") is None and tree(paths.packs_dir) == {}


def test_a_manifest_that_names_another_pack_is_refused(store: PackStore, tmp_path: Path) -> None:
    folder = demo_pack(tmp_path / "src")
    write_kpack(folder, "other", "1.2.0", tmp_path / "other.kpack")
    with pytest.raises(PackRefused, match=r"says it holds 'other' version 1\.2\.0, but its pack\.toml says 'demo'"):
        store.install(tmp_path / "other.kpack", Settings())


def test_installing_over_a_hand_copied_pack_keeps_it_for_rollback(
    store: PackStore, paths: DataPaths, tmp_path: Path
) -> None:
    hand = demo_pack(paths.packs_dir / "demo")
    hand_files = tree(hand)
    info = store.install(demo_kpack(tmp_path, "1.3.0"), Settings(active_pack="demo")).info
    assert (info.version, info.previous_version) == ("1.3.0", "1.2.0")
    assert sorted(p.name for p in hand.iterdir())[0] == "state.json"  # the hand-copied files moved away
    assert not (hand / "pack.toml").exists()
    back = store.rollback("demo")
    assert back.version == "1.2.0" and tree(back.folder) == hand_files
    assert pack_folder("demo", paths) == back.folder


# --- signatures and downgrades -------------------------------------------------------------------


@pytest.fixture
def signer(tmp_path: Path) -> tuple[bytes, Settings]:
    pem, public = generate_key()
    return pem, Settings(trusted_keys={"Riverside IT": public})


def test_a_trusted_signature_names_its_signer(store: PackStore, tmp_path: Path, signer: tuple[bytes, Settings]) -> None:
    pem, settings = signer
    kpack = demo_kpack(tmp_path)
    sign_kpack(kpack, pem)
    info = store.install(kpack, settings).info
    assert info.signed_by == "Riverside IT"
    assert store.info("demo", Settings()).signed_by is None  # type: ignore[union-attr]  # no longer trusted


def test_require_signed_refuses_unsigned_and_untrusted_packs(
    store: PackStore, tmp_path: Path, signer: tuple[bytes, Settings]
) -> None:
    _pem, settings = signer
    strict = Settings(require_signed=True, trusted_keys=settings.trusted_keys)
    kpack = demo_kpack(tmp_path)
    with pytest.raises(PackRefused, match="not signed, and this kiosk only accepts signed packs"):
        store.install(kpack, strict)
    other_pem, _ = generate_key()
    sign_kpack(kpack, other_pem)
    with pytest.raises(PackRefused, match="signed with a key this kiosk does not trust"):
        store.install(kpack, strict)
    assert store.info("demo") is None


def test_a_signed_pack_older_than_the_installed_one_is_refused(
    store: PackStore, paths: DataPaths, tmp_path: Path, signer: tuple[bytes, Settings]
) -> None:
    pem, settings = signer
    new, old = demo_kpack(tmp_path, "1.3.0"), demo_kpack(tmp_path, "1.2.0")
    for kpack in (new, old):
        sign_kpack(kpack, pem)
    store.install(new, settings)
    before = tree(paths.data_dir)
    with pytest.raises(PackRefused, match=r"version 1\.2\.0 of 'demo', older than the signed version 1\.3\.0"):
        store.install(old, settings)
    assert tree(paths.data_dir) == before
    # The record of versions is outside every pack folder, and survives removing the pack.
    assert json.loads(paths.pack_versions_file.read_text()) == {"demo": "1.3.0"}
    store.remove("demo", settings)
    with pytest.raises(PackRefused, match="older than the signed version"):
        store.install(old, settings)


def test_rollback_may_go_back_to_an_older_signed_version(
    store: PackStore, tmp_path: Path, signer: tuple[bytes, Settings]
) -> None:
    pem, settings = signer
    for version in ("1.2.0", "1.3.0"):
        kpack = demo_kpack(tmp_path, version)
        sign_kpack(kpack, pem)
        store.install(kpack, settings)
    assert store.rollback("demo").version == "1.2.0"


# --- interruptions and concurrency ---------------------------------------------------------------


def test_clean_staging_removes_what_an_interrupted_install_left(
    store: PackStore, paths: DataPaths, tmp_path: Path
) -> None:
    store.install(demo_kpack(tmp_path), Settings())
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
    store.install(demo_kpack(tmp_path, "1.2.0"), Settings())
    new = demo_kpack(tmp_path, "1.3.0")
    seen: list[PackInfo] = []

    def look(_step: str) -> None:
        # The UI thread calls list() while a worker installs.
        reader = threading.Thread(target=lambda: seen.extend(PackStore(store.paths).list(Settings())))
        reader.start()
        reader.join()

    monkeypatch.setattr(packstore, "step_hook", look)
    store.install(new, Settings())
    demo = [info for info in seen if info.id == "demo"]
    assert len(demo) > 10
    assert {info.version for info in demo} == {"1.2.0", "1.3.0"}
    assert all(info.valid for info in demo)


def test_a_full_disk_is_refused_plainly_and_changes_nothing(
    store: PackStore, paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.install(demo_kpack(tmp_path, "1.2.0"), Settings())
    before = tree(paths.packs_dir)

    def full(step: str) -> None:
        if step == "write":
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(packstore, "step_hook", full)
    with pytest.raises(PackRefused, match="could not save the pack on its disk"):
        store.install(demo_kpack(tmp_path, "1.3.0"), Settings())
    assert tree(paths.packs_dir) == before
    assert list(paths.staging_dir.iterdir()) == []


# --- finding pack files on USB sticks ------------------------------------------------------------


def test_find_kpacks_looks_a_few_folders_deep_without_following_links(tmp_path: Path) -> None:
    media = tmp_path / "media"
    stick = media / "user" / "STICK"
    (stick / "packs" / "2026").mkdir(parents=True)
    wanted = [stick / "Back-pain.KPACK", stick / "packs" / "2026" / "rfa.kpack"]
    for path in wanted:
        path.write_bytes(b"")
    (stick / "notes.txt").write_text("")
    (stick / ".Trash-1000").mkdir()
    (stick / ".Trash-1000" / "old.kpack").write_bytes(b"")
    (stick / "too" / "deep" / "down").mkdir(parents=True)
    (stick / "too" / "deep" / "down" / "x.kpack").write_bytes(b"")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "secret.kpack").write_bytes(b"")
    (stick / "link").symlink_to(elsewhere)
    (stick / "link.kpack").symlink_to(elsewhere / "secret.kpack")
    assert find_kpacks([media, tmp_path / "run-media"]) == sorted(wanted)


def test_find_kpacks_with_nothing_mounted_is_empty(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    assert find_kpacks([tmp_path / "missing", tmp_path / "a-file"]) == []


def test_a_stick_pulled_out_during_install_is_refused_plainly(store: PackStore, tmp_path: Path) -> None:
    kpack = demo_kpack(tmp_path)
    kpack.unlink()
    with pytest.raises(PackRefused, match=r"cannot be found\. If it is on a USB stick, check that"):
        store.install(kpack, Settings())


# --- the settings for signed packs ---------------------------------------------------------------


def test_settings_keep_only_trusted_keys_made_by_keygen(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    _pem, public = generate_key()
    path = tmp_path / "settings.toml"
    path.write_text(
        f'require_signed = true\n\n[trusted_keys]\n"Riverside IT" = "{public}"\n'
        '"Typo" = "not a key"\n"Short" = "AAAA"\n',
        encoding="utf-8",
    )
    settings = load_settings(path)
    assert settings.require_signed
    assert settings.trusted_keys == {"Riverside IT": public}
    assert "'Typo' is not a public key made by 'kiosk pack keygen'; ignored" in caplog.text


def test_settings_with_a_wrong_type_for_signed_packs_use_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('require_signed = "yes"\ntrusted_keys = ["a", "b"]\n', encoding="utf-8")
    settings = load_settings(path)
    assert settings.require_signed is False and settings.trusted_keys == {}
