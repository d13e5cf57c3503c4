"""The kiosk's two security records: the newest signed version of each pack, and the newest time seen.

Both fail closed. Each is written twice (``<name>`` and ``<name>.last-good``, through the one
atomic writer), and read as the highest value either copy holds, so a damaged or deleted copy
can never lower a record: a damaged ``pack-versions.json`` does not switch downgrade protection
off, and a wound-back system clock does not make an expired pack acceptable again. The newest
signed version is also taken from every signed version installed on the disk, so losing both
copies still refuses anything older than what is installed.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from kiosk.core.files import Step, write_atomically
from kiosk.core.install.manifest import Manifest, parse_manifest, version_key
from kiosk.core.install.refused import PackRefused
from kiosk.core.install.state import PACK_SUBDIR, VERSION_DIR
from kiosk.core.messages import msg
from kiosk.core.paths import DataPaths

log = logging.getLogger(__name__)

CLOCK_FILE = "newest-time.json"
MANIFEST_FILE = "manifest.json"
SIGNATURE_FILE = "signature.json"


def _copies(path: Path) -> tuple[Path, Path]:
    return path, path.with_name(f"{path.name}.last-good")


def _read(path: Path) -> Iterator[tuple[Path, dict[str, object] | None]]:
    """Each copy of a record: its content, or None when it is there but damaged (missing copies are skipped)."""
    for copy in _copies(path):
        try:
            data = json.loads(copy.read_bytes())
        except FileNotFoundError:
            continue
        except (OSError, ValueError, RecursionError):
            yield copy, None
            continue
        yield copy, data if isinstance(data, dict) else None


def _write(path: Path, data: dict[str, object], step: Step | None) -> None:
    raw = (json.dumps(data, indent=1, sort_keys=True) + "\n").encode("utf-8")
    for copy in _copies(path):
        write_atomically(copy, raw, step=step)


# --- the newest signed version of each pack -----------------------------------------------------


def signed_versions(paths: DataPaths) -> dict[str, str]:
    """The newest signed version ever installed of each pack (the highest any source gives)."""
    newest: dict[str, str] = {}

    def keep(pack_id: object, version: object) -> None:
        if isinstance(pack_id, str) and isinstance(version, str):
            try:
                if pack_id not in newest or version_key(version) > version_key(newest[pack_id]):
                    newest[pack_id] = version
            except ValueError:
                return

    for copy, data in _read(paths.pack_versions_file):
        if data is None:
            log.error("%s is damaged; older signed packs are still refused (the other copy and the disk tell)", copy)
            continue
        for pack_id, version in data.items():
            keep(pack_id, version)
    for pack_id, version in _installed_signed(paths):
        keep(pack_id, version)
    return newest


def _installed_signed(paths: DataPaths) -> Iterator[tuple[str, str]]:
    from kiosk.core.install.signing import verify_signature  # noqa: PLC0415

    try:
        version_dirs = [v for p in paths.packs_dir.iterdir() if p.is_dir() for v in p.iterdir()]
    except OSError:
        return
    for version_dir in version_dirs:
        if not VERSION_DIR.match(version_dir.name) or not (version_dir / PACK_SUBDIR).is_dir():
            continue
        try:
            raw = (version_dir / MANIFEST_FILE).read_bytes()
            verify_signature(raw, (version_dir / SIGNATURE_FILE).read_bytes())
            manifest = parse_manifest(raw)
        except (OSError, PackRefused):
            continue
        yield manifest.id, manifest.version


def refuse_downgrade(paths: DataPaths, manifest: Manifest) -> None:
    """Refuse a signed pack older than the newest signed version of it ever installed here."""
    newest = signed_versions(paths).get(manifest.id)
    if newest and version_key(manifest.version) < version_key(newest):
        raise PackRefused(
            msg(
                "This is version {version} of '{id}', older than the signed version {newest} "
                "already installed here. An older version can only come back with 'Roll back'.",
                version=manifest.version,
                id=manifest.id,
                newest=newest,
            )
        )


def record_signed_version(paths: DataPaths, manifest: Manifest, step: Step | None = None) -> None:
    versions = signed_versions(paths)
    newest = versions.get(manifest.id)
    if newest and version_key(newest) >= version_key(manifest.version):
        stored = [data for _copy, data in _read(paths.pack_versions_file)]
        if len(stored) == 2 and all(data is not None and data.get(manifest.id) == newest for data in stored):
            return
    versions[manifest.id] = (
        manifest.version if not newest or version_key(manifest.version) > version_key(newest) else newest
    )
    _write(paths.pack_versions_file, dict(versions), step)


# --- the newest time seen -------------------------------------------------------------------------


def trusted_now(paths: DataPaths, clock: Callable[[], float] = time.time, step: Step | None = None) -> float:
    """The later of the system clock and the newest time the kiosk has seen; that time is kept."""
    now = clock()
    seen = 0.0
    for copy, data in _read(paths.data_dir / CLOCK_FILE):
        value = data.get("newest") if data is not None else None
        if type(value) in (int, float):
            seen = max(seen, float(value))  # type: ignore[arg-type]
        else:
            log.warning("%s is damaged; the other copy and the system clock are used", copy)
    if now > seen:
        try:
            _write(paths.data_dir / CLOCK_FILE, {"format": 1, "newest": now}, step)
        except OSError as err:
            log.warning("cannot keep the newest time seen: %s", err.strerror or type(err).__name__)
    return max(now, seen)


def trusted_today(paths: DataPaths, clock: Callable[[], float] = time.time) -> date:
    return datetime.fromtimestamp(trusted_now(paths, clock), UTC).date()


def refuse_expired(paths: DataPaths, manifest: Manifest, clock: Callable[[], float] = time.time) -> None:
    """Refuse a pack whose expiry date has passed (by the kiosk's trusted clock)."""
    if manifest.expires is not None and manifest.expires < trusted_today(paths, clock):
        raise PackRefused(
            msg(
                "This pack expired on {date}, so it is not installed. Ask whoever made it for a newer version.",
                date=manifest.expires.isoformat(),
            )
        )
