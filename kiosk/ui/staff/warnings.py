"""For staff, on "Please tell a staff member now": the staff PIN, then the warning signs the patient reported.

The list names every warning-sign question answered "Yes" or "Not sure", marked which, in the
staff language (the kiosk's default language) and in the patient's language. It is shown only after
the right PIN, so nobody across the room reads it on the result screen. "End this visit" forgets
the answers; "Back to the result", Cancel, a wrong PIN followed by Cancel, or a minute without a
touch leave the result as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QStackedLayout, QVBoxLayout, QWidget

from kiosk.core.clock import Clock
from kiosk.core.languages import own_name
from kiosk.core.pin import PinStore
from kiosk.core.questionnaire.model import ReportedSign
from kiosk.ui import theme
from kiosk.ui.i18n import translate_in
from kiosk.ui.staff.pinpad import PinScreen
from kiosk.ui.staff.style import staff_stylesheet
from kiosk.ui.staff.widgets import staff_button, staff_label
from kiosk.ui.visit.idle import IdleWatcher
from kiosk.ui.widgets import input_filters
from kiosk.ui.widgets.reading import kinetic_scroll

# The words shown in the patient's language too (lupdate reads these; ``translate_in`` looks them up).
CONTEXT = "WarningCheck"
YES = QT_TRANSLATE_NOOP("WarningCheck", "Yes")
NOT_SURE = QT_TRANSLATE_NOOP("WarningCheck", "Not sure")


class SignRow(QWidget):
    """One reported warning sign: the answer (Yes or Not sure) and the question, in one or two languages."""

    def __init__(self, sign: ReportedSign, languages: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "warning-sign")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.sign = sign
        # A patient's language without a translation of its own falls back to the staff language's.
        marks = [_mark(sign, lang, languages[0]) for lang in languages]
        self.mark = staff_label(" / ".join(dict.fromkeys(marks)), "warning-mark")
        self.mark.setProperty("not_sure", sign.not_sure)
        self.mark.setWordWrap(False)
        self.texts = [staff_label(sign.question.text(lang), "warning-question") for lang in languages]
        for extra in self.texts[1:]:
            extra.setProperty("role", "warning-question-other")
        words = QVBoxLayout()
        words.setSpacing(4)
        for label in self.texts:
            words.addWidget(label)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        row.setSpacing(24)
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)


def _mark(sign: ReportedSign, lang: str, fallback: str | None = None) -> str:
    if sign.not_sure:
        return translate_in(lang, CONTEXT, str(NOT_SURE), fallback)
    return sign.answer_text(lang) or translate_in(lang, CONTEXT, str(YES), fallback)


class WarningCheck(QWidget):
    """The staff PIN, then the list of reported warning signs, over the whole kiosk window.

    Signals:
        dismissed(): staff chose "End this visit" (the window forgets the visit).
        closed(): back to the result unchanged (Cancel, "Back to the result", or no touch for TIMEOUT_MS).
    """

    dismissed = Signal()
    closed = Signal()

    # Without a touch for this long, the PIN pad or the list gives way to the result again, so the
    # patient's screen (or the list, which is for staff) never stays open for the room.
    TIMEOUT_MS = 60_000

    def __init__(self, pins: PinStore, parent: QWidget | None = None, *, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WarningCheck")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.pins = pins
        self.signs: tuple[ReportedSign, ...] = ()
        self.languages: tuple[str, ...] = ()
        self._style_key: tuple[str, float] | None = None
        self._theme = theme.DEFAULT_THEME
        self.idle = IdleWatcher(self.TIMEOUT_MS, self, clock=clock)
        self.idle.timed_out.connect(self.close_check)
        self._stack = QStackedLayout(self)
        self.pin_screen = self._new_pin_screen()
        self.list_page = QWidget()
        self._stack.addWidget(self.pin_screen)
        self._stack.addWidget(self.list_page)
        self.rows: list[SignRow] = []

    def _new_pin_screen(self) -> PinScreen:
        screen = PinScreen(self.pins)
        screen.accepted.connect(self.show_list)
        screen.cancelled.connect(self.close_check)
        return screen

    # -- showing -------------------------------------------------------------------------------

    def begin(
        self, signs: tuple[ReportedSign, ...], patient_language: str, staff_language: str, theme_name: str
    ) -> None:
        """Ask for the PIN; the words are in the app's language of this moment (the staff language)."""
        self.signs = signs
        self.languages = tuple(dict.fromkeys((staff_language, patient_language)))
        self._theme = theme_name
        self._apply_style()
        old, self.pin_screen = self.pin_screen, self._new_pin_screen()  # its keys in today's words
        self._swap(old, self.pin_screen)
        self._stack.setCurrentWidget(self.pin_screen)
        self.pin_screen.begin_entry()
        self._watch(True)

    def is_listing(self) -> bool:
        """True while the warning signs are on show (only ever after the right PIN)."""
        return self._stack.currentWidget() is self.list_page and self.isVisible()

    @Slot()
    def show_list(self) -> None:
        """The right PIN: the warning signs, and the way to end the visit."""
        page = self._build_list()
        self._swap(self.list_page, page)
        self.list_page = page
        self._stack.setCurrentWidget(page)
        self.idle.start()

    def _build_list(self) -> QWidget:
        page = QWidget()
        staff, patient = self.languages[0], self.languages[-1]
        self.title = staff_label(self.tr("Warning signs the patient reported"), "staff-title")
        if patient != staff:
            note = self.tr("Each sign in {staff}, then in {patient}, the patient's language.").format(
                staff=own_name(staff), patient=own_name(patient)
            )
        else:
            note = self.tr("Every warning-sign question the patient answered Yes or Not sure.")
        self.note = staff_label(note, "staff-note")
        self.rows = [SignRow(sign, self.languages) for sign in self.signs]
        listing = QWidget()
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        for row in self.rows:
            column.addWidget(row)
        if not self.rows:
            column.addWidget(
                staff_label(self.tr("No warning-sign question was answered Yes or Not sure. Ask the patient."))
            )
        column.addStretch(1)
        self.back_button = staff_button(self.tr("Back to the result"))
        self.back_button.clicked.connect(self.close_check)
        self.dismiss_button = staff_button(self.tr("End this visit"), "primary")
        self.dismiss_button.clicked.connect(self._on_dismiss)
        ending = staff_label(self.tr("Ending the visit forgets the patient's answers and shows the start screen."))
        ending.setProperty("role", "staff-note")
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(ending, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(64, 48, 64, 48)
        layout.setSpacing(20)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(kinetic_scroll(listing, name=self.title.text()), 1)
        layout.addLayout(buttons)
        return page

    # -- leaving -------------------------------------------------------------------------------

    @Slot()
    def close_check(self) -> None:
        """Back to the result, unchanged."""
        if self._end():
            self.closed.emit()

    @Slot()
    def _on_dismiss(self) -> None:
        if self._end():
            self.dismissed.emit()

    def end(self) -> None:
        """Forget the list and anything typed, without a signal (the visit ended some other way)."""
        self._end()

    def _end(self) -> bool:
        was_open = self.idle.is_running() or self.isVisible()
        self._watch(False)
        self.pin_screen.stop()
        self.signs = ()
        self.rows = []
        empty = QWidget()  # nothing of the list is kept once it is closed
        self._swap(self.list_page, empty)
        self.list_page = empty
        self._stack.setCurrentWidget(self.pin_screen)
        return was_open

    def _swap(self, old: QWidget, new: QWidget) -> None:
        self._stack.addWidget(new)
        self._stack.removeWidget(old)
        old.hide()
        old.deleteLater()

    def _watch(self, on: bool) -> None:
        app = QApplication.instance()
        if on:
            if app is not None:
                input_filters.install(self.idle)
            self.idle.start()
        else:
            if app is not None:
                input_filters.remove(self.idle)
            self.idle.stop()

    # -- looks ---------------------------------------------------------------------------------

    def _apply_style(self) -> None:
        key = (self._theme, round(theme.screen_scale(self.size() if self.isVisible() else self._window_size()), 2))
        if key != self._style_key:
            self._style_key = key
            self.setStyleSheet(staff_stylesheet(*key))

    def _window_size(self) -> QSize:
        parent = self.parentWidget()
        return parent.size() if parent is not None else self.size()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt override)
        self._apply_style()
        super().resizeEvent(event)
