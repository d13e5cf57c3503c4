"""Checking an installed version's files against the manifest it came with (a damaged disk, a hand edit).

The kiosk runs :func:`check_shown_pack` after its first frame, off the UI thread, on the version
it shows; the installer uses :func:`verify_version` to tell "already installed" from "damaged".
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.core import alerts
from kiosk.core.install.refused import PackRefused
from kiosk.core.install.state import PACK_SUBDIR, VERSION_DIR
from kiosk.core.messages import msg
from kiosk.core.paths import DataPaths

log = logging.getLogger(__name__)

MANIFEST_FILE = "manifest.json"


def verify_version(version_dir: Path) -> list[str]:
    """Check one installed version's files against its manifest; [] when they all match."""
    import hashlib  # noqa: PLC0415

    from kiosk.core.install.manifest import parse_manifest  # noqa: PLC0415

    try:
        manifest = parse_manifest((version_dir / MANIFEST_FILE).read_bytes())
    except (OSError, PackRefused) as err:
        return [f"its list of contents cannot be read ({err})"]
    problems = []
    folder = version_dir / PACK_SUBDIR
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir()}
    for name in sorted(present - manifest.files.keys()):
        problems.append(f"'{name}' is not in its list of contents")
    for name, entry in sorted(manifest.files.items()):
        digest = hashlib.sha256()
        size = 0
        try:
            with (folder / name).open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
                    size += len(chunk)
        except OSError:
            problems.append(f"'{name}' is missing")
            continue
        if size != entry.size or digest.hexdigest() != entry.sha256:
            problems.append(f"'{name}' does not match its list of contents")
    return problems


def check_shown_pack(paths: DataPaths, folder: Path, clock: Callable[[], float] = time.time) -> list[str]:
    """Check the installed version whose pack folder is ``folder`` against its manifest; report damage.

    Returns the problems found ([] when every file matches, or ``folder`` is not an installed version).
    """
    version_dir = folder.parent
    if folder.name != PACK_SUBDIR or not VERSION_DIR.match(version_dir.name):
        return []
    problems = verify_version(version_dir)
    if problems:
        log.error("the files of %s do not match its list of contents: %s", version_dir.name, "; ".join(problems))
        alerts.report(
            alerts.PACK_CHECK,
            msg(
                "Some files of the pack on screen ('{id}', {folder}) are damaged: {problems}. Install the pack again.",
                id=version_dir.parent.name,
                folder=version_dir.name,
                problems="; ".join(problems[:5]),
            ),
        )
    _warn_of_expiry(paths, version_dir, clock)
    return problems


#: Staff are warned this many days before the pack on screen expires.
EXPIRY_WARNING_DAYS = 30


def _warn_of_expiry(paths: DataPaths, version_dir: Path, clock: Callable[[], float]) -> None:
    """An active pack that expires keeps showing; staff are warned from 30 days before."""
    from datetime import timedelta  # noqa: PLC0415

    from kiosk.core.install.manifest import parse_manifest  # noqa: PLC0415
    from kiosk.core.install.records import trusted_today  # noqa: PLC0415

    try:
        manifest = parse_manifest((version_dir / MANIFEST_FILE).read_bytes())
    except (OSError, PackRefused):
        return
    if manifest.expires is None:
        return
    today = trusted_today(paths, clock)
    if manifest.expires < today:
        alerts.report(
            alerts.EXPIRY,
            msg(
                "'{id}' version {version} expired on {date}. It is still shown, but ask for a newer version "
                "and install it.",
                id=manifest.id,
                version=manifest.version,
                date=manifest.expires.isoformat(),
            ),
        )
    elif manifest.expires - today <= timedelta(days=EXPIRY_WARNING_DAYS):
        alerts.report(
            alerts.EXPIRY,
            msg(
                "'{id}' version {version} expires on {date}. Ask for a newer version and install it before then.",
                id=manifest.id,
                version=manifest.version,
                date=manifest.expires.isoformat(),
            ),
        )
