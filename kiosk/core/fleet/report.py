"""The kiosk's status report: one JSON file per kiosk for the clinic's office (docs/fleet.md).

It holds facts about the kiosk only: its version, packs and which are shown, uptime, errors and
unexpected stops, what became of the inbox's files, and a picture of the attract screen rendered
off screen as a new patient would see it. Nothing a patient chose, read or answered ever goes in
it: it is built from the settings, the pack store, ``health.json`` and the log, never from a visit.
"""

from __future__ import annotations

import base64
import json
import logging
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.core import alerts
from kiosk.core.content.model import ID_PATTERN, PACK_FILE
from kiosk.core.fleet.outbox import kiosk_id
from kiosk.core.health import health_path
from kiosk.core.paths import BUNDLED_CONTENT_DIR, DataPaths
from kiosk.core.settings import Settings

log = logging.getLogger(__name__)

FORMAT = 1
KIND = "kiosk-status"
#: Why a report was written (its ``reason``).
REASONS = ("start", "hourly", "pack-change", "settings", "staff")
#: Bounds on what is read to build a report: health.json, the end of the log, packs listed.
MAX_HEALTH_BYTES = 64_000
LOG_TAIL_BYTES = 256_000
MAX_ERRORS = 10
ERROR_LINE_MAX = 300
MAX_PACKS = 200
#: The fields of health.json a report carries (the file's other fields are for this computer).
HEALTH_FIELDS = (
    "status",
    "started_at",
    "updated_at",
    "uptime_s",
    "errors_since_start",
    "last_error_at",
    "last_unexpected_stop_at",
)

#: The anonymous daily counts (kiosk/core/fleet/usage.py's ``usage_summary``), from a function
#: given as ``usage`` to :func:`build_report`; without one the report says ``"usage": null``.
UsageCounts = Callable[[], dict[str, Any]]


@dataclass(frozen=True)
class AttractPicture:
    """The attract screen rendered off screen: PNG bytes and their size in pixels."""

    png: bytes
    width: int
    height: int
    rendered_at: str

    def as_json(self) -> dict[str, Any]:
        return {
            "format": "png",
            "width": self.width,
            "height": self.height,
            "rendered_at": self.rendered_at,
            "png_base64": base64.b64encode(self.png).decode("ascii"),
        }


def utc_stamp(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def build_report(
    paths: DataPaths,
    settings: Settings,
    *,
    reason: str,
    picture: AttractPicture | None,
    inbox: list[dict[str, Any]] | None = None,
    usage: UsageCounts | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    host: Callable[[], str] = socket.gethostname,
) -> dict[str, Any]:
    """The status report as a JSON object (its fields are described in docs/fleet.md)."""
    try:
        computer = host()
    except OSError:
        computer = ""
    return {
        "format": FORMAT,
        "kind": KIND,
        "kiosk": {
            "id": kiosk_id(settings, host),
            "name": settings.kiosk_name,
            "computer": computer,
            "clinic": settings.clinic_name,
        },
        "written_at": utc_stamp(now()),
        "reason": reason if reason in REASONS else "staff",
        "app": {"version": __version__},
        "health": read_health(paths),
        "alerts": [str(message) for message in alerts.current()],
        "recent_errors": recent_errors(paths.log_file),
        "shown": list(settings.shown),
        "packs": pack_list(paths, settings),
        "settings": {
            "default_language": settings.default_language,
            "require_signed": settings.require_signed,
            "trusted_keys": sorted(settings.trusted_keys),
            "inbox": bool(settings.inbox_folder),
            "outbox": bool(settings.outbox_folder),
        },
        "inbox": list(inbox or []),
        "attract_screen": None if picture is None else picture.as_json(),
        # Counts per day only, never a visit (DECISIONS, issue 20).
        "usage": None if usage is None else usage(),
    }


def read_health(paths: DataPaths) -> dict[str, Any]:
    """The kiosk's own status from ``health.json`` (rewritten every minute), its known fields only."""
    try:
        with health_path(paths).open("rb") as handle:
            raw = handle.read(MAX_HEALTH_BYTES + 1)
        data = json.loads(raw) if len(raw) <= MAX_HEALTH_BYTES else {}
    except (OSError, ValueError, RecursionError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    found = {key: data.get(key) for key in HEALTH_FIELDS}
    return {key: _plain(value) for key, value in found.items()}


def _plain(value: object) -> str | int | None:
    """A text or a whole number as it is; anything else (a damaged file) as null."""
    return value if isinstance(value, str | int) and not isinstance(value, bool) else None


def recent_errors(log_file: Path) -> list[str]:
    """The last errors in the kiosk's log (a type and a code location each, never a patient's
    words: kiosk.core.logs), newest last, each cut to ERROR_LINE_MAX characters."""
    try:
        with log_file.open("rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - LOG_TAIL_BYTES))
            tail = handle.read(LOG_TAIL_BYTES)
    except OSError:
        return []
    lines = tail.decode("utf-8", errors="replace").splitlines()
    errors = [line for line in lines if " ERROR " in line[:60] or " CRITICAL " in line[:60]]
    return [line[:ERROR_LINE_MAX] for line in errors[-MAX_ERRORS:]]


def pack_list(paths: DataPaths, settings: Settings) -> list[dict[str, Any]]:
    """Every pack on the kiosk (installed, then bundled ones no installed pack replaces), read from
    each pack's pack.toml and signature alone: quick, so a report is written in well under a second."""
    from kiosk.core.install.state import PACK_SUBDIR, installed_pack_folder  # noqa: PLC0415

    shown = settings.shown
    found: dict[str, dict[str, Any]] = {}
    for pack_dir in _children(paths.packs_dir):
        if not ID_PATTERN.match(pack_dir.name):
            continue
        folder = installed_pack_folder(paths, pack_dir.name)
        if folder is None:
            continue
        signed = _signer(folder.parent, settings, pack_dir.name) if folder.name == PACK_SUBDIR else None
        entry = _entry(folder, bundled=False, signed_by=signed)
        if entry is not None and entry["id"] == pack_dir.name:
            found[entry["id"]] = entry
    for folder in _children(BUNDLED_CONTENT_DIR):
        if folder.name not in found and ID_PATTERN.match(folder.name):
            entry = _entry(folder, bundled=True, signed_by=None)
            if entry is not None and entry["id"] == folder.name:
                found[entry["id"]] = entry
    for entry in found.values():
        entry["shown"] = entry["id"] in shown
        entry["topic_place"] = shown.index(entry["id"]) + 1 if entry["id"] in shown and len(shown) > 1 else None
    return sorted(found.values(), key=lambda e: (not e["shown"], e["topic_place"] or 0, e["id"]))[:MAX_PACKS]


def _entry(folder: Path, *, bundled: bool, signed_by: str | None) -> dict[str, Any] | None:
    from kiosk.core.toml_limits import read_pack_file  # noqa: PLC0415

    read = read_pack_file(folder / PACK_FILE, PACK_FILE)
    if not isinstance(read, tuple):
        return None
    data = read[0]
    pack_id, version = data.get("id"), data.get("version")
    if not isinstance(pack_id, str) or not isinstance(version, str):
        return None
    titles = data.get("title")
    default = data.get("default_language")
    title = titles.get(default) if isinstance(titles, dict) and isinstance(default, str) else None
    return {
        "id": pack_id,
        "version": version,
        "title": title if isinstance(title, str) else pack_id,
        "signed_by": signed_by,
        "bundled": bundled,
    }


def _signer(version_dir: Path, settings: Settings, pack_id: str) -> str | None:
    """The name of the trusted key that signed an installed version, None if none did."""
    from kiosk.core.install.refused import PackRefused  # noqa: PLC0415
    from kiosk.core.install.signing import trusted_name, verify_signature  # noqa: PLC0415
    from kiosk.core.install.store import MANIFEST_FILE, SIGNATURE_FILE  # noqa: PLC0415

    try:
        key = verify_signature((version_dir / MANIFEST_FILE).read_bytes(), (version_dir / SIGNATURE_FILE).read_bytes())
    except (OSError, PackRefused):
        return None
    return trusted_name(key, settings, pack_id)


def _children(folder: Path) -> list[Path]:
    try:
        return sorted(child for child in folder.iterdir() if child.is_dir() and not child.is_symlink())[:MAX_PACKS]
    except OSError:
        return []
