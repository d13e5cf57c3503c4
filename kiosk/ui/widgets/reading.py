"""Text to read that may be taller than its box: a flick-scrolled area keyboard and switch users can scroll."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSlider, QFrame, QScrollArea, QWidget

from kiosk.ui.widgets.focus_frame import FocusFrame, frame_properties
from kiosk.ui.widgets.kinetic import enable_kinetic_scroll


class ReadingArea(QScrollArea):
    """Text to read that may be taller than its box: touch users flick it, keyboard and switch users
    Tab into it (a frame shows they are there) and scroll it with Up, Down, Page Up, Page Down,
    Space (Shift+Space goes back), Home and End. A tap never gives it the focus.

    A page back returns exactly to where the page forward started, even when the "More below" strip
    came or went between the two and so changed the height of a page."""

    _ACTIONS: ClassVar[dict[Qt.Key, QAbstractSlider.SliderAction]] = {
        Qt.Key.Key_Space: QAbstractSlider.SliderAction.SliderPageStepAdd,
        Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
        Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub,
        Qt.Key.Key_Home: QAbstractSlider.SliderAction.SliderToMinimum,
        Qt.Key.Key_End: QAbstractSlider.SliderAction.SliderToMaximum,
    }

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "reading")
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.frame = FocusFrame(self)
        self._pages: list[tuple[int, int]] = []  # (from, to) of each page forward not yet undone

    # Set by the style sheet (see kiosk/ui/widgets/focus_frame.py).
    focusFrameWidth, focusFrameRadius, focusFrameColor = frame_properties()  # noqa: N815

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt override)
        action = self._ACTIONS.get(Qt.Key(event.key()))
        if action is None or event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            super().keyPressEvent(event)  # the arrows
            return
        if event.key() == Qt.Key.Key_Space and event.modifiers():
            action = QAbstractSlider.SliderAction.SliderPageStepSub
        self._page(action)
        event.accept()

    def _page(self, action: QAbstractSlider.SliderAction) -> None:
        bar = self.verticalScrollBar()
        start = bar.value()
        if action is QAbstractSlider.SliderAction.SliderPageStepSub and self._pages and self._pages[-1][1] == start:
            bar.setValue(self._pages.pop()[0])
            return
        bar.triggerAction(action)
        if action is QAbstractSlider.SliderAction.SliderPageStepAdd and bar.value() != start:
            if self._pages and self._pages[-1][1] != start:
                self._pages.clear()  # scrolled some other way since: those steps no longer lead here
            self._pages.append((start, bar.value()))
        elif action is not QAbstractSlider.SliderAction.SliderPageStepAdd:
            self._pages.clear()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.verticalScrollBar().setSingleStep(self.fontMetrics().lineSpacing())  # Up/Down: one line


def kinetic_scroll(content: QWidget, scroll: QScrollArea | None = None, *, name: str = "") -> QScrollArea:
    """``content`` in a frameless, vertically flick-scrolled area (only used when it does not fit).

    The area is a stop for Tab (to scroll it with the keys), so a screen reader needs its ``name``;
    an area that is not a stop (its controls are) gets no focus of its own instead."""
    if scroll is None:
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)  # (a ReadingArea keeps its focus frame)
    if name:
        scroll.setAccessibleName(name)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    scroll.viewport().setAutoFillBackground(False)
    content.setAutoFillBackground(False)
    enable_kinetic_scroll(scroll.viewport())
    return scroll
