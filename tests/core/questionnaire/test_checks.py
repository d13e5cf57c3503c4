"""Checks that need every entry: references to questions, and cycles."""

from __future__ import annotations

from pathlib import Path

from tests.core.questionnaire.small import changed, line_of, problems_of


def test_a_show_if_on_the_question_itself_is_a_cycle(tmp_path: Path) -> None:
    text = changed('show_if = { question = "area", is = "back" }', 'show_if = { question = "level", at_least = 3 }')
    found = problems_of(tmp_path, text)
    line = line_of(text, 'show_if = { question = "level"')
    assert (
        f"questionnaire.toml:{line}: error: question 'level': 'show_if' refers to question 'level', itself: "
        "a question can only depend on answers given before it (this would be a cycle)"
    ) in found


def test_a_show_if_on_a_later_question_is_a_cycle(tmp_path: Path) -> None:
    text = changed('kind = "single"\n', 'kind = "single"\nshow_if = { question = "extras", is = "not_sure" }\n')
    found = problems_of(tmp_path, text)
    line = line_of(text, 'show_if = { question = "extras"')
    assert any(
        p.startswith(
            f"questionnaire.toml:{line}: error: question 'area': 'show_if' refers to question 'extras', "
            "a question asked after it"
        )
        for p in found
    ), found


def test_a_question_whose_show_if_can_never_hold(tmp_path: Path) -> None:
    text = changed(
        'show_if = { question = "area", is = "back" }',
        'show_if.all = [{ question = "area", is = "back" }, { question = "area", is = "knee" }]',
    )
    found = problems_of(tmp_path, text)
    line = line_of(text, 'id = "level"')
    assert f"questionnaire.toml:{line}: error: question 'level' can never be shown: no answers lead to it" in found
    # the outcome that needs the level answer is unreachable too
    assert any("outcome 'rfa' can never be reached" in p for p in found), found
