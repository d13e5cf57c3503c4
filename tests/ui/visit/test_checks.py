"""Key-point checks and the take-home summary, tapped like a patient: a miss shows the point and asks
once more, a second miss puts it on the summary, one tap skips, Back returns to the page; on the
result the patient chooses questions, and the QR code holds exactly the summary shown, in both
languages, read back with a real decoder."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import numpy as np
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.core.content.cases import read_pack_cases
from kiosk.core.content.reader import load_pack
from kiosk.core.paths import BUNDLED_CONTENT_DIR, DataPaths
from kiosk.core.questionnaire.answers import parse_answers
from kiosk.core.session import Preferences, Screen, Session
from kiosk.core.settings import Settings
from kiosk.ui.visit.keypoint import CheckAnswerScreen, CheckScreen
from kiosk.ui.visit.result import ResultScreen
from kiosk.ui.window import KioskWindow
from tests.clocks import SteppedClock
from tests.ui.visit.test_question import TYPICAL_RFA
from tests.ui.visit.test_result import tap

BUNDLED = BUNDLED_CONTENT_DIR / "rfa-facet"


@pytest.fixture
def clock() -> SteppedClock:
    return SteppedClock(now=1000.0)


def open_bundled(qtbot: QtBot, clock: SteppedClock, settings: Settings) -> KioskWindow:
    """The bundled pack in a 1920x1080 kiosk window with ``settings``, shown."""
    pack = load_pack(BUNDLED).pack
    assert pack is not None
    window = KioskWindow(
        Session(pack, Preferences()), settings, kiosk_mode=True, paths=DataPaths.choose(None), clock=clock
    )
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def kiosk(qtbot: QtBot, clock: SteppedClock) -> Iterator[KioskWindow]:
    window = open_bundled(qtbot, clock, Settings(clinic_name="Riverside Spine Clinic", clinic_phone="555 0100"))
    yield window
    window.force_close()


def check_screen(kiosk: KioskWindow) -> CheckScreen:
    screen = kiosk.session_view.current_check_screen()
    assert isinstance(screen, CheckScreen) and screen.isVisible()
    return screen


def answer_screen(kiosk: KioskWindow) -> CheckAnswerScreen:
    screen = kiosk.session_view.current_check_screen()
    assert isinstance(screen, CheckAnswerScreen) and screen.isVisible()
    return screen


def choose(qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow, option_id: str) -> None:
    screen = check_screen(kiosk)
    buttons = [*screen.buttons, screen.not_sure]
    tap(qtbot, clock, next(b for b in buttons if b.value == option_id))


def start(qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow) -> None:
    tap(qtbot, clock, kiosk.attract)
    qtbot.waitUntil(lambda: kiosk.session.screen is Screen.PAGE)


def test_a_miss_shows_the_point_asks_once_more_and_a_second_miss_goes_on_the_summary(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow
) -> None:
    view = kiosk.session_view
    start(qtbot, clock, kiosk)
    tap(qtbot, clock, view.next_button)  # Next on the welcome, the one page of its section
    screen = check_screen(kiosk)
    assert screen.prompt.text() == (
        "If you have new trouble controlling your bladder or bowels, what should you do while you are here at "
        "the clinic?"
    )
    assert [b.label() for b in screen.buttons] == ["Tell a staff member now", "Wait, and tell the doctor at my visit"]
    assert view.next_button.label() == "Skip these questions"
    choose(qtbot, clock, kiosk, "wait")
    shown = answer_screen(kiosk)
    assert shown.headline.text() == "Let's look at that again."
    assert "At the clinic, tell a staff member now. At home, call 911" in shown.point.text()
    assert "wrong" not in " ".join(label.text().lower() for label in (shown.headline, shown.point, shown.after))
    assert view.next_button.label() == "Ask me again"
    tap(qtbot, clock, view.next_button)
    choose(qtbot, clock, kiosk, "not_sure")
    later = answer_screen(kiosk)
    assert later.headline.text() == "Here is the point to remember."
    assert later.after.text() == "This point is on your summary, to go over with your doctor."
    tap(qtbot, clock, view.next_button)  # Continue
    qtbot.waitUntil(lambda: kiosk.session.screen is Screen.PAGE)
    assert kiosk.session.page.id == "facet-joints"
    assert [c.id for c in kiosk.session.missed_points()] == ["warning_signs"]


def test_right_at_once_says_so_with_the_point_and_goes_on(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow
) -> None:
    view = kiosk.session_view
    start(qtbot, clock, kiosk)
    tap(qtbot, clock, view.next_button)
    choose(qtbot, clock, kiosk, "tell_staff")
    assert answer_screen(kiosk).headline.text() == "That's right."
    assert view.next_button.label() == "Continue"
    tap(qtbot, clock, view.next_button)
    qtbot.waitUntil(lambda: kiosk.session.screen is Screen.PAGE)
    assert kiosk.session.page.id == "facet-joints" and not kiosk.session.missed_points()


def test_one_tap_skips_and_back_returns_to_the_page_then_asks_again(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow
) -> None:
    view = kiosk.session_view
    start(qtbot, clock, kiosk)
    tap(qtbot, clock, view.next_button)
    check_screen(kiosk)
    tap(qtbot, clock, view.back_button)
    qtbot.waitUntil(lambda: kiosk.session.screen is Screen.PAGE)
    assert kiosk.session.page.id == "welcome"
    tap(qtbot, clock, view.next_button)
    check_screen(kiosk)  # asked again, from the start
    tap(qtbot, clock, view.next_button)  # Skip these questions
    qtbot.waitUntil(lambda: kiosk.session.screen is Screen.PAGE)
    assert kiosk.session.page.id == "facet-joints"
    tap(qtbot, clock, view.back_button)
    tap(qtbot, clock, view.next_button)  # skipped once: not asked again on the way back
    qtbot.waitUntil(lambda: kiosk.session.page.id == "facet-joints")
    assert not kiosk.session.missed_points()


def test_a_double_tap_on_an_answer_never_answers_the_screen_that_replaced_it(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow
) -> None:
    view = kiosk.session_view
    start(qtbot, clock, kiosk)
    tap(qtbot, clock, view.next_button)
    screen = check_screen(kiosk)
    wait = next(b for b in screen.buttons if b.value == "wait")
    clock.advance(1.0)
    qtbot.mouseClick(wait, Qt.MouseButton.LeftButton)
    assert kiosk.session.check_answered
    clock.advance(0.2)  # the second tap of a double tap, on whatever is there now
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert kiosk.session.check_answered  # "Ask me again" did not act
    assert kiosk.session.check_tries == {"warning_signs": ["wait"]}


def walk_to_result(session: Session, answers: Mapping[str, object]) -> None:
    session.reset()
    session.start_questionnaire()
    while session.screen is Screen.QUESTION:
        session.answer(answers.get(session.question.id, "not_sure"))  # type: ignore[arg-type]


def decoded(image: QImage) -> str:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
    pixels = np.frombuffer(grey.constBits(), dtype=np.uint8).reshape(height, stride)[:, :width]
    found = zxingcpp.read_barcodes(np.ascontiguousarray(pixels), formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1, "exactly one QR code on the picture"
    return found[0].text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_qr_code_of_every_result_decodes_to_its_summary(qtbot: QtBot, kiosk: KioskWindow, lang: str) -> None:
    session = kiosk.session
    questionnaire = session.questionnaire
    assert questionnaire is not None
    cases, _ = read_pack_cases(BUNDLED)
    seen: set[str] = set()
    for case in cases:
        answers = parse_answers(questionnaire, case.answers)[0]
        walk_to_result(session, answers)
        session.set_language(lang)
        screen = kiosk.session_view.current_result_screen()
        assert isinstance(screen, ResultScreen)
        if screen.take_home is None:
            assert screen.urgent  # nothing from the take-home on "Please tell a staff member now"
            continue
        code = screen.take_home
        qtbot.waitUntil(code.is_ready, timeout=5000)
        text = decoded(code.image())
        assert text == code.text
        outcome = session.result.outcome
        assert outcome.headline(lang) in text
        assert ("Clinic phone: 555 0100" if lang == "en" else "Teléfono de la clínica: 555 0100") in text
        assert "http" not in text
        seen.add(outcome.id)
    assert seen == {"discuss_rfa", "discuss_other", "tell_doctor_first"}


def test_questions_tapped_on_the_result_go_on_the_summary(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow
) -> None:
    session = kiosk.session
    assert session.questionnaire is not None
    walk_to_result(session, parse_answers(session.questionnaire, TYPICAL_RFA)[0])
    assert session.result.outcome.id == "discuss_rfa"
    screen = kiosk.session_view.current_result_screen()
    assert isinstance(screen, ResultScreen) and screen.take_home is not None
    first, second = screen.question_buttons[:2]
    tap(qtbot, clock, second)
    assert second.isChecked() and not first.isChecked()
    qtbot.waitUntil(screen.take_home.is_ready, timeout=5000)
    text = decoded(screen.take_home.image())
    assert f"Questions I want to ask:\n- {second.label()}" in text
    assert first.label() not in text
    tap(qtbot, clock, second)  # tapped again: no longer chosen
    qtbot.waitUntil(screen.take_home.is_ready, timeout=5000)
    assert "Questions I want to ask:" not in decoded(screen.take_home.image())
    session.reset()
    assert session.chosen_questions == frozenset()


def test_answers_that_scroll_with_the_largest_text_say_more_below(qtbot: QtBot, kiosk: KioskWindow) -> None:
    session = kiosk.session
    kiosk.resize(1280, 800)
    session.set_text_size("largest")
    session.start()
    session.go_to_page("risks")  # the last page of Recovery: Next asks its check
    session.next()
    screen = check_screen(kiosk)
    assert session.check.id == "emergency_after" and len(screen.buttons) == 3
    bar = screen.answers_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # four answers do not fit under the question here
    qtbot.waitUntil(screen.more_below.is_shown)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: not screen.more_below.is_shown())
