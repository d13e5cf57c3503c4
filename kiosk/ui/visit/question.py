"""The questionnaire on screen: one question with big answer buttons, and the result."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.questionnaire.model import NOT_SURE, Answer, Question, Result
from kiosk.ui import icons
from kiosk.ui.visit.speech import Passage, button_passage, label_passage
from kiosk.ui.widgets.controls import TouchButton
from kiosk.ui.widgets.focus_frame import FocusFrame, frame_properties
from kiosk.ui.widgets.kinetic import enable_kinetic_scroll

SCALE = range(11)
ICON_SIZE = QSize(36, 36)


class ReadingArea(QScrollArea):
    """Text to read that may be taller than its box: touch users flick it, keyboard and switch users
    Tab into it (a frame shows they are there) and scroll it with Up, Down, Page Up, Page Down,
    Space (Shift+Space goes back), Home and End. A tap never gives it the focus."""

    _ACTIONS: ClassVar[dict[Qt.Key, QAbstractSlider.SliderAction]] = {
        Qt.Key.Key_Space: QAbstractSlider.SliderAction.SliderPageStepAdd,
        Qt.Key.Key_Home: QAbstractSlider.SliderAction.SliderToMinimum,
        Qt.Key.Key_End: QAbstractSlider.SliderAction.SliderToMaximum,
    }

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "reading")
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.frame = FocusFrame(self)

    # Set by the style sheet (see kiosk/ui/widgets/focus_frame.py).
    focusFrameWidth, focusFrameRadius, focusFrameColor = frame_properties()  # noqa: N815

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt override)
        action = self._ACTIONS.get(Qt.Key(event.key()))
        if action is None or event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            super().keyPressEvent(event)  # arrows and Page Up/Down
            return
        if action is QAbstractSlider.SliderAction.SliderPageStepAdd and event.modifiers():
            action = QAbstractSlider.SliderAction.SliderPageStepSub
        self.verticalScrollBar().triggerAction(action)
        event.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.verticalScrollBar().setSingleStep(self.fontMetrics().lineSpacing())  # Up/Down: one line


def kinetic_scroll(content: QWidget, scroll: QScrollArea | None = None) -> QScrollArea:
    """``content`` in a frameless, vertically flick-scrolled area (only used when it does not fit)."""
    if scroll is None:
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)  # (a ReadingArea keeps its focus frame)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    scroll.viewport().setAutoFillBackground(False)
    content.setAutoFillBackground(False)
    enable_kinetic_scroll(scroll.viewport())
    return scroll


class AnswerButton(TouchButton):
    """A full-width answer; long answers take more lines. In a multiple-choice question it is a toggle
    with a check box icon."""

    def __init__(
        self, text: str, value: str | int, colors: dict[str, str], toggle: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(wrap=True, parent=parent)
        self.value = value
        self._colors = colors
        self.setProperty("role", "answer")
        self.setCheckable(toggle)
        # As tall as the words need; side by side, answers in one row share the tallest one's height.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.set_label(text)
        if toggle:
            self.toggled.connect(self._show_check)
            self._show_check(False)

    @Slot(bool)
    def _show_check(self, checked: bool) -> None:
        name = "fa6s.square-check" if checked else "fa6.square"
        self.setIcon(icons.icon(name, self._colors["on_primary"] if checked else self._colors["text"]))
        self.setIconSize(ICON_SIZE)
        self.setAccessibleDescription(self.tr("selected") if checked else self.tr("not selected"))

    def mark_previous(self, selected: bool) -> None:
        """Show which answer the patient gave before, when they come back with Back."""
        if self.isCheckable():
            self.setChecked(selected)
        elif self.property("selected") is not selected:
            looks_different = bool(self.property("selected")) != selected
            self.setProperty("selected", selected)
            if looks_different and self.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                self.style().unpolish(self)  # the style sheet looks at the new mark
                self.style().polish(self)


class QuestionScreen(QWidget):
    """One question: prompt, hint, answers, and "Not sure".

    Signals:
        answered(object): the patient chose an answer (single, yes/no, scale, or "Not sure").
        selection_changed(): a toggle of a multiple-choice question changed.
    """

    answered = Signal(object)
    selection_changed = Signal()

    #: Lists longer than this are shown in two columns when there is room.
    ONE_COLUMN_MAX = 4

    def __init__(
        self,
        question: Question,
        lang: str,
        previous: Answer | None,
        colors: dict[str, str],
        *,
        wide: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("QuestionScreen")
        columns = 2 if wide and len(question.options) > self.ONE_COLUMN_MAX else 1
        self.question = question
        self.buttons: list[AnswerButton] = []

        self.progress_label = QLabel()
        self.progress_label.setProperty("role", "counter")
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.prompt = QLabel(question.text(lang))
        self.prompt.setProperty("role", "question")
        self.prompt.setWordWrap(True)
        self.hint = QLabel(question.hint(lang))
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        if not question.hint(lang):
            # Only ever hidden here: showing a label before it has a parent would open it as a
            # window of its own for a moment, and take the keyboard focus from the kiosk.
            self.hint.hide()

        answers = QWidget()
        answers_layout = QVBoxLayout(answers)
        answers_layout.setContentsMargins(0, 0, 0, 0)
        answers_layout.setSpacing(16)
        if question.kind == "scale":
            answers_layout.addLayout(self._scale(colors))
        else:
            toggle = question.kind == "multiple"
            # Long lists use two columns on a wide screen, so every answer shows without scrolling.
            per_column = -(-len(question.options) // columns) if columns > 1 else len(question.options)
            grid = QGridLayout()
            grid.setHorizontalSpacing(16)
            grid.setVerticalSpacing(16)
            for index, option in enumerate(question.options):
                button = AnswerButton(option.text(lang), option.id, colors, toggle=toggle)
                if toggle:
                    button.toggled.connect(self.selection_changed)
                else:
                    button.clicked.connect(self._on_choice)
                grid.addWidget(button, index % per_column, index // per_column)
                self.buttons.append(button)
            for column in range(columns):
                grid.setColumnStretch(column, 1)  # columns of equal width, whatever their words
            answers_layout.addLayout(grid)
        self.not_sure = AnswerButton(self.tr("Not sure"), NOT_SURE, colors)
        self.not_sure.setProperty("role", "answer-unsure")
        self.not_sure.clicked.connect(self._on_choice)
        answers_layout.addWidget(self.not_sure)
        answers_layout.addStretch(1)

        self.answers_area = kinetic_scroll(answers)

        top = QHBoxLayout()
        top.addWidget(self.progress_label)
        top.addWidget(self.progress_bar, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addLayout(top)
        layout.addWidget(self.prompt)
        layout.addWidget(self.hint)
        layout.addWidget(self.answers_area, 1)
        self.show_previous(previous)

    def show_previous(self, previous: Answer | None) -> None:
        """Mark the answer given before (Back, or a language change), and only that one.

        A screen is kept for the next time its question is asked, so every mark is set again here,
        and the answers are scrolled back to the top.
        """
        chosen = previous if isinstance(previous, frozenset) else frozenset({previous})
        for button in (*self.buttons, self.not_sure):
            button.mark_previous(button.value in chosen)
        QScroller.scroller(self.answers_area.viewport()).stop()  # and the list starts at the top
        self.answers_area.verticalScrollBar().setValue(0)

    def _scale(self, colors: dict[str, str]) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        for number in SCALE:
            button = AnswerButton(str(number), number, colors)
            button.clicked.connect(self._on_choice)
            grid.addWidget(button, 0, number)
            self.buttons.append(button)
        low = QLabel(self.tr("No pain"))
        high = QLabel(self.tr("Worst pain"))
        for label in (low, high):
            label.setProperty("role", "hint")
        grid.addWidget(low, 1, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(high, 1, 8, 1, 3, Qt.AlignmentFlag.AlignRight)
        return grid

    def set_progress(self, number: int, total: int) -> None:
        self.progress_label.setText(self.tr("Question {number} of about {total}").format(number=number, total=total))
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(number)

    def focus_order(self) -> list[QWidget]:
        """The answers in reading order, then "Not sure"."""
        return [*self.buttons, self.not_sure]

    def passages(self, colors: dict[str, str]) -> list[Passage]:
        """What "Read aloud" reads: the question, its hint, then every answer."""
        labels = [self.prompt, *([self.hint] if self.hint.text() else [])]
        answers = [button_passage(button, button.label()) for button in (*self.buttons, self.not_sure)]
        return [*(label_passage(label, colors) for label in labels), *answers]

    def selection(self) -> frozenset[str]:
        return frozenset(str(b.value) for b in self.buttons if b.isCheckable() and b.isChecked())

    @Slot()
    def _on_choice(self) -> None:
        button = self.sender()
        if isinstance(button, AnswerButton):
            self.answered.emit(button.value)


class ResultScreen(QWidget):
    """The end of the questionnaire: which conversation to have with the doctor, or "tell staff now"."""

    def __init__(
        self, result: Result, lang: str, disclaimer: str, colors: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ResultScreen")
        outcome = result.outcome
        self.kind = outcome.kind
        self.setProperty("kind", outcome.kind.value)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        urgent = outcome.kind.urgent

        self.icon = QLabel()
        color = colors["on_urgent"] if urgent else colors["primary"]
        self.icon.setPixmap(icons.icon(outcome.icon or "fa6s.user-doctor", color).pixmap(QSize(96, 96)))
        self.headline = QLabel(outcome.headline(lang))
        self.headline.setProperty("role", "result-headline")
        self.explanation = QLabel(outcome.explanation(lang))
        # A warning sign the patient was not sure about: first, right under the headline, in the
        # warning style, so it is never below the fold.
        self.warnings = [QLabel(note.text(lang)) for note in result.warning_notes]
        for label in self.warnings:
            label.setProperty("role", "result-warning")
        self.notes = [QLabel("• " + note.text(lang)) for note in result.other_notes]
        self.questions = [QLabel("• " + text) for text in outcome.questions_to_ask(lang)]
        self.disclaimer = QLabel(disclaimer)
        self.disclaimer.setProperty("role", "disclaimer")

        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(14)
        head = QHBoxLayout()
        head.setSpacing(24)
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.headline, 1)
        column.addLayout(head)
        for label in self.warnings:
            column.addWidget(label)
        column.addWidget(self.explanation)
        # Right under the explanation, so it is always seen without scrolling, however many notes follow.
        column.addWidget(self.disclaimer)
        column.addSpacing(8)
        if self.notes:
            column.addWidget(self._heading(self.tr("Also tell your doctor or the staff")))
            for label in self.notes:
                column.addWidget(label)
        if self.questions:
            column.addWidget(self._heading(self.tr("Questions to ask your doctor")))
            for label in self.questions:
                column.addWidget(label)
        column.addStretch(1)
        for label in content.findChildren(QLabel):
            label.setWordWrap(True)
            if urgent:
                label.setProperty("urgent", True)

        # Named by its headline, as a page's text is by its title.
        self.text = ReadingArea(outcome.headline(lang))
        kinetic_scroll(content, self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.text)

    def focus_order(self) -> list[QWidget]:
        """Only the text, to scroll it; nothing to press here."""
        return [self.text]

    def passages(self, colors: dict[str, str]) -> list[Passage]:
        """What "Read aloud" reads: everything on the screen from top to bottom (bullets are not read)."""
        content = self.headline.parentWidget()
        layout = content.layout() if content is not None else None
        labels: list[QLabel] = [self.headline]
        if layout is not None:
            for index in range(layout.count()):
                item = layout.itemAt(index)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel) and widget is not self.icon and widget.text():
                    labels.append(widget)
        return [label_passage(label, colors, skip=2 if label.text().startswith("• ") else 0) for label in labels]

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "result-heading")
        return label
