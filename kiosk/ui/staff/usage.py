"""Staff mode's usage page: the anonymous counts as three plain charts, counting on or off, and
"Export CSV" to a USB stick. The counts are read and written on staff mode's worker thread."""

from __future__ import annotations

import datetime as dt
import os
import weakref
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core import alerts
from kiosk.core.content.model import ContentPack
from kiosk.core.dates import short_date
from kiosk.core.fleet.tally import LANGUAGE, STOPPED_AT
from kiosk.core.fleet.usage import ALERT, KEEP_DAYS, UsageCounts, export_csv, read_counts, shown, usage_path
from kiosk.core.install.removable import find_sticks
from kiosk.core.languages import own_name
from kiosk.ui import theme
from kiosk.ui.staff.core_messages import translate
from kiosk.ui.staff.widgets import set_tone, staff_button, staff_label
from kiosk.ui.widgets.reading import kinetic_scroll

if TYPE_CHECKING:
    from kiosk.ui.staff.area import StaffArea
    from kiosk.ui.staff.charts import BarChart

#: The days the charts show, up to today.
DAYS = 30
#: The places where visits stopped that the chart names (the most common ones).
PLACES_SHOWN = 5
LANGUAGES_SHOWN = 6


class UsagePage(QWidget):
    """What is counted and what never is, the switch, the charts and the export button.

    Signals:
        counting_changed(bool): staff turned counting on (True) or off.
        export_requested(): write the counts to a USB stick.
    """

    counting_changed = Signal(bool)
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = staff_label(self.tr("Usage counts"), "staff-title")
        self.message = staff_label(role="staff-message")
        self.message.hide()
        self.what = staff_label(
            self.tr(
                "For each day the kiosk counts visits, the pages they reached and where they stopped, the "
                "languages, larger text and high contrast, questionnaires started and finished, the kind of "
                "result, and key points missed. It never keeps answers, names, times of day, or anything that "
                "tells one visit from another. Counts under 5 show as “<5”. Counts are kept for {days} days."
            ).format(days=KEEP_DAYS),
            "staff-note",
        )
        self.counting_off = staff_button(self.tr("Off"), checkable=True)
        self.counting_on = staff_button(self.tr("On"), checkable=True)
        self.counting_off.clicked.connect(lambda: self._offer(False))
        self.counting_on.clicked.connect(lambda: self._offer(True))
        self.counting_note = staff_label(role="staff-note")
        self.export_button = staff_button(self.tr("Export CSV to USB"), "primary")
        self.export_button.clicked.connect(self.export_requested)
        self._on = True
        #: The charts, made the first time counts are shown (pyqtgraph loads only then).
        self.visits_chart: BarChart | None = None
        self.places_chart: BarChart | None = None
        self.languages_chart: BarChart | None = None

        switch = QHBoxLayout()
        switch.setSpacing(16)
        switch.addWidget(staff_label(self.tr("Counting"), "staff-heading"))
        switch.addWidget(self.counting_off)
        switch.addWidget(self.counting_on)
        switch.addWidget(self.counting_note, 1)
        self.charts = QGridLayout()
        self.charts.setHorizontalSpacing(32)
        self.charts.setVerticalSpacing(24)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 16, 0)
        inner.setSpacing(20)
        inner.addWidget(self.what)
        inner.addLayout(switch)
        inner.addLayout(self.charts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self.heading, 1)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(kinetic_scroll(content), 1)

    def show_setting(self, on: bool) -> None:
        self._on = on
        self.counting_on.setChecked(on)
        self.counting_off.setChecked(not on)
        if on:
            self.counting_note.setText(self.tr("Each visit is counted when it ends."))
        else:
            self.counting_note.setText(self.tr("Counting is off: no visit is counted. The counts kept stay."))

    def _offer(self, on: bool) -> None:
        self.show_setting(self._on)  # a tapped button shows the saved choice, not just the tap
        if on != self._on:
            self.counting_changed.emit(on)

    def show_message(self, text: str, tone: str = "") -> None:
        set_tone(self.message, text, tone)

    def _make_charts(self) -> None:
        from kiosk.ui.staff.charts import BarChart  # noqa: PLC0415  (pyqtgraph: staff mode only)

        self.visits_chart = BarChart(self.tr("Visits per day, last {days} days").format(days=DAYS), horizontal=False)
        self.places_chart = BarChart(self.tr("Where visits stopped"), horizontal=True)
        self.languages_chart = BarChart(self.tr("Languages"), horizontal=True)
        self.charts.addWidget(self.visits_chart, 0, 0, 1, 2)
        self.charts.addWidget(self.places_chart, 1, 0)
        self.charts.addWidget(self.languages_chart, 1, 1)
        self.charts.setColumnStretch(0, 3)
        self.charts.setColumnStretch(1, 2)

    def show_counts(self, counts: UsageCounts, place: Callable[[str], str], lang: str, theme_name: str) -> None:
        """Draw ``counts`` in the staff language ``lang`` and the theme's colours; ``place`` names a stop."""
        if self.visits_chart is None:
            self._make_charts()
        assert self.visits_chart is not None and self.places_chart is not None and self.languages_chart is not None
        scale = theme.screen_scale(self.window().size())
        colors = theme.palette(theme_name)
        font_px = max(15, round(22 * scale))
        for chart in (self.visits_chart, self.places_chart, self.languages_chart):
            chart.set_look(colors, font_px)
        # At least this high (more when the screen has room): a line of words and a bar for each place.
        self.visits_chart.setMinimumHeight(max(150, round(230 * scale)))
        row = round(2.7 * font_px)
        nothing = self.tr("Nothing counted in these days.")
        per_day = counts.per_day()
        days = counts.days
        labels = [short_date(dt.date.fromisoformat(day), lang) for day in days]
        self.visits_chart.show_bars(
            labels, [shown(per_day[day]) if day in per_day else 0 for day in days], nothing, tick_every=7
        )
        places = list(counts.totals(STOPPED_AT).items())[:PLACES_SHOWN]
        languages = list(counts.totals(LANGUAGE).items())[:LANGUAGES_SHOWN]
        rows = max(2, len(places), len(languages))
        height = row * rows + row // 2
        self.places_chart.setMinimumHeight(height)
        self.languages_chart.setMinimumHeight(height)
        self.places_chart.show_bars(
            [place(key) for key, _n in places], [shown(n) for _key, n in places], nothing, rows=rows
        )
        self.languages_chart.show_bars(
            [own_name(code) for code, _n in languages], [shown(n) for _code, n in languages], nothing, rows=rows
        )


class UsageActions(QObject):
    """Reading the counts, exporting them and the counting switch, for the staff area ``area``."""

    def __init__(self, area: StaffArea) -> None:
        super().__init__(area)
        self.area = weakref.proxy(area)  # the area owns this object (see PackActions)
        #: The packs loaded now, by id, to name the pages where visits stopped (the window sets it).
        self.loaded_packs: Callable[[], Mapping[str, ContentPack]] = dict

    @property
    def path(self) -> Path:
        return usage_path(self.area.paths)

    @Slot()
    def refresh(self) -> None:
        page = self.area.usage_page
        page.show_setting(self.area.settings.usage_counting)
        page.show_message(self._alert())
        path = self.path
        self.area.runner.run(lambda: read_counts(path, DAYS), self._show, self._unreadable)

    def _alert(self) -> str:
        message = alerts.get(ALERT)
        return translate(message) if message is not None else ""

    def _show(self, counts: UsageCounts) -> None:
        page = self.area.usage_page
        page.show_message(self._alert(), "bad")
        page.show_counts(counts, self.place_name, self.area.language, self.area.theme_name)

    def _unreadable(self, reasons: list[str]) -> None:
        self.area.usage_page.show_message(
            self.tr("The usage counts cannot be read now. The kiosk goes on working.") + "\n" + "\n".join(reasons),
            "bad",
        )

    @Slot(bool)
    def set_counting(self, on: bool) -> None:
        self.area.change_settings(replace(self.area.settings, usage_counting=on))
        self.area.usage_page.show_setting(on)

    @Slot()
    def export(self) -> None:
        page = self.area.usage_page
        page.show_message(self.tr("Looking for a USB stick…"))
        path, label = self.path, self.area.settings.kiosk_name

        def write() -> tuple[Path, Path | None] | None:
            sticks = find_sticks()
            writable = [stick for stick in sticks if os.access(stick, os.W_OK)]
            if writable:
                return writable[0], export_csv(path, writable[0], label)
            return (sticks[0], None) if sticks else None  # only sticks that can be read here

        self.area.runner.run(write, self._exported, lambda reasons: page.show_message("\n".join(reasons), "bad"))

    def _exported(self, written: tuple[Path, Path | None] | None) -> None:
        page = self.area.usage_page
        if written is None:
            page.show_message(
                self.tr(
                    "No USB stick was found. Plug one in, wait a few seconds, then press “Export CSV to USB” again."
                ),
                "bad",
            )
            return
        stick, file = written
        if file is None:
            page.show_message(
                self.tr(
                    "The USB stick {stick} can only be read on this kiosk. Use a stick formatted as FAT32 or exFAT "
                    "(as most sticks come)."
                ).format(stick=stick.name),
                "bad",
            )
            return
        page.show_message(
            self.tr("Saved as {file} on the USB stick {stick}. You can remove the stick.").format(
                file=file.name, stick=stick.name
            ),
            "good",
        )

    def place_name(self, key: str) -> str:
        """Where visits stopped, in words: the page's title, or "Key-point check", "Questions", "Result"."""
        pack_id, _, where = key.partition("/")
        pack = self.loaded_packs().get(pack_id)
        lang = self.area.language
        words = {"check": self.tr("Key-point check"), "questions": self.tr("Questions"), "result": self.tr("Result")}
        if where in words:
            name = words[where]
        elif pack is not None and (index := pack.page_index(where)) is not None:
            name = pack.pages[index].text(lang if lang in pack.languages else pack.default_language).title
        else:
            name = where
        if len(self.loaded_packs()) > 1 and pack is not None:
            title = pack.title(lang if lang in pack.languages else pack.default_language)
            return f"{title} · {name}"
        return name
