"""Where an installed pack's current version is: ``packs/<id>/state.json`` names its folder.

The kiosk reads this at every start to find the active pack, before its first frame, so it is
kept apart from :mod:`kiosk.core.install.store` (which installs, rolls back and lists packs).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.content.model import ID_PATTERN, PACK_FILE
from kiosk.core.paths import DataPaths

STATE_FILE = "state.json"
PACK_SUBDIR = "pack"
#: A version folder: ``v<version>-<8 hex digits>``.
VERSION_DIR = re.compile(r"^v(\d+(?:\.\d+)*)-[0-9a-f]{8}$")


@dataclass(frozen=True)
class State:
    current: str
    previous: str | None


def read_state(pack_dir: Path) -> State | None:
    """The pack's state, or None if it has none (or it is damaged: see :func:`state_is_damaged`)."""
    try:
        data = json.loads((pack_dir / STATE_FILE).read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    current, previous = data.get("current"), data.get("previous")
    if not isinstance(current, str) or not VERSION_DIR.match(current):
        return None
    if previous is not None and (not isinstance(previous, str) or not VERSION_DIR.match(previous)):
        previous = None
    return State(current, previous)


def state_is_damaged(pack_dir: Path) -> bool:
    """A state file is there but cannot be used (or names a version that is not there)."""
    if not (pack_dir / STATE_FILE).exists():
        return False
    state = read_state(pack_dir)
    return state is None or not (pack_dir / state.current / PACK_SUBDIR / PACK_FILE).is_file()


def version_folders(pack_dir: Path) -> list[str]:
    """Every version folder in ``pack_dir`` that holds a pack, newest version first."""
    try:
        names = [p.name for p in pack_dir.iterdir() if VERSION_DIR.match(p.name)]
    except OSError:
        return []
    found = [name for name in names if (pack_dir / name / PACK_SUBDIR / PACK_FILE).is_file()]
    return sorted(found, key=_version_of, reverse=True)


def _version_of(name: str) -> tuple[int, ...]:
    match = VERSION_DIR.match(name)
    return tuple(int(part) for part in match.group(1).split(".")) if match else ()


def installed_folders(paths: DataPaths, pack_id: str) -> list[Path]:
    """The folders the kiosk may read for the installed pack ``pack_id``, best first. Cheap: one small file.

    The current version first, then the one it replaced; when the state file is damaged or names
    a version that is gone, every version found, newest first. A pack folder copied in by hand
    is the only candidate of its pack.
    """
    if not ID_PATTERN.match(pack_id):
        return []
    pack_dir = paths.packs_dir / pack_id
    state = read_state(pack_dir)
    if state is not None:
        names = [state.current, *([state.previous] if state.previous else [])]
        if not (pack_dir / state.current / PACK_SUBDIR / PACK_FILE).is_file():
            names = version_folders(pack_dir)  # the record names what is gone: every version, newest first
    elif (pack_dir / STATE_FILE).exists():
        names = version_folders(pack_dir)  # the record is damaged: every version, newest first
    elif (pack_dir / PACK_FILE).is_file():
        return [pack_dir]  # a pack folder copied in by hand
    else:
        names = []  # version folders without a record are what an interrupted first install left
    folders = [pack_dir / name / PACK_SUBDIR for name in dict.fromkeys(names)]
    return [folder for folder in folders if (folder / PACK_FILE).is_file()]


def installed_pack_folder(paths: DataPaths, pack_id: str) -> Path | None:
    """The folder of the current version of the installed pack ``pack_id``, or None."""
    if not ID_PATTERN.match(pack_id):
        return None
    pack_dir = paths.packs_dir / pack_id
    state = read_state(pack_dir)
    if state is not None:
        folder = pack_dir / state.current / PACK_SUBDIR
        return folder if (folder / PACK_FILE).is_file() else None
    if not (pack_dir / STATE_FILE).exists() and (pack_dir / PACK_FILE).is_file():
        return pack_dir  # a pack folder copied in by hand
    return None


def hold_version(folder: Path) -> None:
    """Hold a lease on the installed version whose pack folder is ``folder`` (no-op for other folders)."""
    if folder.name == PACK_SUBDIR and VERSION_DIR.match(folder.parent.name):
        from kiosk.core.install.lease import hold  # noqa: PLC0415

        hold(folder.parent.parent, folder.parent.name)
