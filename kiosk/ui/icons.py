"""QtAwesome icons, imported on first use: the import costs ~300 ms and must stay off the first frame.

QtAwesome's icons draw themselves in Python and hand Qt a new pixmap every time a button is
painted. Qt keeps those pixmaps in its pixmap cache under each one's own key, so a kiosk that
builds screens all day fills the cache with copies (about 10 MiB), and every paint runs Python.
``icon`` therefore draws each icon once, at the sizes the screens use, into a plain ``QIcon``.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

log = logging.getLogger(__name__)

#: Icon sides the patient screens use, in logical pixels (bar buttons, answers, page and result icons).
SIDES = (32, 36, 56, 96)


def _ratios() -> list[float]:
    """Device pixel ratios to draw for: 1, and that of the sharpest screen."""
    screens = QGuiApplication.screens()
    sharpest = max((screen.devicePixelRatio() for screen in screens), default=1.0)
    return sorted({1.0, sharpest})


@lru_cache(maxsize=128)
def icon(name: str, color: str) -> QIcon:
    """The QtAwesome icon ``name`` (e.g. ``fa6s.arrow-right``), drawn once; an empty icon if unknown.

    Only call this once a QApplication exists (qtawesome crashes otherwise).
    """
    import qtawesome  # noqa: PLC0415

    try:
        drawn: QIcon = qtawesome.icon(name, color=color)
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
