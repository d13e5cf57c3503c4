"""Flick scrolling for a scroll area's viewport, fed by the mouse events of the viewport and its children.

``QScroller.grabGesture`` registers a new gesture recognizer for every viewport it is given,
and PySide6 turns each new gesture id into a new Python enum class that is never freed: about
3 KB for every page or question screen ever built, which adds up on a kiosk that runs for
weeks. Feeding the scroller with ``handleInput`` gives the same flick without any recognizer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QScroller, QWidget

_INPUTS = {
    QEvent.Type.MouseButtonPress: QScroller.Input.InputPress,
    QEvent.Type.MouseMove: QScroller.Input.InputMove,
    QEvent.Type.MouseButtonRelease: QScroller.Input.InputRelease,
}


class KineticScroll(QObject):
    """Drags and flicks with a finger (or the left mouse button) scroll ``viewport``.

    A press that turns into a drag is not also a tap: the button under the finger lets go,
    and the release is kept from the widget (so a link or an answer is not chosen by scrolling).
    Application-wide filters (the idle watcher, swipes) still see every event first.
    """

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self._viewport = viewport
        self.scroller = QScroller.scroller(viewport)
        self._dragged = False
        for widget in (viewport, *viewport.findChildren(QWidget)):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        step = _INPUTS.get(event.type())
        if step is None or not isinstance(event, QMouseEvent) or not isinstance(watched, QWidget):
            return False
        held = event.buttons() if step is QScroller.Input.InputMove else event.button()
        if not held & Qt.MouseButton.LeftButton:
            return False
        position = event.position() if watched is self._viewport else watched.mapTo(self._viewport, event.position())
        self.scroller.handleInput(step, position, event.timestamp())
        if step is QScroller.Input.InputPress:
            self._dragged = False
            return False
        if not self._dragged and self.scroller.state() is QScroller.State.Dragging:
            self._dragged = True
            if isinstance(watched, QAbstractButton):
                watched.setDown(False)
        if step is QScroller.Input.InputRelease:
            dragged, self._dragged = self._dragged, False
            return dragged
        return self._dragged


def enable_kinetic_scroll(viewport: QWidget) -> KineticScroll:
    """Flick scrolling for ``viewport`` and what it already holds (kept alive by the viewport)."""
    return KineticScroll(viewport)
