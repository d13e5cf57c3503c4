"""Content-pack files (``.kpack``): a zip of a pack folder, a manifest of hashes, an optional signature.

Inside the zip:

``pack/…``
    the pack folder's files, exactly those the manifest lists;
``manifest.json``
    ``{"format": 1, "id", "version", "files": {"pack.toml": {"sha256", "size"}, …}}``;
``signature.json`` (optional)
    ``{"format": 1, "algorithm": "ed25519", "public_key", "signature"}`` (base64), an Ed25519
    signature of ``manifest.json``, which in turn fixes every byte of every file.

Reading never trusts the archive: names, entry types, sizes, counts and overlaps are checked from
the zip's directory before a byte is unpacked, and the bytes actually unpacked are counted and
hashed. Every refusal is a :class:`PackRefused` holding plain sentences for clinic staff (as
:class:`~kiosk.core.messages.Message` values, so that the staff screens can translate them).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import stat
import struct
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from kiosk.core.content.model import ID_PATTERN, PACK_FILE, VERSION_PATTERN
from kiosk.core.files import write_atomically
from kiosk.core.install.store import PackRefused, fsync_folder, write_failure
from kiosk.core.messages import Message, msg

FORMAT = 1
SUFFIX = ".kpack"
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "signature.json"
PACK_PREFIX = "pack/"
MAX_ENTRIES = 5000
MAX_UNPACKED_BYTES = 500_000_000
MAX_MANIFEST_BYTES = 4_000_000
MAX_SIGNATURE_BYTES = 16_000
CHUNK_BYTES = 1 << 20
#: What is signed: a fixed prefix (so the signature means nothing anywhere else) and manifest.json.
SIGNED_PREFIX = b"kiosk content pack manifest v1\n"
#: Pictures that are compressed already are stored as they are, which makes install faster.
STORED_SUFFIXES = frozenset({".png", ".jpg", ".jpeg"})
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_DRIVE = re.compile(r"^[A-Za-z]:")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_LOCAL_HEADER = struct.Struct("<4s22xHH")
_LOCAL_MAGIC = b"PK\x03\x04"

Step = Callable[[str], None]


@dataclass(frozen=True)
class FileEntry:
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    """What a .kpack says it holds. ``raw`` is the exact manifest.json bytes (what is signed)."""

    id: str
    version: str
    files: dict[str, FileEntry]
    raw: bytes


def version_key(version: str) -> tuple[int, ...]:
    """``"1.10.2"`` → ``(1, 10, 2)``, so that versions compare as numbers; trailing zeros ignored."""
    parts = [int(part) for part in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def name_problem(name: str) -> Message | None:
    """Why an entry name in a .kpack is refused, or None if it stays inside the pack."""
    shown = name[:80]
    if "\\" in name:
        return msg("The name '{name}' uses backslashes, which could place a file outside the pack.", name=shown)
    if name.startswith("/"):
        return msg("'{name}' would be written at a fixed place on the computer (an absolute path).", name=shown)
    if _DRIVE.match(name):
        return msg("'{name}' would be written on another drive (it starts with a drive letter).", name=shown)
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        return msg("'{name}' would be written outside the pack (it uses '..').", name=shown)
    if ":" in name or any(ord(char) < 32 or char == "\x7f" for char in name):
        return msg("The name '{name}' has characters that are not allowed in a pack.", name=shown)
    if not name.rstrip("/") or any(part in ("", ".") for part in parts):
        return msg("The name '{name}' is not a proper file name.", name=shown)
    return None


def _plain_size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{max(1, round(size / 1000))} KB"


def parse_manifest(raw: bytes) -> Manifest:
    """Read manifest.json strictly; anything unexpected refuses the pack."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PackRefused(msg("The pack's list of contents (manifest.json) is damaged: it cannot be read.")) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PackRefused(
            msg(
                "The pack's list of contents (manifest.json) is damaged, "
                "or it was made for another version of the kiosk."
            )
        )
    pack_id, version, files = data.get("id"), data.get("version"), data.get("files")
    if not isinstance(pack_id, str) or not ID_PATTERN.match(pack_id):
        raise PackRefused(
            msg("The pack's list of contents (manifest.json) is damaged: the pack id is missing or not allowed.")
        )
    if not isinstance(version, str) or not VERSION_PATTERN.match(version):
        raise PackRefused(
            msg(
                "The pack's list of contents (manifest.json) is damaged: "
                "the version is missing or not a version number."
            )
        )
    if not isinstance(files, dict) or PACK_FILE not in files:
        raise PackRefused(
            msg("The pack's list of contents (manifest.json) is damaged: it does not list {file}.", file=PACK_FILE)
        )
    entries: dict[str, FileEntry] = {}
    reasons: list[Message] = []
    for name, entry in files.items():
        problem = name_problem(name)
        if problem:
            reasons.append(problem)
            continue
        digest = entry.get("sha256") if isinstance(entry, dict) else None
        size = entry.get("size") if isinstance(entry, dict) else None
        if not isinstance(digest, str) or not _SHA256.match(digest) or type(size) is not int or size < 0:
            reasons.append(
                msg(
                    "The pack's list of contents (manifest.json) is damaged: the entry for '{name}' is not complete.",
                    name=name[:80],
                )
            )
            continue
        entries[name] = FileEntry(digest, size)
    if reasons:
        raise PackRefused(reasons)
    return Manifest(pack_id, version, entries, raw)


def manifest_bytes(pack_id: str, version: str, files: dict[str, FileEntry]) -> bytes:
    data = {
        "format": FORMAT,
        "id": pack_id,
        "version": version,
        "files": {name: {"sha256": e.sha256, "size": e.size} for name, e in sorted(files.items())},
    }
    return (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


# --- keys and signatures ------------------------------------------------------------------------


def generate_key() -> tuple[bytes, str]:
    """A new Ed25519 key pair: (private key as PEM, public key as base64)."""
    from cryptography.hazmat.primitives import serialization  # noqa: PLC0415
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: PLC0415

    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return pem, _public_b64(private)


def _public_b64(private: Any) -> str:
    from cryptography.hazmat.primitives import serialization  # noqa: PLC0415

    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def load_private_key(pem: bytes) -> Any:
    """The Ed25519 private key in ``pem``; ValueError with a plain reason if it is not one."""
    from cryptography.hazmat.primitives import serialization  # noqa: PLC0415
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: PLC0415

    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as err:
        raise ValueError("this is not an unencrypted private key made by 'kiosk pack keygen'") from err
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("this is not an Ed25519 private key made by 'kiosk pack keygen'")
    return key


def signature_bytes(manifest_raw: bytes, private_pem: bytes) -> tuple[bytes, str]:
    """signature.json for ``manifest_raw`` signed with the key in ``private_pem``, and its public key."""
    key = load_private_key(private_pem)
    public = _public_b64(key)
    signature = key.sign(SIGNED_PREFIX + manifest_raw)
    data = {
        "format": FORMAT,
        "algorithm": "ed25519",
        "public_key": public,
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    return (json.dumps(data, indent=1) + "\n").encode("utf-8"), public


def decode_public_key(text: str) -> bytes | None:
    """The 32 raw bytes of a base64 Ed25519 public key, or None if ``text`` is not one."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


def verify_signature(manifest_raw: bytes, signature_raw: bytes) -> str:
    """Check signature.json against manifest.json; return the signer's public key (base64)."""
    from cryptography.exceptions import InvalidSignature  # noqa: PLC0415
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey  # noqa: PLC0415

    bad = msg("The signature does not match: the file was changed after it was signed, or it is damaged.")
    try:
        data = json.loads(signature_raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PackRefused(bad) from None
    if not isinstance(data, dict) or data.get("algorithm") != "ed25519":
        raise PackRefused(bad)
    public = data.get("public_key")
    raw_key = decode_public_key(public) if isinstance(public, str) else None
    try:
        signature = base64.b64decode(str(data.get("signature", "")), validate=True)
    except (binascii.Error, ValueError):
        signature = b""
    if raw_key is None or len(signature) != 64:
        raise PackRefused(bad)
    try:
        Ed25519PublicKey.from_public_bytes(raw_key).verify(signature, SIGNED_PREFIX + manifest_raw)
    except InvalidSignature:
        raise PackRefused(bad) from None
    return base64.b64encode(raw_key).decode("ascii")


# --- building and signing -----------------------------------------------------------------------


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


def _write_atomically(out: Path, write: Callable[[IO[bytes]], None]) -> None:
    write_atomically(out, write, mode=0o644)  # a pack file is for sharing, not private to its maker


def write_kpack(folder: Path, pack_id: str, version: str, out: Path) -> Manifest:
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
                    raise PackRefused(msg("The pack is larger than {size}.", size=_plain_size(MAX_UNPACKED_BYTES)))
                entries[name] = FileEntry(digest.hexdigest(), size)
            raw = manifest_bytes(pack_id, version, entries)
            archive.writestr(_zip_info(MANIFEST_NAME, len(raw)), raw)

    _write_atomically(out, write)
    return Manifest(pack_id, version, entries, manifest_bytes(pack_id, version, entries))


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

        _write_atomically(kpack, write)
    return public


# --- reading ------------------------------------------------------------------------------------


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
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
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
                msg("The file would unpack to more than {size}; that is too big.", size=_plain_size(MAX_UNPACKED_BYTES))
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
                                size=_plain_size(MAX_UNPACKED_BYTES),
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
