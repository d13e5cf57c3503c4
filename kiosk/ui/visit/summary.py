"""What a result hands out: the take-home summary (its code and its printed sheet), and the front-desk slip.

Its words keep the ``SessionView`` translation context, so the existing translations still apply.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTime

from kiosk.core.handout.summary import Part
from kiosk.core.questionnaire.model import NOT_SURE, Answer, Result
from kiosk.core.session import Screen, Session
from kiosk.ui.theme import Palette
from kiosk.ui.visit.printing import PrintPanel, slip_sheet
from kiosk.ui.visit.question import QuestionScreen
from kiosk.ui.visit.result import ResultScreen
from kiosk.ui.visit.screens import ScreenCache
from kiosk.ui.visit.takehome import SummaryWords, forget_made_ahead, make_ahead, summary_parts, summary_sheet
from kiosk.ui.widgets.print_jobs import SheetMaker, print_jobs

#: The words below are in the view's translation context; lupdate needs it written out in each call.
translate = QCoreApplication.translate


class VisitSummary:
    """The summary of one view's visit: the code and print panel on its result, the codes made ahead
    while a question is read, and the front-desk slip (at most one a visit).

    ``colors`` is asked each time (the view's theme changes), as is ``clinic``: the clinic's name and
    phone number from the settings, set by the view's owner.
    """

    def __init__(self, session: Session, screens: ScreenCache, *, colors: Callable[[], Palette]) -> None:
        self.session = session
        self.screens = screens
        self.colors = colors
        self.clinic: Callable[[], tuple[str, str]] = lambda: ("", "")
        self.slip_sent = False

    def add_to(self, screen: ResultScreen) -> None:
        """A result just built: the slip when it sends the patient to staff, the print panel when
        patients may print, and the code as the result is now (again after each question chosen)."""
        if screen.urgent:
            self.send_front_desk_slip()
        screen.question_toggled.connect(self.show_code)
        printer = self.screens.patient_printer()
        if printer is not None and screen.take_home is not None:
            screen.take_home.add_print_panel(
                PrintPanel(
                    translate("SessionView", "Print my summary"),
                    self.colors(),
                    printer=printer,
                    prepare=self.sheet,
                    fallback=translate(
                        "SessionView",
                        "The printer is not working right now. You can scan the code on this screen with your "
                        "phone's camera to keep your summary.",
                    ),
                )
            )
        self.show_code()

    def show_code(self) -> None:
        """The take-home code on the result holds the summary as it is now."""
        screen = self.screens.current_result_screen()
        if screen is None or screen.take_home is None:
            return
        screen.take_home.show_summary(self.parts())

    def send_front_desk_slip(self) -> None:
        """Once a visit, when its answers send the patient to staff and the clinic turned the slip on."""
        desk = self.screens.front_desk()
        if desk is None or self.slip_sent:
            return
        self.slip_sent = True
        print_jobs().send(desk.printer, slip_sheet(desk, QTime.currentTime()))

    def sheet(self) -> SheetMaker:
        """The printed summary as the result is now: the same parts as the code, in the patient's text size."""
        session = self.session
        return summary_sheet(self.parts(), session.pack, session.language, session.text_size)

    def parts(self, result: Result | None = None) -> list[Part]:
        """The summary of ``result`` (the session's own when None), in the patient's language."""
        clinic, phone = self.clinic()
        words = SummaryWords(
            title=translate("SessionView", "Your visit summary"),
            go_over=translate("SessionView", "Points to go over with your doctor:"),
            more_points=translate("SessionView", "Ask your doctor about the other points from today."),
            watch_for=translate("SessionView", "After the procedure, get help:"),
            phone=translate("SessionView", "Clinic phone:"),
            my_questions=translate("SessionView", "Questions I want to ask:"),
            today=translate("SessionView", "Notes from today's questions:"),
        )
        result = result if result is not None else self.session.result
        return summary_parts(self.session, result, clinic=clinic, phone=phone, words=words)

    def make_codes_ahead(self, flow: QuestionScreen | None) -> None:
        """While the patient reads a question whose answer may end the questionnaire: the take-home
        codes of the results it could end on, made now, so the result shows its code in its first frame."""
        session = self.session
        if session.screen is not Screen.QUESTION or flow is None:
            return
        question = flow.question
        answers: list[Answer] = [flow.selection()] if question.kind == "multiple" else [o.id for o in question.options]
        summaries = []
        for value in [*answers, NOT_SURE]:
            result = session.result_after(value)
            if result is not None and not result.outcome.kind.urgent:
                summaries.append(self.parts(result))
        make_ahead(summaries)

    def visit_ended(self) -> None:
        """The next visit may send a slip again, and no code made for this one is kept."""
        forget_made_ahead()
        self.slip_sent = False
