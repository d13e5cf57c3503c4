"""Leases on installed versions: a running kiosk holds the version it shows, and tidying skips it.

A lease is a shared lock (``flock``) on ``packs/.leases/<id>@<version folder>``, held by the
kiosk for as long as it runs. Whoever wants to delete a version folder (an install that replaces
two versions back, tidying at start, ``kiosk pack remove``) first takes the same file's lock
exclusively without waiting: if any kiosk holds it, the folder stays. Where there is no
``flock`` (Windows) nothing is ever removed while it could be in use: :func:`in_use` then says
True for every version a lease file names.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

LEASE_DIR = ".leases"

_held: dict[Path, IO[bytes]] = {}
_held_lock = threading.Lock()


def lease_file(pack_dir: Path, version_dir: str) -> Path:
    """The lease file of ``packs/<id>/<version_dir>`` (outside every pack folder)."""
    return pack_dir.parent / LEASE_DIR / f"{pack_dir.name}@{version_dir}"


def hold(pack_dir: Path, version_dir: str) -> bool:
    """Hold a lease on ``pack_dir/version_dir`` for the rest of this process; False if it cannot be taken."""
    path = lease_file(pack_dir, version_dir)
    with _held_lock:
        if path in _held:
            return True
        for _attempt in range(3):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                handle = path.open("a+b")
            except OSError as err:
                log.warning("cannot hold the version in use (%s): %s", path.name, err.strerror or type(err).__name__)
                return False
            if _lock(handle, shared=True, wait=True) and _still_there(handle, path):
                _held[path] = handle
                return True
            handle.close()  # tidied away between open and lock: take a fresh one
        return False


def release_all() -> None:
    """Give up every lease this process holds (tests; a kiosk keeps its leases until it exits)."""
    with _held_lock:
        for handle in _held.values():
            handle.close()
        _held.clear()


@contextmanager
def unused(pack_dir: Path, version_dir: str) -> Iterator[bool]:
    """While the block runs, True if no kiosk holds ``version_dir`` (and none can take it meanwhile)."""
    path = lease_file(pack_dir, version_dir)
    if os.name != "posix":
        yield not path.exists()
        return
    try:
        handle = path.open("a+b")
    except FileNotFoundError:
        yield True  # no lease folder: nobody ever held one
        return
    except OSError:
        yield False
        return
    with handle:
        free = _lock(handle, shared=False, wait=False)
        try:
            yield free
        finally:
            if free:
                path.unlink(missing_ok=True)  # a lease of a removed version is no use to anyone


def _lock(handle: IO[bytes], *, shared: bool, wait: bool) -> bool:
    if os.name != "posix":
        return True
    import fcntl  # noqa: PLC0415

    try:
        fcntl.flock(handle.fileno(), (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    except OSError:
        return not wait
    return True


def _still_there(handle: IO[bytes], path: Path) -> bool:
    try:
        return os.fstat(handle.fileno()).st_ino == path.stat().st_ino
    except OSError:
        return False
