"""What the big right-hand button of the bottom bar means on each screen: what it says, and what it does."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.core.keypoints.model import Feedback
from kiosk.core.session import Screen, Session
from kiosk.ui.visit.question import QuestionScreen


def next_label(session: Session, flow: QuestionScreen | None) -> tuple[str, bool]:
    """Which of the bar's ``next_labels`` the button shows, and whether it is shown: Next, then the
    way into the questions, then Finish. ``flow`` is the question on screen, if any."""
    screen = session.screen
    if screen is Screen.PAGE and session.can_go_next:
        return "next", True
    if screen is Screen.PAGE and session.questionnaire is not None:
        return "questions", True
    if screen is Screen.CHECK:
        feedback = session.check_feedback
        if feedback is None:
            return "skip-checks", True
        return ("ask-again" if feedback is Feedback.AGAIN else "continue"), True
    if screen is Screen.QUESTION:
        none_chosen = flow is None or not flow.selection()
        multiple = flow is not None and flow.question.kind == "multiple"
        return ("none" if none_chosen else "chosen"), multiple
    return "finish", not session.shows_urgent_result


def press_next(session: Session, flow: QuestionScreen | None, finish: Callable[[], None]) -> None:
    """The button was pressed: the session moves on, or ``finish`` is called on a result."""
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
        if flow is not None:
            session.answer(flow.selection())
    elif session.screen is Screen.RESULT:
        if not session.shows_urgent_result:  # (Finish is hidden there; a key press must not reach it)
            finish()
    else:
        session.reset()
