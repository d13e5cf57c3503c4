"""The change from one screen to the next: the new screen comes up out of its background colour.

A hard cut leaves a patient unsure whether anything happened; a slide moves controls under a
finger. So the new screen is already in its place, whole, and a wash of the background colour over
it fades away in :data:`DURATION_MS` (eased, no bounce). The wash starts part-way
(:data:`START_OPACITY`), so the very first frame already shows the new screen.

The wash takes no input: a touch goes to the control under it, exactly as without it, and the
settle guard (``settle.py``), which counts from the new screen's first frame, keeps its protection
for longer than the fade lasts.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QRect, Qt, QVariantAnimation, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

#: How long the fade lasts (the touch issue asks for 150-200 ms).
DURATION_MS = 180
#: How much of the background colour covers the new screen in the first frame (1 would hide it).
START_OPACITY = 0.55


class Transition(QWidget):
    """The fading wash over the part of the window that changed; hidden when no change is fading."""

    #: 0 turns the fade off (``kiosk screenshot`` and the tests that read pixels wait for it instead).
    duration_ms = DURATION_MS

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("Transition")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._color = QColor(Qt.GlobalColor.white)
        self._opacity = 0.0
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(START_OPACITY)
        self._animation.setEndValue(0.0)
        self._animation.setEasingCurve(QEasingCurve.Type.OutQuad)
        self._animation.valueChanged.connect(self._on_value)
        self._animation.finished.connect(self.finish)
        self.hide()

    def begin(self, area: QRect, color: str) -> None:
        """Fade ``area`` (window coordinates) in from ``color``; a fade already running starts again."""
        window = self.parentWidget()
        if self.duration_ms <= 0 or window is None or not window.isVisible() or area.isEmpty():
            return
        self._color = QColor(color)
        self._animation.stop()
        self._animation.setDuration(self.duration_ms)
        self._opacity = START_OPACITY
        self.setGeometry(area)
        self.raise_()
        self.show()
        self._animation.start()

    @Slot()
    def finish(self) -> None:
        """End the fade now (the screen as it will stay: before a screenshot, at an idle reset)."""
        self._animation.stop()
        self._opacity = 0.0
        self.hide()

    def is_running(self) -> bool:
        return self.isVisible()

    def opacity(self) -> float:
        return self._opacity

    def _on_value(self, value: object) -> None:
        self._opacity = float(value) if isinstance(value, (int, float)) else 0.0
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt override)
        color = QColor(self._color)
        color.setAlphaF(max(0.0, min(1.0, self._opacity)))
        QPainter(self).fillRect(event.rect(), color)
