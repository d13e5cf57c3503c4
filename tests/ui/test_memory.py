"""A kiosk runs for weeks: screens built and dropped all day must leave nothing behind."""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, QSize
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


def test_the_sources_button_shows_its_panel_without_a_signal_connection(window: KioskWindow) -> None:
    # PySide keeps ~50 bytes for every connection to a Qt widget's method, even after both widgets
    # are gone: one per page built, all day (the biggest growth in the soak's tracemalloc top list).
    window.session.start()
    screen = window.session_view.page_screen(0, "en")
    assert screen.sources_button is not None
    assert screen.sources_button.receivers(SIGNAL("toggled(bool)")) == 0
    screen.sources_button.setChecked(True)
    assert not screen.sources_panel.isHidden()
    screen.sources_button.click()
    assert screen.sources_panel.isHidden()
    screen.sources_button.click()
    assert not screen.sources_panel.isHidden()
