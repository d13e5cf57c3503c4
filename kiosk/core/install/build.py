"""Making ``.kpack`` files: zip a validated pack folder with its manifest, and sign one.

The same folder always gives the same bytes (fixed times, sorted names), and a pack file is
written through the one atomic writer, so it is never left half-made or half-signed.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
import zipfile
from datetime import date
from pathlib import Path
from typing import IO

from kiosk.core.files import write_atomically
from kiosk.core.install.manifest import (
    CHUNK_BYTES,
    MANIFEST_NAME,
    MAX_ENTRIES,
    MAX_UNPACKED_BYTES,
    PACK_PREFIX,
    SIGNATURE_NAME,
    FileEntry,
    Manifest,
    manifest_bytes,
    name_problem,
    plain_size,
)
from kiosk.core.install.refused import PackRefused
from kiosk.core.install.signing import load_private_key, signature_bytes
from kiosk.core.install.unpack import KpackReader
from kiosk.core.messages import Message, msg

#: Pictures that are compressed already are stored as they are, which makes install faster.
STORED_SUFFIXES = frozenset({".png", ".jpg", ".jpeg"})
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
#: A pack file is for sharing, not private to its maker.
SHARED = 0o644


def pack_files(folder: Path) -> list[tuple[str, Path]]:
    """(name in the pack, path) of every file to put in a .kpack; hidden files and folders are left out.

    A link or a special file refuses the build: a .kpack holds ordinary files only.
    """
    found: list[tuple[str, Path]] = []
    reasons: list[Message] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        base = Path(dirpath)
        for name in list(dirnames):
            if name.startswith(".") or (base / name).is_symlink():
                dirnames.remove(name)
                if not name.startswith("."):
                    link = (base / name).relative_to(folder).as_posix()
                    reasons.append(msg("'{name}' is a link; copy the files in.", name=link))
        for name in filenames:
            path = base / name
            relative = path.relative_to(folder).as_posix()
            if name.startswith("."):
                continue
            mode = path.lstat().st_mode
            if not stat.S_ISREG(mode):
                reasons.append(
                    msg("'{name}' is a link or a special file; a pack holds ordinary files only.", name=relative)
                )
            elif problem := name_problem(relative):
                reasons.append(problem)
            else:
                found.append((relative, path))
    if reasons:
        raise PackRefused(reasons)
    return sorted(found)


def _zip_info(name: str, size: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    stored = Path(name).suffix.lower() in STORED_SUFFIXES
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.file_size = size
    return info


def write_kpack(folder: Path, pack_id: str, version: str, out: Path, *, expires: date | None = None) -> Manifest:
    """Zip ``folder`` (already validated) into ``out`` with its manifest; the same input gives the same bytes."""
    files = pack_files(folder)
    if len(files) + 2 > MAX_ENTRIES:
        raise PackRefused(
            msg(
                "The pack has {count} files; a pack may hold at most {most}.",
                count=f"{len(files):,}",
                most=f"{MAX_ENTRIES - 2:,}",
            )
        )
    entries: dict[str, FileEntry] = {}

    def write(handle: IO[bytes]) -> None:
        total = 0
        with zipfile.ZipFile(handle, "w") as archive:
            for name, path in files:
                digest = hashlib.sha256()
                size = 0
                with (
                    path.open("rb") as src,
                    archive.open(_zip_info(PACK_PREFIX + name, path.stat().st_size), "w") as dst,
                ):
                    while chunk := src.read(CHUNK_BYTES):
                        digest.update(chunk)
                        dst.write(chunk)
                        size += len(chunk)
                total += size
                if total > MAX_UNPACKED_BYTES:
                    raise PackRefused(msg("The pack is larger than {size}.", size=plain_size(MAX_UNPACKED_BYTES)))
                entries[name] = FileEntry(digest.hexdigest(), size)
            raw = manifest_bytes(pack_id, version, entries, expires)
            archive.writestr(_zip_info(MANIFEST_NAME, len(raw)), raw)

    write_atomically(out, write, mode=SHARED)
    return Manifest(pack_id, version, entries, manifest_bytes(pack_id, version, entries, expires), expires)


def sign_kpack(kpack: Path, private_pem: bytes) -> str:
    """Add (or replace) the signature of ``kpack``; return the signer's public key (base64).

    The archive is checked first, so that only a sound pack can be signed. The file is rewritten
    through a temporary copy: it is never left half-signed.
    """
    load_private_key(private_pem)
    with KpackReader.open(kpack) as reader, tempfile.TemporaryDirectory(prefix="kpack-check-") as scratch:
        reader.extract(Path(scratch) / "pack")
        signature, public = signature_bytes(reader.manifest.raw, private_pem)
        names = [info for info in reader.infos if info.filename != SIGNATURE_NAME]

        def write(handle: IO[bytes]) -> None:
            with zipfile.ZipFile(handle, "w") as archive:
                for info in names:
                    with (
                        reader.zip.open(info) as src,
                        archive.open(_zip_info(info.filename, info.file_size), "w") as dst,
                    ):
                        while chunk := src.read(CHUNK_BYTES):
                            dst.write(chunk)
                archive.writestr(_zip_info(SIGNATURE_NAME, len(signature)), signature)

        write_atomically(kpack, write, mode=SHARED)
    return public
