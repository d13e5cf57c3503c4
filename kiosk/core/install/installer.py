"""Installing a ``.kpack``: check it completely in staging, then switch it in atomically.

The pack is opened and checked (:mod:`kiosk.core.install.unpack`), its signer is looked up in
the settings, a signed pack older than one installed before is refused, and the files are
unpacked into ``packs/.staging``, every hash checked and fsynced. Only a pack that validates is
renamed into ``packs/<id>/`` and switched in by replacing ``state.json`` (the layout is in
:mod:`kiosk.core.install.store`). Whatever happens before that switch leaves the installed packs
as they were.
"""

from __future__ import annotations

import builtins
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.content.model import PACK_FILE
from kiosk.core.files import fsync_folder, write_atomically
from kiosk.core.install import records, restarts
from kiosk.core.install.checking import TIME_LIMIT_S, Cancelled, check_in_child
from kiosk.core.install.manifest import Manifest
from kiosk.core.install.refused import PackRefused, write_failure
from kiosk.core.install.signing import trusted_name
from kiosk.core.install.state import PACK_SUBDIR, STATE_FILE, read_state
from kiosk.core.install.store import (
    MANIFEST_FILE,
    SIGNATURE_FILE,
    Checked,
    PackInfo,
    PackStore,
    is_ours,
    mistakes,
    remove_path,
    remove_strays,
    state_bytes,
    step,
    token,
)
from kiosk.core.install.unpack import KpackReader
from kiosk.core.messages import Message, msg
from kiosk.core.problems import has_errors
from kiosk.core.settings import Settings

log = logging.getLogger(__name__)

Progress = Callable[[Message], None]


@dataclass(frozen=True)
class Installed:
    """What :meth:`PackInstaller.install` did: the pack as it is now, and whether it was there already."""

    info: PackInfo
    #: The same version, from the same files, was installed already: nothing was changed.
    already_installed: bool = False


class PackInstaller:
    """Installs ``.kpack`` files into one :class:`~kiosk.core.install.store.PackStore`."""

    def __init__(
        self,
        store: PackStore,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        time_limit_s: float = TIME_LIMIT_S,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """``progress`` hears each stage (a plain sentence for staff); ``cancelled()`` True stops the
        install before the switch; validation longer than ``time_limit_s`` refuses the pack."""
        self.store = store
        self.paths = store.paths
        self.progress = progress
        self.cancelled = cancelled
        self.time_limit_s = time_limit_s
        self.clock = clock

    def _stage(self, message: Message) -> None:
        if self.cancelled is not None and self.cancelled():
            raise PackRefused(msg("The install was cancelled. Nothing was changed."))
        if self.progress is not None:
            self.progress(message)

    def install(self, kpack: Path, settings: Settings) -> Installed:
        """Check ``kpack`` completely, then switch it in atomically; the replaced version is kept for rollback.

        Installing the very version that is installed already changes nothing (and says so).
        Raises :class:`PackRefused` with every problem found; the installed packs are then unchanged.
        """
        with self.store.changing():
            self.store.tidy()
            try:
                self.paths.staging_dir.mkdir(parents=True, exist_ok=True)
                work = self.paths.staging_dir / f"install-{token()}"
                work.mkdir()
            except OSError as err:
                raise PackRefused(write_failure(err)) from None
            try:
                pack_id, already = self._install(Path(kpack), settings, work)
            except OSError as err:
                raise PackRefused(write_failure(err)) from None
            finally:
                remove_path(work)
        info = self.store.info(pack_id, settings)
        assert info is not None  # just installed
        return Installed(info, already)

    def _install(self, kpack: Path, settings: Settings, work: Path) -> tuple[str, bool]:
        """Install into ``work`` and switch; (the pack's id, True if that version was installed already)."""
        self._stage(msg("Checking the file…"))
        with KpackReader.open(kpack) as reader:
            manifest = reader.manifest
            signed_by = self._trusted_signer(reader.signer_key, settings, manifest.id)
            records.refuse_expired(self.paths, manifest, self.clock)
            if signed_by is not None:
                records.refuse_downgrade(self.paths, manifest)
            pack_dir = self.paths.packs_dir / manifest.id
            state = read_state(pack_dir)
            same = state is not None and _same_files(pack_dir / state.current, manifest, reader.signature_raw)
            step("checked")
            self._stage(msg("Unpacking…"))
            try:
                reader.extract(work / PACK_SUBDIR, step)  # every byte of the file, hashed
            except PackRefused as refused:
                if not same:
                    raise
                lead = msg(
                    "This file holds version {version} of '{id}', which is installed already, but the file is "
                    "damaged. The installed version was not changed.",
                    version=manifest.version,
                    id=manifest.id,
                )
                raise PackRefused([lead, *refused.messages]) from None
            if same and not self.store.verify(manifest.id):
                log.info("pack %s version %s is already installed", manifest.id, manifest.version)
                return manifest.id, True
            (work / MANIFEST_FILE).write_bytes(manifest.raw)
            if reader.signature_raw is not None:
                (work / SIGNATURE_FILE).write_bytes(reader.signature_raw)
        for name in (MANIFEST_FILE, SIGNATURE_FILE):
            _fsync_file(work / name)
        fsync_folder(work)
        self._stage(msg("Checking every page…"))
        checked = self._check_staged(work / PACK_SUBDIR, manifest)
        self._stage(msg("Switching to the new version…"))
        step("validated")
        if signed_by is not None:
            records.record_signed_version(self.paths, manifest, step)
        previous = state.current if state else None
        if state is None and (pack_dir / PACK_FILE).is_file():
            previous = self._adopt(pack_dir)
        pack_dir.mkdir(exist_ok=True)
        fsync_folder(self.paths.packs_dir)
        version_dir = f"v{manifest.version}-{token()}"
        os.rename(work, pack_dir / version_dir)
        fsync_folder(pack_dir)
        fsync_folder(self.paths.staging_dir)
        step("moved")
        write_atomically(pack_dir / STATE_FILE, state_bytes(version_dir, previous), step=step)
        step("switched")
        restarts.clear(self.paths, manifest.id)
        remove_strays(pack_dir, {version_dir, previous})  # never a version a running kiosk shows
        with self.store.checked_lock:
            self.store.checked[pack_dir / version_dir / PACK_SUBDIR] = checked
        log.info("installed pack %s version %s, signed by %s", manifest.id, manifest.version, signed_by or "nobody")
        return manifest.id, False

    def _adopt(self, pack_dir: Path) -> str:
        """Copy a pack folder that was put in ``packs/<id>/`` by hand into a version folder of its own.

        It becomes the previous version (so a rollback brings it back); its files at the top of
        ``pack_dir`` are removed once the new version is switched in.
        """
        import shutil  # noqa: PLC0415

        pack, _problems = self.store.check(pack_dir, remember=False)
        version = pack.version if pack is not None else "0"
        work = self.paths.staging_dir / f"adopt-{token()}"
        work.mkdir()

        def ours(folder: str, names: builtins.list[str]) -> builtins.list[str]:
            return [n for n in names if is_ours(n)] if Path(folder) == pack_dir else []

        shutil.copytree(pack_dir, work / PACK_SUBDIR, symlinks=True, ignore=ours)
        _fsync_tree(work)
        step("adopted")
        name = f"v{version}-{token()}"
        os.rename(work, pack_dir / name)
        fsync_folder(pack_dir)
        return name

    def _trusted_signer(self, signer_key: str | None, settings: Settings, pack_id: str) -> str | None:
        name = trusted_name(signer_key, settings)
        if name is not None and not settings.may_sign(name, pack_id):
            raise PackRefused(
                msg(
                    "This pack ('{id}') is signed with the key '{name}', which this kiosk trusts only for "
                    "packs named {scope}.",
                    id=pack_id,
                    name=name,
                    scope=", ".join(settings.trusted_key_packs.get(name, ())) or "none",
                )
            )
        if name is None and settings.require_signed:
            if signer_key is None:
                raise PackRefused(msg("This pack is not signed, and this kiosk only accepts signed packs."))
            raise PackRefused(msg("This pack is signed with a key this kiosk does not trust."))
        return name

    def _check_staged(self, folder: Path, manifest: Manifest) -> Checked:
        """Validate the unpacked pack in a child process (time limit, cancel), then load it here."""
        from kiosk.core.content.reader import load_pack  # noqa: PLC0415

        identity, problems = check_in_child(folder, time_limit_s=self.time_limit_s, cancelled=self.cancelled)
        if identity is None or has_errors(problems):
            raise PackRefused(mistakes(manifest.id, problems))
        loaded = load_pack(folder, check_words=False)  # what the kiosk does at every start: quick
        pack = loaded.pack
        if pack is None or has_errors(loaded.problems):
            raise PackRefused(mistakes(manifest.id, loaded.problems))
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


def _fsync_tree(root: Path) -> None:
    """Make every file and folder under ``root`` durable (links are left as they are)."""
    for dirpath, _dirnames, filenames in os.walk(root):
        for name in filenames:
            path = Path(dirpath) / name
            if not path.is_symlink():
                _fsync_file(path)
        fsync_folder(Path(dirpath))


def _fsync_file(path: Path) -> None:
    if path.exists():
        with path.open("rb") as handle:
            os.fsync(handle.fileno())


def _same_files(version_dir: Path, manifest: Manifest, signature: bytes | None) -> bool:
    try:
        if (version_dir / MANIFEST_FILE).read_bytes() != manifest.raw:
            return False
        signed = version_dir / SIGNATURE_FILE
        installed = signed.read_bytes() if signed.exists() else None
    except OSError:
        return False
    return installed == signature and (version_dir / PACK_SUBDIR / PACK_FILE).is_file()
