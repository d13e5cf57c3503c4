"""One question of the questionnaire on screen, with big answer buttons and "Not sure"."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.languages import is_right_to_left
from kiosk.core.questionnaire.model import NOT_SURE, Answer, Question
from kiosk.ui import icons
from kiosk.ui.theme import Palette
from kiosk.ui.visit.speech import Passage, button_passage, label_passage
from kiosk.ui.widgets import accessible
from kiosk.ui.widgets.accessible import Group
from kiosk.ui.widgets.controls import TouchButton
from kiosk.ui.widgets.reading import kinetic_scroll

SCALE = range(11)
#: Between a question and its hint, in logical pixels.
HEADER_SPACING = 20
#: Between answers, in logical pixels (rows and columns alike).
ANSWER_SPACING = 10
ICON_SIZE = QSize(36, 36)


class AnswerButton(TouchButton):
    """A full-width answer; long answers take more lines. In a multiple-choice question it is a toggle
    with a check box icon; otherwise a screen reader gets a radio button, checked on the answer the
    patient gave before (after Back)."""

    def __init__(
        self,
        text: str,
        value: str | int,
        colors: Palette,
        toggle: bool = False,
        parent: QWidget | None = None,
        *,
        right_to_left: bool = False,
    ) -> None:
        super().__init__(wrap=True, parent=parent)
        if toggle and right_to_left:
            # Qt's style sheets place an icon and right-aligned text apart in a right-to-left button;
            # laid out left to right and aligned right, the box and the words stay together at the
            # side a right-to-left reader starts from.
            self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            self.setProperty("mirrored", True)
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
        self.setIcon(icons.icon(name, self._colors.on_primary if checked else self._colors.text))
        self.setIconSize(ICON_SIZE)
        self.setAccessibleDescription(self.tr("selected") if checked else self.tr("not selected"))

    def accessible_role(self) -> QAccessible.Role:
        """One answer of several (a radio button), or a box to tick (multiple choice)."""
        return QAccessible.Role.CheckBox if self.isCheckable() else QAccessible.Role.RadioButton

    def accessible_checked(self) -> bool:
        """Ticked, or (one answer of several) the answer the patient gave before."""
        return self.isChecked() if self.isCheckable() else bool(self.property("selected"))

    def mark_previous(self, selected: bool) -> None:
        """Show which answer the patient gave before, when they come back with Back."""
        if self.isCheckable():
            self.setChecked(selected)
        elif self.property("selected") is not selected:
            looks_different = bool(self.property("selected")) != selected
            self.setProperty("selected", selected)
            if looks_different:
                accessible.checked_changed(self)
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

    def __init__(
        self,
        question: Question,
        lang: str,
        previous: Answer | None,
        colors: Palette,
        *,
        wide: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("QuestionScreen")
        self.question = question
        self.lang = lang
        self.buttons: list[AnswerButton] = []

        self.progress_label = QLabel()
        self.progress_label.setProperty("role", "counter")
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.prompt = QLabel(question.text(lang))
        self.prompt.setProperty("role", "question")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)  # a pack's words are never markup or links
        self.hint = QLabel(question.hint(lang))
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        if not question.hint(lang):
            # Only ever hidden here: showing a label before it has a parent would open it as a
            # window of its own for a moment, and take the keyboard focus from the kiosk.
            self.hint.hide()

        # A screen reader says the question as the focus comes to its first answer.
        answers = Group()
        answers.setAccessibleName(question.text(lang))
        answers.setAccessibleDescription(question.hint(lang))
        answers_layout = QVBoxLayout(answers)
        answers_layout.setContentsMargins(0, 0, 0, 0)
        answers_layout.setSpacing(ANSWER_SPACING)
        self.not_sure = AnswerButton(self.tr("Not sure"), NOT_SURE, colors)
        self.not_sure.setProperty("role", "answer-unsure")
        self.not_sure.clicked.connect(self._on_choice)
        if question.kind == "scale":
            answers_layout.addLayout(self._scale(colors))
            answers_layout.addWidget(self.not_sure)
        else:
            toggle = question.kind == "multiple"
            for option in question.options:
                button = AnswerButton(
                    option.text(lang), option.id, colors, toggle=toggle, right_to_left=is_right_to_left(lang)
                )
                if toggle:
                    button.toggled.connect(self.selection_changed)
                else:
                    button.clicked.connect(self._on_choice)
                self.buttons.append(button)
            grid = QGridLayout()
            grid.setHorizontalSpacing(ANSWER_SPACING)
            grid.setVerticalSpacing(ANSWER_SPACING)
            # On a wide screen the answers share rows, so every one, and "Not sure" (always last, in
            # its own colour), shows without scrolling even at 1280x800: Yes, No and Not sure side by
            # side; other lists two by two, in reading order.
            cells: list[QWidget] = [*self.buttons, self.not_sure]
            columns = (3 if question.kind == "yes_no" else 2) if wide else 1
            for index, cell in enumerate(cells):
                grid.addWidget(cell, index // columns, index % columns)
            for column in range(columns):
                grid.setColumnStretch(column, 1)  # columns of equal width, whatever their words
            answers_layout.addLayout(grid)
        answers_layout.addStretch(1)

        self.answers_area = kinetic_scroll(answers)
        # Not a stop for Tab of its own: Tab goes from answer to answer, and the list scrolls to each.
        self.answers_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        top = QHBoxLayout()
        top.addWidget(self.progress_label)
        top.addWidget(self.progress_bar, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addLayout(top)
        # The question and its hint in a box that every question gives the same height, so the
        # answers start at the same place on every screen (the second tap of a double tap, or a
        # hand that remembers, finds the same answer).
        self.header = QWidget()
        header = QVBoxLayout(self.header)
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(HEADER_SPACING)
        header.addWidget(self.prompt)
        header.addWidget(self.hint)
        header.addStretch(1)
        layout.addWidget(self.header)
        layout.addWidget(self.answers_area, 1)
        self.show_previous(previous)

    def set_header_room(self, height: int) -> None:
        """Reserve ``height`` pixels for the question and hint (the tallest of the questionnaire's)."""
        self.header.setMinimumHeight(height)

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

    def _scale(self, colors: Palette) -> QGridLayout:
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
        self.progress_bar.setAccessibleName(self.progress_label.text())
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(number)

    def announcement(self) -> str:
        """What a screen reader says as the question comes up: which one it is, and the question."""
        prompt = self.question.text(self.lang)  # (the label's text marks the word read aloud)
        return f"{self.progress_label.text()}. {prompt}" if self.progress_label.text() else prompt

    def focus_order(self) -> list[QWidget]:
        """The answers in reading order, then "Not sure"."""
        return [*self.buttons, self.not_sure]

    def passages(self, colors: Palette) -> list[Passage]:
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
