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
    """The pack's state, or None if it has none (or it cannot be read)."""
    try:
        data = json.loads((pack_dir / STATE_FILE).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    current, previous = data.get("current"), data.get("previous")
    if not isinstance(current, str) or not VERSION_DIR.match(current):
        return None
    if previous is not None and (not isinstance(previous, str) or not VERSION_DIR.match(previous)):
        previous = None
    return State(current, previous)


def installed_pack_folder(paths: DataPaths, pack_id: str) -> Path | None:
    """The folder the kiosk reads for the installed pack ``pack_id``, or None. Cheap: one small file."""
    if not ID_PATTERN.match(pack_id):
        return None
    pack_dir = paths.packs_dir / pack_id
    state = read_state(pack_dir)
    if state is not None:
        folder = pack_dir / state.current / PACK_SUBDIR
        return folder if (folder / PACK_FILE).is_file() else None
    if (pack_dir / PACK_FILE).is_file():
        return pack_dir  # a pack folder copied in by hand
    return None
