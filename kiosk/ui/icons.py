"""QtAwesome icons, imported on first use: the import costs ~300 ms and must stay off the first frame."""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)


@lru_cache(maxsize=128)
def icon(name: str, color: str) -> QIcon:
    """The QtAwesome icon ``name`` (e.g. ``fa6s.arrow-right``); an empty icon if unknown.

    Only call this once a QApplication exists (qtawesome crashes otherwise).
    """
    import qtawesome  # noqa: PLC0415

    try:
        found: QIcon = qtawesome.icon(name, color=color)
        return found
    except Exception:  # an unknown name in a pack must not break the screen
        log.warning("unknown icon %r", name)
        return QIcon()
