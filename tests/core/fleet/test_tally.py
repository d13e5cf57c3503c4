"""What one visit adds to the counts: the places it reached, never its answers, once a visit."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.content.reader import load_pack
from kiosk.core.fleet.tally import Increment, VisitTally
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.questionnaire.model import NOT_SURE
from kiosk.core.session import Preferences, Screen, Session


@pytest.fixture(scope="module")
def bundled() -> Session:
    pack = load_pack(BUNDLED_CONTENT_DIR / "rfa-facet").pack
    assert pack is not None
    return Session(pack, Preferences(language="en"))


def tallied(session: Session) -> tuple[VisitTally, list[list[Increment]]]:
    visits: list[list[Increment]] = []
    session.reset()
    return VisitTally(session, visits.append), visits


def test_a_visit_counts_its_pages_once_where_it_stopped_and_its_preferences(pack_dir: Path) -> None:
    pack = load_pack(pack_dir).pack
    assert pack is not None
    session = Session(pack, Preferences(language="en"))
    _tally, visits = tallied(session)
    session.start()
    session.next()
    session.back()
    session.next()  # the second page again: still one visit that reached it
    session.set_language("es")
    session.next_text_size()
    session.next_text_size()
    session.next_text_size()  # largest, then back to normal: the largest used is what counts
    session.toggle_contrast()
    session.reset()
    (visit,) = visits
    pages = [key for metric, key in visit if metric == "page_reached"]
    assert pages == sorted({f"{pack.id}/{page.id}" for page in pack.pages[:2]})
    assert ("visits", "all") in visit and ("topic", pack.id) in visit
    assert ("stopped_at", f"{pack.id}/{pack.pages[1].id}") in visit
    assert ("language", "es") in visit and ("text_size", "largest") in visit and ("contrast", "high") in visit
    assert not [metric for metric, _key in visit if metric in ("questionnaire", "outcome", "keypoint_missed")]
    assert len(visit) == len(set(visit))  # each counter once a visit


def test_the_first_screen_alone_is_no_visit_and_a_reset_without_a_visit_adds_nothing(pack_dir: Path) -> None:
    pack = load_pack(pack_dir).pack
    assert pack is not None
    session = Session(pack)
    _tally, visits = tallied(session)
    session.set_language("es")  # a choice on the first screen, then the idle reset
    session.reset()
    session.reset()
    assert visits == []


def test_a_questionnaire_counts_started_completed_and_the_class_of_its_last_result(bundled: Session) -> None:
    session = bundled
    _tally, visits = tallied(session)
    session.start_questionnaire()
    while session.screen is Screen.QUESTION:
        options = [option.id for option in session.question.options]
        session.answer("no" if "no" in options else NOT_SURE)
    assert session.screen is Screen.RESULT
    kind = session.result.outcome.kind.value
    session.reset()
    (visit,) = visits
    assert ("questionnaire", "started") in visit and ("questionnaire", "completed") in visit
    assert [key for metric, key in visit if metric == "outcome"] == [kind]
    assert ("stopped_at", "rfa-facet/result") in visit
    # Nothing of the answers: no key names a question or an option.
    questions = {question.id for question in session.questionnaire.questions} if session.questionnaire else set()
    assert not [key for _metric, key in visit if any(q in key.split("/") for q in questions)]


def test_a_questionnaire_left_before_its_result_is_started_only_and_stops_at_the_questions(bundled: Session) -> None:
    session = bundled
    _tally, visits = tallied(session)
    session.start_questionnaire()
    session.reset()
    (visit,) = visits
    assert ("questionnaire", "started") in visit and ("questionnaire", "completed") not in visit
    assert ("stopped_at", "rfa-facet/questions") in visit
    assert not [key for metric, key in visit if metric == "outcome"]


def test_a_key_point_missed_twice_is_counted(bundled: Session) -> None:
    session = bundled
    _tally, visits = tallied(session)
    session.start()
    while session.screen is not Screen.CHECK:
        session.next()
    missed = session.check
    wrong = next(option.id for option in missed.options if option.id != missed.answer)
    session.answer_check(wrong)
    session.continue_checks()
    session.answer_check(wrong)  # the second miss: "go over it with your doctor"; then the idle reset
    session.reset()
    (visit,) = visits
    assert [key for metric, key in visit if metric == "keypoint_missed"] == [f"rfa-facet/{missed.id}"]
    assert ("stopped_at", "rfa-facet/check") in visit


def test_counting_turned_off_counts_no_visit_and_forgets_the_one_under_way(pack_dir: Path) -> None:
    pack = load_pack(pack_dir).pack
    assert pack is not None
    session = Session(pack)
    tally, visits = tallied(session)
    session.start()
    tally.enabled = False
    session.reset()
    session.start()
    session.reset()
    tally.enabled = True
    session.start()
    session.next()
    session.reset()
    assert len(visits) == 1 and ("page_reached", f"{pack.id}/{pack.pages[1].id}") in visits[0]
