"""Staff settings for the screen itself: sleep outside clinic hours, the hours, and rotation.

What the display can do (switched off, or shown black instead; turned at once, at the next
restart, or not by the kiosk) is read from the display module and said in plain words.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.core.screen_schedule import CLOSED, DAY_MIN, STEP_MIN, Hours, format_hours, parse_hours
from kiosk.core.settings import Settings
from kiosk.ui import display as displays
from kiosk.ui.display import DisplayControl
from kiosk.ui.staff.widgets import set_tone, staff_button, staff_label
from kiosk.ui.widgets.reading import kinetic_scroll

#: The hours rows: the setting each one changes.
DAY_ROWS = ("clinic_hours_weekdays", "clinic_hours_saturday", "clinic_hours_sunday")
#: Hours a closed day gets when staff open it (unless Monday to Friday are open).
OPEN_HOURS: Hours = (8 * 60, 18 * 60)
#: The day's name before its Closed and Open (they line up from day to day).
DAY_NAME_WIDTH = 220


class HoursRow:
    """One day's (or the weekdays') hours: closed or open, and − / + for each time."""

    def __init__(self, page: ScreenPage, key: str, words: dict[str, str]) -> None:
        self.key = key
        self.closed = staff_button(words["closed"], checkable=True)
        self.open = staff_button(words["open"], checkable=True)
        self.opens = staff_label(role="staff-heading")
        self.closes = staff_label(role="staff-heading")
        self.steps: dict[tuple[int, int], QPushButton] = {}
        for which, value in ((0, self.opens), (1, self.closes)):
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setWordWrap(False)
            value.setMinimumWidth(170)
            for direction, sign in ((-1, "−"), (1, "+")):
                button = staff_button(sign)
                button.setFixedWidth(88)
                button.setAutoRepeat(True)  # a held button keeps stepping
                button.setAutoRepeatDelay(500)
                button.setAccessibleName(words[f"{which}{direction:+d}"])
                button.clicked.connect(lambda _c=False, w=which, d=direction: page.step(key, w, d))
                self.steps[(which, direction)] = button
        self.closed.clicked.connect(lambda: page.set_day(key, None))
        self.open.clicked.connect(lambda: page.open_day(key))
        self.opens_word = staff_label(words["opens"], "staff-note")
        self.closes_word = staff_label(words["closes"], "staff-note")

    def controls(self, title: str) -> QVBoxLayout:
        """The day's name with Closed and Open, then (when open) its two times, each with − and +."""
        toggles = QHBoxLayout()
        toggles.setSpacing(16)
        name = staff_label(title, "staff-heading")
        name.setMinimumWidth(DAY_NAME_WIDTH)
        toggles.addWidget(name, 1)
        toggles.addWidget(self.closed)
        toggles.addWidget(self.open)
        toggles.addStretch(1)
        both = QVBoxLayout()
        both.setSpacing(12)
        both.addLayout(toggles)
        for which, word, value in ((0, self.opens_word, self.opens), (1, self.closes_word, self.closes)):
            line = QHBoxLayout()  # one line each: both on one line do not fit 1280 pixels
            line.setSpacing(12)
            word.setWordWrap(False)
            word.setMinimumWidth(90)
            line.addWidget(word)
            line.addWidget(self.steps[(which, -1)])
            line.addWidget(value)
            line.addWidget(self.steps[(which, 1)])
            line.addStretch(1)
            both.addLayout(line)
        return both

    def show(self, hours: Hours | None, enabled: bool, say: ScreenPage) -> None:
        self.closed.setChecked(hours is None)
        self.open.setChecked(hours is not None)
        for button in (self.closed, self.open):
            button.setEnabled(enabled)
        for widget in (*self.steps.values(), self.opens, self.closes, self.opens_word, self.closes_word):
            widget.setVisible(hours is not None)
            widget.setEnabled(enabled)
        if hours is not None:
            self.opens.setText(say.time_text(hours[0]))
            self.closes.setText(say.time_text(hours[1]))
            self.steps[(0, -1)].setEnabled(enabled and hours[0] > 0)
            self.steps[(0, 1)].setEnabled(enabled and hours[0] < DAY_MIN - STEP_MIN)
            self.steps[(1, -1)].setEnabled(enabled and hours[1] > STEP_MIN)
            self.steps[(1, 1)].setEnabled(enabled and hours[1] < DAY_MIN)


class ScreenPage(QWidget):
    """Each change is offered at once as new Settings; the staff area saves them.

    Signals:
        changed(object): the new Settings.
        restart_requested(): restart the kiosk's session, so the compositor turns the screen.
    """

    changed = Signal(object)
    restart_requested = Signal()

    def __init__(self, display: DisplayControl, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.display = display
        self.language = language
        self.settings = Settings()
        self.heading = staff_label(self.tr("Screen"), "staff-title")
        self.message = staff_label(role="staff-message")
        self.message.hide()

        self.sleep_off = staff_button(self.tr("Off"), checkable=True)
        self.sleep_on = staff_button(self.tr("On"), checkable=True)
        self.sleep_off.clicked.connect(lambda: self._offer(replace(self.settings, screen_sleep=False)))
        self.sleep_on.clicked.connect(lambda: self._offer(replace(self.settings, screen_sleep=True)))
        self.sleep_status = staff_label(role="staff-message")
        words = {
            "closed": self.tr("Closed"),
            "open": self.tr("Open"),
            "opens": self.tr("Opens"),
            "closes": self.tr("Closes"),
            "0-1": self.tr("Opens earlier"),
            "0+1": self.tr("Opens later"),
            "1-1": self.tr("Closes earlier"),
            "1+1": self.tr("Closes later"),
        }
        self.days = {key: HoursRow(self, key, words) for key in DAY_ROWS}

        self.rotations: dict[int, QPushButton] = {}
        for degrees, text in (
            (0, self.tr("Landscape")),
            (90, self.tr("Portrait 90°")),
            (180, self.tr("Upside down")),
            (270, self.tr("Portrait 270°")),
        ):
            button = staff_button(text, checkable=True)
            button.clicked.connect(lambda _c=False, d=degrees: self._offer(replace(self.settings, screen_rotation=d)))
            self.rotations[degrees] = button
        self.rotation_status = staff_label(role="staff-message")
        self.restart_button = staff_button(self.tr("Restart the kiosk now"))
        self.restart_button.clicked.connect(self.restart_requested)

        sleep_controls = QHBoxLayout()
        sleep_controls.setSpacing(16)
        sleep_controls.addWidget(self.sleep_off)
        sleep_controls.addWidget(self.sleep_on)
        sleep_controls.addStretch(1)
        rotation_controls = QGridLayout()
        rotation_controls.setSpacing(16)
        for index, button in enumerate(self.rotations.values()):
            rotation_controls.addWidget(button, index // 2, index % 2)
        rotation_controls.setColumnStretch(2, 1)
        # One column, each control below its words: it fits 1920, 1280 and a portrait 1080 pixels alike.
        sleep = QVBoxLayout()
        sleep.setSpacing(12)
        sleep.addWidget(staff_label(self.tr("Screen sleep outside clinic hours"), "staff-heading"))
        sleep.addWidget(
            staff_label(
                self.tr(
                    "Outside the hours below the screen goes dark while nobody is using it, never during a "
                    "visit. It wakes at opening time, or at the first touch: that touch only wakes it."
                ),
                "staff-note",
            )
        )
        sleep.addLayout(sleep_controls)
        day_names = (self.tr("Monday to Friday"), self.tr("Saturday"), self.tr("Sunday"))
        rotation = QVBoxLayout()  # its buttons below the words: four of them do not fit beside them at 1280 pixels
        rotation.setSpacing(12)
        rotation.addWidget(staff_label(self.tr("Screen rotation"), "staff-heading"))
        rotation.addWidget(
            staff_label(
                self.tr("Turn the picture to match how the screen is mounted. Touches turn with it."), "staff-note"
            )
        )
        rotation.addLayout(rotation_controls)
        # Each status below its grid (a spanning grid cell would not grow with its lines).
        content = QWidget()
        rows = QVBoxLayout(content)
        rows.setContentsMargins(0, 0, 16, 0)
        rows.setSpacing(20)
        rows.addLayout(sleep)
        rows.addWidget(self.sleep_status)
        for row, title in zip(self.days.values(), day_names, strict=True):
            rows.addLayout(row.controls(title))
        rows.addSpacing(8)
        rows.addLayout(rotation)
        rows.addWidget(self.rotation_status)
        restart_row = QHBoxLayout()
        restart_row.addWidget(self.restart_button)
        restart_row.addStretch(1)
        rows.addLayout(restart_row)
        rows.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(kinetic_scroll(content), 1)
        display.changed.connect(lambda: self.show_settings(self.settings))

    # -- showing -----------------------------------------------------------------------------------

    def show_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.sleep_off.setChecked(not settings.screen_sleep)
        self.sleep_on.setChecked(settings.screen_sleep)
        for key, row in self.days.items():
            try:
                hours = parse_hours(getattr(settings, key))
            except ValueError:
                hours = None
            row.show(hours, settings.screen_sleep, self)
        self._show_sleep_status()
        for degrees, button in self.rotations.items():
            button.setChecked(degrees == settings.screen_rotation)
        self._show_rotation_status()

    def _show_sleep_status(self) -> None:
        display = self.display
        if not self.settings.screen_sleep:
            set_tone(self.sleep_status, "")
        elif display.problem == displays.UNKNOWN:
            set_tone(self.sleep_status, self.tr("Checking whether this display can be switched off…"))
        elif display.can_switch_off:
            set_tone(self.sleep_status, self.tr("Outside the hours the display is switched off."), "good")
        else:
            set_tone(
                self.sleep_status,
                self.tr(
                    "The display could not be switched off ({reason}): outside the hours it is shown black "
                    "instead. The staff guide says what to do."
                ).format(reason=self._reason(display.problem)),
                "bad",
            )

    def _reason(self, problem: str) -> str:
        return {
            displays.NOT_WAYLAND: self.tr("the kiosk is not running under its own compositor"),
            displays.NOT_LINUX: self.tr("on this system the kiosk does not do it"),
            displays.NO_TOOL: self.tr("the program wlr-randr is not installed"),
            displays.UNSUPPORTED: self.tr("this version of the cage compositor cannot do it"),
        }.get(problem, self.tr("the compositor refused; the kiosk's log says why"))

    def _show_rotation_status(self) -> None:
        display, wanted = self.display, self.settings.screen_rotation
        self.restart_button.hide()
        if display.can_rotate_now or display.problem == displays.UNKNOWN:
            shown = display.rotation
            if shown is not None and shown != wanted and display.can_rotate_now:
                set_tone(self.rotation_status, self.tr("Turning the screen…"))
            else:
                set_tone(self.rotation_status, "")
        elif display.session_rotation is not None:
            if display.session_rotation == wanted:
                set_tone(self.rotation_status, "")
            else:
                set_tone(
                    self.rotation_status,
                    self.tr(
                        "This compositor turns the screen only when the kiosk starts: it turns at the next restart."
                    ),
                )
                self.restart_button.show()
        elif wanted:
            set_tone(
                self.rotation_status,
                self.tr(
                    "The kiosk cannot turn this screen ({reason}). Turn it in the computer's display settings: "
                    "the kiosk fits itself to the screen."
                ).format(reason=self._reason(display.problem)),
                "bad",
            )
        else:
            set_tone(self.rotation_status, "")

    def time_text(self, minutes: int) -> str:
        """A time of day as the staff language writes it (``6:00 PM``, ``18:00``); 24:00 as "midnight"."""
        if minutes >= DAY_MIN:
            return self.tr("midnight")
        from babel.dates import format_time  # noqa: PLC0415  (staff mode only)

        try:
            text = format_time(
                time(minutes // 60, minutes % 60), format="short", locale=self.language.replace("-", "_")
            )
        except (ValueError, LookupError):
            text = format_time(time(minutes // 60, minutes % 60), format="short", locale="en")
        return text.replace("\u202f", " ")

    def show_message(self, text: str, tone: str = "") -> None:
        set_tone(self.message, text, tone)

    # -- changing ----------------------------------------------------------------------------------

    def step(self, key: str, which: int, direction: int) -> None:
        """Move the opening (``which`` 0) or closing (1) time of ``key``'s hours by one step."""
        try:
            hours = parse_hours(getattr(self.settings, key))
        except ValueError:
            return
        if hours is None:
            return
        times = list(hours)
        low, high = (0, DAY_MIN - STEP_MIN) if which == 0 else (STEP_MIN, DAY_MIN)
        moved = times[which] + direction * STEP_MIN
        if moved == times[1 - which]:
            moved += direction * STEP_MIN  # never open and close at the same time
        if not low <= moved <= high:
            return
        times[which] = moved
        self.set_day(key, (times[0], times[1]))

    def open_day(self, key: str) -> None:
        if getattr(self.settings, key) != CLOSED:
            self._offer(self.settings)
            return
        try:
            weekdays = parse_hours(self.settings.clinic_hours_weekdays)
        except ValueError:
            weekdays = None
        self.set_day(key, weekdays or OPEN_HOURS)

    def set_day(self, key: str, hours: Hours | None) -> None:
        changes: dict[str, Any] = {key: format_hours(hours)}
        self._offer(replace(self.settings, **changes))

    def _offer(self, new: Settings) -> None:
        self.show_settings(self.settings)  # buttons that were tapped show the saved value, not just the tap
        if new != self.settings:
            self.changed.emit(new)
