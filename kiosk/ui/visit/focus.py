"""The keyboard focus of a visit's screens: the Tab order, and a keyboard user's place across a screen change."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from kiosk.ui.visit.view import SessionView


def chain_focus(order: Sequence[QWidget]) -> None:
    """Tab goes through ``order`` (screens built later would otherwise come after Next)."""
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)


class KeyboardFocus:
    """Keeps a keyboard user's place when the screen under their focus is replaced.

    Made before the screen changes; ``restore`` afterwards moves the focus to the new screen's
    first control (or Next) when the old focus is gone or hidden. Taps never move focus, so
    touch users see no focus ring.
    """

    def __init__(self, view: SessionView) -> None:
        self._view = view
        focus = QApplication.focusWidget()
        self._was_inside = focus is not None and focus is not view and view.isAncestorOf(focus)
        self._content = view.current_content()
        self._in_content = focus is not None and self._content is not None and self._content.isAncestorOf(focus)

    def restore(self) -> None:
        view = self._view
        if not self._was_inside or not view.keyboard_in_use():
            return
        content = view.current_content()
        focus = QApplication.focusWidget()
        lost = focus is None or not focus.isVisibleTo(view) or focus not in view.focus_order()
        if not (lost or (self._in_content and content is not self._content)):
            return
        candidates = [*(content.focus_order() if content is not None else []), view.next_button, view.back_button]
        for widget in candidates:
            if widget.isVisibleTo(view) and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
