"""The visit's screens, built before they are needed and kept while they may be needed again.

Pages are built when first needed and their neighbours are prepared in idle time, so a page turn
only switches widgets. Pages far from the current one are dropped. The questions each answer on
screen could lead to are built in idle time too, so an answer only switches widgets. The result
screen is built again only when the answers, language or colours change.

When a visit ends, its pages are dropped except the first, which waits for the next patient with
the first question; the freed memory is then given back to the system. Question screens are kept
(with no answer marked) until the colours change: PySide keeps a few bytes for every screen built,
so a screen built once a visit would add up over months.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from kiosk.core.content.model import ContentPack, Handout
from kiosk.core.keypoints.model import KeyPoint
from kiosk.core.memory import release_free_memory
from kiosk.core.questionnaire.model import Answer, Question
from kiosk.core.session import Screen, Session
from kiosk.ui.theme import Palette
from kiosk.ui.visit.keypoint import CheckAnswerScreen, CheckScreen
from kiosk.ui.visit.page import PageScreen
from kiosk.ui.visit.printing import FrontDesk, PrintPanel, handout_sheet
from kiosk.ui.visit.question import HEADER_SPACING, QuestionScreen
from kiosk.ui.visit.result import ResultScreen
from kiosk.ui.widgets.next_frame import after_next_frame
from kiosk.ui.widgets.print_jobs import SheetMaker

#: Question screens are found again by (question, language, colours, wide layout).
QuestionKey = tuple[str, str, Palette, bool]
#: A check built ahead is used when it is (check, language, its number, of how many, colours, wide layout).
CheckKey = tuple[str, str, int, int, Palette, bool]


#: The share of the screen's height kept for the question and its hint on every question: less on
#: a landscape screen, whose answers share rows but need the rest of its little height (1280x800),
#: than on a portrait one, whose answers take one column.
MAX_HEADER_SHARE = 0.3
MAX_HEADER_SHARE_PORTRAIT = 0.35


class ScreenCache(QObject):
    """Owns the screens in ``stack``: page screens by (index, language), question screens by
    ``QuestionKey``, and the one question or result screen on show ("the flow screen")."""

    KEEP_AROUND = 2
    #: After a visit ends, the idle time to wait before preparing for the next patient.
    TIDY_MS = 300

    def __init__(
        self,
        session: Session,
        stack: QStackedWidget,
        colors: Palette,
        *,
        wide: Callable[[], bool],
        review_line: Callable[[str], str],
        on_link: Callable[[str], None],
        on_answer: Callable[[Answer], None],
        on_selection: Callable[[], None],
    ) -> None:
        super().__init__(stack)
        self.session = session
        #: The pack whose screens these are (with several packs shown, each has a view of its own).
        self.pack_id = session.pack.id
        self.stack = stack
        self.colors = colors
        self._wide = wide
        self._review_line = review_line
        self._on_link = on_link
        self._on_answer = on_answer
        self._on_selection = on_selection
        self.pages: dict[tuple[int, str], PageScreen] = {}
        # The printer patients print on ("" the default), or None when they may not print.
        self.patient_printer: Callable[[], str | None] = lambda: None
        # Where the warning-sign slip prints, or None when the clinic has not turned it on.
        self.front_desk: Callable[[], FrontDesk | None] = lambda: None
        self.questions: dict[QuestionKey, QuestionScreen] = {}
        self.flow_screen: QWidget | None = None
        #: The first check of the section the page on show ends, built ahead (see ``_warm_check``).
        self._check_ahead: tuple[CheckKey, CheckScreen] | None = None
        self._rooms: dict[tuple[object, ...], int] = {}
        # Hidden labels styled as a question and a hint, to measure every question's words.
        self._probes = (QLabel(stack), QLabel(stack))
        for probe, role in zip(self._probes, ("question", "hint"), strict=True):
            probe.setProperty("role", role)
            probe.setWordWrap(True)
            probe.hide()
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

    @property
    def pack(self) -> ContentPack:
        """This view's pack, as the library now holds it (its pages converted once they are)."""
        return self.session.library.packs.get(self.pack_id) or self.session.pack

    def is_current(self) -> bool:
        """Whether the visit is in this view's pack (work done ahead is only for the pack on show)."""
        return self.session.pack.id == self.pack_id

    def set_colors(self, colors: Palette) -> None:
        """Another theme: every page and question screen is built again when next needed."""
        self.colors = colors
        for key in list(self.pages):
            self._drop(self.pages.pop(key))
        self.drop_questions(everything=True)
        self._drop_check_ahead()

    def drop_hidden(self) -> None:
        """Every page and question screen but the one on show (before a restyle; see ``warm_after_restyle``)."""
        shown = self.stack.currentWidget()
        for page in [k for k, screen in self.pages.items() if screen is not shown]:
            self._drop(self.pages.pop(page))
        for question in [k for k, screen in self.questions.items() if screen is not shown]:
            self._drop(self.questions.pop(question))
        self._drop_check_ahead()

    def warm_after_restyle(self) -> None:
        """Once the restyled screen is painted, its neighbours and next questions are built again."""
        after_next_frame(self.stack, self.warm_neighbours)
        after_next_frame(self.stack, self.warm_next_questions)

    def _drop(self, screen: QWidget) -> None:
        self.stack.removeWidget(screen)
        screen.deleteLater()

    # -- pages -----------------------------------------------------------------------------------

    def page_screen(self, index: int, lang: str) -> PageScreen:
        """The widget for page ``index`` in ``lang``, built on first use."""
        key = (index, lang)
        screen = self.pages.get(key)
        if screen is None:
            pack = self.pack
            page = pack.pages[index]
            review = self._review_line(lang) if index == 0 or page.kind == "sources" else ""
            screen = PageScreen(pack, page, lang, colors=self.colors, review_line=review, on_link=self._on_link)
            self.add_handouts(screen)
            self.stack.addWidget(screen)
            self.pages[key] = screen
        return screen

    def add_handouts(self, screen: PageScreen) -> None:
        """A "Print" control on ``screen`` for each handout offered on its page, when patients may print."""
        printer = self.patient_printer()
        if printer is None:
            return
        pack, lang = self.pack, screen.lang
        for handout in pack.handouts_for(screen.page.id):
            screen.add_print_panel(
                PrintPanel(
                    self.tr("Print: {title}").format(title=handout.title(lang)),
                    self.colors,
                    printer=printer,
                    prepare=functools.partial(self._handout_sheet, handout, lang),
                    fallback=self.tr("The printer is not working right now. Please ask a staff member for a copy."),
                    beside=True,
                )
            )

    def _handout_sheet(self, handout: Handout, lang: str) -> SheetMaker:
        return handout_sheet(self.pack, handout, lang, self.session.text_size)

    def show_page(self) -> PageScreen:
        session = self.session
        screen = self.page_screen(session.page_index, session.language)
        self.set_flow_screen(None)
        self.stack.setCurrentWidget(screen)
        self._drop_far_pages()
        self._warm.stop()  # what was being built ahead for the last screen waits for this one's frame too
        after_next_frame(self.stack, self.warm_neighbours)  # once the page is painted, never before it
        return screen

    def _drop_far_pages(self) -> None:
        """Pages far from the current one go, and pages in another language but the current page."""
        current, lang = self.session.page_index, self.session.language
        far = [k for k in self.pages if abs(k[0] - current) > self.KEEP_AROUND or (k[1] != lang and k[0] != current)]
        for key in far:
            self._drop(self.pages.pop(key))

    def _one_tap_away(self) -> tuple[str, ...]:
        """The languages the globe shows with one tap: the other one, when the pack has two (with
        more, it opens a chooser first)."""
        languages = self.pack.languages
        return tuple(lang for lang in languages if lang != self.session.language) if len(languages) == 2 else ()

    @Slot()
    def warm_neighbours(self) -> None:
        """Build the pages either side of the current one, and the current one in the language the
        globe shows next, before the patient asks for them (and on the last page, the first question)."""
        session = self.session
        if session.screen is not Screen.PAGE or not self.is_current():
            return
        wanted = [(index, session.language) for index in (session.page_index + 1, session.page_index - 1)]
        wanted += [(session.page_index, lang) for lang in self._one_tap_away()]  # the globe's page
        for index, lang in wanted:
            if 0 <= index < len(session.pack.pages):
                built = (index, lang) not in self.pages
                screen = self.page_screen(index, lang)
                screen.resize(self.stack.size())
                screen.ensurePolished()
                if built:  # one page per turn of the event loop: a tap meanwhile waits for one only
                    self._warm.start(0)
                    return
        if self._warm_check():
            self._warm.start(0)
            return
        if not session.can_go_next:
            self._warm_next.start(0)

    def _check_key(self, check: KeyPoint, number: int, total: int) -> CheckKey:
        return (check.id, self.session.language, number, total, self.colors, self._wide())

    def _warm_check(self) -> bool:
        """The first key-point check that Next would bring, built ahead; True when one was built now."""
        group = self.session.checks_on_next()
        if not group:
            return False
        key = self._check_key(group[0], 1, len(group))
        if self._check_ahead is not None and self._check_ahead[0] == key:
            return False
        self._drop_check_ahead()
        screen = CheckScreen(group[0], self.session.language, 1, len(group), self.colors, wide=self._wide())
        self.stack.addWidget(screen)
        screen.resize(self.stack.size())
        screen.ensurePolished()
        self._check_ahead = (key, screen)
        return True

    def _drop_check_ahead(self) -> None:
        if self._check_ahead is not None:
            _, screen = self._check_ahead
            self._check_ahead = None
            if screen is not self.flow_screen:
                self._drop(screen)

    # -- questions and the result ----------------------------------------------------------------

    def question_key(self, question: Question, lang: str) -> QuestionKey:
        return (question.id, lang, self.colors, self._wide())

    def question_screen(self, question: Question, lang: str) -> QuestionScreen:
        """The screen for ``question`` in ``lang``, built on first use and kept for the next time."""
        key = self.question_key(question, lang)
        screen = self.questions.get(key)
        if screen is None:
            screen = QuestionScreen(question, lang, None, self.colors, wide=key[3])
            screen.answered.connect(self._on_answer)
            screen.selection_changed.connect(self._on_selection)
            self.stack.addWidget(screen)
            self.questions[key] = screen
        return screen

    def show_question(self) -> QuestionScreen:
        session = self.session
        question = session.question
        previous = session.answers.get(question.id)
        old = self.current_question_screen()
        if old is not None and old.question.id == question.id and old.selection():
            previous = old.selection()  # ticked before the language changed, not yet sent
        screen = self.question_screen(question, session.language)
        screen.set_header_room(self.header_room(session.language))
        screen.show_previous(previous)
        screen.set_progress(*session.progress())
        self.set_flow_screen(screen)
        self.drop_questions()
        self._warm_next.stop()
        after_next_frame(self.stack, self.warm_next_questions)
        return screen

    def header_room(self, lang: str) -> int:
        """The height of the tallest question with its hint in ``lang`` at the stack's width.

        At most :data:`MAX_HEADER_SHARE` of the screen's height (portrait: ``_PORTRAIT``): with the largest text a long
        question would otherwise push every question's answers off the screen. A question taller
        than that takes the room it needs (its answers start lower; the others keep their place).
        """
        questionnaire = self.session.questionnaire
        width = self.stack.width()
        share = MAX_HEADER_SHARE if self._wide() else MAX_HEADER_SHARE_PORTRAIT
        cap = int(self.stack.height() * share)
        prompt, hint = self._probes
        prompt.ensurePolished()
        hint.ensurePolished()
        key = (lang, width, prompt.font().key(), hint.font().key())
        if key not in self._rooms and questionnaire is not None:
            tallest = 0
            for question in questionnaire.questions:
                prompt.setText(question.text(lang))
                height = prompt.heightForWidth(width)
                if question.hint(lang):
                    hint.setText(question.hint(lang))
                    height += HEADER_SPACING + hint.heightForWidth(width)
                tallest = max(tallest, height)
            self._rooms[key] = tallest
        return min(self._rooms.get(key, 0), cap)

    def show_result(self) -> ResultScreen:
        session = self.session
        questionnaire = session.questionnaire
        assert questionnaire is not None
        disclaimer = questionnaire.disclaimers.get(session.language, "")
        screen = ResultScreen(
            session.result,
            session.language,
            disclaimer,
            self.colors,
            chosen=session.chosen_questions,
            wide=self._wide(),
        )
        screen.question_toggled.connect(session.toggle_question)
        self.set_flow_screen(screen)
        return screen

    def show_check(self) -> CheckScreen | CheckAnswerScreen:
        """A key-point check being asked, or what its answer means (built each time, but for the first
        check of a section, which is built while the page before it is read)."""
        session = self.session
        feedback = session.check_feedback
        screen: CheckScreen | CheckAnswerScreen
        if feedback is None:
            number, total = session.check_progress()
            ahead, self._check_ahead = self._check_ahead, None
            if ahead is not None and ahead[0] == self._check_key(session.check, number, total):
                screen = ahead[1]  # built while the page before it was read
            else:
                if ahead is not None:
                    self._drop(ahead[1])
                screen = CheckScreen(session.check, session.language, number, total, self.colors, wide=self._wide())
            screen.answered.connect(session.answer_check)
        else:
            screen = CheckAnswerScreen(session.check, feedback, session.language, self.colors)
        self.set_flow_screen(screen)
        return screen

    def set_flow_screen(self, screen: QWidget | None) -> None:
        """Show a question or result screen; the previous one is not needed again."""
        old = self.flow_screen
        self.flow_screen = screen
        if screen is not None:
            if self.stack.indexOf(screen) < 0:
                self.stack.addWidget(screen)
            self.stack.setCurrentWidget(screen)
        if old is not None and old is not screen and old not in self.questions.values():
            self._drop(old)

    def drop_questions(self, everything: bool = False) -> None:
        """Forget question screens made for other colours or another screen shape (all of them with
        ``everything``). Screens in every language are kept: each is built once, not once a visit."""
        wide = self._wide()
        for key in [k for k in self.questions if everything or k[2] != self.colors or k[3] != wide]:
            screen = self.questions.pop(key)
            if screen is not self.flow_screen:
                self._drop(screen)

    @Slot()
    def warm_next_questions(self) -> None:
        """Build one question screen that an answer on screen (or Next on the last page) could lead to.

        One per turn of the event loop, so a tap is never kept waiting for more than one; the
        timer starts again while some are missing.
        """
        session = self.session
        if (
            session.questionnaire is None
            or session.screen not in (Screen.PAGE, Screen.QUESTION)
            or not self.is_current()
        ):
            return
        lang = session.language
        for question in session.following_questions():
            if self.question_key(question, lang) not in self.questions:
                screen = self.question_screen(question, lang)
                screen.resize(self.stack.size())
                screen.ensurePolished()
                self._warm_next.start(0)
                return

    def current_question_screen(self) -> QuestionScreen | None:
        return self.flow_screen if isinstance(self.flow_screen, QuestionScreen) else None

    def current_result_screen(self) -> ResultScreen | None:
        return self.flow_screen if isinstance(self.flow_screen, ResultScreen) else None

    # -- between visits --------------------------------------------------------------------------

    def visit_ended(self) -> None:
        """Pages other than the first are dropped, and no question screen keeps a mark."""
        self.set_flow_screen(None)
        self._drop_check_ahead()
        for key in [k for k in self.pages if k != (0, self.session.language)]:
            self._drop(self.pages.pop(key))
        for question in self.questions.values():
            question.show_previous(None)
        self._tidy.start()

    @Slot()
    def ready_for_next_patient(self) -> None:
        """In idle time after a visit: the first page and first question are ready (in the
        clinic's language and colours), and the memory the visit used goes back to the system."""
        session = self.session
        if session.screen is Screen.ATTRACT and self.is_current():
            lang = session.language if session.language in self.pack.languages else self.pack.default_language
            self.page_screen(0, lang).ensurePolished()
            questionnaire = session.questionnaire
            first = questionnaire.next_question({}, None) if questionnaire is not None else None
            if first is not None:
                screen = self.question_screen(first, lang)
                screen.resize(self.stack.size())
                screen.ensurePolished()
        release_free_memory()
