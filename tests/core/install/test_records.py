"""TUF-like protections of signed packs: expiry by a clock that never goes back, keys scoped to pack ids,
and downgrade protection that a damaged record cannot switch off."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kiosk.core import alerts
from kiosk.core.install.build import sign_kpack, write_kpack
from kiosk.core.install.installer import PackInstaller
from kiosk.core.install.locate import open_pack
from kiosk.core.install.manifest import parse_manifest
from kiosk.core.install.records import CLOCK_FILE, signed_versions, trusted_now
from kiosk.core.install.refused import PackRefused
from kiosk.core.install.store import PackStore
from kiosk.core.install.unpack import KpackReader
from kiosk.core.install.verify import check_shown_pack
from kiosk.core.paths import DataPaths
from kiosk.core.settings import Settings
from tests.core.install.kpack_corpus import demo_kpack, demo_pack


class Clock:
    def __init__(self, day: date) -> None:
        self.now = datetime(day.year, day.month, day.day, 12, tzinfo=UTC).timestamp()

    def __call__(self) -> float:
        return self.now


def expiring_kpack(tmp_path: Path, expires: date, version: str = "1.2.0") -> Path:
    folder = demo_pack(tmp_path / f"src-{version}-{expires}", version)
    out = tmp_path / f"demo-{version}-{expires}.kpack"
    write_kpack(folder, "demo", version, out, expires=expires)
    return out


def test_an_expiry_date_is_in_the_signed_manifest(tmp_path: Path, signer: tuple[bytes, Settings]) -> None:
    kpack = expiring_kpack(tmp_path, date(2027, 6, 30))
    sign_kpack(kpack, signer[0])
    with KpackReader.open(kpack) as reader:
        assert reader.manifest.expires == date(2027, 6, 30)
        assert json.loads(reader.manifest.raw)["format"] == 2
        assert reader.signer_key is not None
    with pytest.raises(PackRefused, match="its expiry date is not a date"):
        parse_manifest(reader.manifest.raw.replace(b"2027-06-30", b"2027-99-30"))


def test_a_changed_expiry_date_breaks_the_signature(tmp_path: Path, signer: tuple[bytes, Settings]) -> None:
    import zipfile

    from tests.core.install.kpack_corpus import entries, rezip

    kpack = expiring_kpack(tmp_path, date(2027, 6, 30))
    sign_kpack(kpack, signer[0])
    manifest = dict((info.filename, data) for info, data in entries(kpack))["manifest.json"]
    later = rezip(kpack, tmp_path / "later.kpack", replace={"manifest.json": manifest.replace(b"2027", b"2099")})
    assert zipfile.is_zipfile(later)
    with pytest.raises(PackRefused, match="The signature does not match"):
        KpackReader.open(later)


def test_an_expired_pack_is_refused_for_install(store: PackStore, tmp_path: Path) -> None:
    clock = Clock(date(2027, 7, 1))
    with pytest.raises(PackRefused, match=r"This pack expired on 2027-06-30, so it is not installed\."):
        PackInstaller(store, clock=clock).install(expiring_kpack(tmp_path, date(2027, 6, 30)), Settings())
    assert store.info("demo") is None
    info = PackInstaller(store, clock=clock).install(expiring_kpack(tmp_path, date(2027, 7, 1)), Settings()).info
    assert info.version == "1.2.0"  # valid through its last day


def test_winding_the_clock_back_does_not_make_an_expired_pack_acceptable(store: PackStore, tmp_path: Path) -> None:
    paths = store.paths
    assert trusted_now(paths, Clock(date(2027, 8, 1))) == Clock(date(2027, 8, 1)).now  # the kiosk saw August
    wound_back = Clock(date(2027, 1, 1))
    assert trusted_now(paths, wound_back) == Clock(date(2027, 8, 1)).now
    with pytest.raises(PackRefused, match="expired on 2027-06-30"):
        PackInstaller(store, clock=wound_back).install(expiring_kpack(tmp_path, date(2027, 6, 30)), Settings())
    # A damaged copy of the record does not lose the time either.
    (paths.data_dir / CLOCK_FILE).write_text("{", encoding="utf-8")
    with pytest.raises(PackRefused, match="expired on 2027-06-30"):
        PackInstaller(store, clock=wound_back).install(expiring_kpack(tmp_path, date(2027, 6, 30)), Settings())


@pytest.mark.parametrize(
    ("today", "words"),
    [
        (date(2027, 6, 1), "expires on 2027-06-30. Ask for a newer version and install it before then."),
        (date(2027, 7, 2), "expired on 2027-06-30. It is still shown, but ask for a newer version"),
    ],
)
def test_the_pack_on_screen_keeps_showing_and_staff_are_warned_of_its_expiry(
    store: PackStore, tmp_path: Path, today: date, words: str
) -> None:
    PackInstaller(store, clock=Clock(date(2027, 1, 1))).install(expiring_kpack(tmp_path, date(2027, 6, 30)), Settings())
    opened = open_pack("demo", store.paths)
    assert opened.pack is not None and opened.pack.version == "1.2.0"
    assert check_shown_pack(store.paths, opened.pack.root, Clock(today)) == []
    (shown,) = alerts.current()
    assert str(shown).startswith(f"'demo' version 1.2.0 {words}")


def test_no_warning_more_than_30_days_before(store: PackStore, tmp_path: Path) -> None:
    PackInstaller(store, clock=Clock(date(2027, 1, 1))).install(expiring_kpack(tmp_path, date(2027, 6, 30)), Settings())
    opened = open_pack("demo", store.paths)
    assert opened.pack is not None
    check_shown_pack(store.paths, opened.pack.root, Clock(date(2027, 5, 30)))
    assert alerts.current() == []


def test_a_key_scoped_to_other_packs_cannot_sign_this_one(
    store: PackStore, tmp_path: Path, signer: tuple[bytes, Settings]
) -> None:
    pem, settings = signer
    scoped = replace(settings, trusted_key_packs={"Riverside IT": ("knee-*",)})
    kpack = demo_kpack(tmp_path)
    sign_kpack(kpack, pem)
    with pytest.raises(PackRefused, match=r"signed with the key 'Riverside IT', which this kiosk trusts only for"):
        PackInstaller(store).install(kpack, scoped)
    knee = demo_kpack(tmp_path, pack_id="knee-injection")
    sign_kpack(knee, pem)
    info = PackInstaller(store).install(knee, replace(scoped, require_signed=True)).info
    assert info.signed_by == "Riverside IT"
    assert store.info("knee-injection", replace(scoped, trusted_key_packs={"Riverside IT": ()})).signed_by is None  # type: ignore[union-attr]


@pytest.mark.parametrize("damage", ["garbage", "deep", "deleted", "both copies garbage"])
def test_a_damaged_version_record_never_switches_downgrade_protection_off(
    store: PackStore, paths: DataPaths, tmp_path: Path, signer: tuple[bytes, Settings], damage: str
) -> None:
    pem, settings = signer
    new, old = demo_kpack(tmp_path, "1.3.0"), demo_kpack(tmp_path, "1.2.0")
    for kpack in (new, old):
        sign_kpack(kpack, pem)
    PackInstaller(store).install(new, settings)
    record = paths.pack_versions_file
    backup = record.with_name(record.name + ".last-good")
    assert json.loads(record.read_text()) == json.loads(backup.read_text()) == {"demo": "1.3.0"}
    if damage == "garbage":
        record.write_text("{not json", encoding="utf-8")
    elif damage == "deep":
        record.write_text("[" * 100_000, encoding="utf-8")
    elif damage == "deleted":
        record.unlink()
    else:
        record.write_text("{", encoding="utf-8")
        backup.write_text("[]", encoding="utf-8")
    assert signed_versions(paths) == {"demo": "1.3.0"}
    with pytest.raises(PackRefused, match=r"older than the signed version 1\.3\.0"):
        PackInstaller(store).install(old, settings)
