"""The idle policy, without a window: warn during a visit, forget lingering choices, else nothing."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.content.reader import load_pack
from kiosk.core.idle import STAFF_NOW_IDLE_S, IdleStep, after_countdown, after_idle, idle_seconds
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.session import Screen
from tests.core.test_session import make_session


def test_a_visit_under_way_is_warned_first_then_forgotten() -> None:
    session = make_session(BUNDLED_CONTENT_DIR / "rfa-facet")
    session.start()
    session.start_questionnaire()
    session.answer("no")
    assert after_idle(session) is IdleStep.WARN
    after_countdown(session)
    assert session.screen is Screen.ATTRACT
    assert session.answers == {} and session.asked == []
    assert after_idle(session) is IdleStep.NOTHING


def test_choices_left_on_the_attract_screen_are_forgotten_without_a_warning() -> None:
    session = make_session(BUNDLED_CONTENT_DIR / "rfa-facet")
    session.set_language("es")
    assert not session.is_active
    assert after_idle(session) is IdleStep.FORGET


def test_using_another_pack_ends_the_visit_on_the_new_packs_attract_screen(pack_dir: Path) -> None:
    session = make_session(BUNDLED_CONTENT_DIR / "rfa-facet")
    session.start()
    session.start_questionnaire()
    session.answer("no")
    ended: list[bool] = []
    session.ended.connect(lambda: ended.append(True))
    other = load_pack(pack_dir).pack
    assert other is not None
    session.use_pack(other)
    assert session.pack is other
    assert session.screen is Screen.ATTRACT and session.answers == {}
    assert ended == [True]


def test_tell_staff_now_waits_ten_minutes_and_is_then_forgotten_without_a_warning() -> None:
    session = make_session(BUNDLED_CONTENT_DIR / "rfa-facet")
    session.start_questionnaire()
    session.answer("yes")  # new trouble with the bladder or bowels
    assert session.shows_urgent_result
    assert idle_seconds(session, 90) == STAFF_NOW_IDLE_S == 600
    assert idle_seconds(session, 1800) == 1800  # never shorter than a clinic's longer idle time
    assert after_idle(session) is IdleStep.FORGET
    session.reset()
    assert idle_seconds(session, 90) == 90


def test_back_does_not_undo_a_reported_warning_sign() -> None:
    session = make_session(BUNDLED_CONTENT_DIR / "rfa-facet")
    session.start_questionnaire()
    session.answer("yes")
    session.back()
    assert session.screen is Screen.RESULT and session.answers == {"bladder_bowel": "yes"}
