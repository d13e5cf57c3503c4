"""The end of the questionnaire: which conversation to have with the doctor, or "tell a staff member now".

The text keeps to a readable column (about :data:`MAX_LINE_CHARS` characters a line, measured with
the font on screen), lists have real bullets with a hanging indent, and the disclaimer is shown
once. "Please tell a staff member now" is a screen of its own kind: one instruction to the patient
and a "For staff" control; the warning signs themselves are shown only to staff, after their PIN
(``kiosk/ui/staff/warnings.py``), never on this screen where the room could read them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.languages import is_right_to_left
from kiosk.core.questionnaire.model import Result
from kiosk.ui import icons
from kiosk.ui.theme import Palette
from kiosk.ui.visit.question import AnswerButton
from kiosk.ui.visit.speech import Passage, button_passage, label_passage
from kiosk.ui.visit.takehome import TakeHomeCode
from kiosk.ui.widgets.accessible import Decoration
from kiosk.ui.widgets.controls import TouchButton
from kiosk.ui.widgets.more_below import MoreBelow
from kiosk.ui.widgets.reading import ReadingArea, kinetic_scroll

# How wide the result's text column is, in characters of its own words at the body font: lines then
# stay at about 75 characters or fewer (WCAG 1.4.8 asks for at most 80).
MAX_LINE_CHARS = 68
# The side of the result's icon, in logical pixels (one of the sides ``kiosk.ui.icons`` draws).
ICON_SIDE = 96


class BulletItem(QWidget):
    """One entry of a list: a bullet, and its words in a column of their own (a hanging indent)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bullet = QLabel("•")
        self.bullet.setProperty("role", "result-bullet")
        self.bullet.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.bullet.setAccessibleName("")
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.bullet, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.bullet.setFixedWidth(round(self.bullet.fontMetrics().horizontalAdvance("•") * 2))


class ResultScreen(QWidget):
    """The end of the questionnaire: which conversation to have with the doctor, or "tell staff now".

    Signals:
        staff_requested(): "For staff" was touched (only on "Please tell a staff member now").
    """

    staff_requested = Signal()
    question_toggled = Signal(int)

    def __init__(
        self,
        result: Result,
        lang: str,
        disclaimer: str,
        colors: Palette,
        parent: QWidget | None = None,
        *,
        chosen: frozenset[int] = frozenset(),
        wide: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ResultScreen")
        outcome = result.outcome
        self.kind = outcome.kind
        self.urgent = outcome.kind.urgent
        self.setProperty("kind", outcome.kind.value)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        urgent = self.urgent

        self.icon = Decoration()  # the headline says it all
        color = colors.on_alert if urgent else colors.primary
        self.icon.setPixmap(icons.icon(outcome.icon or "fa6s.user-doctor", color).pixmap(QSize(ICON_SIDE, ICON_SIDE)))
        self.icon.setFixedSize(ICON_SIDE, ICON_SIDE)  # never squeezed, so never cut
        self.headline = QLabel(outcome.headline(lang))
        self._said = outcome.headline(lang)  # what a screen reader says (the label marks words read aloud)
        self.headline.setProperty("role", "result-headline")
        # "Please tell a staff member now": one plain instruction, the largest words after the headline.
        self.instruction: QLabel | None = None
        if urgent:
            self.instruction = QLabel(self.tr("Show this screen to a staff member"))
            self.instruction.setProperty("role", "result-instruction")
            self._said += " " + self.instruction.text()
        self.explanation = QLabel(outcome.explanation(lang))
        # A warning sign the patient was not sure about: first, right under the headline, in the
        # warning style, so it is never below the fold. On "tell a staff member now" the signs are
        # shown to staff only (after their PIN), not to the room.
        self.warnings = [] if urgent else [QLabel(note.text(lang)) for note in result.warning_notes]
        for label in self.warnings:
            label.setProperty("role", "result-warning")
        self.note_items = [BulletItem(note.text(lang)) for note in result.other_notes]
        # Questions for a later talk with the doctor would only soften "now": not on the urgent screen.
        # Each is a toggle: the ones the patient taps go on the take-home summary.
        self.questions = [] if urgent else list(outcome.questions_to_ask(lang))
        self.question_buttons: list[AnswerButton] = []
        for index, text in enumerate(self.questions):
            button = AnswerButton(text, index, colors, toggle=True, right_to_left=is_right_to_left(lang))
            button.setChecked(index in chosen)
            button.toggled.connect(lambda _on, index=index: self.question_toggled.emit(index))
            self.question_buttons.append(button)
        self.notes = [item.text for item in self.note_items]
        self.disclaimer = QLabel(disclaimer)
        self.disclaimer.setProperty("role", "disclaimer")
        self.staff_button: TouchButton | None = None
        if urgent:
            self.staff_button = TouchButton()
            self.staff_button.setProperty("role", "result-staff")
            self.staff_button.setIcon(icons.icon("fa6s.lock", colors.on_secondary))
            self.staff_button.setIconSize(QSize(32, 32))
            self.staff_button.set_label(self.tr("For staff"), self.tr("Staff only: asks for the staff PIN"))
            self.staff_button.clicked.connect(self.staff_requested)

        self.column = QWidget()
        self.column.setObjectName("ResultColumn")
        column = QVBoxLayout(self.column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        column.addWidget(self.headline)
        if self.instruction is not None:
            column.addSpacing(8)
            column.addWidget(self.instruction)
            column.addSpacing(8)
        for label in self.warnings:
            column.addWidget(label)
        column.addWidget(self.explanation)
        # Right under the explanation, so it is always seen without scrolling, however many notes follow.
        column.addWidget(self.disclaimer)
        if self.note_items or self.questions:  # (nothing after the last line: no scrolling for a margin)
            column.addSpacing(8)
        if self.note_items:
            column.addWidget(self._heading(self.tr("Also tell your doctor or the staff")))
            for item in self.note_items:
                column.addWidget(item)
        if self.question_buttons:
            column.addWidget(self._heading(self.tr("Questions to ask your doctor")))
            self.questions_hint = QLabel(self.tr("Tap the ones you want to ask. They go on your summary."))
            self.questions_hint.setProperty("role", "hint")
            column.addWidget(self.questions_hint)
            for button in self.question_buttons:
                column.addWidget(button)
        column.addStretch(1)
        for label in self.column.findChildren(QLabel):
            label.setWordWrap(label is not self.icon)
            label.setTextFormat(Qt.TextFormat.PlainText)  # a pack's words are never markup or links
            if urgent:
                label.setProperty("urgent", True)
        self.icon.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        # The icon beside the column (so the headline has the column's whole width), both centred in
        # the panel when the panel is wider than a readable line.
        content = QWidget()
        centre = QHBoxLayout(content)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.setSpacing(24)
        centre.addStretch(1)
        centre.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        centre.addWidget(self.column, 100)
        # The take-home code: beside the words on a landscape screen, under them on a portrait one.
        self.take_home: TakeHomeCode | None = None
        if not urgent:
            self.take_home = TakeHomeCode()
            if wide:
                centre.addWidget(self.take_home, 0, Qt.AlignmentFlag.AlignTop)
            else:
                column.insertWidget(column.count() - 1, self.take_home, 0, Qt.AlignmentFlag.AlignHCenter)
        centre.addStretch(1)
        # Named by its headline, as a page's text is by its title.
        self.text = ReadingArea(outcome.headline(lang))
        kinetic_scroll(content, self.text)
        self.more_below = MoreBelow(self.text, colors.on_primary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.text)
        if self.staff_button is not None:  # outside the scrolled text: always in sight, in one place
            layout.addSpacing(12)
            layout.addWidget(self.staff_button, 0, Qt.AlignmentFlag.AlignRight)

    # -- a readable column ---------------------------------------------------------------------

    def line_width(self) -> int:
        """The widest the text column may be: :data:`MAX_LINE_CHARS` characters of this screen's own
        words in the body font (the font's "average character" is wider than real text, and Spanish
        words are not English ones)."""
        self.explanation.ensurePolished()
        metrics = QFontMetricsF(self.explanation.font())
        texts = [label.text() for label in (self.explanation, *self.notes)] + self.questions
        words = " ".join(texts) or "x"
        return round(metrics.horizontalAdvance(words) / len(words) * MAX_LINE_CHARS)

    def _cap_column(self) -> None:
        self.column.setMaximumWidth(self.line_width())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._cap_column()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt override)
        self._cap_column()  # the text size may have changed the font since the last time
        super().resizeEvent(event)

    # -- reading and keyboard ------------------------------------------------------------------

    def announcement(self) -> str:
        """What a screen reader says as the result comes up: its headline, and on "Please tell a
        staff member now" the instruction too (said at once: ``urgent``)."""
        return self._said

    def focus_order(self) -> list[QWidget]:
        """The text, to scroll it, the questions to choose, and "For staff" when it is there."""
        staff = [self.staff_button] if self.staff_button is not None else []
        return [self.text, *self.question_buttons, *staff]

    def reading_labels(self) -> list[QLabel]:
        """The labels "Read aloud" reads, top to bottom: no bullets, no icon, nothing empty."""
        labels: list[QLabel] = []
        layout = self.column.layout()
        assert layout is not None
        for index in range(layout.count()):
            item = layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, BulletItem):
                labels.append(widget.text)
            elif isinstance(widget, QLabel) and widget is not self.icon and widget.text():
                labels.append(widget)
        return labels

    def passages(self, colors: Palette) -> list[Passage]:
        """What "Read aloud" reads: everything on the screen from top to bottom (bullets are not read)."""
        passages = [label_passage(label, colors) for label in self.reading_labels()]
        passages += [button_passage(button, button.label()) for button in self.question_buttons]
        if self.take_home is not None:
            passages.append(label_passage(self.take_home.caption, colors))
        return passages

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "result-heading")
        return label
