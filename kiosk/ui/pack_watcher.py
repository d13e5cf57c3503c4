"""``kiosk preview``'s watcher: checks a pack folder off the UI thread whenever a file in it is saved.

watchfiles (the operating system's change notices, through a Rust library) waits for saves; the
pack is then read and validated on this thread too, so the window only ever draws the result.
Saves within :data:`DEBOUNCE_MS` of each other are taken as one.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from kiosk.core.content.model import ContentPack
from kiosk.core.content.reader import load_pack
from kiosk.core.content.validate import Report, validate_pack
from kiosk.core.problems import Problem, has_errors

log = logging.getLogger(__name__)

#: Changes this close together are one save (an editor writes a file in several steps).
DEBOUNCE_MS = 150
#: How often the watcher looks at its stop flag, and reports that it is watching.
STEP_MS = 50
TIMEOUT_MS = 200


@dataclass(frozen=True)
class Checked:
    """One look at the pack: what can be shown, every problem, and the files that changed."""

    #: The pack when the kiosk itself would show it (it loads without errors); else None.
    pack: ContentPack | None
    report: Report
    changed: tuple[Path, ...]


def check(root: Path, changed: tuple[Path, ...] = ()) -> Checked:
    """Read and validate the pack at ``root`` (Qt-free work, run on the watcher's thread)."""
    loaded = load_pack(root, check_words=False)
    showable = loaded.pack if loaded.pack is not None and not has_errors(loaded.problems) else None
    return Checked(showable, validate_pack(root), changed)


def safe_check(root: Path, changed: tuple[Path, ...] = ()) -> Checked:
    """:func:`check`, or one problem saying the checker stopped: a save must never end the watching."""
    try:
        return check(root, changed)
    except Exception as err:  # a checker bug on an author's odd file is reported, not fatal
        log.exception("checking %s failed", root)
        problem = Problem("", None, f"the pack could not be checked ({type(err).__name__}: {err}); save again")
        return Checked(None, Report(None, [problem]), changed)


class PackWatcher(QThread):
    """Signals:
    checked(Checked): the pack was read and checked (once at start, then after every save).
    watching(): the watcher is running; saves from now on are seen.
    failed(str): the folder cannot be watched (it was removed, or cannot be read).
    """

    checked = Signal(object)
    watching = Signal()
    failed = Signal(str)

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root
        self._stop = threading.Event()

    def run(self) -> None:
        import watchfiles  # noqa: PLC0415  (only kiosk preview watches files)

        self.checked.emit(safe_check(self.root))
        announced = False
        try:
            for changes in watchfiles.watch(
                self.root,
                debounce=DEBOUNCE_MS,
                step=STEP_MS,
                rust_timeout=TIMEOUT_MS,
                yield_on_timeout=True,
                stop_event=self._stop,
                raise_interrupt=False,
            ):
                if not announced:
                    announced = True
                    self.watching.emit()
                if changes:
                    self.checked.emit(safe_check(self.root, tuple(Path(path) for _change, path in changes)))
        except (OSError, RuntimeError) as err:
            log.warning("cannot watch %s: %s", self.root, err)
            self.failed.emit(str(err))

    def stop(self) -> None:
        """Stop watching and wait for the thread to end."""
        self._stop.set()
        self.wait()
