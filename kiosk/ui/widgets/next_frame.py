"""Work that would hold a frame back waits until that frame is out.

A page turn posts its frame and, often, work for later (building the next pages, making codes).
Qt may run a zero-length timer before the frame's ``UpdateRequest``, so "later" could mean "before
the patient sees the page". :func:`after_next_frame` waits for the window's next frame instead,
with a fallback for a window that paints no frame. A window closed meanwhile gets nothing done.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

#: When no frame comes within this time, the work runs anyway.
FALLBACK_MS = 250


class _NextFrame(QObject):
    """Calls back once, just after the window's next frame is painted and out (or after the fallback)."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._done)
        self._fallback.start(FALLBACK_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        if event.type() == QEvent.Type.UpdateRequest:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._done)  # queued now, so it runs once this frame is painted
        return False

    @Slot()
    def _done(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._fallback.stop()
        self._window.removeEventFilter(self)
        self.deleteLater()
        if self._window.isVisible():  # a closed window has nothing to prepare for
            callback()


def after_next_frame(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` on the UI thread just after ``widget``'s window paints its next frame."""
    _NextFrame(widget.window(), callback)
