"""The screens of a visit: the progress strip, the current page, and big Back / Next buttons."""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.pack import LANGUAGE_NAMES
from kiosk.core.session import Screen, Session
from kiosk.ui import icons
from kiosk.ui.page import PageScreen
from kiosk.ui.questions import QuestionScreen, ResultScreen
from kiosk.ui.swipe import SwipeDetector

log = logging.getLogger(__name__)


#: Padding, borders and the gap between icon and words, in logical pixels.
BUTTON_SIDE_ROOM = 80


def _label(button: QPushButton, text: str) -> None:
    """Button text with room between it and the icon; the accessible name stays the plain word."""
    button.setText(f"  {text}  ")
    button.setAccessibleName(text)
    # Never let a crowded row squeeze a button until its words are cut off. Qt's size hint for a
    # style-sheet button with an icon comes out short, so measure the words in the button's own font.
    button.ensurePolished()
    words = QFontMetrics(button.font()).horizontalAdvance(button.text())
    icon = button.iconSize().width() if not button.icon().isNull() else 0
    button.setMinimumWidth(words + icon + BUTTON_SIDE_ROOM)


class SectionStrip(QWidget):
    """The sections of the pack in a row; done, current and still to come look different."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self.labels: list[QLabel] = []

    def set_sections(self, titles: list[str]) -> None:
        if [label.text() for label in self.labels] == titles:
            return
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        for title in titles:
            label = QLabel(title)
            label.setProperty("role", "strip")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            self._layout.addWidget(label, 1)
            self.labels.append(label)

    def set_current(self, index: int) -> None:
        for position, label in enumerate(self.labels):
            state = "done" if position < index else "current" if position == index else "todo"
            if label.property("state") != state:
                label.setProperty("state", state)
                label.style().unpolish(label)
                label.style().polish(label)
            label.setAccessibleDescription(
                {"done": self.tr("done"), "current": self.tr("you are here"), "todo": self.tr("still to come")}[state]
            )

    def current_title(self) -> str:
        for label in self.labels:
            if label.property("state") == "current":
                return label.text()
        return ""


class SessionView(QWidget):
    """Shows the session's current page; its buttons and swipes call the session.

    Pages are built when first needed and their neighbours are prepared in idle time, so a
    page turn only switches widgets. Pages far from the current one are dropped.
    """

    KEEP_AROUND = 2

    def __init__(self, session: Session, colors: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SessionView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # The view itself holds focus, so no button shows a focus ring until Tab is pressed.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.session = session
        self.colors = colors
        self._pages: dict[tuple[int, str], PageScreen] = {}
        self._flow_screen: QWidget | None = None
        self._labelled_language = ""

        self.home_button = QPushButton()
        self.language_button = QPushButton()
        self.language_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.language_button.clicked.connect(self._next_language)
        self.home_button.clicked.connect(self.session.reset)
        self.strip = SectionStrip()

        self.stack = QStackedWidget()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.session.back)
        self.next_button = QPushButton()
        self.next_button.setProperty("role", "primary")
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.next_button.clicked.connect(self._on_next)
        self.counter = QLabel()
        self.counter.setProperty("role", "counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)

        header = QHBoxLayout()
        header.setSpacing(24)
        header.addWidget(self.home_button)
        header.addWidget(self.strip, 1)

        nav = QHBoxLayout()
        nav.setSpacing(24)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.language_button)
        nav.addSpacing(24)
        nav.addWidget(self.counter)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 28)
        layout.setSpacing(28)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addLayout(nav)

        self.swipe = SwipeDetector(self.stack)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.swipe)
        self.swipe.swiped_left.connect(self._on_swipe_left)
        self.swipe.swiped_right.connect(self._on_swipe_right)
        self._warm = QTimer(self)
        self._warm.setSingleShot(True)
        self._warm.timeout.connect(self.warm_neighbours)
        self.set_icons()
        self.retranslate()

    def set_icons(self) -> None:
        size = QSize(32, 32)
        self.home_button.setIcon(icons.icon("fa6s.house", self.colors["on_secondary"]))
        self.language_button.setIcon(icons.icon("fa6s.globe", self.colors["on_secondary"]))
        self.language_button.setIconSize(size)
        self.back_button.setIcon(icons.icon("fa6s.arrow-left", self.colors["on_secondary"]))
        self.next_button.setIcon(icons.icon("fa6s.arrow-right", self.colors["on_primary"]))
        for button in (self.home_button, self.back_button, self.next_button):
            button.setIconSize(size)
            # Keyboard and switch users reach buttons with Tab; a tap must not leave a focus ring.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def retranslate(self) -> None:
        _label(self.home_button, self.tr("Start over"))
        self.home_button.setAccessibleDescription(self.tr("Go back to the first screen and erase your choices"))
        _label(self.back_button, self.tr("Back"))
        self.language_button.setAccessibleDescription(self.tr("Change the language"))
        self.back_button.setAccessibleDescription(self.tr("Go to the previous screen"))
        self._update_next()

    @Slot()
    def _update_next(self) -> None:
        """The big right-hand button: Next, then the way into the questions, then Start over."""
        session = self.session
        screen = session.screen
        visible = True
        if screen is Screen.PAGE and session.can_go_next:
            text, description = self.tr("Next"), self.tr("Go to the next screen")
        elif screen is Screen.PAGE and session.questionnaire is not None:
            text = self.tr("Check if this could fit my pain")
            description = self.tr("Answer a few questions to know what to ask your doctor")
        elif screen is Screen.QUESTION:
            flow = self.current_question_screen()
            visible = flow is not None and flow.question.kind == "multiple"
            none_chosen = flow is None or not flow.selection()
            text = self.tr("None of these") if none_chosen else self.tr("Next")
            description = self.tr("Go to the next question")
        else:
            text, description = self.tr("Finish"), self.tr("End and go back to the first screen")
        _label(self.next_button, text)
        self.next_button.setAccessibleDescription(description)
        self.next_button.setVisible(visible)

    def page_screen(self, index: int, lang: str) -> PageScreen:
        """The widget for page ``index`` in ``lang``, built on first use."""
        key = (index, lang)
        screen = self._pages.get(key)
        if screen is None:
            pack = self.session.pack
            page = pack.pages[index]
            review = self.review_line(lang) if index == 0 or page.kind == "sources" else ""
            screen = PageScreen(pack, page, lang, colors=self.colors, review_line=review)
            screen.page_link.connect(self._on_page_link)
            self.stack.addWidget(screen)
            self._pages[key] = screen
        return screen

    def review_line(self, lang: str) -> str:
        """ "Last reviewed: <date> (<who>)." in the patient's language, or "" when the pack has no date."""
        pack = self.session.pack
        if pack.review_date is None:
            return ""
        day = pack.review_date
        date = QLocale(lang).toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
        if pack.reviewed_by:
            return self.tr("Last reviewed: {date} ({who}).").format(date=date, who=pack.reviewed_by)
        return self.tr("Last reviewed: {date}.").format(date=date)

    def current_page_screen(self) -> PageScreen | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, PageScreen) else None

    @Slot()
    def show_session(self) -> None:
        session = self.session
        if not session.is_active:
            return
        lang = session.language
        if lang != self._labelled_language:
            self._labelled_language = lang
            other = self._other_language()
            self.language_button.setVisible(other is not None)
            if other is not None:
                # The button names the language it switches to, written in that language.
                _label(self.language_button, LANGUAGE_NAMES.get(other, other))
        self.strip.set_sections([section.title(lang) for section in session.pack.sections])
        self.strip.set_current(session.section_index)
        if session.screen is Screen.PAGE:
            self._show_page()
        elif session.screen is Screen.QUESTION:
            self._show_question()
        elif session.screen is Screen.RESULT:
            self._show_result()
        self._update_next()

    def _show_page(self) -> None:
        session = self.session
        screen = self.page_screen(session.page_index, session.language)
        self._replace_flow_screen(None)
        self.stack.setCurrentWidget(screen)
        self.counter.setText(
            self.tr("{current} of {total}").format(current=session.page_index + 1, total=len(session.pack.pages))
        )
        self._drop_far_pages()
        self._warm.start(0)

    def _show_question(self) -> None:
        session = self.session
        question = session.question
        wide = self.stack.width() >= self.stack.height() * 1.4
        screen = QuestionScreen(question, session.language, session.answers.get(question.id), self.colors, wide=wide)
        screen.set_progress(*session.progress())
        screen.answered.connect(self.session.answer)
        screen.selection_changed.connect(self._update_next)
        self._replace_flow_screen(screen)
        self.counter.setText("")

    def _show_result(self) -> None:
        session = self.session
        questionnaire = session.questionnaire
        assert questionnaire is not None
        disclaimer = questionnaire.disclaimers.get(session.language, "")
        self._replace_flow_screen(ResultScreen(session.result, session.language, disclaimer, self.colors))
        self.counter.setText("")

    def _replace_flow_screen(self, screen: QWidget | None) -> None:
        """Show a question or result screen; the previous one is not needed again."""
        old = self._flow_screen
        self._flow_screen = screen
        if screen is not None:
            self.stack.addWidget(screen)
            self.stack.setCurrentWidget(screen)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()

    def current_question_screen(self) -> QuestionScreen | None:
        return self._flow_screen if isinstance(self._flow_screen, QuestionScreen) else None

    def current_result_screen(self) -> ResultScreen | None:
        return self._flow_screen if isinstance(self._flow_screen, ResultScreen) else None

    @Slot()
    def warm_neighbours(self) -> None:
        """Build the pages either side of the current one before the patient asks for them."""
        session = self.session
        if session.screen is not Screen.PAGE:
            return
        for index in (session.page_index + 1, session.page_index - 1):
            if 0 <= index < len(session.pack.pages):
                screen = self.page_screen(index, session.language)
                screen.resize(self.stack.size())
                screen.ensurePolished()

    def _drop_far_pages(self) -> None:
        current = self.session.page_index
        for key in [k for k in self._pages if abs(k[0] - current) > self.KEEP_AROUND or k[1] != self.session.language]:
            screen = self._pages.pop(key)
            self.stack.removeWidget(screen)
            screen.deleteLater()

    def _other_language(self) -> str | None:
        languages = self.session.pack.languages
        if len(languages) < 2:
            return None
        return languages[(languages.index(self.session.language) + 1) % len(languages)]

    @Slot()
    def _next_language(self) -> None:
        other = self._other_language()
        if other is not None:
            self.session.set_language(other)

    @Slot()
    def _on_next(self) -> None:
        session = self.session
        if session.screen is Screen.PAGE and session.can_go_next:
            session.next()
        elif session.screen is Screen.PAGE and session.questionnaire is not None:
            session.start_questionnaire()
        elif session.screen is Screen.QUESTION:
            flow = self.current_question_screen()
            if flow is not None:
                session.answer(flow.selection())
        else:
            session.reset()

    @Slot()
    def _on_swipe_left(self) -> None:
        if self.session.screen is Screen.PAGE and self.session.can_go_next:
            self.session.next()

    @Slot()
    def _on_swipe_right(self) -> None:
        if self.session.screen is Screen.PAGE and self.session.page_index > 0:
            self.session.back()

    @Slot(str)
    def _on_page_link(self, page_id: str) -> None:
        if not self.session.go_to_page(page_id):
            log.warning("link to unknown page %r ignored", page_id)
