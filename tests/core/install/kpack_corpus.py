"""Building good and malicious .kpack files for the tests, and interrupting installs with SIGKILL.

Run as a program (``python -m tests.core.install.kpack_corpus DATA A.kpack B.kpack RUNS SEED``), it is the
parent of the kill test: it installs A, then forks one child per run; each child installs the
other version (B over A, A over B) and is killed with SIGKILL at a chosen step (or finishes), then
the parent "restarts" the store and prints what it finds as one JSON line per run. With
``hand DATA FOLDER B.kpack`` it does the same for B installed over FOLDER copied in by hand.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import struct
import sys
import warnings
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.install import store as packstore
from kiosk.core.install.build import write_kpack
from kiosk.core.install.installer import PackInstaller
from kiosk.core.install.manifest import MANIFEST_NAME
from kiosk.core.install.store import PackStore
from kiosk.core.paths import DataPaths
from kiosk.core.settings import Settings
from tests.conftest import build_pack


def demo_pack(root: Path, version: str = "1.2.0", pack_id: str = "demo") -> Path:
    """The conftest demo pack, with its own version (and id)."""
    folder = build_pack(root)
    toml = folder / "pack.toml"
    text = toml.read_text(encoding="utf-8").replace('version = "1.2.0"', f'version = "{version}"')
    toml.write_text(text.replace('id = "demo"', f'id = "{pack_id}"'), encoding="utf-8")
    return folder


def demo_kpack(tmp: Path, version: str = "1.2.0", pack_id: str = "demo") -> Path:
    """A sound .kpack of the demo pack."""
    folder = demo_pack(tmp / f"src-{pack_id}-{version}", version, pack_id)
    out = tmp / f"{pack_id}-{version}.kpack"
    write_kpack(folder, pack_id, version, out)
    return out


def entries(kpack: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(kpack) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def rezip(
    src: Path,
    dst: Path,
    *,
    drop: tuple[str, ...] = (),
    replace: dict[str, bytes] | None = None,
    add: list[tuple[zipfile.ZipInfo | str, bytes]] | None = None,
) -> Path:
    """Copy ``src`` changing some entries, without updating its manifest (duplicates allowed)."""
    replace = replace or {}
    with warnings.catch_warnings(), zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # "Duplicate name" is the point of some archives
        for info, data in entries(src):
            if info.filename not in drop:
                archive.writestr(info, replace.get(info.filename, data))
        for name, data in add or []:
            archive.writestr(name, data)
    return dst


def with_manifest_entry(src: Path, dst: Path, name: str, data: bytes, info: zipfile.ZipInfo | None = None) -> Path:
    """Add ``name`` to the archive *and* to its manifest, so that only the name or kind can refuse it."""
    import hashlib

    manifest = json.loads(dict((i.filename, d) for i, d in entries(src))[MANIFEST_NAME])
    inner = name.removeprefix("pack/")
    manifest["files"][inner] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    raw = json.dumps(manifest).encode()
    return rezip(src, dst, replace={MANIFEST_NAME: raw}, add=[(info or name, data)])


def special_info(name: str, kind: int) -> zipfile.ZipInfo:
    """A zip entry that claims to be a link, a device, a pipe …"""
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (kind | 0o777) << 16
    return info


# --- raw zips (what zipfile will not write) --------------------------------------------------


@dataclass
class RawEntry:
    name: str
    data: bytes  # as stored (compressed when method is 8)
    size: int  # uncompressed size written in the headers
    crc: int = 0
    method: int = 8
    offset: int | None = None  # None: right after the previous entry


def _local(entry: RawEntry) -> bytes:
    name = entry.name.encode()
    head = struct.pack(
        "<4s5H3L2H", b"PK\x03\x04", 20, 0, entry.method, 0, 0x21, entry.crc, len(entry.data), entry.size, len(name), 0
    )
    return head + name


def raw_zip(raw_entries: list[RawEntry], body: bytes | None = None) -> bytes:
    """A zip with exactly these headers. ``body`` replaces the local part (for overlapping entries)."""
    parts = b""
    offsets = []
    for entry in raw_entries:
        offsets.append(len(parts) if entry.offset is None else entry.offset)
        parts += _local(entry) + entry.data
    if body is not None:
        parts = body
    central = b""
    for entry, offset in zip(raw_entries, offsets, strict=True):
        name = entry.name.encode()
        central += struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            (3 << 8) | 20,
            20,
            0,
            entry.method,
            0,
            0x21,
            entry.crc,
            len(entry.data),
            entry.size,
            len(name),
            0,
            0,
            0,
            0,
            (stat.S_IFREG | 0o644) << 16,
            offset,
        )
        central += name
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(raw_entries), len(raw_entries), len(central), len(parts), 0)
    return parts + central + end


def zeros_deflated(megabytes: int) -> bytes:
    """Deflate data for ``megabytes`` MB of zero bytes, made in milliseconds (each MB compresses alike)."""
    block = bytes(1_000_000)
    first = zlib.compressobj(9, zlib.DEFLATED, -15)
    one = first.compress(block) + first.flush(zlib.Z_FULL_FLUSH)
    tail = zlib.compressobj(9, zlib.DEFLATED, -15)
    return one * megabytes + tail.flush()


def tree(root: Path, skip: tuple[str, ...] = (".staging", ".lock", ".leases")) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes (links as their target), for before/after comparisons."""
    found: dict[str, bytes] = {}
    if not root.exists():
        return found
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if relative.parts[0] in skip or (path.is_dir() and not path.is_symlink()):
            continue
        found[relative.as_posix()] = os.readlink(path).encode() if path.is_symlink() else path.read_bytes()
    return found


# --- the kill test's parent ------------------------------------------------------------------


def _count_steps(kpack: Path, scratch: Path) -> int:
    steps = []
    packstore.step_hook = steps.append
    try:
        PackInstaller(PackStore(DataPaths.in_dir(scratch))).install(kpack, Settings())
    finally:
        packstore.step_hook = None
    return len(steps)


def _child(paths: DataPaths, kpack: Path, kill_at: int) -> None:
    """Install ``kpack`` and SIGKILL ourselves at step ``kill_at`` (never returns)."""
    seen = [0]

    def hook(_step: str) -> None:
        seen[0] += 1
        if seen[0] >= kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    packstore.step_hook = hook
    try:
        PackInstaller(PackStore(paths)).install(kpack, Settings())
    finally:
        os._exit(0)


def _fork_and_kill(paths: DataPaths, kpack: Path, kill_at: int) -> bool:
    """Install ``kpack`` in a child killed at step ``kill_at``; True if SIGKILL ended it."""
    pid = os.fork()
    if pid == 0:
        _child(paths, kpack, kill_at)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def main_hand(data: Path, folder: Path, kpack: Path) -> int:
    """Kill at every step of installing ``kpack`` over the same pack copied in by hand from ``folder``."""
    import shutil

    scratch = data.parent / "count-hand"
    shutil.copytree(folder, DataPaths.in_dir(scratch).packs_dir / "demo")
    steps = _count_steps(kpack, scratch)
    paths = DataPaths.in_dir(data)
    for kill_at in range(1, steps + 1):
        shutil.rmtree(paths.packs_dir, ignore_errors=True)
        shutil.copytree(folder, paths.packs_dir / "demo")
        killed = _fork_and_kill(paths, kpack, kill_at)
        store = PackStore(paths)
        store.clean_staging()
        after = store.info("demo")
        record = {
            "kill_at": kill_at,
            "steps": steps,
            "killed": killed,
            "after": after.version if after else None,
            "valid": bool(after and after.valid),
            "leftovers": sorted(p.name for p in paths.staging_dir.iterdir()) if paths.staging_dir.exists() else [],
            "names": sorted(p.name for p in (paths.packs_dir / "demo").iterdir()),
        }
        print(json.dumps(record), flush=True)
    return 0


def main(argv: list[str]) -> int:
    import random

    if argv[0] == "hand":
        return main_hand(Path(argv[1]), Path(argv[2]), Path(argv[3]))
    data, first, second, runs, seed = Path(argv[0]), Path(argv[1]), Path(argv[2]), int(argv[3]), int(argv[4])
    paths = DataPaths.in_dir(data)
    totals = {kpack: _count_steps(kpack, data.parent / f"count-{kpack.stem}") for kpack in (first, second)}
    if PackStore(paths).info("demo") is None:
        PackInstaller(PackStore(paths)).install(first, Settings())
    rng = random.Random(seed)
    for run in range(runs):
        before = PackStore(paths).info("demo")
        assert before is not None
        kpack = second if before.version == "1.2.0" else first
        # The first runs kill at every step in turn; the last step is the switch itself, after which
        # the next runs go the other way (B over A, then A over B). The remaining runs pick random steps.
        steps = totals[kpack]
        kill_at = run % steps + 1 if run < 2 * steps else rng.randint(1, steps)
        killed = _fork_and_kill(paths, kpack, kill_at)
        store = PackStore(paths)  # the restart
        store.clean_staging()
        after = store.info("demo")
        leftovers = sorted(p.name for p in paths.staging_dir.iterdir()) if paths.staging_dir.exists() else []
        print(
            json.dumps(
                {
                    "run": run,
                    "kill_at": kill_at,
                    "steps": totals[kpack],
                    "killed": killed,
                    "before": before.version,
                    "after": after.version if after else None,
                    "valid": bool(after and after.valid),
                    "verify": store.verify("demo"),
                    "leftovers": leftovers,
                    "version_dirs": sorted(p.name for p in (paths.packs_dir / "demo").iterdir()),
                }
            ),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
