"""The frame round long text (a page, the result) that shows only while the keyboard is in it.

The text areas draw this frame themselves. A style sheet ``border`` or ``background`` on a scroll
area makes Qt (6.12) keep about 4.5 KB per widget that is never freed, and pages are built all
day. So the style sheet hands the frame's width, corner radius and colour to the widget as
properties (``qproperty-focusFrameWidth``, ``qproperty-focusFrameRadius``,
``qproperty-focusFrameColor``), and ``FocusFrame`` reserves the room and paints it: it takes the
area's own paint events (which only ever draw the frame) and repaints when the focus comes or goes.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QFrame


class FocusFrame(QObject):
    """The frame of one scroll area: room kept round the text, a rounded line drawn while focused."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self._area = area
        self.width = 0
        self.radius = 0
        self.color = QColor(Qt.GlobalColor.black)
        # A plain box as wide as the line: Qt keeps the text and the scroll bar inside it. Qt never
        # draws it (``paint`` replaces the area's own painting, which is only this frame).
        area.setFrameShape(QFrame.Shape.Box)
        area.setFrameShadow(QFrame.Shadow.Plain)
        area.setLineWidth(0)
        area.viewport().setAutoFillBackground(False)  # the screen's colour shows through
        area.installEventFilter(self)

    def set_width(self, width: int) -> None:
        if width != self.width:
            self.width = max(0, width)
            # The room is kept whether or not the frame shows, so the text never moves.
            self._area.setLineWidth(self.width)

    def set_radius(self, radius: int) -> None:
        self.radius = max(0, radius)
        self._area.update()

    def set_color(self, color: QColor) -> None:
        self.color = QColor(color)
        self._area.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        kind = event.type()
        if kind == QEvent.Type.Paint and watched is self._area:
            self.paint()
            return True  # instead of Qt's frame
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and watched is self._area:
            self._area.update()
        return False

    def paint(self) -> None:
        """Paint the area's frame: the line while the area has the focus, nothing otherwise."""
        area = self._area
        if not area.hasFocus() or self.width <= 0:
            return
        painter = QPainter(area)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.color, self.width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = self.width / 2
        painter.drawRoundedRect(QRectF(area.rect()).adjusted(half, half, -half, -half), self.radius, self.radius)
        painter.end()


def frame_properties() -> tuple[Property, Property, Property]:
    """The Qt properties ``focusFrameWidth``, ``focusFrameRadius`` and ``focusFrameColor`` of an area
    whose ``frame`` is a :class:`FocusFrame`, for its class body."""
    return (
        Property(int, lambda area: area.frame.width, lambda area, value: area.frame.set_width(value)),
        Property(int, lambda area: area.frame.radius, lambda area, value: area.frame.set_radius(value)),
        Property(QColor, lambda area: area.frame.color, lambda area, value: area.frame.set_color(value)),
    )
