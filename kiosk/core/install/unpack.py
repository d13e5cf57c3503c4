"""Opening and unpacking ``.kpack`` files, trusting nothing in the archive.

Names, entry types, sizes, counts and overlaps are checked from the zip's directory before a
byte is unpacked, and the bytes actually unpacked are counted and hashed. Every refusal is a
:class:`~kiosk.core.install.refused.PackRefused` holding plain sentences for clinic staff.
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO

from kiosk.core.files import fsync_folder
from kiosk.core.install.manifest import (
    CHUNK_BYTES,
    MANIFEST_NAME,
    MAX_ENTRIES,
    MAX_MANIFEST_BYTES,
    MAX_SIGNATURE_BYTES,
    MAX_UNPACKED_BYTES,
    PACK_PREFIX,
    SIGNATURE_NAME,
    FileEntry,
    Manifest,
    name_problem,
    parse_manifest,
    plain_size,
)
from kiosk.core.install.refused import PackRefused, write_failure
from kiosk.core.install.signing import verify_signature
from kiosk.core.messages import Message, msg

_LOCAL_HEADER = struct.Struct("<4s22xHH")
_LOCAL_MAGIC = b"PK\x03\x04"

Step = Callable[[str], None]


def _fold(name: str) -> str:
    """Names that would be the same file on a case-insensitive or normalising file system."""
    return unicodedata.normalize("NFC", name).casefold()


class KpackReader:
    """An opened .kpack whose zip directory, manifest and signature have been checked.

    Use :meth:`open` in a ``with`` block, then :meth:`extract` to unpack into a fresh folder.
    """

    def __init__(self, path: Path, handle: IO[bytes], archive: zipfile.ZipFile) -> None:
        self.path = path
        self._handle = handle
        self.zip = archive
        self.infos: list[zipfile.ZipInfo] = []
        self.manifest = Manifest("", "", {}, b"")
        #: Base64 public key of a valid signature, None when the pack is not signed.
        self.signer_key: str | None = None
        self.signature_raw: bytes | None = None

    @classmethod
    def open(cls, path: Path) -> KpackReader:
        """Open and check ``path``; raises :class:`PackRefused` with every problem found."""
        name = Path(path).name
        try:
            handle = Path(path).open("rb")  # noqa: SIM115  (the reader owns it until close())
        except FileNotFoundError:
            raise PackRefused(
                msg("'{name}' cannot be found. If it is on a USB stick, check that the stick is plugged in.", name=name)
            ) from None
        except OSError as err:
            raise PackRefused(msg("'{name}' cannot be opened ({reason}).", name=name, reason=_why(err))) from None
        try:
            archive = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, NotImplementedError):
            handle.close()
            raise PackRefused(msg("'{name}' is not a content-pack file, or it is damaged.", name=name)) from None
        except OSError as err:
            handle.close()
            raise PackRefused(_read_failure(name, err)) from None
        reader = cls(Path(path), handle, archive)
        try:
            reader._check()
        except BaseException:
            reader.close()
            raise
        return reader

    def close(self) -> None:
        self.zip.close()
        self._handle.close()

    def __enter__(self) -> KpackReader:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _check(self) -> None:
        infos = self.zip.infolist()
        if len(infos) > MAX_ENTRIES:
            raise PackRefused(
                msg(
                    "The file holds {count} entries; a pack may hold at most {most}.",
                    count=f"{len(infos):,}",
                    most=f"{MAX_ENTRIES:,}",
                )
            )
        reasons = [*_entry_problems(infos), *self._overlaps(infos)]
        declared = sum(info.file_size for info in infos)
        if declared > MAX_UNPACKED_BYTES:
            reasons.append(
                msg("The file would unpack to more than {size}; that is too big.", size=plain_size(MAX_UNPACKED_BYTES))
            )
        if reasons:
            raise PackRefused(reasons)
        self.infos = [info for info in infos if not info.is_dir()]
        by_name = {info.filename: info for info in self.infos}
        if MANIFEST_NAME not in by_name:
            raise PackRefused(
                msg("'{name}' has no list of contents (manifest.json); it is not a content pack.", name=self.path.name)
            )
        self.manifest = parse_manifest(self._read_small(by_name[MANIFEST_NAME], MAX_MANIFEST_BYTES))
        if SIGNATURE_NAME in by_name:
            self.signature_raw = self._read_small(by_name[SIGNATURE_NAME], MAX_SIGNATURE_BYTES)
            self.signer_key = verify_signature(self.manifest.raw, self.signature_raw)
        reasons = []
        for info in self.infos:
            if info.filename in (MANIFEST_NAME, SIGNATURE_NAME):
                continue
            inner = info.filename[len(PACK_PREFIX) :] if info.filename.startswith(PACK_PREFIX) else ""
            entry = self.manifest.files.get(inner)
            if entry is None:
                reasons.append(msg("'{name}' is in the file but not in its list of contents.", name=info.filename[:80]))
            elif entry.size != info.file_size:
                reasons.append(_changed(inner))
        for inner in sorted(set(self.manifest.files) - {i.filename[len(PACK_PREFIX) :] for i in self.infos}):
            reasons.append(msg("'{name}' is in the list of contents but missing from the file.", name=inner[:80]))
        if reasons:
            raise PackRefused(reasons)

    def _overlaps(self, infos: list[zipfile.ZipInfo]) -> Iterator[Message]:
        """Entries whose stored bytes overlap another's: a zip-bomb trick and a sign of tampering."""
        end_of_previous = 0
        previous = ""
        for info in sorted(infos, key=lambda i: i.header_offset):
            try:
                self._handle.seek(info.header_offset)
                magic, name_len, extra_len = _LOCAL_HEADER.unpack(self._handle.read(_LOCAL_HEADER.size))
            except (OSError, struct.error):
                magic = b""
            if magic != _LOCAL_MAGIC:
                yield msg("'{name}' is damaged inside the file.", name=info.filename[:80])
                continue
            if info.header_offset < end_of_previous:
                yield msg(
                    "'{name}' overlaps '{other}' inside the file; the file was tampered with.",
                    name=info.filename[:80],
                    other=previous[:80],
                )
            data_end = info.header_offset + _LOCAL_HEADER.size + name_len + extra_len + info.compress_size
            if data_end > end_of_previous:
                end_of_previous, previous = data_end, info.filename

    def _read_small(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        if info.file_size > limit:
            raise PackRefused(msg("'{name}' is too large to be what it says it is.", name=info.filename))
        try:
            with self.zip.open(info) as src:
                data = src.read(limit + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
            raise PackRefused(msg("'{name}' is damaged inside the file.", name=info.filename)) from None
        except OSError as err:
            raise PackRefused(_read_failure(self.path.name, err)) from None
        if len(data) > limit:
            raise PackRefused(msg("'{name}' is too large to be what it says it is.", name=info.filename))
        return data

    def extract(self, dest: Path, step: Step | None = None) -> None:
        """Unpack the listed files into the new folder ``dest``, checking every hash; fsync everything.

        Bytes are counted as they are decompressed, whatever the zip headers say, and unpacking
        stops as soon as the total passes :data:`MAX_UNPACKED_BYTES`. ``step`` is called between
        writes (tests use it to interrupt an install at every point).
        """
        step = step or _no_step
        dest.mkdir()
        folders = {dest}
        by_name = {info.filename: info for info in self.infos}
        budget = [MAX_UNPACKED_BYTES]
        reasons: list[Message] = []
        for name, entry in sorted(self.manifest.files.items()):
            target = dest.joinpath(*name.split("/"))
            for parent in reversed(target.relative_to(dest).parents[:-1]):
                folder = dest / parent
                if folder not in folders:
                    folder.mkdir()
                    folders.add(folder)
            if not self._unpack_one(by_name[PACK_PREFIX + name], target, entry, budget, step):
                reasons.append(_changed(name))
        if reasons:
            raise PackRefused(reasons)
        for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
            fsync_folder(folder)
        step("unpacked")

    def _unpack_one(self, info: zipfile.ZipInfo, target: Path, entry: FileEntry, budget: list[int], step: Step) -> bool:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        digest = hashlib.sha256()
        size = 0
        try:
            with os.fdopen(os.open(target, flags, 0o644), "wb") as out:
                for chunk in self._chunks(info):
                    size += len(chunk)
                    budget[0] -= len(chunk)
                    if budget[0] < 0:
                        raise PackRefused(
                            msg(
                                "The file unpacks to more than {size}; that is too big.",
                                size=plain_size(MAX_UNPACKED_BYTES),
                            )
                        )
                    if size > entry.size:
                        return False
                    digest.update(chunk)
                    out.write(chunk)
                    step("write")
                out.flush()
                os.fsync(out.fileno())
        except OSError as err:
            raise PackRefused(write_failure(err)) from None
        return size == entry.size and digest.hexdigest() == entry.sha256

    def _chunks(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """The bytes of one entry as they are decompressed; a damaged or vanished file refuses the pack."""
        try:
            with self.zip.open(info) as src:
                while chunk := src.read(CHUNK_BYTES):
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
            raise PackRefused(msg("'{name}' is damaged inside the file.", name=info.filename[:80])) from None
        except OSError as err:
            raise PackRefused(_read_failure(self.path.name, err)) from None


def _no_step(_name: str) -> None:
    return None


def _changed(name: str) -> Message:
    return msg(
        "'{name}' has been changed since the pack was made (it does not match the list of contents).", name=name[:80]
    )


def _why(err: OSError) -> str:
    """The system's own words for ``err`` (they come from outside the kiosk and are shown as they are)."""
    return err.strerror or str(err)


def _read_failure(name: str, err: OSError) -> Message:
    return msg(
        "'{name}' could not be read to the end ({reason}). "
        "If it is on a USB stick, check that the stick is still plugged in, then try again.",
        name=name,
        reason=_why(err),
    )


def _entry_problems(infos: list[zipfile.ZipInfo]) -> Iterator[Message]:
    """Names, kinds and duplicates, from the zip's directory alone."""
    seen: dict[str, str] = {}
    files: set[str] = set()
    folders: set[str] = set()
    for info in infos:
        name = info.filename
        problem = name_problem(name)
        if problem:
            yield problem
            continue
        kind = stat.S_IFMT(info.external_attr >> 16)
        if kind == stat.S_IFLNK:
            yield msg("'{name}' is a link to another place; a pack may only hold ordinary files.", name=name[:80])
            continue
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR) or (kind == stat.S_IFDIR) != info.is_dir():
            yield msg(
                "'{name}' is a special file (not an ordinary file); a pack may only hold ordinary files.",
                name=name[:80],
            )
            continue
        if info.flag_bits & 0x1:
            yield msg("'{name}' is locked with a password; a pack cannot be.", name=name[:80])
            continue
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            yield msg("'{name}' is compressed in a way the kiosk does not read.", name=name[:80])
            continue
        key = _fold(name.rstrip("/"))
        if key in seen:
            same = seen[key] == name
            yield (
                msg("'{name}' appears twice in the file.", name=name[:80])
                if same
                else msg("'{name}' and '{other}' would overwrite each other.", name=seen[key][:80], other=name[:80])
            )
            continue
        seen[key] = name
        if info.is_dir():
            folders.add(key)
            continue
        files.add(key)
        parts = key.split("/")
        folders.update("/".join(parts[:end]) for end in range(1, len(parts)))
    for clash in sorted(files & folders):
        yield msg("'{name}' is both a file and a folder in the file; one would overwrite the other.", name=clash[:80])
