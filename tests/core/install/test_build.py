"""Building and signing .kpack files: what goes in, the same bytes every time, only sound packs signed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kiosk.core.install.build import sign_kpack, write_kpack
from kiosk.core.install.manifest import MANIFEST_NAME, SIGNATURE_NAME
from kiosk.core.install.refused import PackRefused
from kiosk.core.install.signing import generate_key
from kiosk.core.install.unpack import KpackReader
from tests.core.install.kpack_corpus import demo_kpack, demo_pack, entries, rezip


def test_a_kpack_holds_the_pack_and_a_manifest_of_every_file(tmp_path: Path) -> None:
    kpack = demo_kpack(tmp_path)
    names = [info.filename for info, _ in entries(kpack)]
    assert names[-1] == MANIFEST_NAME
    assert "pack/pack.toml" in names and "pack/images/es/joints.svg" in names
    manifest = json.loads(dict((i.filename, d) for i, d in entries(kpack))[MANIFEST_NAME])
    assert manifest["id"] == "demo" and manifest["version"] == "1.2.0"
    assert set(manifest["files"]) == {n.removeprefix("pack/") for n in names if n.startswith("pack/")}
    assert all(len(entry["sha256"]) == 64 for entry in manifest["files"].values())


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_built_or_signed_kpack_can_be_read_by_others(tmp_path: Path) -> None:
    kpack = demo_kpack(tmp_path)
    assert kpack.stat().st_mode & 0o777 == 0o644
    sign_kpack(kpack, generate_key()[0])
    assert kpack.stat().st_mode & 0o777 == 0o644


def test_the_same_folder_gives_the_same_bytes(tmp_path: Path) -> None:
    folder = demo_pack(tmp_path / "src")
    write_kpack(folder, "demo", "1.2.0", tmp_path / "a.kpack")
    write_kpack(folder, "demo", "1.2.0", tmp_path / "b.kpack")
    assert (tmp_path / "a.kpack").read_bytes() == (tmp_path / "b.kpack").read_bytes()


def test_a_link_in_the_folder_refuses_the_build(tmp_path: Path) -> None:
    folder = demo_pack(tmp_path / "src")
    (tmp_path / "secret.txt").write_text("secret")
    (folder / "images" / "secret.svg").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(PackRefused, match="link"):
        write_kpack(folder, "demo", "1.2.0", tmp_path / "demo.kpack")
    assert not (tmp_path / "demo.kpack").exists()


def test_signing_again_replaces_the_signature(tmp_path: Path) -> None:
    kpack = demo_kpack(tmp_path)
    first_pem, _ = generate_key()
    second_pem, second = generate_key()
    sign_kpack(kpack, first_pem)
    sign_kpack(kpack, second_pem)
    names = [info.filename for info, _ in entries(kpack)]
    assert names.count(SIGNATURE_NAME) == 1
    with KpackReader.open(kpack) as reader:
        assert reader.signer_key == second


def test_only_a_sound_kpack_can_be_signed(tmp_path: Path) -> None:
    kpack = demo_kpack(tmp_path)
    broken = rezip(kpack, tmp_path / "broken.kpack", replace={"pack/en/welcome.md": b"changed!"})
    before = broken.read_bytes()
    pem, _ = generate_key()
    with pytest.raises(PackRefused, match="changed since the pack was made"):
        sign_kpack(broken, pem)
    assert broken.read_bytes() == before
