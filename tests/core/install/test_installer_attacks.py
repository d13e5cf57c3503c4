"""Harmful and damaged .kpack files are refused with a reason, and installs survive SIGKILL at any step."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.core.install.build import sign_kpack
from kiosk.core.install.installer import PackInstaller
from kiosk.core.install.manifest import MANIFEST_NAME, SIGNATURE_NAME
from kiosk.core.install.refused import PackRefused
from kiosk.core.install.signing import generate_key
from kiosk.core.install.store import PackStore
from kiosk.core.paths import DataPaths
from kiosk.core.settings import Settings
from tests.core.install.kpack_corpus import (
    RawEntry,
    _local,
    demo_kpack,
    demo_pack,
    entries,
    raw_zip,
    rezip,
    special_info,
    tree,
    with_manifest_entry,
    zeros_deflated,
)

ROOT = Path(__file__).resolve().parents[3]

Build = Callable[[Path, Path], Path]


def _added(name: str, data: bytes = b"harm") -> Build:
    """The sound pack with one more entry, listed in its manifest too (so only the name can refuse it)."""
    return lambda good, out: with_manifest_entry(good, out, name, data)


def _symlink(good: Path, out: Path) -> Path:
    return with_manifest_entry(
        good, out, "pack/images/x.svg", b"/etc/passwd", special_info("pack/images/x.svg", 0o120000)
    )


def _fifo(good: Path, out: Path) -> Path:
    return with_manifest_entry(good, out, "pack/images/x.svg", b"", special_info("pack/images/x.svg", stat.S_IFIFO))


def _device(good: Path, out: Path) -> Path:
    return with_manifest_entry(good, out, "pack/images/x.svg", b"", special_info("pack/images/x.svg", stat.S_IFCHR))


def _bomb(good: Path, out: Path) -> Path:
    """600 MB of zeros in about 600 KB, and headers that say so."""
    out.write_bytes(raw_zip([RawEntry("pack/en/big.md", zeros_deflated(600), 600_000_000)]))
    return out


def _lying_bomb(good: Path, out: Path) -> Path:
    """The sound pack plus 600 MB of zeros whose headers and manifest claim 12 bytes."""
    import hashlib

    files = dict((i.filename, d) for i, d in entries(good))
    manifest = json.loads(files.pop(MANIFEST_NAME))
    manifest["files"]["en/big.md"] = {"sha256": hashlib.sha256(b"twelve bytes").hexdigest(), "size": 12}
    files[MANIFEST_NAME] = json.dumps(manifest).encode()
    raw = [RawEntry(name, data, len(data), zlib.crc32(data), method=0) for name, data in files.items()]
    raw.append(RawEntry("pack/en/big.md", zeros_deflated(600), 12, zlib.crc32(b"twelve bytes")))
    out.write_bytes(raw_zip(raw))
    return out


def _overlapping(_good: Path, out: Path) -> Path:
    data = zlib.compress(b"shared bytes", 9)[2:-4]
    first = RawEntry("pack/en/a.md", data, 12, zlib.crc32(b"shared bytes"))
    second = RawEntry("pack/en/b.md", data, 12, zlib.crc32(b"shared bytes"), offset=0)
    out.write_bytes(raw_zip([first, second], body=_local(first) + data))
    return out


def _duplicate(good: Path, out: Path) -> Path:
    return rezip(good, out, add=[("pack/pack.toml", b'id = "evil"')])


def _case_clash(good: Path, out: Path) -> Path:
    return with_manifest_entry(good, out, "pack/EN/welcome.md", b"shadow")


def _file_and_folder(good: Path, out: Path) -> Path:
    return with_manifest_entry(good, out, "pack/en", b"a file where a folder is")


def _changed(good: Path, out: Path) -> Path:
    text = dict((i.filename, d) for i, d in entries(good))["pack/en/welcome.md"]
    return rezip(good, out, replace={"pack/en/welcome.md": text.replace(b"e", b"3")})


def _extra(good: Path, out: Path) -> Path:
    return rezip(good, out, add=[("pack/en/extra.md", b"not listed")])


def _missing(good: Path, out: Path) -> Path:
    return rezip(good, out, drop=("pack/en/welcome.md",))


def _bad_signature(good: Path, out: Path) -> Path:
    pem, _ = generate_key()
    signed = rezip(good, out.with_suffix(".signed.kpack"))
    sign_kpack(signed, pem)
    files = dict((i.filename, d) for i, d in entries(signed))
    manifest = json.loads(files[MANIFEST_NAME])
    manifest["version"] = "1.2.0"  # same meaning, other bytes: the signature no longer fits
    return rezip(signed, out, replace={MANIFEST_NAME: json.dumps(manifest).encode()})


def _garbled_signature(good: Path, out: Path) -> Path:
    return rezip(good, out, add=[(SIGNATURE_NAME, b'{"algorithm": "ed25519", "public_key": "AAAA", "signature": "!"}')])


def _too_many(good: Path, out: Path) -> Path:
    return rezip(good, out, add=[(f"pack/en/n{index}.md", b"") for index in range(5001)])


CASES: dict[str, tuple[Build, str]] = {
    "dot-dot": (_added("../x"), "'../x' would be written outside the pack (it uses '..')"),
    "dot-dot inside": (_added("pack/../../x"), "outside the pack"),
    "absolute": (_added("/etc/x"), "'/etc/x' would be written at a fixed place on the computer"),
    "drive letter": (_added("C:/x"), "'C:/x' would be written on another drive"),
    "drive backslash": (_added("C:\\x"), "'C:\\x' uses backslashes"),
    "backslash dot-dot": (_added("..\\x"), "'..\\x' uses backslashes"),
    "backslash inside": (_added("pack\\..\\..\\x"), "uses backslashes"),
    "symlink": (_symlink, "'pack/images/x.svg' is a link to another place"),
    "fifo": (_fifo, "'pack/images/x.svg' is a special file"),
    "device": (_device, "'pack/images/x.svg' is a special file"),
    "bomb": (_bomb, "would unpack to more than 500.0 MB"),
    "lying bomb": (_lying_bomb, "'pack/en/big.md' is damaged inside the file"),
    "overlapping": (_overlapping, "'pack/en/b.md' overlaps 'pack/en/a.md' inside the file"),
    "duplicate": (_duplicate, "'pack/pack.toml' appears twice in the file"),
    "case clash": (_case_clash, "'pack/en/welcome.md' and 'pack/EN/welcome.md' would overwrite each other"),
    "file and folder": (_file_and_folder, "'pack/en' is both a file and a folder"),
    "hash mismatch": (_changed, "'en/welcome.md' has been changed since the pack was made"),
    "extra file": (_extra, "'pack/en/extra.md' is in the file but not in its list of contents"),
    "missing file": (_missing, "'en/welcome.md' is in the list of contents but missing from the file"),
    "bad signature": (_bad_signature, "The signature does not match"),
    "garbled signature": (_garbled_signature, "The signature does not match"),
    "too many entries": (_too_many, "a pack may hold at most 5,000"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_harmful_kpack_is_refused_naming_the_problem_and_changes_nothing(case: str, tmp_path: Path) -> None:
    build, message = CASES[case]
    work = tmp_path / "work"
    work.mkdir()
    paths = DataPaths.in_dir(work / "data")
    store = PackStore(paths)
    settings = Settings(active_pack="demo")
    PackInstaller(store).install(demo_kpack(work / "old", "1.2.0"), settings)
    good = demo_kpack(work / "new", "1.3.0")
    bad = build(good, work / "bad.kpack")
    before = tree(tmp_path)

    with pytest.raises(PackRefused) as refused:
        PackInstaller(store).install(bad, settings)

    assert any(message in reason for reason in refused.value.reasons), refused.value.reasons
    assert tree(tmp_path) == before  # nothing written anywhere, not even beside the data folder
    assert list(paths.staging_dir.iterdir()) == []
    active = store.info("demo")
    assert active is not None and active.version == "1.2.0" and active.valid
    assert store.verify("demo") == []


def test_a_pack_cannot_reach_the_settings_or_the_store_records(tmp_path: Path) -> None:
    """Files named like the kiosk's own files land inside the pack's folder, nowhere else."""
    paths = DataPaths.in_dir(tmp_path / "data")
    store = PackStore(paths)
    settings = Settings(clinic_name="Riverside")
    paths.settings_file.parent.mkdir(parents=True)
    paths.settings_file.write_text('clinic_name = "Riverside"\n')
    good = demo_kpack(tmp_path, "1.2.0")
    kpack = good
    for name in ("state.json", "manifest.json", "settings.toml", "pack-versions.json", ".lock"):
        kpack = with_manifest_entry(kpack, tmp_path / f"with-{name}.kpack", f"pack/{name}", b"{}")
    info = PackInstaller(store).install(kpack, settings).info
    assert paths.settings_file.read_text() == 'clinic_name = "Riverside"\n'
    assert not paths.pack_versions_file.exists()
    assert json.loads((paths.packs_dir / "demo" / "state.json").read_text())["current"] == info.folder.parent.name
    assert (info.folder / "settings.toml").read_bytes() == b"{}"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() and SIGKILL (POSIX)")
def test_sigkill_at_any_step_of_an_install_leaves_a_sound_pack(tmp_path: Path) -> None:
    """40 installs killed with SIGKILL: at every step in turn both ways, then at random steps."""
    first, second = demo_kpack(tmp_path, "1.2.0"), demo_kpack(tmp_path, "1.3.0")
    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "tests.core.install.kpack_corpus", str(data), str(first), str(second), "40", "5"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    runs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(runs) == 40
    switched = 0
    for run in runs:
        assert run["killed"], run
        expected_new = "1.3.0" if run["before"] == "1.2.0" else "1.2.0"
        assert run["after"] in (run["before"], expected_new), run
        switched += run["after"] != run["before"]
        assert run["valid"] and run["verify"] == [], run
        assert run["leftovers"] == [], run
        assert len(run["version_dirs"]) <= 3, run  # state.json, current, previous
    # Killed at each step in turn, going both ways, the last step is the switch itself.
    assert switched >= 2
    assert {run["kill_at"] for run in runs} == set(range(1, runs[0]["steps"] + 1))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() and SIGKILL (POSIX)")
def test_sigkill_while_installing_over_a_hand_copied_pack(tmp_path: Path) -> None:
    """The pack copied in by hand stays in use until the switch, and nothing of it is lost after."""
    hand = demo_pack(tmp_path / "hand", "1.2.0")
    kpack = demo_kpack(tmp_path, "1.3.0")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.core.install.kpack_corpus",
            "hand",
            str(tmp_path / "data"),
            str(hand),
            str(kpack),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    runs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(runs) == runs[0]["steps"] > 10
    for run in runs:
        assert run["killed"] and run["valid"] and run["leftovers"] == [], run
        if run["after"] == "1.2.0":
            assert run["names"] == sorted(p.name for p in hand.iterdir()), run
        else:
            assert run["after"] == "1.3.0" and run["names"][0] == "state.json" and len(run["names"]) == 3, run
    assert runs[-1]["after"] == "1.3.0"
