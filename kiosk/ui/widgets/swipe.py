"""Horizontal swipes over an area of the window, seen by one application-wide event filter.

An application filter sees presses before the kinetic scroller of a page takes them, so a
swipe is noticed wherever on the page it starts, and vertical drags still scroll the text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QWidget


class SwipeDetector(QObject):
    """Emits ``swiped_left`` / ``swiped_right`` for a quick sideways drag over ``area``, and
    ``swiped_forward`` / ``swiped_back`` for what that drag means in the area's reading direction.

    Left to right, the next page lies to the right: a finger moving right-to-left pulls it in. Right
    to left (Arabic, Hebrew) the book is mirrored: the next page comes from the left, so a finger
    moving left-to-right goes forward.

    Signals:
        swiped_left(): finger moved right-to-left.
        swiped_right(): finger moved left-to-right.
        swiped_forward(): the drag that turns to the next page in the area's layout direction.
        swiped_back(): the drag that turns back to the previous page.
    """

    #: What it is asked about (kiosk/ui/widgets/input_filters.py).
    INPUT_EVENTS = frozenset(
        {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd}
    )

    swiped_left = Signal()
    swiped_right = Signal()
    swiped_forward = Signal()
    swiped_back = Signal()

    MIN_DISTANCE = 120  # logical pixels
    DOMINANCE = 1.8  # sideways distance must beat vertical distance by this much

    def __init__(self, area: QWidget) -> None:
        super().__init__(area)
        self._area = area
        self._start: QPointF | None = None

    def _inside(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and (watched is self._area or self._area.isAncestorOf(watched))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            if self._area.isVisible() and self._inside(watched):
                self._start = global_pos(event)
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd) and self._start is not None:
            end = global_pos(event)
            start, self._start = self._start, None
            if end is not None and start is not None:
                self._judge(end.x() - start.x(), end.y() - start.y())
        return False

    def _judge(self, dx: float, dy: float) -> None:
        if abs(dx) < self.MIN_DISTANCE or abs(dx) < abs(dy) * self.DOMINANCE:
            return
        leftwards = dx < 0
        if leftwards:
            self.swiped_left.emit()
        else:
            self.swiped_right.emit()
        if leftwards != self._area.isRightToLeft():
            self.swiped_forward.emit()
        else:
            self.swiped_back.emit()


def global_pos(event: QEvent) -> QPointF | None:
    """Where a mouse press or the first finger of a touch is, on the screen."""
    if isinstance(event, QMouseEvent):
        return event.globalPosition()
    if isinstance(event, QTouchEvent) and event.points():
        return event.points()[0].globalPosition()
    return None
