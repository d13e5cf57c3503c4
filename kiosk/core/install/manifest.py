"""The list of contents of a ``.kpack`` (``manifest.json``) and the names it may hold.

Inside a ``.kpack`` (a zip):

``pack/…``
    the pack folder's files, exactly those the manifest lists;
``manifest.json``
    ``{"format": 1, "id", "version", "files": {"pack.toml": {"sha256", "size"}, …}}``;
``signature.json`` (optional)
    an Ed25519 signature of ``manifest.json`` (:mod:`kiosk.core.install.signing`), which in turn
    fixes every byte of every file.

Reading never trusts the manifest: every name, hash and size is checked, and anything unexpected
refuses the pack with plain sentences for clinic staff.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from kiosk.core.content.model import ID_PATTERN, PACK_FILE, VERSION_PATTERN
from kiosk.core.install.refused import PackRefused
from kiosk.core.messages import Message, msg
from kiosk.core.paths import DRIVE_LETTER, safe_relative

FORMAT = 1
#: The format of a manifest with an expiry date (``expires``); a kiosk reads both.
FORMAT_EXPIRES = 2
SUFFIX = ".kpack"
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "signature.json"
PACK_PREFIX = "pack/"
MAX_ENTRIES = 5000
MAX_UNPACKED_BYTES = 500_000_000
MAX_MANIFEST_BYTES = 4_000_000
MAX_SIGNATURE_BYTES = 16_000
CHUNK_BYTES = 1 << 20
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


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
    #: After this day (UTC) the pack is refused for install; None when it never expires.
    expires: date | None = None


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
    if DRIVE_LETTER.match(name):
        return msg("'{name}' would be written on another drive (it starts with a drive letter).", name=shown)
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        return msg("'{name}' would be written outside the pack (it uses '..').", name=shown)
    if ":" in name or any(ord(char) < 32 or char == "\x7f" for char in name):
        return msg("The name '{name}' has characters that are not allowed in a pack.", name=shown)
    if any(part in ("", ".") for part in parts) or safe_relative(name.rstrip("/")) is None:
        return msg("The name '{name}' is not a proper file name.", name=shown)
    return None


def plain_size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{max(1, round(size / 1000))} KB"


def parse_manifest(raw: bytes) -> Manifest:
    """Read manifest.json strictly; anything unexpected refuses the pack."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise PackRefused(msg("The pack's list of contents (manifest.json) is damaged: it cannot be read.")) from None
    if not isinstance(data, dict) or data.get("format") not in (FORMAT, FORMAT_EXPIRES):
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
    expires = None
    if data["format"] == FORMAT_EXPIRES:
        try:
            expires = date.fromisoformat(data["expires"]) if isinstance(data.get("expires"), str) else None
        except ValueError:
            expires = None
        if expires is None:
            raise PackRefused(
                msg("The pack's list of contents (manifest.json) is damaged: its expiry date is not a date.")
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
    return Manifest(pack_id, version, entries, raw, expires)


def manifest_bytes(pack_id: str, version: str, files: dict[str, FileEntry], expires: date | None = None) -> bytes:
    data: dict[str, object] = {"format": FORMAT if expires is None else FORMAT_EXPIRES, "id": pack_id}
    data["version"] = version
    if expires is not None:
        data["expires"] = expires.isoformat()
    data["files"] = {name: {"sha256": e.sha256, "size": e.size} for name, e in sorted(files.items())}
    return (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
