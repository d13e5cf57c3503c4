"""Finding USB sticks: the ``.kpack`` files on them for "Import from USB", and where "Export CSV" may write."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

#: Where Linux desktops and admins mount USB sticks (a stick is often at ``/media/<user>/<label>``).
MEDIA_ROOTS = (Path("/media"), Path("/run/media"), Path("/mnt"))
#: Folders below a root to look into: ``/media/<user>/<label>/packs/2026/x.kpack`` is found.
MAX_DEPTH = 4
MAX_SCANNED = 20_000


def default_roots() -> list[Path]:
    if sys.platform == "win32":
        system = os.environ.get("SYSTEMDRIVE", "C:").upper()[:1]
        return [Path(f"{letter}:\\") for letter in "DEFGHIJKLMNOPQRSTUVWXYZ" if letter != system]
    return list(MEDIA_ROOTS)


def find_kpacks(roots: Sequence[Path] | None = None) -> list[Path]:
    """``.kpack`` files on mounted removable media, a few folders deep, sorted by path.

    Links are never followed, hidden folders are skipped, and a folder that cannot be read (or a
    stick pulled out while looking) is simply passed over.
    """
    found: list[Path] = []
    budget = [MAX_SCANNED]
    for root in default_roots() if roots is None else roots:
        _scan(Path(root), 0, found, budget)
    return sorted(dict.fromkeys(found))


def _scan(folder: Path, depth: int, found: list[Path], budget: list[int]) -> None:
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                budget[0] -= 1
                if budget[0] < 0:
                    return
                try:
                    if entry.is_file(follow_symlinks=False) and entry.name.lower().endswith(".kpack"):
                        found.append(Path(entry.path))
                    elif depth < MAX_DEPTH and not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False):
                        _scan(Path(entry.path), depth + 1, found, budget)
                except OSError:
                    continue
    except OSError:
        return


def find_sticks(roots: Sequence[Path] | None = None, is_mount: Callable[[Path], bool] = os.path.ismount) -> list[Path]:
    """Mounted removable media (for "Export CSV"; some may be read-only), sorted by path.

    On Linux a stick is mounted one or two folders below a media folder (``/media/<label>``,
    ``/media/<user>/<label>``, ``/run/media/<user>/<label>``); on Windows it is a drive of its own.
    """
    found: list[Path] = []
    for root in default_roots() if roots is None else roots:
        if roots is None and sys.platform == "win32":
            candidates = [Path(root)]
        else:
            candidates = _folders(Path(root))
            candidates += [inner for folder in candidates if not is_mount(folder) for inner in _folders(folder)]
        found += [folder for folder in candidates if is_mount(folder)]
    return sorted(dict.fromkeys(found))


def _folders(folder: Path) -> list[Path]:
    try:
        with os.scandir(folder) as entries:
            return [
                Path(entry.path)
                for entry in entries
                if not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False)
            ]
    except OSError:
        return []
