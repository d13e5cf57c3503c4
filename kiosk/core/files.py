"""Writing the kiosk's own files so that a power cut never leaves half of one.

This is the one atomic writer and the one :func:`fsync_folder` of the kiosk: settings, the PIN
store, the health file, pack state and pack files are all written here. A write goes to a
temporary file beside its target (``.<name>-<8 characters>.tmp``), is flushed to the disk, then
renamed over the target, and the folder is flushed too. A temporary file left by an interrupted
write is never read; :func:`tidy_temporaries` removes it at the next start.
"""

from __future__ import annotations

import errno
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

#: The name :func:`write_atomically` gives its temporary files (``tempfile`` picks 8 characters).
TEMP_NAME = re.compile(r"^\..+-[A-Za-z0-9_]{8}\.tmp$")

Step = Callable[[str], None]


def write_atomically(
    path: Path,
    content: bytes | Callable[[IO[bytes]], None],
    *,
    mode: int | None = None,
    step: Step | None = None,
) -> None:
    """Replace ``path`` with ``content``: after a crash it holds the old bytes or the new, never a mix.

    ``content`` is the bytes themselves or a function that writes them to an open file. The file is
    private to its owner unless ``mode`` says otherwise. ``step`` is told ``"temporary written"``
    once the new bytes are on the disk and before they replace the old (tests interrupt there).
    """
    import tempfile  # noqa: PLC0415  (3 ms to import: kept off the way to the first frame)

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w+b") as handle:
            if isinstance(content, bytes):
                handle.write(content)
            else:
                content(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        if step is not None:
            step("temporary written")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


#: A folder's fsync failing with these only means the file system cannot flush folders (nothing was lost).
_CANNOT_FLUSH_FOLDERS = frozenset({errno.EINVAL, errno.ENOTSUP, errno.EBADF, errno.EACCES, errno.EPERM})


def fsync_folder(folder: Path) -> None:
    """Make a folder's list of names durable (POSIX); a no-op where folders cannot be opened or flushed.

    A full disk or an I/O error while flushing is raised: the change it belongs to did not land.
    """
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as err:
        if err.errno not in _CANNOT_FLUSH_FOLDERS:
            raise
    finally:
        os.close(fd)


def is_temporary(name: str) -> bool:
    """A name :func:`write_atomically` gives its temporary files."""
    return bool(TEMP_NAME.match(name))


def tidy_temporaries(folder: Path) -> int:
    """Remove the temporary files interrupted writes left in ``folder``; how many. Never raises."""
    removed = 0
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.is_file(follow_symlinks=False)]
    except OSError:
        return 0
    for name in names:
        if is_temporary(name):
            try:
                (folder / name).unlink()
            except OSError:
                continue
            removed += 1
    if removed:
        log.info("removed %d temporary files left by interrupted writes in %s", removed, folder)
    return removed
