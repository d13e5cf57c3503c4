"""The screens of a visit: the progress strip, the current page, and big Back / Next buttons.

The bottom bar also holds the patient's own settings: text size ("Aa"), contrast, read aloud and
language. When a row is too narrow (a small screen, large text, long Spanish words) the bar gives
way in steps: those buttons show only their icons, Next breaks its words over two lines, and
finally the settings move to a row of their own. Nothing is ever cut off or scrolled sideways.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QSize, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.content.model import LANGUAGE_NAMES
from kiosk.core.dates import long_date
from kiosk.core.memory import release_free_memory
from kiosk.core.questionnaire.model import Question
from kiosk.core.session import Screen, Session
from kiosk.core.settings import TEXT_SIZES
from kiosk.ui import icons
from kiosk.ui.theme import HIGH_CONTRAST, NORMAL_COLOURS
from kiosk.ui.visit.page import PageScreen
from kiosk.ui.visit.question import QuestionScreen, ResultScreen
from kiosk.ui.visit.speech import Passage, ReadAloud
from kiosk.ui.widgets.controls import ContrastButton, TextSizeButton, TouchButton
from kiosk.ui.widgets.swipe import SwipeDetector

log = logging.getLogger(__name__)

#: Gaps between the buttons of the bottom bar, in logical pixels.
BAR_SPACING = 24
#: Side margins of the visit's screens, in logical pixels.
MARGIN = 48


class SectionStrip(QWidget):
    """The sections of the pack in a row; done, current and still to come look different."""

    #: Stretch of the current section when only its title is shown (the others are bars).
    CURRENT_STRETCH = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self.labels: list[QLabel] = []
        self.titles: list[str] = []
        self._current = -1
        self._room = 0
        self._compact: bool | None = None

    def set_sections(self, titles: list[str]) -> None:
        if self.titles == titles:
            return
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        self.titles = list(titles)
        self._compact = None
        for title in titles:
            label = QLabel(title)
            label.setProperty("role", "strip")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setAccessibleName(title)
            self._layout.addWidget(label, 1)
            self.labels.append(label)
        self.fit()

    def set_current(self, index: int) -> None:
        self._current = index
        for position, label in enumerate(self.labels):
            state = "done" if position < index else "current" if position == index else "todo"
            if label.property("state") != state:
                label.setProperty("state", state)
                label.style().unpolish(label)
                label.style().polish(label)
            label.setAccessibleDescription(
                {"done": self.tr("done"), "current": self.tr("you are here"), "todo": self.tr("still to come")}[state]
            )
        self._compact = None
        self.fit()

    def current_title(self) -> str:
        return self.titles[self._current] if 0 <= self._current < len(self.titles) else ""

    def is_compact(self) -> bool:
        return bool(self._compact)

    def _word_width(self, title: str) -> int:
        """Width of the longest word of ``title`` in bold (the current section is bold), with padding."""
        if not self.labels:
            return 0
        label = self.labels[0]
        label.ensurePolished()
        font = QFont(label.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        frame = label.width() - label.contentsRect().width()  # the style sheet's padding and border
        return max((metrics.horizontalAdvance(word) for word in title.split()), default=0) + frame + 4

    def full_width(self) -> int:
        """Room needed to show every section's title without cutting a word."""
        spacing = self._layout.spacing() * max(0, len(self.titles) - 1)
        return sum(self._word_width(title) for title in self.titles) + spacing

    def fit(self, room: int | None = None) -> None:
        """Show every title when they fit in ``room`` (the width the view can give the strip), otherwise
        only the current one (the others stay as bars)."""
        if room is not None:
            if room != self._room:
                self._compact = None
            self._room = room
        compact = (self._room if self._room > 0 else self.width()) < self.full_width()
        if compact == self._compact:
            return
        self._compact = compact
        for position, (label, title) in enumerate(zip(self.labels, self.titles, strict=True)):
            current = position == self._current
            label.setText(title if current or not compact else "")
            # Set outright: a word-wrapped label's own minimum is a guess, often far wider than its longest word.
            label.setMinimumWidth(self._word_width(title) if current or not compact else 1)
            self._layout.setStretch(position, self.CURRENT_STRETCH if current and compact else 1)


class SessionView(QWidget):
    """Shows the session's current page; its buttons and swipes call the session.

    Pages are built when first needed and their neighbours are prepared in idle time, so a
    page turn only switches widgets. Pages far from the current one are dropped. The questions
    each answer on screen could lead to are built in idle time too, so an answer only switches
    widgets. The result screen is built again only when the answers, language or colours change.

    When a visit ends, its pages are dropped except the first, which waits for the next patient
    with the first question; the freed memory is then given back to the system. Question screens
    are kept (with no answer marked) until the colours change: PySide keeps a few bytes for every
    screen built, so a screen built once a visit would add up over months.
    """

    KEEP_AROUND = 2
    #: After a visit ends, the idle time to wait before preparing for the next patient.
    TIDY_MS = 300

    def __init__(
        self,
        session: Session,
        colors: dict[str, str],
        parent: QWidget | None = None,
        *,
        reader: ReadAloud | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SessionView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # The view itself holds focus, so no button shows a focus ring until Tab is pressed.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.session = session
        self.colors = colors
        self.reader = reader
        self._pages: dict[tuple[int, str], PageScreen] = {}
        self._flow_screen: QWidget | None = None
        #: Question screens by (question, language, colours, wide layout), kept for the next time.
        self._questions: dict[tuple[str, str, int, bool], QuestionScreen] = {}
        self._flow_key: tuple[object, ...] = ()
        self._labelled_language = ""
        self._bar_mode: tuple[bool, bool] | None = None

        self.home_button = TouchButton()
        self.home_button.clicked.connect(self.session.reset)
        self.strip = SectionStrip()

        self.stack = QStackedWidget()
        self.back_button = TouchButton()
        self.back_button.clicked.connect(self.session.back)
        self.text_size_button = TextSizeButton()
        self.text_size_button.clicked.connect(self.session.next_text_size)
        self.contrast_button = ContrastButton()
        self.contrast_button.clicked.connect(self._toggle_contrast)
        self.read_button = TouchButton()
        self.read_button.setCheckable(True)
        self.read_button.clicked.connect(self._toggle_reading)
        self.read_button.hide()
        self.language_button = TouchButton()
        self.language_button.clicked.connect(self._next_language)
        self.next_button = TouchButton(wrap=True)
        self.next_button.setProperty("role", "primary")
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.next_button.clicked.connect(self._on_next)
        self.counter = QLabel()
        self.counter.setProperty("role", "counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        #: The patient's own settings; they give way first when the bottom bar is crowded.
        self.settings_buttons: tuple[TouchButton, ...] = (
            self.text_size_button,
            self.contrast_button,
            self.read_button,
            self.language_button,
        )

        self._header = QHBoxLayout()
        self._header.setSpacing(BAR_SPACING)
        self._header.addWidget(self.home_button)
        self._header.addWidget(self.strip, 1)

        self._settings_row = QHBoxLayout()
        self._settings_row.setSpacing(BAR_SPACING)
        self._nav = QHBoxLayout()
        self._nav.setSpacing(BAR_SPACING)
        bar = QVBoxLayout()
        bar.setSpacing(16)
        bar.addLayout(self._settings_row)
        bar.addLayout(self._nav)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 28, MARGIN, 28)
        layout.setSpacing(28)
        layout.addLayout(self._header)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bar)
        self._arrange_bar(two_rows=False)

        self.swipe = SwipeDetector(self.stack)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.swipe)
        self.swipe.swiped_left.connect(self._on_swipe_left)
        self.swipe.swiped_right.connect(self._on_swipe_right)
        self._warm = QTimer(self)
        self._warm.setSingleShot(True)
        self._warm.timeout.connect(self.warm_neighbours)
        self._warm_next = QTimer(self)
        self._warm_next.setSingleShot(True)
        self._warm_next.timeout.connect(self.warm_next_questions)
        self._tidy = QTimer(self)
        self._tidy.setSingleShot(True)
        self._tidy.setInterval(self.TIDY_MS)
        self._tidy.timeout.connect(self.ready_for_next_patient)
        self.set_icons()
        self.retranslate()

    def set_icons(self) -> None:
        size = QSize(32, 32)
        on_secondary, on_primary = self.colors["on_secondary"], self.colors["on_primary"]
        self.home_button.setIcon(icons.icon("fa6s.house", on_secondary))
        self.language_button.setIcon(icons.icon("fa6s.globe", on_secondary))
        self.back_button.setIcon(icons.icon("fa6s.arrow-left", on_secondary))
        self.next_button.setIcon(icons.icon("fa6s.arrow-right", on_primary))
        self.read_button.setIcon(
            icons.icon("fa6s.volume-high", on_primary if self.session.read_aloud else on_secondary)
        )
        for button in (self.home_button, self.back_button, self.next_button, self.language_button, self.read_button):
            button.setIconSize(size)
        for tool in (self.text_size_button, self.contrast_button):
            tool.set_mark_colors(on_secondary, on_primary)

    def set_colors(self, colors: dict[str, str]) -> None:
        """Another theme: icons in the new colours, and every page and question screen built again."""
        if colors == self.colors:
            return
        self.colors = colors
        self.set_icons()
        for key in list(self._pages):
            screen = self._pages.pop(key)
            self.stack.removeWidget(screen)
            screen.deleteLater()
        self._drop_questions(everything=True)
        self._flow_key = ()

    def retranslate(self) -> None:
        self.home_button.set_label(self.tr("Start over"), self.tr("Go back to the first screen and erase your choices"))
        self.back_button.set_label(self.tr("Back"), self.tr("Go to the previous screen"))
        self.language_button.setAccessibleDescription(self.tr("Change the language"))
        self.contrast_button.retranslate()
        self.text_size_button.retranslate()
        self.show_settings()
        self._update_next()

    def show_settings(self) -> None:
        """The text size, contrast and read-aloud buttons show the session's current choices."""
        session = self.session
        level = TEXT_SIZES.index(session.text_size) if session.text_size in TEXT_SIZES else 0
        self.text_size_button.set_level(level, len(TEXT_SIZES))
        self.contrast_button.setChecked(session.theme == HIGH_CONTRAST)
        reading = session.read_aloud
        self.read_button.setChecked(reading)
        if reading:
            self.read_button.set_label(self.tr("Stop reading"), self.tr("Stop reading this screen aloud"))
        else:
            self.read_button.set_label(self.tr("Read aloud"), self.tr("Listen to this screen"))
        available = self.reader is not None and self.reader.can_read(session.language)
        self.read_button.setVisible(available)
        self.set_icons()

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
        self.next_button.set_label(text, description)
        self.next_button.setVisible(visible)

    def page_screen(self, index: int, lang: str) -> PageScreen:
        """The widget for page ``index`` in ``lang``, built on first use."""
        key = (index, lang)
        screen = self._pages.get(key)
        if screen is None:
            pack = self.session.pack
            page = pack.pages[index]
            review = self.review_line(lang) if index == 0 or page.kind == "sources" else ""
            screen = PageScreen(pack, page, lang, colors=self.colors, review_line=review, on_link=self._on_page_link)
            self.stack.addWidget(screen)
            self._pages[key] = screen
        return screen

    def review_line(self, lang: str) -> str:
        """ "Last reviewed: <date> (<who>)." in the patient's language and date form, or "" when the
        pack is a draft or has no date: patients never see a draft's review status."""
        pack = self.session.pack
        if pack.is_draft or pack.review_date is None:
            return ""
        date = long_date(pack.review_date, lang)
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
                self.language_button.set_label(LANGUAGE_NAMES.get(other, other))
        self.strip.set_sections([section.title(lang) for section in session.pack.sections])
        self.strip.set_current(session.section_index)
        focus = _KeyboardFocus(self)
        if session.screen is Screen.PAGE:
            self._show_page()
        elif session.screen is Screen.QUESTION:
            self._show_question()
        elif session.screen is Screen.RESULT:
            self._show_result()
        self.show_settings()
        self._update_next()
        self.fit_bars()
        self._chain_focus()
        focus.restore()

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

    def _wide(self) -> bool:
        """Whether long answer lists get two columns (a landscape screen)."""
        parent = self.parentWidget()
        layout = self.layout()
        if not self.isVisible() and parent is not None and layout is not None and self.size() != parent.size():
            # Not shown yet (the first question straight from the attract screen): lay the view out
            # at the size it is about to have, or the choice would be made for Qt's default size.
            self.resize(parent.size())
            layout.activate()
        return self.stack.width() >= self.stack.height() * 1.4

    def question_screen(self, question: Question, lang: str) -> QuestionScreen:
        """The screen for ``question`` in ``lang``, built on first use and kept for the next time."""
        key = (question.id, lang, id(self.colors), self._wide())
        screen = self._questions.get(key)
        if screen is None:
            screen = QuestionScreen(question, lang, None, self.colors, wide=key[3])
            screen.answered.connect(self.session.answer)
            screen.selection_changed.connect(self._update_next)
            self.stack.addWidget(screen)
            self._questions[key] = screen
        return screen

    def _show_question(self) -> None:
        session = self.session
        question = session.question
        key = ("question", tuple(session.asked), session.language, id(self.colors))
        if key == self._flow_key:  # the same question, only the text size or reading changed
            return
        previous = session.answers.get(question.id)
        old = self.current_question_screen()
        if old is not None and old.question.id == question.id and old.selection():
            previous = old.selection()  # ticked before the language changed, not yet sent
        screen = self.question_screen(question, session.language)
        screen.show_previous(previous)
        screen.set_progress(*session.progress())
        self._replace_flow_screen(screen)
        self._flow_key = key
        self.counter.setText("")
        self._drop_questions()
        self._warm_next.start(0)

    def _show_result(self) -> None:
        session = self.session
        key = ("result", tuple(session.asked), session.language, id(self.colors))
        if key == self._flow_key:
            return
        questionnaire = session.questionnaire
        assert questionnaire is not None
        disclaimer = questionnaire.disclaimers.get(session.language, "")
        self._replace_flow_screen(ResultScreen(session.result, session.language, disclaimer, self.colors))
        self._flow_key = key
        self.counter.setText("")

    def _replace_flow_screen(self, screen: QWidget | None) -> None:
        """Show a question or result screen; the previous one is not needed again."""
        old = self._flow_screen
        self._flow_screen = screen
        if screen is None:
            self._flow_key = ()
        if screen is not None:
            if self.stack.indexOf(screen) < 0:
                self.stack.addWidget(screen)
            self.stack.setCurrentWidget(screen)
        if old is not None and old is not screen and old not in self._questions.values():
            self.stack.removeWidget(old)
            old.deleteLater()

    def _drop_questions(self, everything: bool = False) -> None:
        """Forget question screens made for other colours or another screen shape (all of them with
        ``everything``). Screens in every language are kept: each is built once, not once a visit."""
        wide = self._wide()
        for key in [k for k in self._questions if everything or k[2] != id(self.colors) or k[3] != wide]:
            screen = self._questions.pop(key)
            if screen is not self._flow_screen:
                self.stack.removeWidget(screen)
                screen.deleteLater()

    @Slot()
    def warm_next_questions(self) -> None:
        """Build one question screen that an answer on screen (or Next on the last page) could lead to.

        One per turn of the event loop, so a tap is never kept waiting for more than one; the
        timer starts again while some are missing.
        """
        session = self.session
        questionnaire = session.questionnaire
        if questionnaire is None or session.screen not in (Screen.PAGE, Screen.QUESTION):
            return
        lang = session.language
        wide = self._wide()
        for question in session.following_questions():
            if (question.id, lang, id(self.colors), wide) not in self._questions:
                screen = self.question_screen(question, lang)
                screen.resize(self.stack.size())
                screen.ensurePolished()
                self._warm_next.start(0)
                return

    def current_question_screen(self) -> QuestionScreen | None:
        return self._flow_screen if isinstance(self._flow_screen, QuestionScreen) else None

    def current_result_screen(self) -> ResultScreen | None:
        return self._flow_screen if isinstance(self._flow_screen, ResultScreen) else None

    def current_content(self) -> PageScreen | QuestionScreen | ResultScreen | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, PageScreen | QuestionScreen | ResultScreen) else None

    def passages(self) -> list[Passage]:
        """What "Read aloud" reads on the current screen, in reading order."""
        content = self.current_content()
        return content.passages(self.colors) if content is not None else []

    def focus_order(self) -> list[QWidget]:
        """Where Tab goes, in the order a patient reads the screen: top bar, content, bottom bar."""
        content = self.current_content()
        inside = content.focus_order() if content is not None else []
        return [
            self.home_button,
            *inside,
            self.back_button,
            *self.settings_buttons,
            self.next_button,
        ]

    def _chain_focus(self) -> None:
        """Tab follows ``focus_order`` (screens built later would otherwise come after Next)."""
        order = self.focus_order()
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- the bars give way when they are crowded ------------------------------------------------------

    def _arrange_bar(self, two_rows: bool) -> None:
        """Back, the patient's settings, the counter and Next in one row; or the settings above the others."""
        for row in (self._nav, self._settings_row):
            while row.count():
                row.takeAt(0)
        self._nav.addWidget(self.back_button)
        self._nav.addStretch(1)
        if two_rows:
            self._settings_row.addStretch(1)
            for button in self.settings_buttons:
                self._settings_row.addWidget(button)
            self._settings_row.addStretch(1)
        else:
            for button in self.settings_buttons:
                self._nav.addWidget(button)
        self._nav.addWidget(self.counter)
        self._nav.addStretch(1)
        self._nav.addWidget(self.next_button)

    def _row_width(self, widgets: list[QWidget], next_wraps: bool) -> int:
        shown = [widget for widget in widgets if not widget.isHidden()]
        hints = [
            widget.minimumSizeHint() if widget is self.next_button and next_wraps else widget.sizeHint()
            for widget in shown
        ]
        return sum(hint.width() for hint in hints) + BAR_SPACING * max(0, len(shown) - 1)

    def fit_bars(self) -> None:
        """Choose the first arrangement of the bars in which every word fits (see the module docstring)."""
        available = self.width() - 2 * MARGIN
        if available <= 0:
            return
        compactable = (self.read_button, self.language_button)
        main: list[QWidget] = [self.back_button, self.counter, self.next_button]
        mode = (True, True)
        for compact, two_rows, next_wraps in (
            (False, False, False),
            (True, False, False),
            (True, False, True),
            (False, True, False),
            (True, True, False),
            (True, True, True),
        ):
            for button in compactable:
                button.set_compact(compact)
            if two_rows:
                fits = self._row_width(list(self.settings_buttons), False) <= available
                fits = fits and self._row_width(main, next_wraps) <= available
            else:
                fits = self._row_width([*main, *self.settings_buttons], next_wraps) <= available
            if fits:
                mode = (compact, two_rows)
                break
        for button in compactable:
            button.set_compact(mode[0])
        if self._bar_mode is None or mode[1] != self._bar_mode[1]:
            self._arrange_bar(two_rows=mode[1])
        self._bar_mode = mode
        self._fit_header(available)

    def _fit_header(self, available: int) -> None:
        """Start over shows only its icon when the section titles would otherwise have no room at all."""
        self.home_button.set_compact(False)
        room = available - self.home_button.sizeHint().width() - BAR_SPACING
        if room < available * 0.4:
            self.home_button.set_compact(True)
            room = available - self.home_button.sizeHint().width() - BAR_SPACING
        self.strip.fit(room)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt override)
        super().resizeEvent(event)
        self.fit_bars()

    def restyle(self) -> None:
        """The text size changed: fit the bars again for the new words' widths."""
        self.strip.fit()
        self.fit_bars()

    @Slot()
    def warm_neighbours(self) -> None:
        """Build the pages either side of the current one before the patient asks for them (and on
        the last page, the first question)."""
        session = self.session
        if session.screen is not Screen.PAGE:
            return
        for index in (session.page_index + 1, session.page_index - 1):
            if 0 <= index < len(session.pack.pages):
                screen = self.page_screen(index, session.language)
                screen.resize(self.stack.size())
                screen.ensurePolished()
        if not session.can_go_next:
            self._warm_next.start(0)

    def _first_question(self) -> Question | None:
        questionnaire = self.session.questionnaire
        return questionnaire.next_question({}, None) if questionnaire is not None else None

    def visit_ended(self) -> None:
        """The patient left: pages other than the first are dropped, and no question screen keeps a mark
        (or shows its answers scrolled). The view's owner calls this when the session ends."""
        session = self.session
        self._replace_flow_screen(None)
        for page_key in [k for k in self._pages if k != (0, session.language)]:
            page = self._pages.pop(page_key)
            self.stack.removeWidget(page)
            page.deleteLater()
        for question in self._questions.values():
            question.show_previous(None)
        self._tidy.start()

    @Slot()
    def ready_for_next_patient(self) -> None:
        """In idle time after a visit: the first page and first question are ready (in the
        clinic's language and colours), and the memory the visit used goes back to the system."""
        session = self.session
        if session.screen is Screen.ATTRACT:
            self.page_screen(0, session.language).ensurePolished()
            first = self._first_question()
            if first is not None:
                screen = self.question_screen(first, session.language)
                screen.resize(self.stack.size())
                screen.ensurePolished()
        release_free_memory()

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
    def _toggle_contrast(self) -> None:
        self.session.set_theme(NORMAL_COLOURS if self.session.theme == HIGH_CONTRAST else HIGH_CONTRAST)
        self.contrast_button.setChecked(self.session.theme == HIGH_CONTRAST)

    @Slot()
    def _toggle_reading(self) -> None:
        self.session.set_read_aloud(not self.session.read_aloud)
        self.read_button.setChecked(self.session.read_aloud)

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

    def _on_page_link(self, page_id: str) -> None:
        if not self.session.go_to_page(page_id):
            log.warning("link to unknown page %r ignored", page_id)


class _KeyboardFocus:
    """Keeps a keyboard user's place when the screen under their focus is replaced.

    Made before the screen changes; ``restore`` afterwards moves the focus to the new screen's
    first control (or Next) when the old focus is gone or hidden. Taps never move focus, so
    touch users see no focus ring.
    """

    def __init__(self, view: SessionView) -> None:
        self._view = view
        focus = QApplication.focusWidget()
        self._was_inside = focus is not None and focus is not view and view.isAncestorOf(focus)
        self._content = view.current_content()
        self._in_content = focus is not None and self._content is not None and self._content.isAncestorOf(focus)
        self._widget = focus

    def restore(self) -> None:
        view = self._view
        if not self._was_inside:
            return
        content = view.current_content()
        focus = QApplication.focusWidget()
        lost = focus is None or not focus.isVisibleTo(view) or focus not in view.focus_order()
        if not (lost or (self._in_content and content is not self._content)):
            return
        candidates = [*(content.focus_order() if content is not None else []), view.next_button, view.back_button]
        for widget in candidates:
            if widget.isVisibleTo(view) and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
