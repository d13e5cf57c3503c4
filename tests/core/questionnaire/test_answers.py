"""Answers given from outside the screens (kiosk simulate, tests.toml)."""

from __future__ import annotations

import pytest

from kiosk.core.questionnaire.answers import parse_answers, simulate_json
from kiosk.core.questionnaire.model import NOT_SURE, Questionnaire


def test_parse_answers_reads_json_shapes(q: Questionnaire) -> None:
    answers, errors = parse_answers(
        q, {"red_flag": "no", "area": "not_sure", "level": 7, "extras": ["thinner", "implant"]}
    )
    assert errors == []
    assert answers == {"red_flag": "no", "area": NOT_SURE, "level": 7, "extras": frozenset({"thinner", "implant"})}


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"colour": "red"}, "there is no question 'colour'"),
        ({"area": "hip"}, "question 'area' has no option 'hip' (choose from back, knee, not_sure)"),
        ({"red_flag": "maybe"}, "question 'red_flag' has no option 'maybe' (choose from yes, no, not_sure)"),
        ({"area": ["back"]}, "question 'area' takes one option id in quotes (back, knee, not_sure), not ['back']"),
        ({"extras": "thinner"}, "question 'extras' takes a list of option ids such as [\"thinner\"]"),
        ({"extras": ["thinner", "not_sure"]}, "question 'extras': \"not_sure\" is an answer on its own"),
        ({"extras": ["aspirin"]}, "question 'extras' has no option 'aspirin'"),
        ({"level": 11}, "question 'level': 11 is outside 0 to 10"),
        ({"level": -1}, "question 'level': -1 is outside 0 to 10"),
        ({"level": "high"}, "question 'level' takes a whole number from 0 to 10 or \"not_sure\", not 'high'"),
        ({"level": 4.5}, "question 'level' takes a whole number"),
        ({"level": True}, "question 'level' takes a whole number"),
        (["red_flag"], "the answers must be a table of question id to answer"),
    ],
)
def test_parse_answers_errors_are_sentences(q: Questionnaire, data: object, error: str) -> None:
    answers, errors = parse_answers(q, data)
    assert answers == {}
    assert len(errors) == 1 and errors[0].startswith(error), errors


def test_simulate_json(q: Questionnaire) -> None:
    out, errors = simulate_json(q, {"red_flag": "no", "area": "back", "level": 6, "extras": ["thinner"], "unused": 1})
    assert out is None and errors == ["there is no question 'unused'"]
    out, errors = simulate_json(q, {"red_flag": "no", "area": "back", "level": 6, "extras": ["thinner"]})
    assert errors == []
    assert out == {"outcome": "rfa", "notes": ["thinner"], "asked": ["red_flag", "area", "level", "extras"]}
    out, errors = simulate_json(q, {"red_flag": "no"})
    assert out is None
    assert errors == [
        "question 'area' is asked after these answers (red_flag) but the answers do not include it; "
        'add an answer ("not_sure" is allowed)'
    ]
