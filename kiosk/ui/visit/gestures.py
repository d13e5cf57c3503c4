"""Two fingers held still on the screen: the gesture that starts speech mode without sight.

A sighted patient does not hold two fingers still for two seconds by chance; a patient who cannot
see can make it anywhere, without finding a control first. The touches reach the window's
``QWindow`` whole (every finger), before Qt makes mouse events for widgets from the first one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QTimer, Signal, Slot
from PySide6.QtGui import QTouchEvent


class TwoFingerHold(QObject):
    """Says when two fingers have been held on the screen for ``HOLD_MS`` without wandering.

    Signals:
        held(): the hold is complete.
    """

    held = Signal()

    #: How long the two fingers are held (milliseconds).
    HOLD_MS = 2000
    #: How far the fingers may wander during the hold (logical pixels).
    SLOP_PX = 60

    def __init__(self, parent: QObject | None = None, *, allowed: Callable[[], bool] = lambda: True) -> None:
        super().__init__(parent)
        self._allowed = allowed
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._at: list[QPointF] = []

    def watch(self, event: QTouchEvent) -> None:
        """Every touch event of the window, as it comes."""
        if not self._allowed():
            return
        held = [p for p in event.points() if p.state() != p.State.Released]
        if event.type() in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel) or len(held) < 2:
            self._timer.stop()
            self._at = []
            return
        where = [p.globalPosition() for p in held[:2]]
        if not self._at:
            self._at = where
            self._timer.start(self.HOLD_MS)
            return
        moved = max(QPointF(a - b).manhattanLength() for a, b in zip(where, self._at, strict=True))
        if moved > self.SLOP_PX:  # the fingers moved on: a swipe or a pinch, not a hold
            self._at = where
            self._timer.start(self.HOLD_MS)

    @Slot()
    def _on_timeout(self) -> None:
        self._at = []
        self.held.emit()
