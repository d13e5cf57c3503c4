"""``kiosk icons --sheet``: a picture of icons with their names under them, drawn offscreen with Qt.

The glyphs are drawn from the same font files the kiosk loads, so the sheet shows exactly what a
page or outcome naming that icon will show.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kiosk.core.checks.icon_catalog import IconName
from kiosk.core.checks.icons import font_files

#: Cell size and columns of the sheet, in pixels; the icon is drawn at 64 px, the name below it.
CELL_WIDTH = 240
CELL_HEIGHT = 130
COLUMNS = 7
ICON_SIDE = 64
#: The most icons one sheet holds (about 13,000 pixels tall); search with a word to see fewer.
MAX_ICONS = 800


def draw_sheet(icons: list[IconName], path: Path) -> bool:
    """Draw ``icons`` in a grid to the PNG file ``path`` (named .png); False when it could not be saved."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRect, Qt  # noqa: PLC0415
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QGuiApplication, QImage, QPainter  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    families: dict[str, str] = {}
    for prefix in {icon.prefix for icon in icons}:
        files = font_files(prefix)
        if files is None:
            continue
        font_id = QFontDatabase.addApplicationFont(str(files[0]))
        loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if loaded:
            families[prefix] = loaded[0]
    rows = max(1, -(-len(icons) // COLUMNS))
    image = QImage(CELL_WIDTH * COLUMNS, CELL_HEIGHT * rows, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    label_font = QFont()
    label_font.setPixelSize(15)
    metrics = QFontMetrics(label_font)
    for index, icon in enumerate(icons):
        left = (index % COLUMNS) * CELL_WIDTH
        top = (index // COLUMNS) * CELL_HEIGHT
        painter.setPen(QColor("#dddddd"))
        painter.drawRect(left, top, CELL_WIDTH - 1, CELL_HEIGHT - 1)
        family = families.get(icon.prefix)
        if family is not None:
            glyph = QFont(family)
            glyph.setPixelSize(ICON_SIDE)
            if icon.prefix == "fa6s":
                glyph.setWeight(QFont.Weight.Black)
            painter.setFont(glyph)
            painter.setPen(QColor("#1a1a1a"))
            painter.drawText(
                QRect(left, top + 8, CELL_WIDTH, ICON_SIDE + 16), Qt.AlignmentFlag.AlignCenter, chr(icon.codepoint)
            )
        painter.setFont(label_font)
        painter.setPen(QColor("#1a1a1a"))
        label = metrics.elidedText(icon.name, Qt.TextElideMode.ElideMiddle, CELL_WIDTH - 10)
        painter.drawText(QRect(left + 5, top + 92, CELL_WIDTH - 10, 30), Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return image.save(str(path))
