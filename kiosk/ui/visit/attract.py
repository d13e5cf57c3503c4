"""The screen a waiting patient sees first: the topic, the clinic and "Touch to start".

With several packs shown it is the topic choice instead (``kiosk/ui/visit/topics.py``): a tile per
pack, and no "Touch to start" (a touch between the tiles does nothing)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.languages import own_name
from kiosk.core.library.topics import Topic
from kiosk.ui.visit.topics import TopicChoice
from kiosk.ui.widgets import accessible
from kiosk.ui.widgets.controls import ContrastButton, TextSizeButton, TouchButton
from kiosk.ui.widgets.corner import KEEP_CLEAR_PX

#: Margins of the attract screen, in logical pixels.
SIDE_MARGIN, TOP_MARGIN = 64, 48


class AttractScreen(QWidget):
    """A tap anywhere starts a session (a screen reader's Press on the screen, "Touch to start", too).

    Signals:
        start_requested(): the patient touched the screen (or pressed Enter/Space).
        questions_requested(): the patient chose to go straight to the questions.
        language_requested(str): the patient chose a language (its code).
        text_size_requested(): the patient touched "Aa" (the next text size).
        contrast_requested(): the patient touched the contrast button.
        topic_requested(str): the patient touched a topic's tile (its pack's id).
    """

    start_requested = Signal()
    questions_requested = Signal()
    language_requested = Signal(str)
    text_size_requested = Signal()
    contrast_requested = Signal()
    topic_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AttractScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clinic = QLabel()
        self.clinic.setProperty("role", "clinic")
        self.title = QLabel()
        self.title.setProperty("role", "attract-title")
        self.subtitle = QLabel()
        self.subtitle.setProperty("role", "attract-subtitle")
        self.touch = QLabel()
        self.touch.setProperty("role", "touch")
        for label in (self.clinic, self.title, self.subtitle, self.touch):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.touch.setWordWrap(False)
        self.questions_button = TouchButton(wrap=True)
        self.questions_button.setProperty("role", "attract-questions")
        self.questions_button.clicked.connect(self.questions_requested)
        # Larger text and high contrast before the visit starts, for those who need them to read it.
        self.text_size_button = TextSizeButton()
        self.text_size_button.clicked.connect(self.text_size_requested)
        self.contrast_button = ContrastButton()
        self.contrast_button.clicked.connect(self.contrast_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SIDE_MARGIN, TOP_MARGIN, SIDE_MARGIN, TOP_MARGIN)
        self._languages = QHBoxLayout()
        self._languages.setSpacing(24)
        # The row stays clear of the staff corner (the top corner away from "Start over"), by as
        # much on both sides so it stays centred.
        room = KEEP_CLEAR_PX - SIDE_MARGIN
        self._languages.setContentsMargins(room, 0, room, 0)
        self._languages.addStretch(1)
        self._languages.addWidget(self.text_size_button)
        self._languages.addWidget(self.contrast_button)
        self._languages.addStretch(1)
        self.language_buttons: dict[str, TouchButton] = {}
        layout.addWidget(self.clinic)
        layout.addLayout(self._languages)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(24)
        layout.addWidget(self.subtitle)
        layout.addStretch(2)
        layout.addWidget(self.touch, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        layout.addWidget(self.questions_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.topics: TopicChoice | None = None  # made when more than one pack is shown
        self._stretches: dict[int, int] = {}
        self.setAccessibleName(self.tr("Touch to start"))
        self._pressed = False
        accessible.install()

    # -- for a screen reader (kiosk/ui/widgets/accessible.py) --------------------------------------

    def accessible_role(self) -> QAccessible.Role:
        return QAccessible.Role.Client

    def accessible_pressable(self) -> bool:
        """Press starts the visit, as a tap does; not while the topics are offered (a tile is chosen)."""
        return not self.choosing_topic()

    def accessible_press(self) -> None:
        self.start_requested.emit()

    def announcement(self) -> str:
        """What a screen reader says as the screen comes up: the topic (or the choice), and what to do."""
        if self.choosing_topic() and self.topics is not None:
            return self.topics.heading.text()
        return ". ".join(text for text in (self.title.text(), self.touch.text()) if text)

    def show_topics(self, topics: Sequence[Topic], lang: str, clinic: str, high_contrast: bool) -> None:
        """The topic choice: a tile per shown pack, in ``lang`` where each pack has it."""
        if self.topics is None:
            self.topics = TopicChoice()
            self.topics.chosen.connect(self.topic_requested)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self.title), self.topics, 12)
        for widget in (self.title, self.subtitle, self.touch, self.questions_button):
            widget.hide()
        self._stretch_all_but(self.topics)
        self.topics.show()
        self.topics.show_topics(topics, lang, high_contrast)
        self.clinic.setText(clinic)
        self.clinic.setVisible(bool(clinic))
        self.setAccessibleName(self.topics.heading.text())
        self.text_size_button.retranslate()
        self.contrast_button.retranslate()

    def _stretch_all_but(self, topics: QWidget | None) -> None:
        """With ``topics``, the topic choice takes all the room the clinic's name and the buttons
        leave; without, the usual screen spreads its words with the stretches between them again."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        if not self._stretches:
            self._stretches = {index: layout.stretch(index) for index in range(layout.count())}
        for index, factor in self._stretches.items():
            item = layout.itemAt(index)
            spacer = item is not None and item.widget() is None and item.layout() is None
            layout.setStretch(index, 0 if topics is not None and spacer else factor)

    def choosing_topic(self) -> bool:
        return self.topics is not None and self.topics.isVisible()

    def show_pack(self, title: str, subtitle: str, clinic: str, has_questions: bool = False) -> None:
        if self.topics is not None:
            self.topics.hide()
            self.title.show()
            self.touch.show()
            self._stretch_all_but(None)
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self.clinic.setText(clinic)
        self.clinic.setVisible(bool(clinic))
        self.touch.setText(self.tr("Touch to start"))
        self.setAccessibleName(self.touch.text())  # in the language of the moment, like every word here
        self.questions_button.set_label(
            self.tr("Or go straight to the questions for your doctor"), self.tr("Go straight to the questions")
        )
        self.questions_button.setVisible(has_questions)
        self.text_size_button.retranslate()
        self.contrast_button.retranslate()

    def show_preferences(self, level: int, levels: int, high_contrast: bool) -> None:
        """The "Aa" and contrast buttons show the current text size and contrast."""
        self.text_size_button.set_level(level, levels)
        self.contrast_button.setChecked(high_contrast)

    def set_mark_colors(self, normal: str, checked: str) -> None:
        for tool in (self.text_size_button, self.contrast_button):
            tool.set_mark_colors(normal, checked)

    def show_languages(self, languages: tuple[str, ...], current: str) -> None:
        """One button per pack language, each named in its own language ("English", "Español")."""
        if tuple(self.language_buttons) != languages:
            for button in self.language_buttons.values():
                self._languages.removeWidget(button)
                button.deleteLater()
            self.language_buttons = {}
            for position, lang in enumerate(languages, start=1):
                button = TouchButton(own_name(lang))
                button.setProperty("role", "attract-language")
                button.setCheckable(True)
                button.clicked.connect(lambda _checked=False, code=lang: self.language_requested.emit(code))
                self._languages.insertWidget(position, button)
                self.language_buttons[lang] = button
        for lang, button in self.language_buttons.items():
            button.setChecked(lang == current)
            button.setVisible(len(languages) > 1)
        order = self.focus_order()
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def focus_order(self) -> list[QWidget]:
        """Where Tab goes: the languages, text size, contrast, then "straight to the questions"."""
        tiles: list[QWidget] = list(self.topics.tiles) if self.choosing_topic() and self.topics is not None else []
        return [
            *self.language_buttons.values(),
            self.text_size_button,
            self.contrast_button,
            *tiles,
            self.questions_button,
        ]

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt override)
        self._pressed = event.button() == Qt.MouseButton.LeftButton and not self.choosing_topic()
        self.set_pressed_look(self._pressed)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt override)
        """A visit starts on release, and only when the press began here too (not on another screen)."""
        pressed, self._pressed = self._pressed and not self.choosing_topic(), False
        self.set_pressed_look(False)
        if pressed and event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.start_requested.emit()
        event.accept()

    def set_pressed_look(self, pressed: bool) -> None:
        """ "Touch to start" shows at once that the touch was felt (inset, in the pressed colour)."""
        if bool(self.touch.property("pressed")) != pressed:
            self.touch.setProperty("pressed", pressed)
            self.touch.style().unpolish(self.touch)
            self.touch.style().polish(self.touch)
            self.touch.repaint()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.choosing_topic() and self.topics is not None and self.topics.tiles:
                self.topics.tiles[0].setFocus(Qt.FocusReason.TabFocusReason)  # a key chooses a tile, not any
            else:
                self.start_requested.emit()
            return
        super().keyPressEvent(event)
