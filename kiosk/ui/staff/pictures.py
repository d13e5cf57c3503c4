"""Staff mode's screens as pictures, for ``kiosk screenshot --staff``: the PIN pad, then every page
as staff see it after their PIN (the usage page with the counts of the data folder, or example
counts when it has none)."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLayout, QStackedLayout, QWidget

from kiosk.core.content.model import ContentPack
from kiosk.core.fleet.tally import Increment
from kiosk.core.fleet.usage import record, usage_path
from kiosk.core.paths import DataPaths
from kiosk.core.settings import Settings, read_settings
from kiosk.ui import theme
from kiosk.ui.staff.area import StaffArea


def example_counts(paths: DataPaths, pack: ContentPack, days: int = 30, today: dt.date | None = None) -> None:
    """Made-up visits to ``pack`` over the last ``days`` days (a few on weekends), for a picture only."""
    chance = random.Random(7)
    last = today or dt.date.today()
    pages = [page.id for page in pack.pages]
    languages = list(pack.languages)
    for back in range(days - 1, -1, -1):
        day = last - dt.timedelta(days=back)
        visits = chance.randint(1, 4) if day.weekday() >= 5 else chance.randint(8, 26)
        increments: list[Increment] = []
        for _ in range(visits):
            reached = chance.randint(1, len(pages))
            language = languages[0] if chance.random() < 0.7 or len(languages) < 2 else chance.choice(languages[1:])
            increments += [("visits", "all"), ("topic", pack.id), ("language", language)]
            increments += [("page_reached", f"{pack.id}/{page}") for page in pages[:reached]]
            questions = reached == len(pages) and chance.random() < 0.6
            stop = f"{pack.id}/{'questions' if questions else pages[reached - 1]}"
            if questions and chance.random() < 0.8:
                stop = f"{pack.id}/result"
                increments += [("questionnaire", "completed"), ("outcome", "discuss_rfa")]
            increments += [("stopped_at", stop), ("text_size", "normal"), ("contrast", "normal")]
            increments += [("questionnaire", "started")] if questions else []
        record(usage_path(paths), day, increments)


def staff_settings(paths: DataPaths, fallback: Settings, theme_name: str) -> Settings:
    """What staff mode shows in the pictures: the data folder's own settings (the clinic's hours,
    printing, folders ...) when it has them, else ``fallback``; in ``theme_name``, counting on."""
    kept = read_settings(paths.settings_file)[0] if paths.settings_file.exists() else fallback
    return replace(kept, theme=theme_name, usage_counting=True)


def staff_pictures(
    paths: DataPaths,
    settings: Settings,
    size: tuple[int, int],
    packs: Mapping[str, ContentPack],
    language: str,
) -> tuple[list[tuple[str, QImage]], str]:
    """The PIN pad and every page of staff mode, and where the usage page's counts came from."""
    note = f"the counts in {usage_path(paths)}"
    folder = None
    if not usage_path(paths).exists() and packs:
        folder = tempfile.TemporaryDirectory(prefix="kiosk-usage-example-")
        paths = DataPaths.in_dir(Path(folder.name))
        example_counts(paths, next(iter(packs.values())))
        note = "example counts (this data folder has none)"
    # In the kiosk, staff mode lies over the window's own style sheet (base.qss): here a frame carries it.
    frame = QWidget()
    frame.setStyleSheet(theme.stylesheet(settings.theme, "normal", round(theme.screen_scale(QSize(*size)), 2)))
    area = StaffArea(paths, settings, language=language)
    area.usage_actions.loaded_packs = lambda: packs
    stack = QStackedLayout(frame)  # as in the kiosk window: the screen's size, never the pages' widest
    stack.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    stack.addWidget(area)
    frame.resize(*size)
    frame.show()
    try:
        area.begin(settings, tuple(next(iter(packs.values())).languages) if packs else ())
        QApplication.processEvents()
        pictures = [("staff-pin", frame.grab().toImage())]
        area.pin_screen.accepted.emit()  # as after the right PIN
        for key, button in area.nav_buttons.items():  # in the order of staff mode's menu
            if not button.isCheckable():
                continue  # "Change PIN" opens the PIN pad, pictured first
            area.show_page(key)
            _wait_until_done(area)
            pictures.append((f"staff-{key}", frame.grab().toImage()))
    finally:
        area.end()
        frame.close()
        frame.deleteLater()
        QApplication.processEvents()
        if folder is not None:
            folder.cleanup()
    return pictures, note


def _wait_until_done(area: StaffArea, timeout_ms: int = 10_000) -> None:
    deadline = QDeadlineTimer(timeout_ms)
    while area.runner.busy and not deadline.hasExpired():
        QApplication.processEvents()
        area.runner.wait_for_done(20)
    QApplication.processEvents()
    QApplication.processEvents()  # widgets added to a shown layout appear at the next turn
