"""Slow staff work (reading and installing packs) on a worker thread, so the screen stays alive."""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from kiosk.core.install.refused import PackRefused
from kiosk.core.logs import describe_error
from kiosk.core.messages import Message
from kiosk.ui.staff.core_messages import translate_all

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(int, object)
    # The reasons as the core gave them (kiosk.core.messages.Message), translated on the UI thread.
    refused = Signal(int, object)
    # A file could not be read or written (its reason), or "" for an unexpected error.
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.number = number
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except PackRefused as err:
            self.signals.refused.emit(self.number, list(err.messages))
        except OSError as err:
            log.warning("staff job failed: %s", err)
            self.signals.failed.emit(self.number, err.strerror or str(err) or type(err).__name__)
        except Exception as err:
            # Where it failed goes to the log (never its message: see kiosk.core.logs), nothing to the screen.
            log.error("staff job failed: %s", describe_error(type(err), err.__traceback__))
            self.signals.failed.emit(self.number, "")
        else:
            self.signals.done.emit(self.number, result)


class JobRunner(QObject):
    """Runs one piece of work at a time on its own thread; the answer comes back on the UI thread.

    Signals:
        busy_changed(bool): work started (True) or every piece of work has finished (False).
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.refused.connect(self._on_refused)
        self._signals.failed.connect(self._on_failed)
        self._numbers = itertools.count(1)
        self._waiting: dict[int, tuple[_Job, Callable[[Any], None], Callable[[list[str]], None]]] = {}

    @property
    def busy(self) -> bool:
        return bool(self._waiting)

    def run(
        self, work: Callable[[], Any], on_done: Callable[[Any], None], on_refused: Callable[[list[str]], None]
    ) -> None:
        """Call ``work()`` on the worker thread, then ``on_done(result)`` or ``on_refused(reasons)`` here.

        The reasons are sentences in the screen's language, one per problem.
        """
        number = next(self._numbers)
        job = _Job(number, work, self._signals)
        was_busy = self.busy
        self._waiting[number] = (job, on_done, on_refused)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(job)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (used when the kiosk closes)."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object)
    def _on_done(self, number: int, result: object) -> None:
        entry = self._finish(number)
        if entry is not None:
            entry[1](result)

    @Slot(int, object)
    def _on_refused(self, number: int, messages: list[Message]) -> None:
        self._refuse(number, translate_all(messages))

    def _refuse(self, number: int, reasons: list[str]) -> None:
        entry = self._finish(number)
        if entry is not None:
            entry[2](reasons)

    @Slot(int, str)
    def _on_failed(self, number: int, reason: str) -> None:
        if reason:
            text = self.tr(
                "A file could not be read or written ({reason}). If it is on a USB stick, "
                "check that the stick is still plugged in, then try again."
            ).format(reason=reason)
        else:
            text = self.tr("Something went wrong, and nothing was changed. The details are in the kiosk's log.")
        self._refuse(number, [text])

    def _finish(self, number: int) -> tuple[_Job, Callable[[Any], None], Callable[[list[str]], None]] | None:
        entry = self._waiting.pop(number, None)
        if not self._waiting:
            self.busy_changed.emit(False)
        return entry


class InstallControl(QObject):
    """What an install on the worker thread tells the screen (its stages), and how staff stop it.

    ``stage`` is emitted on the worker thread and delivered on the UI thread (a queued signal).
    """

    stage = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def report(self, message: Message) -> None:
        self.stage.emit(message)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()
