"""The .kpack format: building, reading back, names, signing and keys."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from kiosk.core.content.reader import load_pack
from kiosk.core.install.kpack import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    KpackReader,
    generate_key,
    load_private_key,
    name_problem,
    pack_files,
    sign_kpack,
    verify_signature,
    version_key,
    write_kpack,
)
from kiosk.core.install.store import PackRefused
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


def test_a_link_in_the_folder_refuses_the_build(tmp_path: Path) -> None:
    folder = demo_pack(tmp_path / "src")
    (tmp_path / "secret.txt").write_text("secret")
    (folder / "images" / "secret.svg").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(PackRefused, match="link"):
        write_kpack(folder, "demo", "1.2.0", tmp_path / "demo.kpack")
    assert not (tmp_path / "demo.kpack").exists()


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("../x", "outside"),
        ("pack/../../x", "outside"),
        ("/etc/x", "absolute"),
        ("C:\\x", "backslashes"),
        ("C:/x", "drive letter"),
        ("..\\x", "backslashes"),
        ("pack/en/a.md:stream", "not allowed"),
        ("pack//a.md", "not a proper file name"),
        ("pack/./a.md", "not a proper file name"),
        ("pack/a\x01.md", "not allowed"),
    ],
)
def test_names_that_could_leave_the_pack_are_refused(name: str, words: str) -> None:
    problem = name_problem(name)
    assert problem is not None and words in str(problem)


@pytest.mark.parametrize("name", ["pack/pack.toml", "pack/en/welcome.md", "pack/images/es/joints.svg", "pack/en/"])
def test_plain_names_are_accepted(name: str) -> None:
    assert name_problem(name) is None


def test_versions_compare_as_numbers() -> None:
    assert version_key("1.10") > version_key("1.9")
    assert version_key("2.0.0") == version_key("2")
    assert version_key("1.2.0") < version_key("1.2.1")


def test_a_signed_kpack_names_its_key_and_still_unpacks(tmp_path: Path) -> None:
    kpack = demo_kpack(tmp_path)
    pem, public = generate_key()
    assert sign_kpack(kpack, pem) == public
    with KpackReader.open(kpack) as reader:
        assert reader.signer_key == public
        reader.extract(tmp_path / "out")
    assert (tmp_path / "out" / "pack.toml").is_file()


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


def test_a_signature_does_not_fit_another_manifest(tmp_path: Path) -> None:
    signed = demo_kpack(tmp_path)
    pem, _ = generate_key()
    sign_kpack(signed, pem)
    files = {info.filename: data for info, data in entries(signed)}
    other = files[MANIFEST_NAME].replace(b'"1.2.0"', b'"9.9.9"')
    with pytest.raises(PackRefused, match="signature does not match"):
        verify_signature(other, files[SIGNATURE_NAME])


def test_only_a_sound_kpack_can_be_signed(tmp_path: Path) -> None:
    kpack = demo_kpack(tmp_path)
    broken = rezip(kpack, tmp_path / "broken.kpack", replace={"pack/en/welcome.md": b"changed!"})
    before = broken.read_bytes()
    pem, _ = generate_key()
    with pytest.raises(PackRefused, match="changed since the pack was made"):
        sign_kpack(broken, pem)
    assert broken.read_bytes() == before


@pytest.mark.parametrize("pem", [b"", b"not a key", b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"])
def test_a_bad_private_key_is_refused_plainly(pem: bytes) -> None:
    with pytest.raises(ValueError, match="kiosk pack keygen"):
        load_private_key(pem)


def test_an_ec_key_is_not_an_ed25519_key() -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    pem = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(ValueError, match="not an Ed25519 private key"):
        load_private_key(pem)


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
