"""Every question can be shown, every outcome reached and every note added."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.problems import Severity
from kiosk.core.questionnaire import reachability
from kiosk.core.questionnaire.reader import load_questionnaire
from tests.core.questionnaire.small import BASE, LANGS, changed, line_of, problems_of, write


def test_a_question_behind_an_immediate_stop_can_never_be_shown(tmp_path: Path) -> None:
    text = changed('show_if = { question = "area", is = "back" }', 'show_if = { question = "red_flag", is = "yes" }')
    found = problems_of(tmp_path, text)
    line = line_of(text, 'id = "level"')
    assert f"questionnaire.toml:{line}: error: question 'level' can never be shown: no answers lead to it" in found


def test_an_outcome_that_an_earlier_one_always_wins_is_unreachable(tmp_path: Path) -> None:
    text = changed('when = { question = "level", at_least = 4 }', 'when = { question = "red_flag", is = "yes" }')
    found = problems_of(tmp_path, text)
    line = line_of(text, 'id = "rfa"')
    assert (
        f"questionnaire.toml:{line}: error: outcome 'rfa' can never be reached: "
        "whenever it would hold, an earlier outcome holds first"
    ) in found


def test_a_note_that_can_never_be_added(tmp_path: Path) -> None:
    text = changed(
        'when = { question = "extras", includes = "thinner" }',
        'when.all = [{ question = "extras", includes = "thinner" }, { question = "red_flag", is = "yes" }]',
    )
    found = problems_of(tmp_path, text)
    line = line_of(text, "[[notes]]", 'id = "thinner"')
    assert (
        f"questionnaire.toml:{line}: error: note 'thinner' can never be added: no answers make its 'when' hold" in found
    )


def test_a_questionnaire_too_large_to_check_fully_is_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reachability, "SEARCH_BUDGET", 2)
    loaded, problems = load_questionnaire(write(tmp_path, BASE), LANGS)
    assert loaded is not None
    assert problems and all(p.severity is Severity.WARNING for p in problems)
    assert any("could not finish checking whether outcome 'rfa' can be reached" in str(p) for p in problems)
