"""Conditions: checks of single answers, combined with all, any and not."""

from __future__ import annotations

from kiosk.core.questionnaire.conditions import ALWAYS, AllOf, AnyOf, Check, Not, parse_condition
from kiosk.core.questionnaire.model import NOT_SURE

# --- conditions -------------------------------------------------------------------------------


def test_conditions_hold_over_answers() -> None:
    back = Check("area", "is", frozenset({"back"}))
    thinner = Check("extras", "includes", frozenset({"thinner"}))
    strong = Check("level", "at_least", number=4)
    mild = Check("level", "at_most", number=3)
    answers = {"area": "back", "extras": frozenset({"thinner"}), "level": 5}
    assert back.holds(answers) and thinner.holds(answers) and strong.holds(answers)
    assert not mild.holds(answers)
    assert AllOf((back, strong)).holds(answers) and not AllOf((back, mild)).holds(answers)
    assert AnyOf((mild, thinner)).holds(answers) and not AnyOf((mild,)).holds(answers)
    assert Not(mild).holds(answers)
    assert ALWAYS.holds({})
    # an unasked question fails every check, so "not" of it holds
    assert not back.holds({}) and Not(back).holds({})
    # "not sure" fails every test but is = "not_sure"
    unsure = {"area": NOT_SURE, "extras": NOT_SURE, "level": NOT_SURE}
    assert not back.holds(unsure) and not thinner.holds(unsure) and not strong.holds(unsure) and not mild.holds(unsure)
    assert Check("level", "is", frozenset({NOT_SURE})).holds(unsure)
    assert not Check("level", "at_most", number=10).holds({"level": True})


def test_conditions_with_some_answers_still_to_come() -> None:
    back = Check("area", "is", frozenset({"back"}))
    strong = Check("level", "at_least", number=4)
    only_area = {"area": "back"}

    def decided(qid: str) -> bool:
        return qid == "area"

    assert back.partial(only_area, decided) is True
    assert strong.partial(only_area, decided) is None
    assert AllOf((back, strong)).partial(only_area, decided) is None
    assert AllOf((Not(back), strong)).partial(only_area, decided) is False
    assert AnyOf((back, strong)).partial(only_area, decided) is True
    assert AnyOf((Not(back), strong)).partial(only_area, decided) is None
    assert Not(strong).partial(only_area, decided) is None


def test_parse_condition_builds_data() -> None:
    condition, errors = parse_condition(
        {"any": [{"question": "a", "is_one_of": ["x", "y"]}, {"not": {"question": "b", "at_most": 2}}]}
    )
    assert errors == []
    assert condition == AnyOf((Check("a", "is_one_of", frozenset({"x", "y"})), Not(Check("b", "at_most", number=2))))
    assert [c.question for c in condition.checks()] == ["a", "b"]
    assert parse_condition({"question": "a", "at_least": True})[0] is None
