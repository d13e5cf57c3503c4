"""The end of the questionnaire: which conversation to have with the doctor."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.questionnaire.model import Result
from kiosk.ui import icons
from kiosk.ui.theme import Palette
from kiosk.ui.visit.speech import Passage, label_passage
from kiosk.ui.widgets.reading import ReadingArea, kinetic_scroll


class ResultScreen(QWidget):
    """The end of the questionnaire: which conversation to have with the doctor, or "tell staff now"."""

    def __init__(
        self, result: Result, lang: str, disclaimer: str, colors: Palette, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ResultScreen")
        outcome = result.outcome
        self.kind = outcome.kind
        self.setProperty("kind", outcome.kind.value)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        urgent = outcome.kind.urgent

        self.icon = QLabel()
        color = colors.on_urgent if urgent else colors.primary
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

    def passages(self, colors: Palette) -> list[Passage]:
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
