"""The take-home code made ahead: while the patient reads the last question, the codes its answers
could lead to are made, so the result shows its code in its first frame; a visit that ends forgets them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core.handout.summary import fitted
from kiosk.core.settings import Settings
from kiosk.ui.visit.result import ResultScreen
from kiosk.ui.visit.takehome import code_maker, forget_made_ahead
from kiosk.ui.window import KioskWindow
from tests.clocks import SteppedClock
from tests.ui.visit.test_checks import decoded, open_bundled
from tests.ui.visit.test_question import TYPICAL_RFA
from tests.ui.visit.test_result import answer, tap


@pytest.fixture
def clock() -> SteppedClock:
    return SteppedClock(now=1000.0)


@pytest.fixture
def kiosk(qtbot: QtBot, clock: SteppedClock) -> Iterator[KioskWindow]:
    window = open_bundled(qtbot, clock, Settings(clinic_name="Riverside Spine Clinic", clinic_phone="555 0100"))
    yield window
    window.force_close()


def to_the_last_question(qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow) -> None:
    """Answer as a typical RFA patient up to the last question (the list of things before the procedure)."""
    answer(qtbot, clock, kiosk, TYPICAL_RFA, until="before_procedure")


def tick_and_send(qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow, *, made_ahead: bool) -> ResultScreen:
    """Tick the typical list of things before the procedure, let the codes be made ahead (or not), tap Next."""
    screen = kiosk.session_view.current_question_screen()
    assert screen is not None
    for option in TYPICAL_RFA["before_procedure"]:
        with qtbot.waitSignal(code_maker().ahead_made, timeout=10_000):
            tap(qtbot, clock, next(b for b in screen.buttons if b.value == option))
    if not made_ahead:
        forget_made_ahead()
    clock.advance(1.0)
    qtbot.mouseClick(kiosk.session_view.next_button, Qt.MouseButton.LeftButton)
    # Nothing else has run since the tap: what the result holds now is what its first frame paints.
    result = kiosk.session_view.current_result_screen()
    assert result is not None and result.take_home is not None
    return result


def test_the_result_shows_its_code_in_its_first_frame_after_a_list_is_ticked(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow
) -> None:
    to_the_last_question(qtbot, clock, kiosk)
    result = tick_and_send(qtbot, clock, kiosk, made_ahead=True)
    assert result.kind == "discuss_rfa"
    code = result.take_home
    assert code is not None and code.is_ready()
    # Made from the summary with the ticks made after the question showed (their notes are in it).
    parts = kiosk.session_view._summary_parts()
    assert any("Blood thinner" in line for part in parts for line in part.lines)
    text = decoded(code.image())
    assert text == fitted(parts)[0]
    assert "Riverside Spine Clinic" in text and "555 0100" in text


def test_without_codes_made_ahead_the_result_waits_for_its_code(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow
) -> None:
    """The other path still works: the code comes a moment after the first frame, with the same text."""
    to_the_last_question(qtbot, clock, kiosk)
    result = tick_and_send(qtbot, clock, kiosk, made_ahead=False)
    code = result.take_home
    assert code is not None and not code.is_ready()
    qtbot.waitUntil(code.is_ready, timeout=5000)
    assert decoded(code.image()) == fitted(kiosk.session_view._summary_parts())[0]


def test_a_visit_that_ends_forgets_the_codes_made_ahead(qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow) -> None:
    to_the_last_question(qtbot, clock, kiosk)
    tick_and_send(qtbot, clock, kiosk, made_ahead=True)
    parts = kiosk.session_view._summary_parts()
    assert code_maker().made_already(parts) is not None
    tap(qtbot, clock, kiosk.session_view.next_button)  # Finish: the visit ends at once
    assert kiosk.current_screen() is kiosk.endings.thanks
    assert code_maker().made_already(parts) is None


def test_a_code_still_being_made_when_the_visit_ends_is_not_kept(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from kiosk.core.handout.summary import Part
    from kiosk.ui.visit import takehome

    started, release = threading.Event(), threading.Event()
    real_make = takehome._make

    def slow_make(parts):  # type: ignore[no-untyped-def]
        if parts[0].lines == ("the first visit",):
            started.set()
            release.wait(10)
        return real_make(parts)

    monkeypatch.setattr(takehome, "_make", slow_make)
    first, second = [Part("", ("the first visit",), 0)], [Part("", ("the next visit",), 0)]
    code_maker().make_ahead([first])
    assert started.wait(10)  # the worker is making the first visit's code
    forget_made_ahead()  # that visit ends
    release.set()
    with qtbot.waitSignal(code_maker().ahead_made, timeout=10_000):
        code_maker().make_ahead([second])  # made after the first, on the same worker
    assert code_maker().made_already(second) is not None
    assert code_maker().made_already(first) is None
    forget_made_ahead()
