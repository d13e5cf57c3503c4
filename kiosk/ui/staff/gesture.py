"""The hidden way into staff mode: press and hold the top-left corner of the screen for 3 seconds.

One application-wide event filter watches presses, so the hold works on every patient screen, with
a finger or a mouse (Qt turns an unhandled touch into mouse events). It only watches: a short tap
in the corner still does what it always did. Only when the hold succeeds is the lift of that
finger kept from the screen underneath, so it cannot also start a visit or click the button
under the finger.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QTimer, Signal, Slot
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.ui.widgets.swipe import global_pos

PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin})
MOVES = frozenset({QEvent.Type.MouseMove, QEvent.Type.TouchUpdate})
RELEASES = frozenset({QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel})


class CornerHold(QObject):
    """Emits ``held`` when a press in the top-left corner of ``window`` stays there for HOLD_MS.

    ``allowed()`` is asked when a press starts and when the hold ends (False while staff mode is
    already on screen, so the corner of a staff screen is just a corner).

    Signals:
        held(): the corner was held long enough; show the PIN pad.
    """

    held = Signal()

    HOLD_MS = 3000
    #: The corner is a square of this many logical pixels.
    CORNER_PX = 120
    #: A finger may wander this far while holding (logical pixels).
    SLOP_PX = 40

    def __init__(self, window: QWidget, allowed: Callable[[], bool] = lambda: True) -> None:
        super().__init__(window)
        self._window = window
        self._allowed = allowed
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._start: QPointF | None = None
        self._button: QAbstractButton | None = None
        self._swallow = False

    def is_holding(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        kind = event.type()
        if kind in PRESSES:
            self._on_press(watched, event)
        elif kind in MOVES:
            self._on_move(event)
        elif kind in RELEASES:
            if self._swallow and kind == QEvent.Type.MouseButtonRelease and isinstance(watched, QWidget):
                # The lift after a successful hold must not also start a visit on the attract screen.
                return True
            self._cancel()
        return False

    def _on_press(self, watched: QObject, event: QEvent) -> None:
        self._swallow = False
        if self._timer.isActive():
            return  # the same press on its way up to a parent widget, or a second finger
        position = global_pos(event)
        if position is None or not self._in_corner(watched, position) or not self._allowed():
            return
        self._start = position
        self._button = watched if isinstance(watched, QAbstractButton) else None
        self._timer.start(self.HOLD_MS)

    def _on_move(self, event: QEvent) -> None:
        if not self._timer.isActive() or self._start is None:
            return
        position = global_pos(event)
        if position is not None and (position - self._start).manhattanLength() > self.SLOP_PX:
            self._cancel()

    def _in_corner(self, watched: QObject, position: QPointF) -> bool:
        window = self._window
        if not isinstance(watched, QWidget) or not window.isVisible() or watched.window() is not window:
            return False
        local = window.mapFromGlobal(position)
        return 0 <= local.x() < self.CORNER_PX and 0 <= local.y() < self.CORNER_PX

    def _cancel(self) -> None:
        self._timer.stop()
        self._start = None
        self._button = None

    @Slot()
    def _fire(self) -> None:
        button, self._button = self._button, None
        self._start = None
        if not self._allowed() or not self._window.isVisible():
            return
        if button is not None:
            button.setDown(False)  # a released button that is not down does not click
        self._swallow = True
        self.held.emit()
