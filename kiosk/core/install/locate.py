"""Finding the pack to show: a folder path, an installed pack, or one bundled with the kiosk."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core import alerts
from kiosk.core.content.model import ID_PATTERN, PACK_FILE, ContentPack
from kiosk.core.content.reader import load_pack
from kiosk.core.install.restarts import RESTARTS, WINDOW_S, is_set_aside
from kiosk.core.install.state import hold_version, installed_folders, installed_pack_folder, state_is_damaged
from kiosk.core.messages import msg
from kiosk.core.paths import BUNDLED_CONTENT_DIR, DataPaths
from kiosk.core.problems import Problem, has_errors

if TYPE_CHECKING:
    from kiosk.core.library.topics import Library

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


def _candidates(spec: str, paths: DataPaths, *, may_be_path: bool = True) -> list[tuple[Path, bool]]:
    """The folders that may show ``spec``, best first, each with whether it is an installed version.

    ``may_be_path=False`` (pack ids from the settings) never reads ``spec`` as a folder: a folder
    of that name where the kiosk happens to run is not a pack anyone checked."""
    as_path = Path(spec).expanduser()
    if may_be_path and as_path.is_dir():
        return [(as_path, False)]
    found = [(folder, True) for folder in installed_folders(paths, spec)]
    for pack_id in dict.fromkeys((spec, DEFAULT_PACK_ID)):
        bundled = BUNDLED_CONTENT_DIR / pack_id
        if ID_PATTERN.match(pack_id) and (bundled / PACK_FILE).is_file():
            found.append((bundled, False))
    return found


def open_pack(
    spec: str,
    paths: DataPaths,
    *,
    tidy: bool = True,
    convert: bool = True,
    clear_alerts: bool = True,
    may_be_path: bool = True,
) -> Opened:
    """Load ``spec``: the current version of an installed pack, else the version it replaced.

    When the current version cannot be shown (a damaged state file, a missing or damaged file),
    the kiosk falls back to the previous good version of the same pack, never silently: staff
    mode and ``health.json`` say so (:mod:`kiosk.core.alerts`). Only when no version of the
    clinic's pack can be shown is a bundled pack shown, and that is said too. The version shown
    is held (:mod:`kiosk.core.install.lease`), so no install or tidying removes it meanwhile.

    What an interrupted pack install left behind is tidied away first, unless ``tidy`` is False
    (the kiosk then calls :func:`tidy_packs` after its first frame; leftovers never change which
    version is read). ``convert=False`` leaves converting the pages to ``Session.convert_pages``.
    ``clear_alerts=False`` keeps what staff were told about packs opened before (the topic library
    opens several).
    """
    if tidy:
        tidy_packs(paths)
    if clear_alerts:
        alerts.clear(alerts.PACK)
        alerts.clear(alerts.RESTARTS)
    problems: list[Problem] = []
    candidates = _candidates(spec, paths, may_be_path=may_be_path)
    damaged = state_is_damaged(paths.packs_dir / spec) if ID_PATTERN.match(spec) else False
    aside = [folder for folder, installed in candidates if installed and is_set_aside(paths, folder)]
    candidates = [(folder, installed) for folder, installed in candidates if folder not in aside]
    for index, (folder, installed) in enumerate(candidates):
        loaded = load_pack(folder, check_words=False, convert=convert)  # words: checked by validate and install
        problems.extend(loaded.problems)
        if loaded.pack is None or has_errors(loaded.problems):
            for problem in loaded.problems:
                log.error("pack %s: %s", folder.name, problem)
            continue
        if installed:
            hold_version(folder)
        if aside:
            log.error("pack %s: %s is set aside; showing %s", spec, aside[0].parent.name, loaded.pack.version)
            alerts.report(
                alerts.RESTARTS,
                msg(
                    "'{id}' ({folder}) made the kiosk restart {count} times within {minutes} minutes, so it was set "
                    "aside; version {version} of '{shown}' is shown instead. Install a corrected pack, or choose "
                    "the pack again to try it once more.",
                    id=spec,
                    folder=aside[0].parent.name,
                    count=RESTARTS,
                    minutes=round(WINDOW_S / 60),
                    version=loaded.pack.version,
                    shown=loaded.pack.id,
                ),
            )
        elif damaged and installed:
            log.error("pack %s: its state file is damaged; showing version %s", spec, loaded.pack.version)
            alerts.report(
                alerts.PACK,
                msg(
                    "The record of which version of '{id}' is in use is damaged; version {version}, the newest "
                    "good one installed, is shown. Install the pack again.",
                    id=spec,
                    version=loaded.pack.version,
                ),
            )
        elif index > 0 and installed:
            log.error("pack %s: the current version cannot be shown; showing version %s", spec, loaded.pack.version)
            alerts.report(
                alerts.PACK,
                msg(
                    "The current version of '{id}' cannot be shown (its files are damaged or missing); "
                    "version {version} is shown instead. Install the pack again.",
                    id=spec,
                    version=loaded.pack.version,
                ),
            )
        elif index > 0 or damaged or (loaded.pack.id != spec and ID_PATTERN.match(spec)):
            log.error("content pack %r cannot be shown; showing the bundled pack %r", spec, loaded.pack.id)
            alerts.report(
                alerts.PACK,
                msg(
                    "No version of '{id}' can be shown, so the pack that came with the kiosk is shown instead. "
                    "Install the clinic's pack again.",
                    id=spec,
                ),
            )
        return Opened(loaded.pack, problems)
    log.error("content pack %r not found", spec)
    return Opened(None, problems)


def open_library(shown: tuple[str, ...], first: ContentPack, paths: DataPaths) -> Library:
    """The topic library of the packs ``shown`` (in order), ``first`` being the first one opened.

    Only ``first`` is loaded now; the others' tiles come from their pack.toml (cheap), and each
    loads when the kiosk has time after its first frame, or when its tile is touched. A pack that
    cannot be shown loses its tile; a pack shown twice (the bundled one standing in for a missing
    pack) is shown once.
    """
    from kiosk.core.library.topics import Library, read_topic, topic_of  # noqa: PLC0415

    topics = [topic_of(first)]
    for pack_id in shown:
        if pack_id == first.id or any(topic.id == pack_id for topic in topics):
            continue
        # The folder open_pack would show: never a set-aside version, never a folder by that name here.
        folders = [
            f
            for f, installed in _candidates(pack_id, paths, may_be_path=False)
            if not installed or not is_set_aside(paths, f)
        ]
        folder = folders[0] if folders and ID_PATTERN.match(pack_id) else None
        topic = read_topic(folder) if folder is not None else None
        if topic is None or topic.id != pack_id:
            log.error("shown pack %r cannot be found; it is left out of the topics", pack_id)
            alerts.report(
                alerts.PACK,
                msg("'{id}' is chosen to be shown but cannot be found; install it again.", id=pack_id),
            )
            continue
        topics.append(topic)

    def load(pack_id: str) -> ContentPack | None:
        opened = open_pack(pack_id, paths, tidy=False, convert=False, clear_alerts=False, may_be_path=False)
        return opened.pack if opened.pack is not None and opened.pack.id == pack_id else None

    library = Library(tuple(topics), load=load)
    library.add(first)
    return library
