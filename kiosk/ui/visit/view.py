"""The screens of a visit: "Start over" and the section strip on top, the screen, the bottom bar.

The view only puts the parts together and shows what the session says: ``strip.py`` is the
section strip, ``bar.py`` the bottom bar, ``screens.py`` builds and keeps the screens. The top
corner on the trailing side (away from "Start over") is the staff gesture's: the header keeps
room there, so neither the strip nor any screen's controls reach into it.

Over 400 lines: the keyboard focus that follows a screen change (``_KeyboardFocus``) shares the
view's state and stays beside it.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTime, Signal, Slot
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.dates import long_date
from kiosk.core.handout.summary import Part
from kiosk.core.keypoints.model import Feedback
from kiosk.core.questionnaire.model import NOT_SURE, Answer, Result
from kiosk.core.session import Screen, Session
from kiosk.ui import icons
from kiosk.ui.theme import Palette
from kiosk.ui.visit.bar import BAR_SPACING, BottomBar
from kiosk.ui.visit.keypoint import CheckAnswerScreen, CheckScreen
from kiosk.ui.visit.page import PageScreen
from kiosk.ui.visit.printing import PrintPanel, slip_sheet
from kiosk.ui.visit.question import QuestionScreen
from kiosk.ui.visit.result import ResultScreen
from kiosk.ui.visit.screens import ScreenCache
from kiosk.ui.visit.speech import Passage, ReadAloud
from kiosk.ui.visit.strip import SectionStrip
from kiosk.ui.visit.takehome import (
    SummaryWords,
    after_next_frame,
    forget_made_ahead,
    make_ahead,
    summary_parts,
    summary_sheet,
)
from kiosk.ui.widgets.controls import TouchButton
from kiosk.ui.widgets.corner import KEEP_CLEAR_PX
from kiosk.ui.widgets.print_jobs import SheetMaker, print_jobs
from kiosk.ui.widgets.swipe import SwipeDetector

log = logging.getLogger(__name__)

#: Side margins of the visit's screens, in logical pixels.
MARGIN = 48
#: Margins above the header and below the bottom bar, and the gaps between header, screen and bar.
EDGE = 28


class SessionView(QWidget):
    """Shows the session's current screen; its buttons and swipes call the session.

    Signals:
        result_finished(): Finish on a result (the window says thank you, then ends the visit).
        staff_requested(): "For staff" on "Please tell a staff member now" (the window asks for the PIN).
    """

    result_finished = Signal()
    staff_requested = Signal()

    def __init__(
        self,
        session: Session,
        colors: Palette,
        parent: QWidget | None = None,
        *,
        reader: ReadAloud | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SessionView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # The view itself holds focus, so no button shows a focus ring until Tab is pressed; it is not
        # a stop for Tab of its own. A screen reader knows it by the pack's title (``retranslate``).
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.session = session
        self.colors = colors
        self.reader = reader
        self._flow_key: tuple[object, ...] = ()
        self._slip_sent = False  # the front-desk slip: at most one a visit
        #: Whether the patient uses a keyboard or switch (then the focus follows a screen change).
        self.keyboard_in_use: Callable[[], bool] = lambda: True
        #: The clinic's name and phone number from the settings, for the take-home summary.
        self.clinic: Callable[[], tuple[str, str]] = lambda: ("", "")

        self.home_button = TouchButton()
        self.home_button.clicked.connect(self._on_start_over)
        self.strip = SectionStrip()
        self.stack = QStackedWidget()
        self.bar = BottomBar(session)
        self.bar.next_button.clicked.connect(self._on_next)
        self.screens = ScreenCache(
            session,
            self.stack,
            colors,
            wide=self._wide,
            review_line=self.review_line,
            on_link=self._on_page_link,
            on_answer=self.session.answer,
            on_selection=self._selection_changed,
        )
        # The bar's controls, by the names the rest of the kiosk (and its tests) use.
        self.back_button = self.bar.back_button
        self.text_size_button = self.bar.text_size_button
        self.contrast_button = self.bar.contrast_button
        self.read_button = self.bar.read_button
        self.language_button = self.bar.language_button
        self.next_button = self.bar.next_button
        self.counter = self.bar.counter
        self.settings_buttons = self.bar.settings_buttons

        self._header = QHBoxLayout()
        self._header.setSpacing(BAR_SPACING)
        self._header.addWidget(self.home_button)
        self._header.addWidget(self.strip, 1)
        # The staff corner's room: the strip ends before it, and the screen below starts under it.
        fixed = QSizePolicy.Policy.Fixed
        self.corner_room = QSpacerItem(KEEP_CLEAR_PX - MARGIN, KEEP_CLEAR_PX - 2 * EDGE, fixed, fixed)
        top = QHBoxLayout()
        top.setSpacing(BAR_SPACING)
        top.addLayout(self._header, 1)
        top.addItem(self.corner_room)
        top.setAlignment(self._header, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, EDGE, MARGIN, EDGE)
        layout.setSpacing(EDGE)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.bar)

        # Seen by an application filter while the view is on screen only: with several packs shown
        # there is a view per pack, and every filter is a call on every event of the application.
        self.swipe = SwipeDetector(self.stack)
        # Forward and back as the patient reads: mirrored in a right-to-left language.
        self.swipe.swiped_forward.connect(self._on_swipe_forward)
        self.swipe.swiped_back.connect(self._on_swipe_back)
        self.set_icons()
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  (Qt override)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.swipe)
            app.installEventFilter(self.swipe)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802  (Qt override)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.swipe)
        super().hideEvent(event)

    # -- looks and words ---------------------------------------------------------------------------

    def set_icons(self) -> None:
        self.home_button.setIcon(icons.icon("fa6s.house", self.colors.on_secondary))
        self.home_button.setIconSize(QSize(32, 32))
        self.bar.set_icons(self.colors)

    def set_colors(self, colors: Palette) -> None:
        """Another theme: icons in the new colours, and every page and question screen built again."""
        if colors == self.colors:
            return
        self.colors = colors
        self.set_icons()
        self.screens.set_colors(colors)
        self._flow_key = ()

    def retranslate(self) -> None:
        self.setAccessibleName(self.screens.pack.title(self.session.language))
        self.home_button.set_label(self.tr("Start over"), self.tr("Go back to the first screen and erase your choices"))
        self.bar.retranslate()
        self.show_settings()
        self._update_next()

    def show_settings(self) -> None:
        """The text size, contrast, read-aloud and language buttons show the session's current choices.

        Read aloud is offered where the speech engine has a voice, or the page has recorded narration."""
        session = self.session
        can_read = self.reader is not None and self.reader.can_read(session.language)
        page = self.current_page_screen() if session.screen is Screen.PAGE else None
        can_read = can_read or (page is not None and page.media.narration is not None)
        self.bar.show_settings(can_read)
        self.set_icons()

    @Slot()
    def _selection_changed(self) -> None:
        """A toggle of a list question: Next may say something else, and the codes made ahead follow the ticks."""
        self._update_next()
        after_next_frame(self, self.make_codes_ahead)

    def _update_next(self) -> None:
        """The big right-hand button: Next, then the way into the questions, then Finish."""
        session = self.session
        screen = session.screen
        if screen is Screen.PAGE and session.can_go_next:
            self.bar.show_next("next")
        elif screen is Screen.PAGE and session.questionnaire is not None:
            self.bar.show_next("questions")
        elif screen is Screen.CHECK:
            feedback = session.check_feedback
            if feedback is None:
                self.bar.show_next("skip-checks")
            else:
                self.bar.show_next("ask-again" if feedback is Feedback.AGAIN else "continue")
        elif screen is Screen.QUESTION:
            flow = self.current_question_screen()
            none_chosen = flow is None or not flow.selection()
            multiple = flow is not None and flow.question.kind == "multiple"
            self.bar.show_next("none" if none_chosen else "chosen", visible=multiple)
        else:
            self.bar.show_next("finish", visible=not session.shows_urgent_result)

    def show_urgent_controls(self) -> bool:
        """On "Please tell a staff member now" neither Start over, Back nor Finish is offered: only staff
        end it (with their PIN, through "For staff"), or ten minutes without a touch. True when that
        changed what is shown."""
        urgent = self.session.shows_urgent_result
        if self.home_button.isHidden() == urgent:
            return False
        self.home_button.setVisible(not urgent)
        self.back_button.setVisible(not urgent)
        for button in (self.back_button, self.next_button):  # their room stays: nothing else moves
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
        return True

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

    # -- what is on screen -------------------------------------------------------------------------

    @Slot()
    def show_session(self) -> None:
        session = self.session
        if not session.is_active:
            return
        lang = session.language
        self.strip.set_sections([section.title(lang) for section in session.pack.sections])
        self.strip.set_current(session.section_index, session.sections_done())
        focus = _KeyboardFocus(self)
        # Before the screen is chosen: a question measures the room the stack has (tell staff now
        # hides the controls around it, and the room must be the usual one again first).
        if self.show_urgent_controls():
            for widget in (self.bar, self):
                layout = widget.layout()
                if layout is not None:
                    layout.activate()
        if session.screen is Screen.PAGE:
            self._show_page()
        elif session.screen is Screen.QUESTION:
            self._show_question()
        elif session.screen is Screen.RESULT:
            self._show_result()
        elif session.screen is Screen.CHECK:
            self._show_check()
        self.show_settings()
        self._update_next()
        self.fit_bars()
        self._chain_focus()
        focus.restore()

    def _show_page(self) -> None:
        session = self.session
        self.screens.show_page()
        self._flow_key = ()
        self.counter.setText(
            self.bar.tr("{current} of {total}").format(current=session.page_index + 1, total=len(session.pack.pages))
        )

    def _show_question(self) -> None:
        session = self.session
        key = ("question", tuple(session.asked), session.language, self.colors)
        if key == self._flow_key:  # the same question, only the text size or reading changed
            return
        self.screens.show_question()
        self._flow_key = key
        after_next_frame(self, self.make_codes_ahead)
        self.counter.setText("")

    def _show_check(self) -> None:
        session = self.session
        key = ("check", session.check.id, len(session.check_tries.get(session.check.id, ())), session.check_answered,
               session.language, self.colors)  # fmt: skip
        if key == self._flow_key:
            return
        self.screens.show_check()
        self._flow_key = key
        self.counter.setText("")

    def _show_result(self) -> None:
        session = self.session
        key = ("result", tuple(session.asked), session.language, self.colors)
        if key == self._flow_key:
            return
        screen = self.screens.show_result()
        if screen.urgent:
            self._send_front_desk_slip()
        screen.staff_requested.connect(self.staff_requested)
        screen.question_toggled.connect(self._send_summary)
        printer = self.screens.patient_printer()
        if printer is not None and screen.take_home is not None:
            screen.take_home.add_print_panel(
                PrintPanel(
                    self.tr("Print my summary"),
                    self.colors,
                    printer=printer,
                    prepare=self.summary_sheet,
                    fallback=self.tr(
                        "The printer is not working right now. You can scan the code on this screen with your "
                        "phone's camera to keep your summary."
                    ),
                )
            )
        self._send_summary()
        self._flow_key = key
        self.counter.setText("")

    @Slot()
    def _send_summary(self) -> None:
        """The take-home code on the result holds the summary as it is now (after each question chosen)."""
        screen = self.current_result_screen()
        if screen is None or screen.take_home is None:
            return
        screen.take_home.show_summary(self._summary_parts())

    def _send_front_desk_slip(self) -> None:
        """Once a visit, when its answers send the patient to staff and the clinic turned the slip on."""
        desk = self.screens.front_desk()
        if desk is None or self._slip_sent:
            return
        self._slip_sent = True
        print_jobs().send(desk.printer, slip_sheet(desk, QTime.currentTime()))

    def summary_sheet(self) -> SheetMaker:
        """The printed summary as the result is now: the same parts as the code, in the patient's text size."""
        return summary_sheet(
            self._summary_parts(),
            self.session.pack,
            self.session.language,
            self.session.text_size,
        )

    def _summary_parts(self, result: Result | None = None) -> list[Part]:
        clinic, phone = self.clinic()
        words = SummaryWords(
            title=self.tr("Your visit summary"),
            go_over=self.tr("Points to go over with your doctor:"),
            more_points=self.tr("Ask your doctor about the other points from today."),
            watch_for=self.tr("After the procedure, get help:"),
            phone=self.tr("Clinic phone:"),
            my_questions=self.tr("Questions I want to ask:"),
            today=self.tr("Notes from today's questions:"),
        )
        result = result if result is not None else self.session.result
        return summary_parts(self.session, result, clinic=clinic, phone=phone, words=words)

    @Slot()
    def make_codes_ahead(self) -> None:
        """While the patient reads a question whose answer may end the questionnaire: the take-home
        codes of the results it could end on, made now, so the result shows its code in its first frame."""
        session = self.session
        flow = self.current_question_screen()
        if session.screen is not Screen.QUESTION or flow is None:
            return
        question = flow.question
        answers: list[Answer] = [flow.selection()] if question.kind == "multiple" else [o.id for o in question.options]
        summaries = []
        for value in [*answers, NOT_SURE]:
            result = session.result_after(value)
            if result is not None and not result.outcome.kind.urgent:
                summaries.append(self._summary_parts(result))
        make_ahead(summaries)

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

    def page_screen(self, index: int, lang: str) -> PageScreen:
        return self.screens.page_screen(index, lang)

    def current_page_screen(self) -> PageScreen | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, PageScreen) else None

    def current_question_screen(self) -> QuestionScreen | None:
        return self.screens.current_question_screen()

    def current_result_screen(self) -> ResultScreen | None:
        return self.screens.current_result_screen()

    def current_check_screen(self) -> CheckScreen | CheckAnswerScreen | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, CheckScreen | CheckAnswerScreen) else None

    def current_content(self) -> PageScreen | QuestionScreen | ResultScreen | CheckScreen | CheckAnswerScreen | None:
        widget = self.stack.currentWidget()
        kinds = PageScreen | QuestionScreen | ResultScreen | CheckScreen | CheckAnswerScreen
        return widget if isinstance(widget, kinds) else None

    def announcement(self) -> tuple[str, bool]:
        """What a screen reader says as the current screen comes up, and whether at once (on
        "Please tell a staff member now", interrupting whatever it was saying)."""
        content = self.current_content()
        if content is None:
            return "", False
        return content.announcement(), self.session.shows_urgent_result

    def passages(self) -> list[Passage]:
        """What "Read aloud" reads on the current screen, in reading order."""
        content = self.current_content()
        return content.passages(self.colors) if content is not None else []

    def focus_order(self) -> list[QWidget]:
        """Where Tab goes, in the order a patient reads the screen: top bar, content, bottom bar."""
        content = self.current_content()
        inside = content.focus_order() if content is not None else []
        order = [self.home_button, *inside, self.back_button, *self.settings_buttons, self.next_button]
        return [widget for widget in order if widget.isVisibleTo(self) or not self.session.shows_urgent_result]

    def _chain_focus(self) -> None:
        """Tab follows ``focus_order`` (screens built later would otherwise come after Next)."""
        for first, second in itertools.pairwise(self.focus_order()):
            QWidget.setTabOrder(first, second)

    # -- fitting the bars --------------------------------------------------------------------------

    def fit_bars(self) -> None:
        """The bottom bar and the header each choose the first arrangement in which every word fits."""
        available = self.width() - 2 * MARGIN
        if available <= 0:
            return
        self.bar.fit(available)
        self._fit_header(available)

    def _fit_header(self, available: int) -> None:
        """Start over shows only its icon when the section titles would otherwise have no room at all."""
        self.home_button.set_compact(False)
        available -= self.corner_room.sizeHint().width() + BAR_SPACING
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

    # -- between visits ----------------------------------------------------------------------------

    def visit_ended(self) -> None:
        """The patient left: pages other than the first are dropped, and no question screen keeps a mark
        (or shows its answers scrolled). The view's owner calls this when the session ends."""
        self.screens.visit_ended()
        forget_made_ahead()
        self._flow_key = ()
        self._slip_sent = False

    def ready_for_next_patient(self) -> None:
        self.screens.ready_for_next_patient()

    def warm_neighbours(self) -> None:
        self.screens.warm_neighbours()

    def warm_next_questions(self) -> None:
        self.screens.warm_next_questions()

    # -- what the patient did ----------------------------------------------------------------------

    @Slot()
    def _on_next(self) -> None:
        session = self.session
        if session.screen is Screen.PAGE and session.can_go_next:
            session.next()
        elif session.screen is Screen.PAGE and session.questionnaire is not None:
            session.start_questionnaire()
        elif session.screen is Screen.CHECK:
            if session.check_feedback is None:
                session.skip_checks()
            else:
                session.continue_checks()
        elif session.screen is Screen.QUESTION:
            flow = self.current_question_screen()
            if flow is not None:
                session.answer(flow.selection())
        elif session.screen is Screen.RESULT:
            if not session.shows_urgent_result:  # (Finish is hidden there; a key press must not reach it)
                self.result_finished.emit()
        else:
            session.reset()

    @Slot()
    def _on_start_over(self) -> None:
        if not self.session.shows_urgent_result:
            self.session.reset()

    @Slot()
    def _on_swipe_forward(self) -> None:
        if self.session.screen is Screen.PAGE and self.session.can_go_next:
            self.session.next()

    @Slot()
    def _on_swipe_back(self) -> None:
        if self.session.screen is Screen.PAGE and self.session.page_index > 0:
            self.session.back()

    def _on_page_link(self, target: str) -> None:
        """A link: ``<page>`` of this pack, or ``<pack>/<page>`` of another shown pack."""
        if not self.session.follow_link(target):
            log.warning("link to unknown page %r ignored", target)


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

    def restore(self) -> None:
        view = self._view
        if not self._was_inside or not view.keyboard_in_use():
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
