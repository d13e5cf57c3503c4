"""Fuzzing pack files with Hypothesis: whatever the bytes, an install succeeds soundly or is refused plainly.

Mutations of a sound .kpack (bytes flipped, cut short, repeated; entries renamed, re-typed, given
odd zip versions, flags and methods; manifest.json replaced by deep or odd JSON) are installed
over an installed version. Each must either install a version whose every file matches its
manifest, or raise PackRefused, leaving the installed packs as they were. No other exception.

Every input that ever failed is kept in ``fuzz_corpus/`` (a failing example is written there as
it fails) and replayed first, by name, so a fixed bug stays fixed.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import struct
import tempfile
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.install import installer as installer_module
from kiosk.core.install.installer import PackInstaller
from kiosk.core.install.refused import PackRefused
from kiosk.core.install.store import PackStore
from kiosk.core.install.verify import verify_version
from kiosk.core.paths import DataPaths
from kiosk.core.settings import Settings
from tests.core.install.kpack_corpus import demo_kpack, tree

CORPUS = Path(__file__).parent / "fuzz_corpus"
_WORK = Path(tempfile.mkdtemp(prefix="kiosk-fuzz-"))
SOUND = demo_kpack(_WORK / "sound", "1.3.0").read_bytes()
OLD = demo_kpack(_WORK / "old", "1.2.0")


def validate_here(folder: Path, **_options: object) -> object:
    from kiosk.core.content.validate import validate_pack

    report = validate_pack(folder)
    return ((report.pack.id, report.pack.version) if report.pack else None), tuple(report.problems)


def install_checks(data: bytes) -> None:
    """The property: a sound install or a plain refusal that changes nothing."""
    with tempfile.TemporaryDirectory(prefix="fuzz-") as scratch:
        root = Path(scratch)
        paths = DataPaths.in_dir(root / "data")
        store = PackStore(paths)
        PackInstaller(store).install(OLD, Settings())
        before = tree(paths.packs_dir)
        candidate = root / "candidate.kpack"
        candidate.write_bytes(data)
        try:
            installed = PackInstaller(store).install(candidate, Settings())
        except PackRefused as refused:
            assert refused.reasons and all(isinstance(reason, str) and reason for reason in refused.reasons)
            assert tree(paths.packs_dir) == before
            assert not any(paths.staging_dir.iterdir())
            return
        assert installed.info.valid
        assert verify_version(installed.info.folder.parent) == []


def keep_if_failing(data: bytes) -> None:
    try:
        install_checks(data)
    except BaseException:
        CORPUS.mkdir(exist_ok=True)
        (CORPUS / f"{hashlib.sha256(data).hexdigest()[:16]}.kpack").write_bytes(data)
        raise


@pytest.fixture(autouse=True)
def quick_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(installer_module, "check_in_child", validate_here)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.kpack")), ids=lambda p: p.name)
def test_every_input_that_ever_failed_is_refused_or_installed_soundly(path: Path) -> None:
    install_checks(path.read_bytes())


# --- mutations ------------------------------------------------------------------------------------

NAMES = ["pack/../x", "/etc/passwd", "pack/C:x", "pack/a\\b", "pack/\x00", "pack/", "pack/PACK.TOML", "pack/./a"]
JSON = [b"[" * 5000 + b"]" * 5000, b'{"format": 99}', b'{"format": 2, "id": "demo"}', b"\xff\xfe", b"null", b"{}"]


def _rezip(data: bytes, change: str, pick: int, value: int) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w") as archive:
        warnings.simplefilter("ignore")  # "Duplicate name" is the point of one mutation
        infos = source.infolist()
        for index, info in enumerate(infos):
            body = source.read(info)
            if index == pick % len(infos):
                if change == "name":
                    info.filename = NAMES[value % len(NAMES)]
                elif change == "kind":
                    info.external_attr = ((0o120000, 0o020000, 0o040000, 0o010000)[value % 4] | 0o644) << 16
                elif change == "manifest" and info.filename == "manifest.json":
                    body = JSON[value % len(JSON)]
                elif change == "size":
                    body = body[: value % (len(body) + 1)]
                elif change == "duplicate":
                    archive.writestr(info, body)
            archive.writestr(info, body)
    raw = bytearray(out.getvalue())
    if change == "version":  # "version needed to extract" in every central directory entry
        at = 0
        while (at := raw.find(b"PK\x01\x02", at)) >= 0:
            struct.pack_into("<H", raw, at + 6, value % 400)
            at += 4
    if change == "method":
        at = raw.find(b"PK\x01\x02")
        struct.pack_into("<H", raw, at + 10, value % 100)
    return bytes(raw)


byte_mutations = st.lists(st.tuples(st.integers(0, len(SOUND) - 1), st.integers(0, 255)), min_size=1, max_size=8).map(
    lambda flips: _flip(SOUND, flips)
)


def _flip(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    raw = bytearray(data)
    for at, value in flips:
        raw[at] = value
    return bytes(raw)


zip_mutations = st.builds(
    _rezip,
    st.just(SOUND),
    st.sampled_from(["name", "kind", "manifest", "size", "duplicate", "version", "method"]),
    st.integers(0, 100),
    st.integers(0, 10_000),
)
cut_mutations = st.integers(0, len(SOUND)).map(lambda n: SOUND[:n])


@settings(
    max_examples=250,
    deadline=None,
    derandomize=True,  # the same examples on every run: CI stays reproducible and under a minute
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)
@given(st.one_of(byte_mutations, zip_mutations, cut_mutations))
def test_a_mutated_kpack_is_installed_soundly_or_refused_plainly(data: bytes) -> None:
    keep_if_failing(data)


def teardown_module() -> None:
    shutil.rmtree(_WORK, ignore_errors=True)
