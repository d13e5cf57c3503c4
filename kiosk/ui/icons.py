"""QtAwesome icons, imported on first use: the import costs ~300 ms and must stay off the first frame.

QtAwesome's icons draw themselves in Python and hand Qt a new pixmap every time a button is
painted. Qt keeps those pixmaps in its pixmap cache under each one's own key, so a kiosk that
builds screens all day fills the cache with copies (about 10 MiB), and every paint runs Python.
``icon`` therefore draws each icon once, at the sizes the screens use, into a plain ``QIcon``.
"""

from __future__ import annotations

import importlib
import logging
import sys
from functools import lru_cache
from types import ModuleType
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetricsF, QGuiApplication, QIcon

from kiosk.core.checks.icons import ICON_FONTS, font_files

log = logging.getLogger(__name__)

#: Icon sides the patient screens use, in logical pixels (bar buttons, answers, page and result icons).
SIDES = (32, 36, 56, 96)
#: Qt modules that QtPy (under QtAwesome) imports when they are installed, for other programs' sake.
#: The kiosk never draws with OpenGL or 3D charts; loading them costs about 6 MiB and 17 ms.
UNUSED_QT_MODULES = ("PySide6.QtDataVisualization", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets")


def _qtawesome() -> ModuleType:
    """Import QtAwesome without the Qt modules it does not need.

    QtPy tries those imports and carries on when they fail; a ``None`` in ``sys.modules`` makes
    them fail at once. The entries are removed again afterwards, so nothing else is affected.
    """
    if "qtawesome" in sys.modules:
        return sys.modules["qtawesome"]
    blocked = [name for name in UNUSED_QT_MODULES if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        return importlib.import_module("qtawesome")
    finally:
        for name in blocked:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


def _ratios() -> list[float]:
    """Device pixel ratios to draw for: 1, and that of the sharpest screen."""
    screens = QGuiApplication.screens()
    sharpest = max((screen.devicePixelRatio() for screen in screens), default=1.0)
    return sorted({1.0, sharpest})


#: The one QtAwesome drawer, made when the first icon is drawn.
_fonts: list[Any] = []


@lru_cache(maxsize=len(ICON_FONTS))
def _font(prefix: str) -> Any:
    """QtAwesome's drawer with the font of ``prefix`` loaded (only the fonts in use are ever loaded)."""
    files = font_files(prefix)
    if files is None:
        return None
    qtawesome = _qtawesome()
    if not _fonts:
        _fonts.append(qtawesome.IconicFont())
    font, charmap = files
    _fonts[0].load_font(prefix, font.name, charmap.name, str(font.parent))
    return _fonts[0]


#: The share of its square a glyph may fill across; QtAwesome sizes glyphs by height only.
_MOST_ACROSS = 0.96


def _fit_scale(drawer: Any, name: str) -> float:
    """QtAwesome's ``scale_factor`` that keeps a glyph wider than tall (``fa6s.comments``) inside its
    square: drawn by height alone, its sides would be cut off."""
    prefix, _, short = name.partition(".")
    char = drawer.charmap.get(prefix, {}).get(short)
    if char is None:
        return 1.0
    char = char if isinstance(char, str) else chr(char)
    probe = 1000
    width = QFontMetricsF(drawer.font(prefix, probe)).boundingRect(char).width() / probe
    across = width * 0.875  # QtAwesome draws the font at 0.875 of the icon's side
    return min(1.0, _MOST_ACROSS / across) if across > 0 else 1.0


@lru_cache(maxsize=128)
def icon(name: str, color: str) -> QIcon:
    """The QtAwesome icon ``name`` (e.g. ``fa6s.arrow-right``), drawn once; an empty icon if unknown.

    Only call this once a QApplication exists (qtawesome crashes otherwise).
    """
    font = _font(name.partition(".")[0])
    if font is None:
        log.warning("no icon font for %r", name)
        return QIcon()
    try:
        drawn: QIcon = font.icon(name, color=color, scale_factor=_fit_scale(font, name))
    except Exception:  # an unknown name in a pack must not break the screen
        log.warning("unknown icon %r", name)
        return QIcon()
    fixed = QIcon()
    for ratio in _ratios():
        for side in SIDES:
            size = QSize(round(side * ratio), round(side * ratio))
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
                fixed.addPixmap(drawn.pixmap(size, mode), mode)
    return fixed
