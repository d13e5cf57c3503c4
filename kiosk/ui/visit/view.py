"""The screens of a visit: "Start over" and the section strip on top, the screen, the bottom bar.

The view only puts the parts together and shows what the session says: ``header.py`` is the
top row (with the staff corner's room), ``bar.py`` the bottom bar and ``next_step.py`` what its
Next means, ``screens.py`` builds and keeps the screens, ``summary.py`` is what a result hands
out (the take-home summary, the front-desk slip), ``focus.py`` the keyboard focus.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.dates import long_date
from kiosk.core.handout.summary import Part
from kiosk.core.questionnaire.model import Result
from kiosk.core.session import Screen, Session
from kiosk.ui.theme import Palette
from kiosk.ui.visit.bar import BottomBar
from kiosk.ui.visit.focus import KeyboardFocus, chain_focus
from kiosk.ui.visit.header import Header
from kiosk.ui.visit.keypoint import CheckAnswerScreen, CheckScreen
from kiosk.ui.visit.next_step import next_label, press_next
from kiosk.ui.visit.page import PageScreen
from kiosk.ui.visit.question import QuestionScreen
from kiosk.ui.visit.result import ResultScreen
from kiosk.ui.visit.screens import ScreenCache
from kiosk.ui.visit.speech import Passage, ReadAloud
from kiosk.ui.visit.summary import VisitSummary
from kiosk.ui.widgets import input_filters
from kiosk.ui.widgets.next_frame import after_next_frame
from kiosk.ui.widgets.print_jobs import SheetMaker
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
        #: Whether the patient uses a keyboard or switch (then the focus follows a screen change).
        self.keyboard_in_use: Callable[[], bool] = lambda: True

        self.header = Header(MARGIN, EDGE)
        self.home_button = self.header.home_button
        self.home_button.clicked.connect(self._on_start_over)
        self.strip = self.header.strip
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
        self.summary = VisitSummary(session, self.screens, colors=lambda: self.colors)
        # The bar's controls, by the names the rest of the kiosk (and its tests) use.
        self.back_button = self.bar.back_button
        self.text_size_button = self.bar.text_size_button
        self.contrast_button = self.bar.contrast_button
        self.read_button = self.bar.read_button
        self.language_button = self.bar.language_button
        self.next_button = self.bar.next_button
        self.counter = self.bar.counter
        self.settings_buttons = self.bar.settings_buttons

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, EDGE, MARGIN, EDGE)
        layout.setSpacing(EDGE)
        layout.addLayout(self.header.layout)
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
        input_filters.install(self.swipe)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802  (Qt override)
        input_filters.remove(self.swipe)
        super().hideEvent(event)

    @property
    def clinic(self) -> Callable[[], tuple[str, str]]:
        """The clinic's name and phone number from the settings, for the take-home summary."""
        return self.summary.clinic

    @clinic.setter
    def clinic(self, clinic: Callable[[], tuple[str, str]]) -> None:
        self.summary.clinic = clinic

    # -- looks and words ---------------------------------------------------------------------------

    def set_icons(self) -> None:
        self.header.set_icons(self.colors)
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
        flow = self.current_question_screen() if self.session.screen is Screen.QUESTION else None
        what, visible = next_label(self.session, flow)
        self.bar.show_next(what, visible=visible)

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
        focus = KeyboardFocus(self)
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
        chain_focus(self.focus_order())
        focus.restore()

    def _show_page(self) -> None:
        session = self.session
        self.screens.show_page()
        self._flow_key = ()
        self.counter.setText(self.bar.page_count(session.page_index + 1, len(session.pack.pages)))

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
        screen.staff_requested.connect(self.staff_requested)
        self.summary.add_to(screen)
        self._flow_key = key
        self.counter.setText("")

    def summary_sheet(self) -> SheetMaker:
        """The printed summary as the result is now (``VisitSummary.sheet``)."""
        return self.summary.sheet()

    def _summary_parts(self, result: Result | None = None) -> list[Part]:
        """The take-home summary's parts (``VisitSummary.parts``)."""
        return self.summary.parts(result)

    @Slot()
    def make_codes_ahead(self) -> None:
        """The take-home codes of the results the question on screen could end on, made now."""
        self.summary.make_codes_ahead(self.current_question_screen())

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

    # -- fitting the bars --------------------------------------------------------------------------

    def fit_bars(self) -> None:
        """The bottom bar and the header each choose the first arrangement in which every word fits."""
        available = self.width() - 2 * MARGIN
        if available <= 0:
            return
        self.bar.fit(available)
        self.header.fit(available)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt override)
        super().resizeEvent(event)
        self.fit_bars()

    def before_restyle(self) -> None:
        """The style is about to change: the screens not on show go, so only what the patient sees is
        styled again now; they are built again, in the new style, once it is painted."""
        self.screens.drop_hidden()

    def restyle(self) -> None:
        """The text size changed: fit the bars again for the new words' widths."""
        self.strip.fit()
        self.fit_bars()
        self.screens.warm_after_restyle()

    # -- between visits ----------------------------------------------------------------------------

    def visit_ended(self) -> None:
        """The patient left: pages other than the first are dropped, and no question screen keeps a mark
        (or shows its answers scrolled). The view's owner calls this when the session ends."""
        self.screens.visit_ended()
        self.summary.visit_ended()
        self._flow_key = ()

    def ready_for_next_patient(self) -> None:
        self.screens.ready_for_next_patient()

    def warm_neighbours(self) -> None:
        self.screens.warm_neighbours()

    def warm_next_questions(self) -> None:
        self.screens.warm_next_questions()

    # -- what the patient did ----------------------------------------------------------------------

    @Slot()
    def _on_next(self) -> None:
        flow = self.current_question_screen() if self.session.screen is Screen.QUESTION else None
        press_next(self.session, flow, self.result_finished.emit)

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
