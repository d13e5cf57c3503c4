"""The one exception hook: log where it happened (never what it said), then put the kiosk back on its start screen."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.logs import describe_error

log = logging.getLogger(__name__)


def install_exception_hook(window: QWidget, on_error: Callable[[], None] | None = None) -> None:
    """Uncaught errors are logged and the kiosk returns to the attract screen, never a dialog.

    ``on_error`` is told about each error (the health file records when the last one happened).
    """

    def hook(kind: type[BaseException], _error: BaseException | None, tb: TracebackType | None) -> None:
        # The type and code locations only: an exception's message may hold a patient's answer.
        log.critical("unexpected error; returning to the start screen: %s", describe_error(kind, tb))
        if on_error is not None:
            try:
                on_error()
            except Exception as err:
                log.critical("could not record the error: %s", describe_error(type(err), err.__traceback__))
        reset = getattr(window, "return_to_start", None)
        if reset is not None:
            try:
                reset()
            except Exception as err:
                log.critical("could not return to the start screen: %s", describe_error(type(err), err.__traceback__))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        # Never printed to stderr (the journal) with its message; the kiosk itself carries on.
        log.critical("unexpected error in a background thread: %s", describe_error(args.exc_type, args.exc_traceback))

    sys.excepthook = hook
    threading.excepthook = thread_hook


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # once this frame has been flushed
            self.deleteLater()
        return False


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once, as soon as ``window`` has painted its first frame."""
    window.installEventFilter(_FirstPaint(window, then))


def exit_after_first_paint(window: QWidget, report: Callable[[], None]) -> None:
    """Call ``report`` once the window has painted its first frame, then quit."""

    def report_and_quit() -> None:
        report()
        QApplication.exit(0)

    after_first_paint(window, report_and_quit)
