"""Walking the questionnaire: next question, stops, results and the progress estimate."""

from __future__ import annotations

from kiosk.core.questionnaire.model import NOT_SURE, Questionnaire

# --- the engine -------------------------------------------------------------------------------


def test_next_question_follows_the_order_and_show_if(q: Questionnaire) -> None:
    assert q.next_question({}, None) == q.question("red_flag")
    answers = {"red_flag": "no"}
    assert q.next_question(answers, "red_flag") == q.question("area")
    assert q.next_question({**answers, "area": "back"}, "area") == q.question("level")
    assert q.next_question({**answers, "area": "knee"}, "area") == q.question("extras")
    assert q.next_question({**answers, "area": "knee", "extras": frozenset()}, "extras") is None
    assert q.is_shown(q.question("level"), {"area": "back"})
    assert not q.is_shown(q.question("level"), {"area": NOT_SURE})


def test_an_immediate_outcome_stops_at_once(q: Questionnaire) -> None:
    answers = {"red_flag": "yes", "area": "back", "level": 9, "extras": frozenset({"thinner"})}
    assert q.stop_outcome({"red_flag": "yes"}) == q.outcome("staff")
    assert q.next_question({"red_flag": "yes"}, "red_flag") is None
    result = q.walk(answers)
    assert result.outcome.id == "staff"
    assert result.asked == ("red_flag",)
    assert result.notes == ()  # the blood-thinner answer was never asked
    assert q.total_estimate({"red_flag": "yes"}) == 1


def test_not_sure_is_an_answer_to_every_kind_of_question(q: Questionnaire) -> None:
    answers = {"red_flag": NOT_SURE, "area": "back", "level": NOT_SURE, "extras": NOT_SURE}
    assert q.stop_outcome({"red_flag": NOT_SURE}) is None
    result = q.walk(answers)
    assert result.asked == ("red_flag", "area", "level", "extras")
    assert result.outcome.id == "other"
    assert [n.id for n in result.notes] == ["flag_unsure"]
    assert q.walk({**answers, "area": NOT_SURE}).asked == ("red_flag", "area", "extras")


def test_result_picks_the_first_outcome_that_holds_and_every_note(q: Questionnaire) -> None:
    result = q.result({"red_flag": "no", "area": "back", "level": 4, "extras": frozenset({"thinner", "implant"})})
    assert result.outcome.id == "rfa"
    assert [n.id for n in result.notes] == ["thinner"]
    assert q.result({"red_flag": "no", "area": "back", "level": 3}).outcome.id == "other"
    assert q.result({"red_flag": "yes", "level": 9}).outcome.id == "staff"


def test_walk_uses_only_answers_to_questions_asked(q: Questionnaire) -> None:
    answers = {"red_flag": "no", "area": "knee", "level": 9, "extras": frozenset()}
    assert q.result(answers).outcome.id == "rfa"  # taken at face value, the level would count
    walked = q.walk(answers)
    assert walked.asked == ("red_flag", "area", "extras")
    assert walked.outcome.id == "other"
    assert walked.unanswered is None


def test_walk_stops_at_the_first_question_without_an_answer(q: Questionnaire) -> None:
    walked = q.walk({"red_flag": "no", "extras": frozenset({"thinner"})})
    assert walked.asked == ("red_flag",)
    assert walked.unanswered == "area"
    assert walked.notes == ()


def test_total_estimate_shrinks_as_questions_are_skipped(q: Questionnaire) -> None:
    assert q.total_estimate({}) == 4
    assert q.total_estimate({"red_flag": "no"}) == 4
    assert q.total_estimate({"red_flag": "no", "area": "knee"}) == 3
    assert q.total_estimate({"red_flag": "no", "area": "back", "level": 2}) == 4
    assert q.total_estimate({"red_flag": "no", "area": "knee", "extras": frozenset()}) == 3


def test_reported_signs_are_the_warning_questions_answered_yes_or_not_sure(q: Questionnaire) -> None:
    assert q.reported_signs({"red_flag": "no", "area": "back"}) == ()
    [sign] = q.reported_signs({"red_flag": "yes", "area": "back"})
    assert sign.question.id == "red_flag" and not sign.not_sure
    assert sign.answer_text("en") == "Yes" and sign.answer_text("es") == "Sí"
    [unsure] = q.reported_signs({"red_flag": NOT_SURE, "area": NOT_SURE})  # "area" is no warning sign
    assert unsure.not_sure and unsure.answer_text("en") == ""
