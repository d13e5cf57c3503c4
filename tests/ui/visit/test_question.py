"""Tapping through the bundled questionnaire to each outcome, with Back, idle reset and language switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.session import Preferences, Screen
from kiosk.core.settings import Settings
from kiosk.ui.visit.question import AnswerButton, QuestionScreen
from kiosk.ui.visit.result import ResultScreen
from kiosk.ui.window import KioskWindow
from tests.ui.conftest import MakeWindow

TYPICAL_RFA = {
    "bladder_bowel": "no",
    "saddle_numbness": "no",
    "leg_weakness": "no",
    "fever": "no",
    "area": "back",
    "duration": "3_months_or_more",
    "back_or_leg": "mostly_back",
    "treatments_tried": "not_enough",
    "past_block": "no",
    "mention": [],
    "before_procedure": ["blood_thinner", "implant"],
}


@pytest.fixture
def kiosk(make_window: MakeWindow) -> KioskWindow:
    """The bundled pack, with its questionnaire."""
    return make_window(BUNDLED_CONTENT_DIR / "rfa-facet", Settings(idle_countdown_s=2))


def question(window: KioskWindow) -> QuestionScreen:
    screen = window.session_view.current_question_screen()
    assert screen is not None
    return screen


def result(window: KioskWindow) -> ResultScreen:
    screen = window.session_view.current_result_screen()
    assert screen is not None
    return screen


def button(window: KioskWindow, value: str | int) -> AnswerButton:
    screen = question(window)
    for candidate in [*screen.buttons, screen.not_sure]:
        if candidate.value == value:
            return candidate
    raise AssertionError(f"no answer {value!r} on {screen.question.id}")


def tap(qtbot: QtBot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def answer_by_touch(qtbot: QtBot, window: KioskWindow, answers: dict[str, object]) -> list[str]:
    """Tap the given answers (Not sure for anything missing) until the result shows."""
    asked: list[str] = []
    while window.session.screen is Screen.QUESTION:
        assert len(asked) < 30, f"the questionnaire does not end: {asked}"
        screen = question(window)
        asked.append(screen.question.id)
        value = answers.get(screen.question.id, "not_sure")
        if screen.question.kind == "multiple" and value != "not_sure":
            assert isinstance(value, list)
            for option in value:
                tap(qtbot, button(window, option))
            tap(qtbot, window.session_view.next_button)
        else:
            tap(qtbot, button(window, value))  # type: ignore[arg-type]
    return asked


def start_questions(qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window.attract.questions_button)
    qtbot.waitUntil(lambda: window.session.screen is Screen.QUESTION)


def test_first_question_is_a_warning_sign_with_big_answers(qtbot: QtBot, kiosk: KioskWindow) -> None:
    start_questions(qtbot, kiosk)
    screen = question(kiosk)
    assert screen.question.warning
    assert screen.prompt.text() == "Have you had new trouble controlling your bladder or bowels?"
    assert [b.label() for b in screen.buttons] + [screen.not_sure.label()] == ["Yes", "No", "Not sure"]
    for answer in [*screen.buttons, screen.not_sure]:
        assert answer.height() >= 72
        assert answer.width() >= screen.width() * 0.3  # Yes, No and Not sure share one row
    assert screen.progress_label.text().startswith("Question 1 of about")
    assert not kiosk.session_view.next_button.isVisible()


def test_a_warning_sign_stops_at_once_with_tell_staff_now(qtbot: QtBot, kiosk: KioskWindow) -> None:
    start_questions(qtbot, kiosk)
    tap(qtbot, button(kiosk, "no"))
    tap(qtbot, button(kiosk, "yes"))  # numbness in the saddle area
    assert kiosk.session.screen is Screen.RESULT
    screen = result(kiosk)
    assert screen.kind == "staff_now"
    assert "staff" in screen.headline.text().lower()
    assert "not a diagnosis" in screen.disclaimer.text()


def test_typical_path_by_touch_gives_ask_about_rfa_with_notes(qtbot: QtBot, kiosk: KioskWindow) -> None:
    start_questions(qtbot, kiosk)
    asked = answer_by_touch(qtbot, kiosk, TYPICAL_RFA)
    assert 8 <= len(asked) <= 12
    screen = result(kiosk)
    assert screen.kind == "discuss_rfa"
    assert "doctor" in screen.headline.text().lower()
    assert len(screen.notes) == 2
    assert screen.questions, "questions to ask the doctor"
    assert "Only your doctor can decide" in screen.disclaimer.text()
    assert kiosk.session_view.next_button.accessibleName() == "Finish"
    tap(qtbot, kiosk.session_view.next_button)
    assert kiosk.current_screen() is kiosk.endings.thanks  # then the attract screen (test_result.py)
    assert kiosk.session.answers == {}


def test_not_sure_about_the_bladder_goes_to_staff_at_once_and_the_room_cannot_read_why(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    start_questions(qtbot, kiosk)
    asked = answer_by_touch(qtbot, kiosk, {})
    assert asked == ["bladder_bowel"]
    screen = result(kiosk)
    assert screen.kind == "staff_now"
    # The sign is for staff, after their PIN (tests/ui/visit/test_result.py), not for the waiting room.
    assert screen.warnings == [] and screen.notes == []
    assert "bladder" not in " ".join(label.text() for label in screen.reading_labels())


def test_a_not_sure_warning_note_shows_first_in_the_warning_style_above_the_fold(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    kiosk.resize(1280, 800)
    start_questions(qtbot, kiosk)
    many = {
        **TYPICAL_RFA,
        "leg_weakness": "not_sure",
        "before_procedure": ["blood_thinner", "pregnant", "implant", "allergy"],
    }
    answer_by_touch(qtbot, kiosk, many)
    screen = result(kiosk)
    assert screen.kind == "discuss_rfa"
    [warning] = screen.warnings
    assert warning.property("role") == "result-warning"
    assert "Not sure" in warning.text() and "staff member" in warning.text()
    assert warning.text() not in [label.text() for label in screen.notes]
    top = warning.mapTo(screen, warning.rect().topLeft()).y()
    assert top < screen.explanation.mapTo(screen, screen.explanation.rect().topLeft()).y()
    assert warning.mapTo(screen, warning.rect().bottomLeft()).y() < screen.height()
    # The warning colours differ from the plain text's.
    assert warning.palette().color(warning.backgroundRole()) != screen.explanation.palette().color(
        screen.explanation.backgroundRole()
    ) or warning.grab().toImage().pixelColor(2, 2) != screen.explanation.grab().toImage().pixelColor(2, 2)


def test_signs_of_a_serious_cause_ask_to_tell_the_doctor_first(qtbot: QtBot, kiosk: KioskWindow) -> None:
    start_questions(qtbot, kiosk)
    answer_by_touch(qtbot, kiosk, {**TYPICAL_RFA, "mention": ["cancer", "weight_loss", "night_pain"]})
    screen = result(kiosk)
    assert screen.kind == "tell_doctor_first"
    assert screen.headline.text() == "Tell your doctor about these signs first, before any talk of RFA"
    assert [label.text().split(":")[0] for label in screen.notes[:3]] == [
        "Cancer, now or in the past",
        "Losing weight without trying",
        "Pain that is worse at night or lying down",
    ]


def test_multiple_choice_toggles_show_a_check_and_the_next_label(qtbot: QtBot, kiosk: KioskWindow) -> None:
    start_questions(qtbot, kiosk)
    answer_by_touch(qtbot, kiosk, {**TYPICAL_RFA, "before_procedure": "not_sure"})
    kiosk.session.back()  # back from the result to the last (multiple-choice) question
    screen = question(kiosk)
    assert screen.question.kind == "multiple"
    next_button = kiosk.session_view.next_button
    assert next_button.isVisible() and next_button.accessibleName() == "None of these"
    first = screen.buttons[0]
    tap(qtbot, first)
    assert first.isChecked() and first.accessibleDescription() == "selected"
    assert next_button.accessibleName() == "Next"
    tap(qtbot, first)
    assert not first.isChecked()


def test_back_keeps_answers_and_shows_the_previous_choice(qtbot: QtBot, kiosk: KioskWindow) -> None:
    start_questions(qtbot, kiosk)
    for _ in range(4):
        tap(qtbot, button(kiosk, "no"))
    tap(qtbot, button(kiosk, "neck"))
    assert question(kiosk).question.id == "arm_weakness"  # the neck's own warning signs come next
    tap(qtbot, kiosk.session_view.back_button)
    assert question(kiosk).question.id == "area"
    assert button(kiosk, "neck").property("selected") is True
    assert button(kiosk, "back").property("selected") is False
    assert kiosk.session.answers["fever"] == "no"


def test_back_from_the_first_question_returns_where_the_patient_came_from(qtbot: QtBot, kiosk: KioskWindow) -> None:
    tap(qtbot, kiosk.attract)
    kiosk.session.go_to_page("check-in")
    view = kiosk.session_view
    assert view.next_button.accessibleName() == "Check if this could fit my pain"
    tap(qtbot, view.next_button)
    assert kiosk.session.screen is Screen.QUESTION
    tap(qtbot, view.back_button)
    assert kiosk.session.screen is Screen.PAGE and kiosk.session.page.id == "check-in"


def test_idle_reset_clears_the_answers(qtbot: QtBot, kiosk: KioskWindow) -> None:
    start_questions(qtbot, kiosk)
    tap(qtbot, button(kiosk, "no"))
    assert kiosk.session.answers
    kiosk.idle.set_timeout(20)
    kiosk.idle.start()
    with qtbot.waitSignal(kiosk.overlay.expired, timeout=5000):
        pass
    assert kiosk.current_screen() is kiosk.attract
    assert kiosk.session.answers == {} and kiosk.session.asked == []


def test_language_switch_mid_questionnaire_keeps_answers_and_outcome(qtbot: QtBot, kiosk: KioskWindow) -> None:
    start_questions(qtbot, kiosk)
    for _ in range(4):
        tap(qtbot, button(kiosk, "no"))
    kiosk.session.set_language("es")
    screen = question(kiosk)
    assert screen.question.id == "area"
    assert screen.prompt.text() == screen.question.text("es")
    assert screen.not_sure.label() == "No estoy seguro/a"
    answer_by_touch(qtbot, kiosk, TYPICAL_RFA)
    assert result(kiosk).kind == "discuss_rfa"
    assert result(kiosk).disclaimer.text().startswith("Esto no es un diagnóstico")


def test_not_a_diagnosis_shows_above_the_fold_even_with_many_notes(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.resize(1280, 800)
    start_questions(qtbot, kiosk)
    many = {
        **TYPICAL_RFA,
        "mention": ["cancer", "weight_loss", "injury", "night_pain", "infection_risk"],
        "before_procedure": ["blood_thinner", "pregnant", "implant", "allergy"],
    }
    answer_by_touch(qtbot, kiosk, many)
    screen = result(kiosk)
    assert screen.kind == "tell_doctor_first"
    assert len(screen.notes) == 9
    disclaimer_bottom = screen.disclaimer.mapTo(screen, screen.disclaimer.rect().bottomLeft()).y()
    assert disclaimer_bottom < screen.height()


class WindowsShown(QObject):
    """Counts windows other than the kiosk that appear, however briefly."""

    def __init__(self, kiosk: KioskWindow) -> None:
        super().__init__()
        self.kiosk = kiosk
        self.names: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
        if shown and watched.isWindow() and watched is not self.kiosk:
            self.names.append(type(watched).__name__)
        return False


def test_the_questions_never_open_a_window_of_their_own(qtbot: QtBot, kiosk: KioskWindow) -> None:
    """A label shown before it had a parent used to flash up as a window and take the focus."""
    shown = WindowsShown(kiosk)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(shown)
    try:
        start_questions(qtbot, kiosk)
        qtbot.waitUntil(lambda: not kiosk.session_view.screens._warm_next.isActive())
        answer_by_touch(qtbot, kiosk, TYPICAL_RFA)
        assert result(kiosk).kind == "discuss_rfa"
    finally:
        app.removeEventFilter(shown)
    assert shown.names == []
    assert kiosk.isActiveWindow()


def test_the_next_question_is_ready_before_the_answer(qtbot: QtBot, kiosk: KioskWindow) -> None:
    start_questions(qtbot, kiosk)
    view = kiosk.session_view
    qtbot.waitUntil(lambda: any(w.question.id == "saddle_numbness" for w in view.stack.findChildren(QuestionScreen)))
    prepared = [w for w in view.stack.findChildren(QuestionScreen) if w.question.id == "saddle_numbness"]
    tap(qtbot, button(kiosk, "no"))
    assert question(kiosk) is prepared[0]
    assert question(kiosk).isVisible()
    assert question(kiosk).progress_label.text().startswith("Question 2 of about")


def test_a_new_patient_sees_none_of_the_last_patients_choices(qtbot: QtBot, kiosk: KioskWindow) -> None:
    start_questions(qtbot, kiosk)
    answer_by_touch(qtbot, kiosk, {**TYPICAL_RFA, "area": "neck"})
    tap(qtbot, kiosk.session_view.back_button)  # back on the last question, its ticks still shown
    assert {b.value for b in question(kiosk).buttons if b.isChecked()} == {"blood_thinner", "implant"}
    tap(qtbot, kiosk.session_view.home_button)
    assert kiosk.current_screen() is kiosk.attract
    start_questions(qtbot, kiosk)
    seen: list[str] = []
    while kiosk.session.screen is Screen.QUESTION:
        screen = question(kiosk)
        seen.append(screen.question.id)
        for answer in [*screen.buttons, screen.not_sure]:
            assert not answer.isChecked(), f"{screen.question.id}: {answer.label()} still ticked"
            assert not answer.property("selected"), f"{screen.question.id}: {answer.label()} still marked"
        value = TYPICAL_RFA.get(screen.question.id, "not_sure")
        if screen.question.kind == "multiple":
            tap(qtbot, kiosk.session_view.next_button)
        else:
            tap(qtbot, button(kiosk, "neck" if screen.question.id == "area" else value))  # type: ignore[arg-type]
    assert "before_procedure" in seen and "area" in seen


def test_a_kept_question_shows_its_answers_from_the_top_again(qtbot: QtBot, kiosk: KioskWindow) -> None:
    # Question screens are kept from one visit to the next: one scrolled down must not stay so.
    kiosk.resize(1280, 800)
    kiosk.session.defaults = Preferences(language="es", text_size="largest")
    kiosk.session.reset()
    start_questions(qtbot, kiosk)
    for _ in range(4):
        tap(qtbot, button(kiosk, "no"))
    screen = question(kiosk)
    assert screen.question.id == "area"
    bar = screen.answers_area.verticalScrollBar()
    assert bar.maximum() > 0, "the answers should need scrolling here"
    bar.setValue(bar.maximum())
    tap(qtbot, kiosk.session_view.home_button)
    start_questions(qtbot, kiosk)
    for _ in range(4):
        tap(qtbot, button(kiosk, "no"))
    assert question(kiosk) is screen
    assert bar.value() == 0
