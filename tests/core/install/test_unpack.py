"""Opening and unpacking .kpack files: the same pack comes back, anything else is refused plainly."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from kiosk.core.content.reader import load_pack
from kiosk.core.install.build import pack_files, sign_kpack, write_kpack
from kiosk.core.install.refused import PackRefused
from kiosk.core.install.signing import generate_key
from kiosk.core.install.unpack import KpackReader
from tests.core.install.kpack_corpus import demo_kpack, demo_pack


def test_unpacking_gives_back_the_same_pack(tmp_path: Path) -> None:
    folder = demo_pack(tmp_path / "src")
    (folder / ".DS_Store").write_bytes(b"junk")
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_text("ref")
    write_kpack(folder, "demo", "1.2.0", tmp_path / "demo.kpack")
    with KpackReader.open(tmp_path / "demo.kpack") as reader:
        assert reader.signer_key is None
        reader.extract(tmp_path / "out")
    assert not (tmp_path / "out" / ".DS_Store").exists() and not (tmp_path / "out" / ".git").exists()
    for name, path in pack_files(folder):
        assert (tmp_path / "out" / name).read_bytes() == path.read_bytes()
    loaded = load_pack(tmp_path / "out")
    assert loaded.pack is not None and loaded.pack.id == "demo"


def test_a_signed_kpack_names_its_key_and_still_unpacks(tmp_path: Path) -> None:
    kpack = demo_kpack(tmp_path)
    pem, public = generate_key()
    assert sign_kpack(kpack, pem) == public
    with KpackReader.open(kpack) as reader:
        assert reader.signer_key == public
        reader.extract(tmp_path / "out")
    assert (tmp_path / "out" / "pack.toml").is_file()


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.kpack"
    path.write_bytes(b"\x89PNG not a zip at all")
    with pytest.raises(PackRefused, match="not a content-pack file"):
        KpackReader.open(path)


def test_a_zip_without_a_manifest_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plain.kpack"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("pack/pack.toml", "id = 'x'")
    with pytest.raises(PackRefused, match=r"no list of contents \(manifest.json\)"):
        KpackReader.open(path)
