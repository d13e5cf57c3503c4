"""The hidden way into staff mode: press and hold the top corner away from "Start over" for 3 seconds.

The corner is the top right, or the top left in a right-to-left language (``widgets/corner.py``);
the patient's screens keep their controls well away from it. One application-wide event filter
watches presses, so the hold works on every patient screen, with a finger or a mouse.

For patients the corner is dead: a press there reaches no widget underneath (it does not start a
visit on the attract screen, or keep "Still there?"), and neither do its moves or its lift. Only
whoever keeps holding sees anything: after a second a small ring appears around the finger and
fills until the hold succeeds; it goes as soon as the finger lifts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from kiosk.ui.widgets.corner import CORNER_PX, SLOP_PX, in_corner
from kiosk.ui.widgets.swipe import global_pos

PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin})
MOVES = frozenset({QEvent.Type.MouseMove, QEvent.Type.TouchUpdate})
RELEASES = frozenset({QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel})


class HoldRing(QWidget):
    """A small ring around the holding finger, filled as far as the hold has come (0 to 1)."""

    #: Width and height of the ring, in logical pixels (a fingertip fits inside it).
    SIZE_PX = 112

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("HoldRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.resize(self.SIZE_PX, self.SIZE_PX)
        self._progress = 0.0
        self.hide()

    def progress(self) -> float:
        return self._progress

    def set_progress(self, progress: float) -> None:
        progress = min(1.0, max(0.0, progress))
        if progress != self._progress:
            self._progress = progress
            self.update()

    def show_at(self, local: QPoint) -> None:
        """Show the ring centred on ``local`` (the finger, in the parent's coordinates), kept on screen."""
        parent = self.parentWidget()
        half = self.SIZE_PX // 2
        x, y = local.x() - half, local.y() - half
        if parent is not None:
            x = min(max(0, x), max(0, parent.width() - self.SIZE_PX))
            y = min(max(0, y), max(0, parent.height() - self.SIZE_PX))
        self.move(x, y)
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A dark disc under a light ring: it shows on the light pages, the dark attract screen and
        # the black of high contrast alike.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 150))
        painter.drawEllipse(QRectF(self.rect()))
        width = 10.0
        box = QRectF(self.rect()).adjusted(width, width, -width, -width)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(255, 255, 255, 90), width))
        painter.drawEllipse(box)
        pen = QPen(QColor(255, 255, 255), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(box, 90 * 16, -round(360 * 16 * self._progress))  # clockwise from the top
        painter.end()


class CornerHold(QObject):
    """Emits ``held`` when a press in the staff corner of ``window`` stays there for HOLD_MS.

    ``allowed()`` is asked when a press starts and when the hold ends (False while staff mode is
    already on screen, so the corner of a staff screen is just a corner).

    Signals:
        held(): the corner was held long enough; staff mode may open.
    """

    #: What it is asked about (kiosk/ui/widgets/input_filters.py).
    INPUT_EVENTS = PRESSES | MOVES | RELEASES

    held = Signal()

    HOLD_MS = 3000
    #: The ring appears after this much holding, so a short tap shows nothing.
    RING_AFTER_MS = 1000
    #: How often the ring is redrawn while it fills.
    RING_TICK_MS = 40
    #: The corner is a square of this many logical pixels.
    CORNER_PX = CORNER_PX
    #: A finger may wander this far while holding (logical pixels).
    SLOP_PX = SLOP_PX

    def __init__(self, window: QWidget, allowed: Callable[[], bool] = lambda: True) -> None:
        super().__init__(window)
        self._window = window
        self._allowed = allowed
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._ring_timer = QTimer(self)
        self._ring_timer.setSingleShot(True)
        self._ring_timer.timeout.connect(self._show_ring)
        self._tick = QTimer(self)
        self._tick.setInterval(self.RING_TICK_MS)
        self._tick.timeout.connect(self._update_ring)
        self.ring = HoldRing(window)
        self._start: QPointF | None = None
        #: True from a press in the corner until the next press: its moves and lift reach no widget.
        self._owned = False

    def is_holding(self) -> bool:
        return self._timer.isActive()

    def ring_pending(self) -> bool:
        """Whether the ring is still to appear for the press being held."""
        return self._ring_timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        kind = event.type()
        if kind in PRESSES:
            return self._on_press(watched, event)
        if kind in MOVES:
            self._on_move(event)
            return self._owned
        if kind in RELEASES:
            self._cancel()
            return self._owned
        return False

    def _on_press(self, watched: QObject, event: QEvent) -> bool:
        if self._timer.isActive():
            return self._owned  # the same press on its way up to a parent widget, or a second finger
        self._owned = False
        position = global_pos(event)
        if position is None or not self._in_corner(watched, position) or not self._allowed():
            return False
        self._owned = True
        self._start = position
        self._timer.start(self.HOLD_MS)
        self._ring_timer.start(min(self.RING_AFTER_MS, self.HOLD_MS))
        return True

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
        return in_corner(window, window.mapFromGlobal(position).toPoint(), self.CORNER_PX)

    def _cancel(self) -> None:
        self._timer.stop()
        self._ring_timer.stop()
        self._tick.stop()
        self.ring.hide()
        self._start = None

    @Slot()
    def _show_ring(self) -> None:
        if self._start is None or not self._timer.isActive():
            return
        self.ring.show_at(self._window.mapFromGlobal(self._start).toPoint())
        self._update_ring()
        self._tick.start()

    @Slot()
    def _update_ring(self) -> None:
        if self._timer.isActive():
            self.ring.set_progress((self.HOLD_MS - self._timer.remainingTime()) / self.HOLD_MS)

    @Slot()
    def _fire(self) -> None:
        self._cancel()
        if not self._allowed() or not self._window.isVisible():
            return
        self.held.emit()
