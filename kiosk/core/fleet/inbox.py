"""Taking content packs from the inbox folder, each once it is whole and has stopped changing.

A file is looked at only when it has kept the same size, time and inode for :data:`SETTLE_S`
between two scans; Syncthing's temporary files, hidden files, links and folders are never
looked at. Its kind is read from its first bytes (a name means nothing). A pack is copied into
the kiosk's own data folder, hashed as it is copied, and installed from that copy exactly as
from "Import from USB" (:class:`~kiosk.core.install.installer.PackInstaller`: every hash, the
signature when signing is required); if the file changed while it was copied, the copy is
dropped and the file waits for the next scan. A file cut short simply fails to install, and is
tried again once it changes (or after :data:`RETRY_S`).

What became of each file is kept in ``fleet-inbox.json`` in the data folder, so a pack installed
once is not unpacked again at every scan or start; the result goes to the outbox
(:mod:`kiosk.core.fleet.outbox`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.core import alerts
from kiosk.core.files import write_atomically
from kiosk.core.fleet import outbox
from kiosk.core.install.manifest import CHUNK_BYTES, MAX_UNPACKED_BYTES, SUFFIX, plain_size
from kiosk.core.install.refused import PackRefused
from kiosk.core.messages import Message, msg
from kiosk.core.paths import DataPaths
from kiosk.core.settings import Settings

log = logging.getLogger(__name__)

#: A file must look the same (size, time, inode) for this long before it is read.
SETTLE_S = 5.0
#: A file refused with the same bytes is tried again after this long (a full disk may have been
#: cleared, a key trusted, the clock put right).
RETRY_S = 3600.0
#: Names looked at in one scan, and packs installed in one scan (the rest wait for the next).
MAX_NAMES = 2000
MAX_FILES = 200
MAX_INSTALLS = 3
#: The largest file taken: a pack unpacks to at most MAX_UNPACKED_BYTES, and zip adds a little.
MAX_FILE_BYTES = MAX_UNPACKED_BYTES + 50_000_000
#: The first bytes of a zip file, which a .kpack is.
ZIP_MAGIC = b"PK\x03\x04"
#: Syncthing's temporary files while it receives a file (``.syncthing.NAME.tmp`` on Linux and
#: macOS, ``~syncthing~NAME.tmp`` on Windows).
SYNCTHING_TEMPORARY = re.compile(r"^(\.syncthing\..*|~syncthing~.*)\.tmp$", re.IGNORECASE | re.DOTALL)
RECORD_FILE = "fleet-inbox.json"
INCOMING_DIR = "fleet-incoming"
MAX_RECORD_BYTES = 2_000_000
RECORD_FORMAT = 1

INSTALLED = "installed"
ALREADY_INSTALLED = "already-installed"
REFUSED = "refused"
NOT_A_PACK = "not-a-pack"
#: What :meth:`InboxScanner._take` says when a file is still arriving, or holds what it held.
WAIT = "wait"
SAME = "same"


def is_ignored(name: str) -> bool:
    """Names the inbox never reads: hidden ones (Syncthing's ``.stfolder``, ``.stignore`` and its
    temporary files among them) and Syncthing's Windows temporary files."""
    return name.startswith(".") or bool(SYNCTHING_TEMPORARY.match(name))


def _utc_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Look:
    """What a file looked like at a scan: it is whole once this stops changing."""

    size: int
    mtime_ns: int
    inode: int

    @classmethod
    def of(cls, result: os.stat_result) -> Look:
        return cls(result.st_size, result.st_mtime_ns, result.st_ino)


@dataclass(frozen=True)
class Outcome:
    """What became of one inbox file."""

    name: str
    status: str
    sha256: str
    at: str
    pack_id: str | None = None
    version: str | None = None
    signed_by: str | None = None
    reasons: tuple[Message, ...] = ()

    def as_json(self, kiosk: str) -> dict[str, Any]:
        """The result file written to the outbox (docs/fleet.md)."""
        return {
            "format": 1,
            "kind": "inbox-result",
            "kiosk": kiosk,
            "file": self.name,
            "sha256": self.sha256,
            "checked_at": self.at,
            "outcome": self.status,
            "pack": None if self.pack_id is None else {"id": self.pack_id, "version": self.version},
            "signed_by": self.signed_by,
            "reasons": [str(reason) for reason in self.reasons],
        }


@dataclass
class ScanReport:
    """What one scan did."""

    outcomes: list[Outcome] = field(default_factory=list)
    #: Files seen that are still changing, or were left for the next scan: scan again soon.
    waiting: int = 0
    #: Why the folder could not be read, None when it could.
    problem: Message | None = None

    @property
    def installed(self) -> list[str]:
        """The ids of the packs this scan installed (a new version, or a pack new to the kiosk)."""
        return [o.pack_id for o in self.outcomes if o.status == INSTALLED and o.pack_id is not None]


@dataclass
class _Done:
    look: Look
    sha256: str
    status: str
    trust: str
    at: str
    pack_id: str | None
    version: str | None
    #: time.monotonic() when it was decided (refused files are tried again after RETRY_S).
    decided: float = 0.0


Installer = Callable[[Path, Settings], tuple[str, str, str | None, bool]]


class InboxScanner:
    """Scans one inbox folder (call :meth:`scan` again and again: every 30 s and when it changes).

    Not thread-safe: one scan at a time (the kiosk runs them on one worker thread).
    """

    def __init__(
        self,
        paths: DataPaths,
        *,
        install: Installer | None = None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = _now,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        """``install`` installs a pack file and returns (id, version, signer, already installed), or
        raises PackRefused; by default :class:`PackInstaller` on the kiosk's own pack store.
        ``cancelled()`` True (the kiosk is closing) stops an install and the scan; the file waits."""
        self.paths = paths
        self.cancelled = cancelled
        self._install = install or _store_installer(paths, cancelled)
        self.clock = clock
        self.now = now
        self._seen: dict[str, tuple[Look, float]] = {}
        self._done: dict[str, _Done] = _read_record(paths)
        for leftover in _children(self.incoming):  # copies an interrupted scan left
            _remove_tree(leftover)

    @property
    def record_file(self) -> Path:
        return self.paths.data_dir / RECORD_FILE

    @property
    def incoming(self) -> Path:
        """Where a file is copied to be installed (never the pack store's staging, which installs empty)."""
        return self.paths.data_dir / INCOMING_DIR

    def results(self) -> list[dict[str, Any]]:
        """What became of each file in the inbox, newest first (for the status report)."""
        done = sorted(self._done.items(), key=lambda item: item[1].at, reverse=True)
        return [
            {
                "file": name,
                "outcome": d.status,
                "checked_at": d.at,
                "pack": None if d.pack_id is None else {"id": d.pack_id, "version": d.version},
            }
            for name, d in done[:50]
        ]

    def scan(self, inbox: Path, settings: Settings, out: Path | None = None) -> ScanReport:
        """Install every pack file in ``inbox`` that is whole and new; write each result to ``out``."""
        report = ScanReport()
        names = self._names(inbox, report)
        if names is None:
            self._tell_staff(report)
            return report
        trust = _trust(settings)
        installs = 0
        for name in names:
            if self.cancelled():
                break
            path = inbox / name
            try:
                look = Look.of(path.lstat())
            except OSError:
                continue
            if not self._whole(name, look, trust, report):
                continue
            if installs >= MAX_INSTALLS:
                report.waiting += 1
                continue
            outcome = self._take(path, look, settings, trust)
            if outcome == WAIT:
                report.waiting += 1
                continue
            if not isinstance(outcome, Outcome):
                continue
            installs += outcome.status in (INSTALLED, ALREADY_INSTALLED, REFUSED)
            report.outcomes.append(outcome)
            if out is not None:
                self._deliver(out, settings, outcome)
        self._forget_missing(set(names))
        self._save_record()
        self._tell_staff(report)
        return report

    # -- which files ---------------------------------------------------------------------------

    def _names(self, inbox: Path, report: ScanReport) -> list[str] | None:
        """The ordinary files in ``inbox`` (no links, folders or ignored names), sorted; None when
        the folder cannot be read."""
        found: list[str] = []
        try:
            with os.scandir(inbox) as entries:
                for count, entry in enumerate(entries):
                    if count >= MAX_NAMES:
                        break
                    if is_ignored(entry.name):
                        continue
                    try:
                        if entry.is_file(follow_symlinks=False):
                            found.append(entry.name)
                    except OSError:
                        continue
        except OSError as err:
            report.problem = msg(
                "The kiosk cannot read its inbox folder {folder} ({reason}). Check the folder, or the "
                "USB stick or network share it is on.",
                folder=str(inbox),
                reason=err.strerror or str(err),
            )
            return None
        return sorted(found)[:MAX_FILES]

    def _whole(self, name: str, look: Look, trust: str, report: ScanReport) -> bool:
        """Whether ``name`` is new (or changed) and has looked the same for SETTLE_S."""
        done = self._done.get(name)
        if done is not None and done.look == look:
            # Unchanged since it was decided (so whole): a refusal is tried again when what refused it
            # may have changed, or after a while.
            return done.status == REFUSED and (done.trust != trust or self.clock() - done.decided >= RETRY_S)
        now = self.clock()
        seen = self._seen.get(name)
        if seen is None or seen[0] != look:
            self._seen[name] = (look, now)
            report.waiting += 1
            return False
        if now - seen[1] < SETTLE_S:
            report.waiting += 1
            return False
        return True

    def _forget_missing(self, names: set[str]) -> None:
        """A file taken out of the inbox is forgotten: put back, it is looked at again."""
        for table in (self._seen, self._done):
            for name in [n for n in table if n not in names]:
                del table[name]

    # -- taking one file -----------------------------------------------------------------------

    def _take(self, path: Path, look: Look, settings: Settings, trust: str) -> Outcome | str:
        """Copy, check and install one file: what became of it, or :data:`WAIT` when it changed
        meanwhile (it waits for the next scan), or :data:`SAME` when it holds the bytes it held."""
        name = path.name
        stamp = _utc_stamp(self.now())
        if look.size > MAX_FILE_BYTES:
            big = msg("'{name}' is larger than {size}; it is not taken.", name=name, size=plain_size(MAX_FILE_BYTES))
            return self._decided(name, look, trust, Outcome(name, REFUSED, "", stamp, reasons=(big,)))
        # Named as in the inbox, so that every reason the installer gives names the file staff know.
        copy = self.incoming / os.urandom(4).hex() / name
        try:
            taken = _copy(path, look, copy)
        except OSError as err:
            _remove(copy)
            log.warning("inbox: cannot copy %s (%s); it is tried again at the next scan", name, err.strerror or err)
            return WAIT
        try:
            if taken is None:  # changed while it was read: still arriving
                return WAIT
            digest, is_zip = taken
            try:
                if Look.of(path.lstat()) != look:
                    return WAIT
            except OSError:
                return WAIT
            done = self._done.get(name)
            if done is not None and done.sha256 == digest and done.status != REFUSED:
                done.look = look  # the same bytes, touched or copied again: nothing to do
                self._seen.pop(name, None)
                return SAME
            if not is_zip:
                other = msg("'{name}' is not a content-pack file, or it is damaged.", name=name)
                return self._decided(name, look, trust, Outcome(name, NOT_A_PACK, digest, stamp, reasons=(other,)))
            installed = self._install_copy(name, copy, digest, stamp, settings)
            return WAIT if installed is None else self._decided(name, look, trust, installed)
        finally:
            _remove(copy)

    def _install_copy(self, name: str, copy: Path, digest: str, stamp: str, settings: Settings) -> Outcome | None:
        """What installing the copy did; None when it was stopped because the kiosk is closing."""
        try:
            pack_id, version, signed_by, already = self._install(copy, settings)
        except PackRefused as refused:
            if self.cancelled():
                return None
            log.warning("inbox: %s was not installed: %s", name, refused)
            return Outcome(name, REFUSED, digest, stamp, reasons=tuple(refused.messages))
        status = ALREADY_INSTALLED if already else INSTALLED
        log.info("inbox: %s: %s %s version %s", name, status, pack_id, version)
        return Outcome(name, status, digest, stamp, pack_id, version, signed_by)

    def _decided(self, name: str, look: Look, trust: str, outcome: Outcome) -> Outcome:
        self._seen.pop(name, None)
        self._done[name] = _Done(
            look, outcome.sha256, outcome.status, trust, outcome.at, outcome.pack_id, outcome.version, self.clock()
        )
        return outcome

    def _deliver(self, out: Path, settings: Settings, outcome: Outcome) -> None:
        kiosk = outbox.kiosk_id(settings)
        try:
            outbox.write_result(out, kiosk, outcome.name, outcome.as_json(kiosk))
        except OSError as err:
            log.warning("inbox: cannot write the result of %s to %s (%s)", outcome.name, out, err.strerror or err)

    def _tell_staff(self, report: ScanReport) -> None:
        """Staff mode (and health.json) say when the folder cannot be read or a file was refused."""
        if report.problem is not None:
            alerts.report(alerts.FLEET, report.problem)
            return
        refused = sorted((d.at, name) for name, d in self._done.items() if _worth_telling(name, d.status))
        if refused:
            alerts.report(
                alerts.FLEET,
                msg(
                    "'{name}' in the inbox folder was not installed. Its result in the outbox folder says why.",
                    name=refused[-1][1],
                ),
            )
        else:
            alerts.clear(alerts.FLEET)

    # -- what was done, across starts ----------------------------------------------------------

    def _save_record(self) -> None:
        files = {
            name: {
                "size": d.look.size,
                "mtime_ns": d.look.mtime_ns,
                "inode": d.look.inode,
                "sha256": d.sha256,
                "status": d.status,
                "trust": d.trust,
                "at": d.at,
                "pack": d.pack_id,
                "version": d.version,
            }
            for name, d in self._done.items()
        }
        raw = (json.dumps({"format": RECORD_FORMAT, "files": files}, indent=1) + "\n").encode("utf-8")
        try:
            if self.record_file.read_bytes() == raw:
                return
        except OSError:
            pass
        try:
            write_atomically(self.record_file, raw)
        except OSError as err:
            log.warning("inbox: cannot keep its record in %s (%s)", self.record_file, err.strerror or err)


def _copy(path: Path, look: Look, target: Path) -> tuple[str, bool] | None:
    """Copy ``path`` to ``target``, hashing it: (sha256, starts like a zip), or None when the file
    is not the one looked at (it changed, or is not an ordinary file any more)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as src:
        opened = os.fstat(src.fileno())
        if not stat.S_ISREG(opened.st_mode) or Look.of(opened) != look:
            return None
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        head = b""
        size = 0
        with target.open("wb") as dst:
            while chunk := src.read(CHUNK_BYTES):
                if not head:
                    head = chunk[: len(ZIP_MAGIC)]
                size += len(chunk)
                if size > look.size:
                    return None  # growing
                digest.update(chunk)
                dst.write(chunk)
        if size != look.size:
            return None
    return digest.hexdigest(), head == ZIP_MAGIC


def _worth_telling(name: str, status: str) -> bool:
    """A refused pack, or a file named like a pack that is none (a note beside the packs is not news)."""
    return status == REFUSED or (status == NOT_A_PACK and name.lower().endswith(SUFFIX))


def _children(folder: Path) -> list[Path]:
    try:
        return [Path(entry.path) for entry in os.scandir(folder) if entry.is_dir(follow_symlinks=False)]
    except OSError:
        return []


def _remove(copy: Path) -> None:
    """Remove a copy and the folder of its own it was made in."""
    _remove_tree(copy.parent)


def _remove_tree(folder: Path) -> None:
    import shutil  # noqa: PLC0415

    shutil.rmtree(folder, ignore_errors=True)


def _trust(settings: Settings) -> str:
    """What decides whether a refused pack might now be taken: signing, the trusted keys, the kiosk's version."""
    data = [
        __version__,
        settings.require_signed,
        sorted(settings.trusted_keys.items()),
        sorted((k, list(v)) for k, v in settings.trusted_key_packs.items()),
    ]
    return hashlib.sha256(json.dumps(data).encode("utf-8")).hexdigest()[:16]


def _store_installer(paths: DataPaths, cancelled: Callable[[], bool] | None = None) -> Installer:
    def install(kpack: Path, settings: Settings) -> tuple[str, str, str | None, bool]:
        from kiosk.core.install.installer import PackInstaller  # noqa: PLC0415  (zipfile and cryptography)
        from kiosk.core.install.store import PackStore  # noqa: PLC0415

        installed = PackInstaller(PackStore(paths), cancelled=cancelled).install(kpack, settings)
        info = installed.info
        return info.id, info.version, info.signed_by, installed.already_installed

    return install


def _read_record(paths: DataPaths) -> dict[str, _Done]:
    """What earlier runs did with the inbox's files; nothing when the record is missing or damaged
    (every file is then looked at again: installing the same version twice changes nothing)."""
    path = paths.data_dir / RECORD_FILE
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_RECORD_BYTES + 1)
        data = json.loads(raw) if len(raw) <= MAX_RECORD_BYTES else None
    except (OSError, ValueError, RecursionError):
        return {}
    files = data.get("files") if isinstance(data, dict) and data.get("format") == RECORD_FORMAT else None
    if not isinstance(files, dict):
        return {}
    done: dict[str, _Done] = {}
    for name, entry in list(files.items())[:MAX_FILES]:
        try:
            look = Look(int(entry["size"]), int(entry["mtime_ns"]), int(entry["inode"]))
            status = str(entry["status"])
            done[str(name)] = _Done(
                look,
                str(entry["sha256"]),
                status,
                str(entry["trust"]),
                str(entry["at"]),
                entry["pack"] if isinstance(entry.get("pack"), str) else None,
                entry["version"] if isinstance(entry.get("version"), str) else None,
                # A refusal from an earlier run is tried once more now.
                float("-inf"),
            )
        except (KeyError, TypeError, ValueError):
            continue
    return done
