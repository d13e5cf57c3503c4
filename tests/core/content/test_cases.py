"""``run_pack_cases``: a pack's own expectations for its questionnaire, in ``tests.toml``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.core.content.cases import read_pack_cases, run_pack_cases
from kiosk.core.content.reader import load_pack
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.problems import Severity
from kiosk.core.questionnaire.model import Questionnaire
from kiosk.core.questionnaire.reader import load_questionnaire
from tests.core.questionnaire.small import BASE, LANGS, line_of

BUNDLED = BUNDLED_CONTENT_DIR / "rfa-facet"

CASES = """\
[[cases]]
name = "A warning sign stops at once"
outcome = "staff"
asked = ["red_flag"]
answers = { red_flag = "yes", area = "back" }

[[cases]]
name = "Strong back pain"
outcome = "rfa"
notes = ["thinner"]
[cases.answers]
red_flag = "no"
area = "back"
level = 7
extras = ["thinner"]

[[cases]]
name = "Knee pain"
outcome = "other"
notes = ["flag_unsure"]
answers = { red_flag = "not_sure", area = "knee", extras = [] }
"""


@pytest.fixture
def small(tmp_path: Path) -> tuple[Path, Questionnaire]:
    (tmp_path / "questionnaire.toml").write_text(BASE, encoding="utf-8")
    q, problems = load_questionnaire(tmp_path, LANGS)
    assert q is not None and problems == []
    return tmp_path, q


def write_cases(root: Path, text: str) -> str:
    (root / "tests.toml").write_text(text, encoding="utf-8")
    return text


def messages(root: Path, q: Questionnaire) -> list[str]:
    return [str(p) for p in run_pack_cases(root, q)]


def test_passing_cases_give_no_problems(small: tuple[Path, Questionnaire]) -> None:
    root, q = small
    write_cases(root, CASES)
    cases, problems = read_pack_cases(root)
    assert problems == []
    assert [(c.name, c.line, c.outcome, c.notes) for c in cases] == [
        ("A warning sign stops at once", 1, "staff", ()),
        ("Strong back pain", 7, "rfa", ("thinner",)),
        ("Knee pain", 17, "other", ("flag_unsure",)),
    ]
    assert messages(root, q) == []


def test_a_wrong_expectation_fails_with_the_case_line(small: tuple[Path, Questionnaire]) -> None:
    root, q = small
    text = write_cases(root, CASES.replace('outcome = "rfa"', 'outcome = "other"'))
    line = line_of(text, 'name = "Strong back pain"') - 1
    assert messages(root, q) == [
        f"tests.toml:{line}: error: case 'Strong back pain': expected outcome 'other' but got 'rfa' "
        "(asked: red_flag, area, level, extras)"
    ]


def test_wrong_notes_and_questions_asked_fail(small: tuple[Path, Questionnaire]) -> None:
    root, q = small
    text = CASES.replace('notes = ["flag_unsure"]', "notes = []")
    text = write_cases(root, text.replace('asked = ["red_flag"]', 'asked = ["red_flag", "area"]'))
    found = messages(root, q)
    assert found == [
        "tests.toml:1: error: case 'A warning sign stops at once': expected to ask red_flag, area but asked red_flag",
        f"tests.toml:{line_of(text, 'Knee pain') - 1}: error: case 'Knee pain': note(s) flag_unsure were added "
        "but not expected (asked: red_flag, area, extras)",
    ]
    write_cases(root, CASES.replace('notes = ["thinner"]', 'notes = ["thinner", "flag_unsure"]'))
    assert messages(root, q) == [
        "tests.toml:7: error: case 'Strong back pain': expected note(s) flag_unsure but they were not added "
        "(asked: red_flag, area, level, extras)"
    ]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('outcome = "rfa"', 'outcome = "rfaa"', "case 'Strong back pain': there is no outcome 'rfaa'"),
        ('notes = ["thinner"]', 'notes = ["thiner"]', "case 'Strong back pain': there is no note 'thiner'"),
        ("level = 7", "level = 12", "case 'Strong back pain': question 'level': 12 is outside 0 to 10"),
        ('area = "back"\n', 'area = "hip"\n', "case 'Strong back pain': question 'area' has no option 'hip'"),
        (
            "level = 7\n",
            "",
            "case 'Strong back pain': question 'level' is asked after these answers (red_flag, area) "
            "but the answers do not include it",
        ),
        ('name = "Strong back pain"\n', "", "case 2: 'name' is missing"),
        ('outcome = "rfa"\n', "", "case 'Strong back pain': 'outcome' is missing"),
        ('notes = ["thinner"]', 'notes = "thinner"', "case 'Strong back pain': 'notes' must be a list of ids"),
        ('notes = ["thinner"]', 'expect = "rfa"', "case 'Strong back pain': unknown key 'expect'"),
    ],
)
def test_invalid_cases_are_problems_on_the_case_line(
    small: tuple[Path, Questionnaire], old: str, new: str, message: str
) -> None:
    root, q = small
    write_cases(root, CASES.replace(old, new, 1))
    found = messages(root, q)
    assert any(p.startswith(f"tests.toml:7: error: {message}") for p in found), found


def test_cases_written_inline_are_found_by_name(small: tuple[Path, Questionnaire]) -> None:
    root, q = small
    case = '{ name = "Knee", outcome = "rfa", answers = { red_flag = "no", area = "knee", extras = [] } }'
    text = write_cases(root, f"cases = [\n  {case},\n]\n")
    errors = [str(p) for p in run_pack_cases(root, q) if p.severity is Severity.ERROR]
    assert errors == [
        f"tests.toml:{line_of(text, 'Knee')}: error: case 'Knee': expected outcome 'rfa' but got 'other' "
        "(asked: red_flag, area, extras)"
    ]


def test_missing_or_broken_tests_file(small: tuple[Path, Questionnaire]) -> None:
    root, q = small
    problems = run_pack_cases(root, q)
    assert [(p.file, p.severity) for p in problems] == [("tests.toml", Severity.WARNING)]
    write_cases(root, "[[cases]\nname = 1\n")
    assert messages(root, q)[0].startswith("tests.toml:1: error: not valid TOML")
    write_cases(root, 'title = "no cases"\n')
    assert messages(root, q) == ["tests.toml: error: tests.toml needs one or more [[cases]] blocks"]


def test_outcomes_and_notes_no_case_reaches_are_warned_about(small: tuple[Path, Questionnaire]) -> None:
    root, q = small
    first_case = CASES[: CASES.index("[[cases]]", 10)]
    write_cases(root, first_case)
    problems = run_pack_cases(root, q)
    assert all(p.severity is Severity.WARNING for p in problems)
    assert [str(p) for p in problems] == [
        "tests.toml: warning: no case reaches outcome 'rfa'; add one",
        "tests.toml: warning: no case reaches outcome 'other'; add one",
        "tests.toml: warning: no case reaches note 'thinner'; add one",
        "tests.toml: warning: no case reaches note 'flag_unsure'; add one",
    ]


# --- the bundled pack -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled() -> Questionnaire:
    pack = load_pack(BUNDLED).pack
    assert pack is not None
    q, problems = load_questionnaire(BUNDLED, pack.languages, pack.sources)
    assert q is not None and problems == []
    return q


def test_the_bundled_cases_all_pass(bundled: Questionnaire) -> None:
    assert run_pack_cases(BUNDLED, bundled) == []


def test_the_bundled_cases_cover_every_outcome_and_note(bundled: Questionnaire) -> None:
    cases, problems = read_pack_cases(BUNDLED)
    assert problems == []
    assert len(cases) >= 20
    assert len({c.name for c in cases}) == len(cases)
    assert {c.outcome for c in cases} == {o.id for o in bundled.outcomes}
    assert {n for c in cases for n in c.notes} == {n.id for n in bundled.notes}


def test_a_deliberately_wrong_bundled_case_fails_with_its_line(bundled: Questionnaire, tmp_path: Path) -> None:
    shutil.copy(BUNDLED / "questionnaire.toml", tmp_path / "questionnaire.toml")
    text = (BUNDLED / "tests.toml").read_text(encoding="utf-8")
    name = 'name = "Pain mostly below the knee: other options"'
    start = text.index(name)
    wrong = text[:start] + text[start:].replace('outcome = "discuss_other"', 'outcome = "discuss_rfa"', 1)
    write_cases(tmp_path, wrong)
    line = line_of(wrong, name) - 1
    found = messages(tmp_path, bundled)
    assert len(found) == 1
    assert found[0].startswith(
        f"tests.toml:{line}: error: case 'Pain mostly below the knee: other options': "
        "expected outcome 'discuss_rfa' but got 'discuss_other'"
    )
    assert wrong.splitlines()[line - 1] == "[[cases]]"
