"""Installed content packs: listing, checking, rollback, remove, activate and tidying up.

Layout under the data folder::

    packs/.lock                   held while packs change: one change at a time, across processes
    packs/.staging/               unpacking and checking happen here; leftovers are removed at start
    packs/<id>/state.json         {"format": 1, "current": "<dir>", "previous": "<dir>" or null}
    packs/<id>/<dir>/pack/        one installed version: the pack folder the kiosk reads
    packs/<id>/<dir>/manifest.json, signature.json    as they came in the .kpack
    pack-versions.json            the newest signed version ever installed of each pack

A version folder is unpacked and checked in staging (:mod:`kiosk.core.install.installer`),
renamed into place, and never changed again. The one switch is the atomic replacement of
``state.json``, so at every instant a pack is its old version or its new one; whatever
``state.json`` does not name is left over from an interruption and removed by
:meth:`PackStore.clean_staging`. Nothing in a pack can reach ``state.json``, the settings or
``pack-versions.json``: a pack's files only ever land in ``pack/``.

(Over 400 lines because listing, rollback, remove, activate and tidying share one lock and one
cache of checked versions; installing, checking files and leases live in their own modules.)
"""

from __future__ import annotations

import builtins
import json
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kiosk.core.content.model import ID_PATTERN, PACK_FILE, ContentPack
from kiosk.core.files import fsync_folder, is_temporary, tidy_temporaries, write_atomically
from kiosk.core.install import restarts
from kiosk.core.install.lease import unused
from kiosk.core.install.refused import PackRefused, write_failure
from kiosk.core.install.signing import trusted_name, verify_signature
from kiosk.core.install.state import PACK_SUBDIR, STATE_FILE, VERSION_DIR, installed_pack_folder, read_state
from kiosk.core.install.verify import verify_version
from kiosk.core.messages import Message, msg
from kiosk.core.paths import BUNDLED_CONTENT_DIR, DataPaths
from kiosk.core.problems import Problem, errors_in, has_errors
from kiosk.core.settings import MAX_SHOWN_PACKS, Settings, load_settings, save_settings

# The kiosk reads this module at every start to tidy up, so it stays light: the archive code
# (zipfile, cryptography) is imported only where packs change or signatures are checked.

__all__ = ["PackInfo", "PackRefused", "PackStore", "installed_pack_folder"]

log = logging.getLogger(__name__)

#: Beside ``pack/`` in a version folder: the manifest and signature as they came in the .kpack.
MANIFEST_FILE = "manifest.json"
SIGNATURE_FILE = "signature.json"
LOCK_FILE = ".lock"
MAX_REASONS = 12
#: Installed packs a new pack's links are checked against (a kiosk holds a few dozen at most).
MAX_LINKED_PACKS = 200

Checked = tuple[ContentPack | None, tuple[Problem, ...]]

#: Called with the name of each step of a change. Tests set it to interrupt a change anywhere.
step_hook: Callable[[str], None] | None = None


def step(name: str) -> None:
    """Tell :data:`step_hook` (if a test set one) that a change reached the step ``name``."""
    if step_hook is not None:
        step_hook(name)


@dataclass(frozen=True)
class PackInfo:
    """One pack as staff see it in the list."""

    id: str
    title: str
    languages: tuple[str, ...]
    version: str
    #: The review date as text (``2026-11-01``), empty when the pack has none.
    reviewed: str
    #: Name of the trusted key that signed it; None if unsigned or signed by a key not trusted here.
    signed_by: str | None
    valid: bool
    problems: tuple[str, ...]
    #: Shipped with the kiosk (``content/``): cannot be removed or rolled back.
    bundled: bool
    #: The version :meth:`PackStore.rollback` would bring back, None if there is none.
    previous_version: str | None
    folder: Path
    #: Not yet signed off by the clinic's medical lead (pack.toml's [review] status): staff confirm
    #: before showing it. True when the pack cannot be read, so nothing unknown passes as reviewed.
    draft: bool = True
    #: Who reviewed it, as pack.toml says; empty for a draft.
    reviewed_by: str = ""


def dir_version(name: str) -> str:
    match = VERSION_DIR.match(name)
    return match.group(1) if match else ""


def _bundled_folder(pack_id: str) -> Path | None:
    folder = BUNDLED_CONTENT_DIR / pack_id
    return folder if ID_PATTERN.match(pack_id) and (folder / PACK_FILE).is_file() else None


def mistakes(pack_name: str, problems: Sequence[Problem]) -> list[Message]:
    errors = errors_in(problems)
    reasons = [msg("'{name}' has mistakes, so it cannot be shown:", name=pack_name)]
    for problem in errors[:MAX_REASONS]:
        # The problem itself is written for the pack's author, in English, naming files and keys.
        if problem.line is None:
            reasons.append(msg("{file}: {problem}.", file=problem.file, problem=problem.message))
        else:
            reasons.append(
                msg("{file}, line {line}: {problem}.", file=problem.file, line=problem.line, problem=problem.message)
            )
    if len(errors) > MAX_REASONS:
        reasons.append(msg("… and {count} more; 'kiosk validate' lists them all.", count=len(errors) - MAX_REASONS))
    return reasons


def token() -> str:
    return os.urandom(4).hex()


def remove_path(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        import shutil  # noqa: PLC0415

        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


class PackStore:
    """The packs installed in one data folder, plus the ones bundled with the kiosk.

    Safe to use from a worker thread while another thread calls :meth:`list`; changes are
    serialised by a lock file, so a command-line install and the kiosk never interleave.
    """

    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths
        self.checked: dict[Path, Checked] = {}
        self.checked_lock = threading.Lock()

    # --- reading ------------------------------------------------------------------------------

    def list(self, settings: Settings | None = None) -> list[PackInfo]:
        """Installed and bundled packs, sorted by title. An installed pack hides a bundled one of the same id."""
        settings = settings if settings is not None else load_settings(self.paths.settings_file)
        found: dict[str, PackInfo] = {}
        for folder in children(BUNDLED_CONTENT_DIR):
            if (folder / PACK_FILE).is_file() and ID_PATTERN.match(folder.name):
                found[folder.name] = self._info(folder.name, folder, bundled=True)
        for pack_dir in children(self.paths.packs_dir):
            if ID_PATTERN.match(pack_dir.name):
                info = self.info(pack_dir.name, settings)
                if info is not None and not info.bundled:
                    found[info.id] = info
        return sorted(found.values(), key=lambda info: (info.title.casefold(), info.id))

    def info(self, pack_id: str, settings: Settings | None = None) -> PackInfo | None:
        """One pack (installed first, then bundled), or None if there is no such pack."""
        if not ID_PATTERN.match(pack_id):
            return None
        pack_dir = self.paths.packs_dir / pack_id
        state = read_state(pack_dir)
        if state is not None:
            settings = settings if settings is not None else load_settings(self.paths.settings_file)
            signed_by = trusted_name(_signer_key(pack_dir / state.current), settings, pack_id)
            previous = dir_version(state.previous) if state.previous else None
            return self._info(pack_id, pack_dir / state.current / PACK_SUBDIR, False, signed_by, previous)
        if (pack_dir / PACK_FILE).is_file():
            return self._info(pack_id, pack_dir, bundled=False)
        bundled = _bundled_folder(pack_id)
        return self._info(pack_id, bundled, bundled=True) if bundled else None

    def _info(
        self,
        pack_id: str,
        folder: Path,
        bundled: bool,
        signed_by: str | None = None,
        previous_version: str | None = None,
    ) -> PackInfo:
        pack, problems = self.check(folder, remember=not bundled)
        errors = tuple(str(p) for p in errors_in(problems))
        if pack is None:
            version = dir_version(folder.parent.name) if folder.name == PACK_SUBDIR else ""
            return PackInfo(
                pack_id, pack_id, (), version, "", signed_by, False, errors or ("the pack cannot be read",),
                bundled, previous_version, folder,
            )  # fmt: skip
        return PackInfo(
            id=pack_id,
            title=pack.title(pack.default_language),
            languages=pack.languages,
            version=pack.version,
            reviewed=pack.review_date.isoformat() if pack.review_date else "",
            signed_by=signed_by,
            valid=not errors,
            problems=errors,
            bundled=bundled,
            previous_version=previous_version,
            folder=folder,
            draft=pack.is_draft,
            reviewed_by=pack.reviewed_by if not pack.is_draft else "",
        )

    def _installed_folders(self) -> builtins.list[Path]:
        """The folder of each installed pack's version in use (links between packs are checked against them)."""
        try:
            ids = sorted(entry.name for entry in self.paths.packs_dir.iterdir() if ID_PATTERN.match(entry.name))
        except OSError:
            return []
        found = (installed_pack_folder(self.paths, pack_id) for pack_id in ids[:MAX_LINKED_PACKS])
        return [folder for folder in found if folder is not None]

    def check(self, folder: Path, remember: bool) -> Checked:
        """Validate ``folder``. Installed version folders never change, so their result is kept."""
        from kiosk.core.content.validate import validate_pack  # noqa: PLC0415  (slow to import; only staff need it)

        with self.checked_lock:
            known = self.checked.get(folder)
        if known is not None:
            return known
        report = validate_pack(folder, packs_beside=self._installed_folders())  # links to installed packs
        result = (report.pack, tuple(report.problems))
        if remember:
            with self.checked_lock:
                self.checked[folder] = result
        return result

    def verify(self, pack_id: str) -> builtins.list[str]:
        """Check the installed pack's files against the manifest it came with; [] when they all match."""
        pack_dir = self.paths.packs_dir / pack_id
        state = read_state(pack_dir) if ID_PATTERN.match(pack_id) else None
        if state is None:
            return [f"'{pack_id}' is not installed from a pack file"]
        return verify_version(pack_dir / state.current)

    # --- changing -----------------------------------------------------------------------------

    def rollback(self, pack_id: str) -> PackInfo:
        """Bring back the version the current one replaced (a second rollback undoes the first)."""
        with self.changing():
            pack_dir = self.paths.packs_dir / pack_id
            state = read_state(pack_dir) if ID_PATTERN.match(pack_id) else None
            if state is None:
                if _bundled_folder(pack_id) and not (pack_dir / PACK_FILE).exists():
                    raise PackRefused(
                        msg("'{id}' came with the kiosk; it has no earlier version to go back to.", id=pack_id)
                    )
                raise PackRefused(msg("There is no installed pack called '{id}'.", id=pack_id))
            if state.previous is None or not (pack_dir / state.previous / PACK_SUBDIR).is_dir():
                raise PackRefused(msg("There is no earlier version of '{id}' to go back to.", id=pack_id))
            pack, problems = self.check(pack_dir / state.previous / PACK_SUBDIR, remember=True)
            if pack is None or has_errors(problems):
                raise PackRefused(mistakes(f"{pack_id} {dir_version(state.previous)}", problems))
            try:
                write_atomically(pack_dir / STATE_FILE, state_bytes(state.previous, state.current), step=step)
            except OSError as err:
                raise PackRefused(write_failure(err)) from None
            restarts.clear(self.paths, pack_id)
            log.info("pack %s rolled back to version %s", pack_id, dir_version(state.previous))
        info = self.info(pack_id)
        assert info is not None  # just switched
        return info

    def remove(self, pack_id: str, settings: Settings) -> None:
        """Remove an installed pack, all its versions with it. The active pack and bundled packs stay."""
        if pack_id in settings.shown:
            info = self.info(pack_id, settings)
            raise PackRefused(
                msg(
                    "'{title}' is the pack on screen now. Switch to another pack first, then remove it.",
                    title=info.title if info else pack_id,
                )
            )
        pack_dir = self.paths.packs_dir / pack_id
        with self.changing():
            if not ID_PATTERN.match(pack_id) or not pack_dir.is_dir() or pack_dir.is_symlink():
                if _bundled_folder(pack_id):
                    raise PackRefused(msg("'{id}' came with the kiosk and cannot be removed.", id=pack_id))
                raise PackRefused(msg("There is no installed pack called '{id}'.", id=pack_id))
            if in_use(pack_dir):
                raise PackRefused(
                    msg(
                        "'{title}' is the pack on screen now. Switch to another pack first, then remove it.",
                        title=pack_id,
                    )
                )
            try:
                self.paths.staging_dir.mkdir(parents=True, exist_ok=True)
                trash = self.paths.staging_dir / f"remove-{pack_id}-{token()}"
                os.rename(pack_dir, trash)
                fsync_folder(self.paths.packs_dir)
            except OSError as err:
                raise PackRefused(write_failure(err)) from None
            step("removed")
            remove_path(trash)
            log.info("removed pack %s", pack_id)

    def activate(self, pack_id: str, settings: Settings) -> Settings:
        """Make ``pack_id`` the pack on screen, alone: check it, save it in settings.toml, return the new settings."""
        return self.show((pack_id,), settings)

    def show(self, pack_ids: tuple[str, ...], settings: Settings) -> Settings:
        """Show the packs ``pack_ids``, in that order, as the topic library (one: that pack alone).

        Each is checked as ``activate`` checks one; nothing changes unless all of them can be shown.
        The choice is saved in settings.toml by the one atomic writer (a power cut leaves the old
        choice or the new, never a mix)."""
        ids = tuple(dict.fromkeys(pack_ids))
        if not ids:
            raise PackRefused(msg("Choose at least one pack to show."))
        if len(ids) > MAX_SHOWN_PACKS:
            raise PackRefused(msg("At most {count} packs can be shown.", count=MAX_SHOWN_PACKS))
        for pack_id in ids:
            info = self.info(pack_id, settings)
            if info is None:
                raise PackRefused(msg("There is no pack called '{id}'.", id=pack_id))
            pack, problems = self.check(info.folder, remember=not info.bundled)
            if pack is None or has_errors(problems):
                raise PackRefused(mistakes(info.title, problems))
        for pack_id in ids:
            restarts.clear(self.paths, pack_id)  # staff chose them again: each may be tried once more
        new = settings.showing(ids)
        try:
            save_settings(new, self.paths.settings_file)
        except OSError as err:
            raise PackRefused(
                msg("The choice could not be saved ({reason}).", reason=err.strerror or str(err))
            ) from None
        log.info("packs shown are now %s", ", ".join(ids))
        return new

    def clean_staging(self) -> None:
        """Remove what an interrupted change left behind. Cheap when there is nothing to do; never raises."""
        if not self.paths.packs_dir.is_dir():
            return
        try:
            with self.changing(wait=False) as locked:
                if locked:
                    self.tidy()
        except (OSError, PackRefused) as err:
            log.warning("cannot tidy %s: %s", self.paths.packs_dir, err)

    def tidy(self) -> None:
        """Remove what is provably unused: staging, temporary files, and versions no state names.

        A version folder goes only when the pack's state file is sound, names a current version
        that is there, does not name it, and no running kiosk holds it. A missing or damaged state
        file leaves every version where it is (the kiosk can still fall back to it).
        """
        for leftover in children(self.paths.staging_dir):
            log.info("removing %s, left over from an interrupted change", leftover)
            remove_path(leftover)
        for folder in dict.fromkeys((self.paths.config_dir, self.paths.data_dir, self.paths.packs_dir)):
            tidy_temporaries(folder)
        for pack_dir in children(self.paths.packs_dir):
            if pack_dir.name.startswith(".") or pack_dir.is_symlink() or not pack_dir.is_dir():
                continue
            tidy_temporaries(pack_dir)
            if (pack_dir / STATE_FILE).exists():
                state = read_state(pack_dir)
                if state is None or not (pack_dir / state.current / PACK_SUBDIR / PACK_FILE).is_file():
                    continue  # no sound record of what is in use: nothing here is provably unused
                remove_strays(pack_dir, {state.current, state.previous})
                continue
            # No state: a hand-copied pack (kept), or the first install of this pack, interrupted.
            inside = children(pack_dir)
            ours = [c for c in inside if is_ours(c.name)]
            remove_strays(pack_dir, {c.name for c in inside if c not in ours})
            if len(ours) == len(inside) and not children(pack_dir):
                remove_path(pack_dir)

    @contextmanager
    def changing(self, wait: bool = True) -> Iterator[bool]:
        """Hold the store's lock file while packs change; with ``wait=False`` yield False if it is busy."""
        try:
            self.paths.packs_dir.mkdir(parents=True, exist_ok=True)
            handle = (self.paths.packs_dir / LOCK_FILE).open("a+b")
        except OSError as err:
            raise PackRefused(write_failure(err)) from None
        with handle:
            if not _lock(handle, wait):
                yield False
                return
            yield True


def _lock(handle: IO[bytes], wait: bool) -> bool:
    """Lock ``handle`` until it is closed; False if ``wait`` is off and someone else holds it."""
    if sys.platform == "win32":
        import msvcrt  # noqa: PLC0415

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
        except OSError:
            if wait:
                raise
            return False
        return True
    import fcntl  # noqa: PLC0415

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


def is_ours(name: str) -> bool:
    """A name the store itself makes inside ``packs/<id>/``."""
    return name == STATE_FILE or bool(VERSION_DIR.match(name)) or is_temporary(name)


def remove_strays(pack_dir: Path, keep: set[str | None]) -> None:
    """Remove everything in an installed pack's folder but its state, the versions it names and
    the versions a running kiosk holds.

    That is what an interrupted change left: a version folder not switched in, a temporary
    state file, or the files of a hand-copied pack that an install has taken over.
    """
    for child in children(pack_dir):
        if child.name == STATE_FILE or child.name in keep:
            continue
        if VERSION_DIR.match(child.name):
            with unused(pack_dir, child.name) as free:
                if free:
                    log.info("removing %s, no longer in use", child)
                    remove_path(child)
                else:
                    log.info("keeping %s: a running kiosk shows it", child)
            continue
        log.info("removing %s, left over from an earlier change", child)
        remove_path(child)


def in_use(pack_dir: Path) -> bool:
    """Whether a running kiosk holds any version of the pack in ``pack_dir``."""
    for child in children(pack_dir):
        if VERSION_DIR.match(child.name):
            with unused(pack_dir, child.name) as free:
                if not free:
                    return True
    return False


def children(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def state_bytes(current: str, previous: str | None) -> bytes:
    return (json.dumps({"format": 1, "current": current, "previous": previous}, indent=1) + "\n").encode()


def _signer_key(version_dir: Path) -> str | None:
    """The public key of a valid signature on an installed version, None if unsigned."""
    try:
        signature = (version_dir / SIGNATURE_FILE).read_bytes()
        return verify_signature((version_dir / MANIFEST_FILE).read_bytes(), signature)
    except (OSError, PackRefused):
        return None
