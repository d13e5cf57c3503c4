"""A kiosk runs for weeks: screens built and dropped all day must leave nothing behind."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from kiosk.ui import icons
from kiosk.ui.window import KioskWindow


def test_an_icon_hands_qt_the_same_pixmap_every_time(window: KioskWindow) -> None:
    # Qt caches drawn icon pixmaps under each pixmap's own key: a new pixmap per paint fills that cache.
    for side in icons.SIDES:
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
            drawn = icons.icon("fa6s.house", "#1f4e79")
            first = drawn.pixmap(QSize(side, side), mode)
            again = drawn.pixmap(QSize(side, side), mode)
            assert not first.isNull()
            assert first.size() == QSize(side, side)
            assert first.cacheKey() == again.cacheKey()


def test_an_unknown_icon_is_empty(window: KioskWindow) -> None:
    assert icons.icon("fa6s.no-such-icon", "#000000").isNull()
