"""A pack version that makes the kiosk restart over and over is set aside.

Every start of the kiosk on an installed version is written down (``pack-starts.json`` in the
data folder) before the first frame; a clean stop (staff closing or restarting the kiosk, a
service stop) wipes the list. So the list holds the starts that ended in a crash, a freeze
killed by the watchdog, or a power cut. When the third such start of the same version falls
within :data:`WINDOW_S` (10 minutes), the version is set aside (``packs/.set-aside.json``): the
kiosk shows the version before it (or the bundled pack), and staff mode says why. Installing
the pack again, rolling it back, or choosing it in staff mode clears the mark.

Only names of version folders and times are written: nothing a patient did.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.core.files import write_atomically
from kiosk.core.install.state import PACK_SUBDIR, VERSION_DIR
from kiosk.core.paths import DataPaths

log = logging.getLogger(__name__)

STARTS_FILE = "pack-starts.json"
SET_ASIDE_FILE = ".set-aside.json"
#: Starts of one version that did not end cleanly, within :data:`WINDOW_S`, that set it aside.
RESTARTS = 3
WINDOW_S = 600.0
_KEPT = 10

Clock = Callable[[], float]


def _read(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(path: Path, data: dict[str, object]) -> None:
    try:
        write_atomically(path, (json.dumps(data, indent=1) + "\n").encode("utf-8"))
    except OSError as err:
        log.warning("cannot write %s: %s", path.name, err.strerror or type(err).__name__)


def version_key(folder: Path) -> str | None:
    """``<pack id>/<version folder>`` for an installed version's pack folder, None for any other folder."""
    if folder.name == PACK_SUBDIR and VERSION_DIR.match(folder.parent.name):
        return f"{folder.parent.parent.name}/{folder.parent.name}"
    return None


def note_start(paths: DataPaths, folder: Path, clock: Clock = time.time) -> bool:
    """Write down a start on ``folder``; True if that sets the version aside (the third quick restart)."""
    key = version_key(folder)
    if key is None:
        return False
    path = paths.data_dir / STARTS_FILE
    data = _read(path)
    now = clock()
    earlier = data.get("starts") if data.get("version") == key else []
    times = (
        [t for t in earlier if type(t) in (int, float) and now - WINDOW_S <= t <= now]
        if isinstance(earlier, list)
        else []
    )
    times = [*times, now][-_KEPT:]
    if len(times) >= RESTARTS:
        log.error(
            "%s made the kiosk restart %d times within %d minutes; setting it aside", key, RESTARTS, WINDOW_S // 60
        )
        marks = set_aside(paths)
        marks[key] = time.strftime("%Y-%m-%d %H:%M", time.localtime(now))
        _write(paths.packs_dir / SET_ASIDE_FILE, {"format": 1, "set_aside": marks})
        _write(path, {"format": 1, "version": None, "starts": []})
        return True
    _write(path, {"format": 1, "version": key, "starts": times})
    return False


def note_clean_stop(paths: DataPaths) -> None:
    """The kiosk is stopping on purpose: its starts so far were not restarts caused by a pack."""
    path = paths.data_dir / STARTS_FILE
    if path.exists():
        _write(path, {"format": 1, "version": None, "starts": []})


def set_aside(paths: DataPaths) -> dict[str, str]:
    """Every version set aside: ``<pack id>/<version folder>`` → when (local time, for staff)."""
    marks = _read(paths.packs_dir / SET_ASIDE_FILE).get("set_aside")
    if not isinstance(marks, dict):
        return {}
    return {k: v for k, v in marks.items() if isinstance(k, str) and isinstance(v, str)}


def is_set_aside(paths: DataPaths, folder: Path) -> bool:
    key = version_key(folder)
    return key is not None and key in set_aside(paths)


def clear(paths: DataPaths, pack_id: str) -> None:
    """Staff installed, rolled back or chose ``pack_id`` again: its versions are no longer set aside."""
    marks = set_aside(paths)
    kept = {k: v for k, v in marks.items() if k.split("/", 1)[0] != pack_id}
    if kept != marks:
        _write(paths.packs_dir / SET_ASIDE_FILE, {"format": 1, "set_aside": kept})
