"""Finding the pack to show: a folder path, an installed pack, or one bundled with the kiosk."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.content.model import ID_PATTERN, ContentPack, load_pack
from kiosk.core.install.state import installed_pack_folder
from kiosk.core.paths import BUNDLED_CONTENT_DIR, DataPaths
from kiosk.core.problems import Problem, has_errors

log = logging.getLogger(__name__)

DEFAULT_PACK_ID = "rfa-facet"


def pack_folder(spec: str, paths: DataPaths) -> Path | None:
    """The folder for ``spec``: an existing folder, else an installed or bundled pack id."""
    as_path = Path(spec).expanduser()
    if as_path.is_dir():
        return as_path
    installed = installed_pack_folder(paths, spec)
    if installed is not None:
        return installed
    candidate = BUNDLED_CONTENT_DIR / spec
    if ID_PATTERN.match(spec) and (candidate / "pack.toml").is_file():
        return candidate
    return None


@dataclass
class Opened:
    pack: ContentPack | None
    problems: list[Problem]


def tidy_packs(paths: DataPaths) -> None:
    """Remove what an interrupted pack install left behind (a power cut, a kill)."""
    from kiosk.core.install.store import PackStore  # noqa: PLC0415  (not needed to show the first frame)

    PackStore(paths).clean_staging()


def open_pack(spec: str, paths: DataPaths, *, tidy: bool = True, convert: bool = True) -> Opened:
    """Load ``spec``; if it is missing or broken, the bundled default pack is shown instead.

    What an interrupted pack install left behind is tidied away first, unless ``tidy`` is False
    (the kiosk then calls :func:`tidy_packs` after its first frame; leftovers never change which
    version is read). ``convert=False`` leaves converting the pages to ``Session.convert_pages``.
    """
    if tidy:
        tidy_packs(paths)
    problems: list[Problem] = []
    for index, candidate in enumerate(dict.fromkeys((spec, DEFAULT_PACK_ID))):
        folder = pack_folder(candidate, paths)
        if folder is None:
            log.error("content pack %r not found", candidate)
            continue
        loaded = load_pack(folder, check_words=False, convert=convert)  # words: checked by validate and install
        problems.extend(loaded.problems)
        if loaded.pack is not None and not has_errors(loaded.problems):
            if index > 0:
                log.warning("showing the bundled pack %r instead of %r", candidate, spec)
            return Opened(loaded.pack, problems)
        for problem in loaded.problems:
            log.error("pack %s: %s", folder.name, problem)
    return Opened(None, problems)
