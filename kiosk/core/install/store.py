"""Installed content packs: atomic install from .kpack files, rollback, remove, activate, listing.

Layout under the data folder::

    packs/.lock                   held while packs change: one change at a time, across processes
    packs/.staging/               unpacking and checking happen here; leftovers are removed at start
    packs/<id>/state.json         {"format": 1, "current": "<dir>", "previous": "<dir>" or null}
    packs/<id>/<dir>/pack/        one installed version: the pack folder the kiosk reads
    packs/<id>/<dir>/manifest.json, signature.json    as they came in the .kpack
    pack-versions.json            the newest signed version ever installed of each pack

A version folder is unpacked and checked in staging, renamed into place, and never changed
again. The one switch is the atomic replacement of ``state.json``, so at every instant a pack is
its old version or its new one; whatever ``state.json`` does not name is left over from an
interruption and removed by :meth:`PackStore.clean_staging`. Nothing in a pack can reach
``state.json``, the settings or ``pack-versions.json``: a pack's files only ever land in ``pack/``.
"""

from __future__ import annotations

import builtins
import json
import logging
import os
import re
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING

from kiosk.core.content.model import ID_PATTERN, PACK_FILE, ContentPack
from kiosk.core.install.state import PACK_SUBDIR, STATE_FILE, VERSION_DIR, installed_pack_folder, read_state
from kiosk.core.messages import Message, msg, verbatim
from kiosk.core.paths import BUNDLED_CONTENT_DIR, DataPaths
from kiosk.core.problems import Problem, Severity
from kiosk.core.settings import Settings, load_settings, save_settings

if TYPE_CHECKING:
    from kiosk.core.install.kpack import Manifest

# The kiosk reads this module at every start to find the active pack, so it stays light: the
# archive code (kiosk.core.install.kpack, zipfile, cryptography) is imported only where packs change.

__all__ = ["Installed", "PackInfo", "PackRefused", "PackStore", "find_kpacks", "installed_pack_folder"]

log = logging.getLogger(__name__)

#: Beside ``pack/`` in a version folder: the manifest and signature as they came in the .kpack.
MANIFEST_FILE = "manifest.json"
SIGNATURE_FILE = "signature.json"
LOCK_FILE = ".lock"
MAX_REASONS = 12
_TEMP = re.compile(r"^\..+-[0-9a-f]{8}\.tmp$")

#: Called with the name of each step of a change. Tests set it to interrupt a change anywhere.
step_hook: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if step_hook is not None:
        step_hook(name)


class PackRefused(Exception):  # noqa: N818  (the name says what staff see: the pack was refused)
    """A pack file, or an action on a pack, was refused, for every problem found: each one plain
    sentence that clinic staff can act on. ``messages`` holds them as translatable
    :class:`~kiosk.core.messages.Message` values (the staff screens show them in their language);
    ``reasons`` holds the same sentences in English, for the command line and the logs.
    """

    def __init__(self, reasons: Message | Sequence[Message]) -> None:
        if isinstance(reasons, str):  # an exception rebuilt from its text (pickle): shown as it is
            reasons = verbatim(reasons)
        self.messages = [reasons] if isinstance(reasons, Message) else builtins.list(reasons)
        self.reasons = [str(message) for message in self.messages]
        super().__init__("; ".join(self.reasons))


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


@dataclass(frozen=True)
class Installed:
    """What :meth:`PackStore.install` did: the pack as it is now, and whether it was there already."""

    info: PackInfo
    #: The same version, from the same files, was installed already: nothing was changed.
    already_installed: bool = False


def _dir_version(name: str) -> str:
    match = VERSION_DIR.match(name)
    return match.group(1) if match else ""


def _bundled_folder(pack_id: str) -> Path | None:
    folder = BUNDLED_CONTENT_DIR / pack_id
    return folder if ID_PATTERN.match(pack_id) and (folder / PACK_FILE).is_file() else None


def trusted_name(signer_key: str | None, settings: Settings) -> str | None:
    """The name under which ``settings`` trusts ``signer_key``, or None."""
    from kiosk.core.install.kpack import decode_public_key  # noqa: PLC0415

    raw = decode_public_key(signer_key) if signer_key else None
    if raw is None:
        return None
    return next((name for name, key in settings.trusted_keys.items() if decode_public_key(key) == raw), None)


def _mistakes(pack_name: str, problems: Sequence[Problem]) -> list[Message]:
    errors = [p for p in problems if p.severity is Severity.ERROR]
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


def _write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: after a crash it holds the old bytes or the new, never a mix."""
    tmp = path.with_name(f".{path.name}-{_token()}.tmp")
    try:
        with tmp.open("xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _step("temporary written")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Make a folder's list of names durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_failure(err: OSError) -> Message:
    """Why a pack could not be saved on the kiosk's own disk."""
    return msg(
        "The kiosk could not save the pack on its disk ({reason}). The disk may be full.",
        reason=err.strerror or str(err),
    )


def _token() -> str:
    return os.urandom(4).hex()


def _remove(path: Path) -> None:
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
        self._checked: dict[Path, tuple[ContentPack | None, tuple[Problem, ...]]] = {}
        self._checked_lock = threading.Lock()

    # --- reading ------------------------------------------------------------------------------

    def list(self, settings: Settings | None = None) -> list[PackInfo]:
        """Installed and bundled packs, sorted by title. An installed pack hides a bundled one of the same id."""
        settings = settings if settings is not None else load_settings(self.paths.settings_file)
        found: dict[str, PackInfo] = {}
        for folder in _children(BUNDLED_CONTENT_DIR):
            if (folder / PACK_FILE).is_file() and ID_PATTERN.match(folder.name):
                found[folder.name] = self._info(folder.name, folder, bundled=True)
        for pack_dir in _children(self.paths.packs_dir):
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
            signed_by = trusted_name(_signer_key(pack_dir / state.current), settings)
            previous = _dir_version(state.previous) if state.previous else None
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
        pack, problems = self._check(folder, remember=not bundled)
        errors = tuple(str(p) for p in problems if p.severity is Severity.ERROR)
        if pack is None:
            version = _dir_version(folder.parent.name) if folder.name == PACK_SUBDIR else ""
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

    def _check(self, folder: Path, remember: bool) -> tuple[ContentPack | None, tuple[Problem, ...]]:
        """Validate ``folder``. Installed version folders never change, so their result is kept."""
        from kiosk.core.content.validate import validate_pack  # noqa: PLC0415  (slow to import; only staff need it)

        with self._checked_lock:
            known = self._checked.get(folder)
        if known is not None:
            return known
        report = validate_pack(folder)
        result = (report.pack, tuple(report.problems))
        if remember:
            with self._checked_lock:
                self._checked[folder] = result
        return result

    def verify(self, pack_id: str) -> builtins.list[str]:
        """Check the installed pack's files against the manifest it came with; [] when they all match."""
        import hashlib  # noqa: PLC0415

        from kiosk.core.install.kpack import parse_manifest  # noqa: PLC0415

        pack_dir = self.paths.packs_dir / pack_id
        state = read_state(pack_dir) if ID_PATTERN.match(pack_id) else None
        if state is None:
            return [f"'{pack_id}' is not installed from a pack file"]
        version_dir = pack_dir / state.current
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
            try:
                data = (folder / name).read_bytes()
            except OSError:
                problems.append(f"'{name}' is missing")
                continue
            if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
                problems.append(f"'{name}' does not match its list of contents")
        return problems

    # --- changing -----------------------------------------------------------------------------

    def install(self, kpack: Path, settings: Settings) -> Installed:
        """Check ``kpack`` completely, then switch it in atomically; the replaced version is kept for rollback.

        Installing the very version that is installed already changes nothing (and says so).
        Raises :class:`PackRefused` with every problem found; the installed packs are then unchanged.
        """
        with self._changing():
            self._clean()
            try:
                self.paths.staging_dir.mkdir(parents=True, exist_ok=True)
                work = self.paths.staging_dir / f"install-{_token()}"
                work.mkdir()
            except OSError as err:
                raise PackRefused(write_failure(err)) from None
            try:
                pack_id, already = self._install(Path(kpack), settings, work)
            except OSError as err:
                raise PackRefused(write_failure(err)) from None
            finally:
                _remove(work)
        info = self.info(pack_id, settings)
        assert info is not None  # just installed
        return Installed(info, already)

    def _install(self, kpack: Path, settings: Settings, work: Path) -> tuple[str, bool]:
        """Install into ``work`` and switch; (the pack's id, True if that version was installed already)."""
        from kiosk.core.install.kpack import KpackReader  # noqa: PLC0415

        with KpackReader.open(kpack) as reader:
            manifest = reader.manifest
            signed_by = self._trusted_signer(reader.signer_key, settings)
            if signed_by is not None:
                self._refuse_downgrade(manifest)
            pack_dir = self.paths.packs_dir / manifest.id
            state = read_state(pack_dir)
            if state is not None and _same_files(pack_dir / state.current, manifest, reader.signature_raw):
                log.info("pack %s version %s is already installed", manifest.id, manifest.version)
                return manifest.id, True
            _step("checked")
            reader.extract(work / PACK_SUBDIR, _step)
            (work / MANIFEST_FILE).write_bytes(manifest.raw)
            if reader.signature_raw is not None:
                (work / SIGNATURE_FILE).write_bytes(reader.signature_raw)
        for name in (MANIFEST_FILE, SIGNATURE_FILE):
            _fsync_file(work / name)
        fsync_folder(work)
        checked = self._check_staged(work / PACK_SUBDIR, manifest)
        _step("validated")
        if signed_by is not None:
            self._record_signed_version(manifest)
        previous = state.current if state else None
        if state is None and (pack_dir / PACK_FILE).is_file():
            previous = self._adopt(pack_dir)
        pack_dir.mkdir(exist_ok=True)
        fsync_folder(self.paths.packs_dir)
        version_dir = f"v{manifest.version}-{_token()}"
        os.rename(work, pack_dir / version_dir)
        fsync_folder(pack_dir)
        fsync_folder(self.paths.staging_dir)
        _step("moved")
        _write_atomically(pack_dir / STATE_FILE, _state_bytes(version_dir, previous))
        _step("switched")
        if state is not None and state.previous and state.previous != version_dir:
            _remove(pack_dir / state.previous)
        _remove_strays(pack_dir, {version_dir, previous})
        with self._checked_lock:
            self._checked[pack_dir / version_dir / PACK_SUBDIR] = checked
        log.info("installed pack %s version %s, signed by %s", manifest.id, manifest.version, signed_by or "nobody")
        return manifest.id, False

    def _adopt(self, pack_dir: Path) -> str:
        """Copy a pack folder that was put in ``packs/<id>/`` by hand into a version folder of its own.

        It becomes the previous version (so a rollback brings it back); its files at the top of
        ``pack_dir`` are removed once the new version is switched in.
        """
        import shutil  # noqa: PLC0415

        pack, _problems = self._check(pack_dir, remember=False)
        version = pack.version if pack is not None else "0"
        work = self.paths.staging_dir / f"adopt-{_token()}"
        work.mkdir()

        def ours(folder: str, names: builtins.list[str]) -> builtins.list[str]:
            return [n for n in names if _is_ours(n)] if Path(folder) == pack_dir else []

        shutil.copytree(pack_dir, work / PACK_SUBDIR, symlinks=True, ignore=ours)
        _fsync_tree(work)
        _step("adopted")
        name = f"v{version}-{_token()}"
        os.rename(work, pack_dir / name)
        fsync_folder(pack_dir)
        return name

    def _trusted_signer(self, signer_key: str | None, settings: Settings) -> str | None:
        name = trusted_name(signer_key, settings)
        if name is None and settings.require_signed:
            if signer_key is None:
                raise PackRefused(msg("This pack is not signed, and this kiosk only accepts signed packs."))
            raise PackRefused(msg("This pack is signed with a key this kiosk does not trust."))
        return name

    def _signed_versions(self) -> dict[str, str]:
        try:
            data = json.loads(self.paths.pack_versions_file.read_bytes())
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as err:
            log.warning("cannot read %s (%s); older signed packs are not refused", self.paths.pack_versions_file, err)
            return {}
        return {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}

    def _refuse_downgrade(self, manifest: Manifest) -> None:
        from kiosk.core.install.kpack import version_key  # noqa: PLC0415

        newest = self._signed_versions().get(manifest.id)
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

    def _record_signed_version(self, manifest: Manifest) -> None:
        from kiosk.core.install.kpack import version_key  # noqa: PLC0415

        versions = self._signed_versions()
        newest = versions.get(manifest.id)
        if newest and version_key(newest) >= version_key(manifest.version):
            return
        versions[manifest.id] = manifest.version
        self.paths.pack_versions_file.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(self.paths.pack_versions_file, (json.dumps(versions, indent=1) + "\n").encode())

    def _check_staged(self, folder: Path, manifest: Manifest) -> tuple[ContentPack | None, tuple[Problem, ...]]:
        pack, problems = self._check(folder, remember=False)
        if pack is None or any(p.severity is Severity.ERROR for p in problems):
            raise PackRefused(_mistakes(manifest.id, problems))
        if pack.id != manifest.id or pack.version != manifest.version:
            raise PackRefused(
                msg(
                    "The pack file says it holds '{id}' version {version}, but its {file} says '{other_id}' "
                    "version {other_version}.",
                    id=manifest.id,
                    version=manifest.version,
                    file=PACK_FILE,
                    other_id=pack.id,
                    other_version=pack.version,
                )
            )
        return pack, problems

    def rollback(self, pack_id: str) -> PackInfo:
        """Bring back the version the current one replaced (a second rollback undoes the first)."""
        with self._changing():
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
            pack, problems = self._check(pack_dir / state.previous / PACK_SUBDIR, remember=True)
            if pack is None or any(p.severity is Severity.ERROR for p in problems):
                raise PackRefused(_mistakes(f"{pack_id} {_dir_version(state.previous)}", problems))
            _write_atomically(pack_dir / STATE_FILE, _state_bytes(state.previous, state.current))
            log.info("pack %s rolled back to version %s", pack_id, _dir_version(state.previous))
        info = self.info(pack_id)
        assert info is not None  # just switched
        return info

    def remove(self, pack_id: str, settings: Settings) -> None:
        """Remove an installed pack, all its versions with it. The active pack and bundled packs stay."""
        if pack_id == settings.active_pack:
            info = self.info(pack_id, settings)
            raise PackRefused(
                msg(
                    "'{title}' is the pack on screen now. Switch to another pack first, then remove it.",
                    title=info.title if info else pack_id,
                )
            )
        pack_dir = self.paths.packs_dir / pack_id
        with self._changing():
            if not ID_PATTERN.match(pack_id) or not pack_dir.is_dir() or pack_dir.is_symlink():
                if _bundled_folder(pack_id):
                    raise PackRefused(msg("'{id}' came with the kiosk and cannot be removed.", id=pack_id))
                raise PackRefused(msg("There is no installed pack called '{id}'.", id=pack_id))
            try:
                self.paths.staging_dir.mkdir(parents=True, exist_ok=True)
                trash = self.paths.staging_dir / f"remove-{pack_id}-{_token()}"
                os.rename(pack_dir, trash)
                fsync_folder(self.paths.packs_dir)
            except OSError as err:
                raise PackRefused(write_failure(err)) from None
            _step("removed")
            _remove(trash)
            log.info("removed pack %s", pack_id)

    def activate(self, pack_id: str, settings: Settings) -> Settings:
        """Make ``pack_id`` the pack on screen: check it, save it in settings.toml, return the new settings."""
        info = self.info(pack_id, settings)
        if info is None:
            raise PackRefused(msg("There is no pack called '{id}'.", id=pack_id))
        pack, problems = self._check(info.folder, remember=not info.bundled)
        if pack is None or any(p.severity is Severity.ERROR for p in problems):
            raise PackRefused(_mistakes(info.title, problems))
        new = replace(settings, active_pack=pack_id)
        try:
            save_settings(new, self.paths.settings_file)
        except OSError as err:
            raise PackRefused(
                msg("The choice could not be saved ({reason}).", reason=err.strerror or str(err))
            ) from None
        log.info("active pack is now %s version %s", pack_id, info.version)
        return new

    def clean_staging(self) -> None:
        """Remove what an interrupted change left behind. Cheap when there is nothing to do; never raises."""
        if not self.paths.packs_dir.is_dir():
            return
        try:
            with self._changing(wait=False) as locked:
                if locked:
                    self._clean()
        except (OSError, PackRefused) as err:
            log.warning("cannot tidy %s: %s", self.paths.packs_dir, err)

    def _clean(self) -> None:
        versions = self.paths.pack_versions_file
        leftovers = [*_children(self.paths.staging_dir), *versions.parent.glob(f".{versions.name}-*.tmp")]
        for leftover in leftovers:
            log.info("removing %s, left over from an interrupted change", leftover)
            _remove(leftover)
        for pack_dir in _children(self.paths.packs_dir):
            if pack_dir.name.startswith(".") or pack_dir.is_symlink() or not pack_dir.is_dir():
                continue
            state = read_state(pack_dir)
            if state is None and (pack_dir / STATE_FILE).exists():
                continue  # a damaged state is left for a person to look at
            children = _children(pack_dir)
            if state is not None:
                _remove_strays(pack_dir, {state.current, state.previous})
                continue
            # No state: a hand-copied pack (kept), or the first install of this pack, interrupted.
            ours = [c for c in children if _is_ours(c.name)]
            for child in ours:
                log.info("removing %s, left over from an interrupted change", child)
                _remove(child)
            if len(ours) == len(children):
                _remove(pack_dir)

    @contextmanager
    def _changing(self, wait: bool = True) -> Iterator[bool]:
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


def _is_ours(name: str) -> bool:
    """A name the store itself makes inside ``packs/<id>/``."""
    return name == STATE_FILE or bool(VERSION_DIR.match(name) or _TEMP.match(name))


def _remove_strays(pack_dir: Path, keep: set[str | None]) -> None:
    """Remove everything in an installed pack's folder but its state and the versions it names.

    That is what an interrupted change left: a version folder not switched in, a temporary
    state file, or the files of a hand-copied pack that an install has taken over.
    """
    for child in _children(pack_dir):
        if child.name != STATE_FILE and child.name not in keep:
            log.info("removing %s, left over from an earlier change", child)
            _remove(child)


def _fsync_tree(root: Path) -> None:
    """Make every file and folder under ``root`` durable (links are left as they are)."""
    for dirpath, _dirnames, filenames in os.walk(root):
        for name in filenames:
            path = Path(dirpath) / name
            if not path.is_symlink():
                _fsync_file(path)
        fsync_folder(Path(dirpath))


def _children(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def _state_bytes(current: str, previous: str | None) -> bytes:
    return (json.dumps({"format": 1, "current": current, "previous": previous}, indent=1) + "\n").encode()


def _fsync_file(path: Path) -> None:
    if path.exists():
        with path.open("rb") as handle:
            os.fsync(handle.fileno())


def _signer_key(version_dir: Path) -> str | None:
    """The public key of a valid signature on an installed version, None if unsigned."""
    from kiosk.core.install.kpack import verify_signature  # noqa: PLC0415

    try:
        signature = (version_dir / SIGNATURE_FILE).read_bytes()
        return verify_signature((version_dir / MANIFEST_FILE).read_bytes(), signature)
    except (OSError, PackRefused):
        return None


def _same_files(version_dir: Path, manifest: Manifest, signature: bytes | None) -> bool:
    try:
        if (version_dir / MANIFEST_FILE).read_bytes() != manifest.raw:
            return False
        signed = version_dir / SIGNATURE_FILE
        installed = signed.read_bytes() if signed.exists() else None
    except OSError:
        return False
    return installed == signature and (version_dir / PACK_SUBDIR / PACK_FILE).is_file()


# --- finding pack files on removable media ----------------------------------------------------

#: Where Linux desktops and admins mount USB sticks (a stick is often at ``/media/<user>/<label>``).
MEDIA_ROOTS = (Path("/media"), Path("/run/media"), Path("/mnt"))
#: Folders below a root to look into: ``/media/<user>/<label>/packs/2026/x.kpack`` is found.
MAX_DEPTH = 4
MAX_SCANNED = 20_000


def _default_roots() -> list[Path]:
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
    for root in _default_roots() if roots is None else roots:
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
