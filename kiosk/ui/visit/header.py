"""The top of a visit's screens: "Start over", the section strip, and the room kept for the staff corner.

The top corner on the trailing side (away from "Start over") is the staff gesture's: the header
keeps room there, so neither the strip nor any screen's controls reach into it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QSpacerItem

from kiosk.ui import icons
from kiosk.ui.theme import Palette
from kiosk.ui.visit.bar import BAR_SPACING
from kiosk.ui.visit.strip import SectionStrip
from kiosk.ui.widgets.controls import TouchButton
from kiosk.ui.widgets.corner import KEEP_CLEAR_PX


class Header:
    """The header's row (``layout``): "Start over" and the strip, then the staff corner's room.

    ``margin`` and ``edge`` are the view's side and top margins: the corner's room is what they leave."""

    def __init__(self, margin: int, edge: int) -> None:
        self.home_button = TouchButton()
        self._icon_colors: object = None
        self.strip = SectionStrip()
        row = QHBoxLayout()
        row.setSpacing(BAR_SPACING)
        row.addWidget(self.home_button)
        row.addWidget(self.strip, 1)
        # The staff corner's room: the strip ends before it, and the screen below starts under it.
        fixed = QSizePolicy.Policy.Fixed
        self.corner_room = QSpacerItem(KEEP_CLEAR_PX - margin, KEEP_CLEAR_PX - 2 * edge, fixed, fixed)
        self.layout = QHBoxLayout()
        self.layout.setSpacing(BAR_SPACING)
        self.layout.addLayout(row, 1)
        self.layout.addItem(self.corner_room)
        self.layout.setAlignment(row, Qt.AlignmentFlag.AlignTop)

    def set_icons(self, colors: Palette) -> None:
        if colors == self._icon_colors:
            return  # as it is: a new icon repaints the button, on every screen change
        self._icon_colors = colors
        self.home_button.setIcon(icons.icon("fa6s.house", colors.on_secondary))
        self.home_button.setIconSize(QSize(32, 32))

    def fit(self, available: int) -> None:
        """Start over shows only its icon when the section titles would otherwise have no room at all."""
        self.home_button.set_compact(False)
        available -= self.corner_room.sizeHint().width() + BAR_SPACING
        room = available - self.home_button.sizeHint().width() - BAR_SPACING
        if room < available * 0.4:
            self.home_button.set_compact(True)
            room = available - self.home_button.sizeHint().width() - BAR_SPACING
        self.strip.fit(room)
