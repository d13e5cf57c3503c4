"""A key-point check on screen (teach-back): the question and its answers, then what the answer means.

Never a test: the screens say "That's right" or "Let's look at that again", never "wrong", and show
no score. The answers are the questionnaire's answer buttons, in the same places, so a hand that
learnt the questions finds them here too; "I'm not sure" is always last and counts as a miss (the
point is shown, and asked once more).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.keypoints.model import Feedback, KeyPoint
from kiosk.core.keypoints.reader import NOT_SURE
from kiosk.ui import icons
from kiosk.ui.theme import Palette
from kiosk.ui.visit.question import ANSWER_SPACING, AnswerButton
from kiosk.ui.visit.speech import Passage, button_passage, label_passage
from kiosk.ui.widgets.accessible import Decoration, Group
from kiosk.ui.widgets.more_below import MoreBelow
from kiosk.ui.widgets.reading import kinetic_scroll

#: The answer id of "I'm not sure" on a check (the reader refuses it as an option's id).
UNSURE = NOT_SURE
ICON_SIDE = 72


class CheckScreen(QWidget):
    """One check being asked: which step it is, the question, the answers, and "I'm not sure".

    Signals:
        answered(str): the id of the answer the patient chose.
    """

    answered = Signal(str)

    def __init__(
        self, check: KeyPoint, lang: str, number: int, total: int, colors: Palette, *, wide: bool = True,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("CheckScreen")
        self.check = check
        self.lang = lang
        self.counter = QLabel(self.tr("Checking what you read: {number} of {total}").format(number=number, total=total))
        self.counter.setProperty("role", "counter")
        self.prompt = QLabel(check.text(lang))
        self.prompt.setProperty("role", "question")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)  # a pack's words are never markup
        self.buttons = [AnswerButton(option.text(lang), option.id, colors) for option in check.options]
        self.not_sure = AnswerButton(self.tr("I'm not sure"), UNSURE, colors)
        self.not_sure.setProperty("role", "answer-unsure")
        for button in (*self.buttons, self.not_sure):
            button.clicked.connect(self._on_choice)
        answers = Group()  # a screen reader says the question as the focus comes to its first answer
        answers.setAccessibleName(check.text(lang))
        grid = QGridLayout(answers)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(ANSWER_SPACING)
        columns = 2 if wide else 1
        for index, cell in enumerate((*self.buttons, self.not_sure)):
            grid.addWidget(cell, index // columns, index % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(grid.rowCount(), 1)
        self.answers_area = kinetic_scroll(answers)
        self.answers_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from answer to answer
        # With the largest text on a small screen the answers scroll: say so, as a page does.
        self.more_below = MoreBelow(self.answers_area, colors.on_primary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addWidget(self.counter)
        layout.addWidget(self.prompt)
        if total < 2:  # one check after a section: "1 of 1" would only take a line from the answers
            self.counter.hide()
        layout.addWidget(self.answers_area, 1)

    def focus_order(self) -> list[QWidget]:
        return [*self.buttons, self.not_sure]

    def announcement(self) -> str:
        """What a screen reader says as the check comes up."""
        shown = self.counter.text() if not self.counter.isHidden() else ""
        prompt = self.check.text(self.lang)  # (the label's text marks the word read aloud)
        return f"{shown}. {prompt}" if shown else prompt

    def passages(self, colors: Palette) -> list[Passage]:
        """The question, then every answer."""
        answers = [button_passage(button, button.label()) for button in (*self.buttons, self.not_sure)]
        return [label_passage(self.prompt, colors), *answers]

    @Slot()
    def _on_choice(self) -> None:
        button = self.sender()
        if isinstance(button, AnswerButton):
            self.answered.emit(str(button.value))


class CheckAnswerScreen(QWidget):
    """What an answer to a check means: "That's right", "Let's look at that again", or (after a
    second miss) that the point goes on the summary, each with the key point in large words.

    The button to go on is the bar's big right-hand one, where Next always is."""

    def __init__(
        self, check: KeyPoint, feedback: Feedback, lang: str, colors: Palette, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CheckAnswerScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.feedback = feedback
        self._said = ""  # what a screen reader says as the screen comes up
        self.setProperty("feedback", feedback.value)
        headline, icon = {
            Feedback.RIGHT: (self.tr("That's right."), "fa6s.circle-check"),
            Feedback.AGAIN: (self.tr("Let's look at that again."), "fa6s.book-open"),
            Feedback.LATER: (self.tr("Here is the point to remember."), "fa6s.user-doctor"),
        }[feedback]
        self.icon = Decoration()  # the headline says it all
        self.icon.setPixmap(icons.icon(icon, colors.primary).pixmap(QSize(ICON_SIDE, ICON_SIDE)))
        self.icon.setFixedSize(ICON_SIDE, ICON_SIDE)
        self.headline = QLabel(headline)
        self.headline.setProperty("role", "result-headline")
        self.point = QLabel(check.point(lang))
        self.point.setProperty("role", "check-point")
        self.after = QLabel(
            {
                Feedback.RIGHT: "",
                Feedback.AGAIN: self.tr("Read it once more. Then you will see the question again."),
                Feedback.LATER: self.tr("This point is on your summary, to go over with your doctor."),
            }[feedback]
        )
        self.after.setProperty("role", "hint")
        column = QWidget()
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(20)
        box.addWidget(self.icon)
        box.addWidget(self.headline)
        box.addWidget(self.point)
        box.addWidget(self.after)
        box.addStretch(1)
        for label in (self.headline, self.point, self.after):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # a pack's words are never markup
        if not self.after.text():
            self.after.hide()
        self.text = kinetic_scroll(column)
        self.text.setAccessibleName(headline)
        self._said = f"{headline} {check.point(lang)}"  # a stop for Tab (to scroll it), named as a page's text is
        self.more_below = MoreBelow(self.text, colors.on_primary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.text)

    def focus_order(self) -> list[QWidget]:
        return [self.text]

    def announcement(self) -> str:
        """What a screen reader says as the screen comes up: what the answer means, and the point."""
        return self._said

    def passages(self, colors: Palette) -> list[Passage]:
        labels = [self.headline, self.point, *([self.after] if self.after.text() else [])]
        return [label_passage(label, colors) for label in labels]
