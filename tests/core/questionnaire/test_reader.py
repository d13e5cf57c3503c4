"""Reading questionnaire.toml: every problem in a sentence, on its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.problems import Severity
from kiosk.core.questionnaire.conditions import ALWAYS
from kiosk.core.questionnaire.model import NOT_SURE, Questionnaire
from kiosk.core.questionnaire.reader import load_questionnaire
from tests.core.questionnaire.small import BASE, LANGS, changed, line_of, problems_of, write

# --- loading ----------------------------------------------------------------------------------


def test_the_small_questionnaire_loads(q: Questionnaire) -> None:
    assert [x.id for x in q.questions] == ["red_flag", "area", "level", "extras"]
    red_flag = q.question("red_flag")
    assert red_flag.warning
    assert [(o.id, o.text("en"), o.text("es")) for o in red_flag.options] == [("yes", "Yes", "Sí"), ("no", "No", "No")]
    assert NOT_SURE not in [o.id for o in q.question("area").options]
    assert q.question("level").options == ()
    assert q.question("area").hint("es") == "Elija una."
    assert q.question("red_flag").hint("en") == ""
    assert q.question("area").text("fr") == "Where does it hurt?"  # falls back to the first language
    assert [o.id for o in q.outcomes] == ["staff", "rfa", "other"]
    assert q.outcome("staff").immediate and q.outcome("other").when is ALWAYS
    assert q.outcome("rfa").questions_to_ask("es") == ("¿Podría ayudar la ARF?",)
    assert q.disclaimers["es"].startswith("Esto no es un diagnóstico")
    assert q.languages == LANGS


def test_a_pack_without_a_questionnaire_has_none(tmp_path: Path) -> None:
    assert load_questionnaire(tmp_path, LANGS) == (None, [])


def test_invalid_toml_is_reported_with_its_line(tmp_path: Path) -> None:
    text = changed('text.en = "Knee"', 'text.en = "Knee')
    found = problems_of(tmp_path, text)
    assert len(found) == 1
    assert found[0].startswith(f"questionnaire.toml:{line_of(text, 'Knee')}: error: not valid TOML")


@pytest.mark.parametrize(
    ("old", "new", "fragment", "message"),
    [
        (
            'show_if = { question = "area", is = "back" }',
            'show_if = { question = "areas", is = "back" }',
            '"areas"',
            "question 'level': 'show_if' refers to question 'areas', which does not exist",
        ),
        (
            'when = { question = "extras", includes = "thinner" }',
            'when = { question = "extra", includes = "thinner" }',
            '"extra"',
            "note 'thinner': 'when' refers to question 'extra', which does not exist",
        ),
        (
            'show_if = { question = "area", is = "back" }',
            'show_if = { question = "area", is = "bak" }',
            '"bak"',
            "question 'level': 'show_if': question 'area' has no option 'bak' (its answers are back, knee or not_sure)",
        ),
        (
            'when = { question = "extras", includes = "thinner" }',
            'when = { question = "extras", includes_any = ["implant", "tinner"] }',
            '"tinner"',
            "note 'thinner': 'when': question 'extras' has no option 'tinner'",
        ),
    ],
)
def test_unknown_question_or_option_ids_in_conditions(
    tmp_path: Path, old: str, new: str, fragment: str, message: str
) -> None:
    text = changed(old, new)
    found = problems_of(tmp_path, text)
    assert any(p.startswith(f"questionnaire.toml:{line_of(text, fragment)}: error: {message}") for p in found), found


@pytest.mark.parametrize(
    ("old", "anchors", "message"),
    [
        (
            'text.es = "¿Dónde le duele?"\n',
            ('id = "area"', "text.en"),
            "question 'area': 'text' has no text for language 'es'",
        ),
        (
            '  text.es = "Rodilla"\n',
            ('id = "knee"', "text.en"),
            "question 'area', option 'knee': 'text' has no text for language 'es'",
        ),
        (
            'ask_doctor.es = ["¿Podría ayudar la ARF?"]\n',
            ('id = "rfa"', "ask_doctor.en"),
            "outcome 'rfa': 'ask_doctor' has no text for language 'es'",
        ),
        (
            'headline.es = "Pregunte por otras opciones"\n',
            ('id = "other"', "headline.en"),
            "outcome 'other': 'headline' has no text for language 'es'",
        ),
        (
            'text.es = "Hable con su médico de la medicina para la sangre."\n',
            ("[[notes]]", "text.en"),
            "note 'thinner': 'text' has no text for language 'es'",
        ),
        (
            'es = "Esto no es un diagnóstico. Solo su médico puede decidir."\n',
            ("[disclaimer]",),
            "the disclaimer: 'disclaimer' has no text for language 'es'",
        ),
    ],
)
def test_missing_translations(tmp_path: Path, old: str, anchors: tuple[str, ...], message: str) -> None:
    text = changed(old, "")
    found = problems_of(tmp_path, text)
    assert f"questionnaire.toml:{line_of(text, *anchors)}: error: {message}" in found, found


def test_the_disclaimer_is_required(tmp_path: Path) -> None:
    text = changed(
        '[disclaimer]\nen = "This is not a diagnosis. Only your doctor can decide."\n'
        'es = "Esto no es un diagnóstico. Solo su médico puede decidir."\n',
        "",
    )
    found = problems_of(tmp_path, text)
    assert "questionnaire.toml:1: error: the disclaimer: 'disclaimer' is missing" in found[0], found


def test_without_a_final_fallback_outcome(tmp_path: Path) -> None:
    start = BASE.index('[[outcomes]]\nid = "other"')
    text = BASE[:start] + BASE[BASE.index("[[notes]]") :]
    found = problems_of(tmp_path, text)
    line = line_of(text, 'id = "rfa"', "when = ")
    assert (
        f"questionnaire.toml:{line}: error: the last outcome, 'rfa', has a 'when'; add a final outcome without "
        "'when' (a fallback) so that every patient gets a result"
    ) in found


def test_an_outcome_without_when_before_the_last(tmp_path: Path) -> None:
    text = changed('when = { question = "level", at_least = 4 }\n', "")
    found = problems_of(tmp_path, text)
    line = line_of(text, 'id = "rfa"')
    assert any(
        p.startswith(f"questionnaire.toml:{line}: error: outcome 'rfa' has no 'when', so it always matches")
        for p in found
    ), found


def test_immediate_outcomes_come_first(tmp_path: Path) -> None:
    text = changed("immediate = true\n", "")
    text = changed('icon = "fa6s.comments"\n', 'icon = "fa6s.comments"\nimmediate = true\n', text)
    found = problems_of(tmp_path, text)
    line = line_of(text, 'id = "rfa"', "immediate = true")
    assert (
        f"questionnaire.toml:{line}: error: outcome 'rfa' is immediate but comes after outcome 'staff', "
        "which is not; put immediate outcomes first"
    ) in found


def test_an_immediate_outcome_that_holds_before_any_answer(tmp_path: Path) -> None:
    text = changed(
        'when = { question = "red_flag", is = "yes" }', 'when = { not = { question = "red_flag", is = "no" } }'
    )
    found = problems_of(tmp_path, text)
    line = line_of(text, "when = { not")
    assert (
        f"questionnaire.toml:{line}: error: outcome 'staff' is immediate and holds before any answer is given, "
        "so the questionnaire would stop before its first question"
    ) in found


@pytest.mark.parametrize(
    ("old", "new", "anchors", "message"),
    [
        ("warning = true", 'warning = "yes"', (), "question 'red_flag': 'warning' must be true or false"),
        ('kind = "scale"', 'kind = "slider"', (), "question 'level': kind 'slider' is unknown"),
        (
            'show_if = { question = "area", is = "back" }',
            'show_if = { question = "area", is = 3 }',
            (),
            "question 'level': 'show_if': 'is' on question 'area' must be one option id in quotes",
        ),
        (
            'show_if = { question = "area", is = "back" }',
            'show_if = { question = "area", at_least = 3 }',
            (),
            "question 'level': 'show_if': 'at_least' only works with scale questions; 'area' is single",
        ),
        (
            'when = { question = "level", at_least = 4 }',
            'when = { question = "level", at_least = 12 }',
            (),
            "outcome 'rfa': 'when': at_least = 12 is outside the 0 to 10 scale of 'level'",
        ),
        (
            'when = { question = "level", at_least = 4 }',
            'when = { question = "level", is = "high" }',
            (),
            "outcome 'rfa': 'when': question 'level' is a 0 to 10 scale",
        ),
        (
            'show_if = { question = "area", is = "back" }',
            'show_if = { question = "area", includes = "back" }',
            (),
            "question 'level': 'show_if': 'includes' only works with multiple-choice questions",
        ),
        (
            'when = { question = "extras", includes = "thinner" }',
            'when = { question = "extras", is = "thinner" }',
            (),
            "note 'thinner': 'when': question 'extras' is multiple choice: use includes or includes_any",
        ),
        (
            'when = { question = "extras", includes = "thinner" }',
            'when = { question = "extras", includes = "not_sure" }',
            (),
            "note 'thinner': 'when': 'not_sure' is an answer on its own",
        ),
        (
            'when = { question = "extras", includes = "thinner" }',
            "when = { all = [] }",
            (),
            "note 'thinner': 'when': 'all' must be a list of one or more conditions",
        ),
        (
            'when = { question = "extras", includes = "thinner" }',
            'when = { question = "extras" }',
            (),
            "note 'thinner': 'when': a condition on question 'extras' needs exactly one test",
        ),
        (
            'when = { question = "extras", includes = "thinner" }',
            'when = { question = "extras", contains = "thinner" }',
            (),
            "note 'thinner': 'when': 'contains' is not a test a condition can make",
        ),
        (
            'when = { question = "extras", includes = "thinner" }',
            "when = { either = [] }",
            (),
            "note 'thinner': 'when': a condition is either",
        ),
        (
            'when = { question = "extras", includes = "thinner" }',
            'when = "extras has thinner"',
            (),
            "note 'thinner': 'when': a condition must be a table",
        ),
        (
            'show_if = { question = "area", is = "back" }',
            'show-if = { question = "area", is = "back" }',
            (),
            "question 'level': unknown key 'show-if'",
        ),
        ('id = "level"', 'id = "Level 2"', (), "question 'Level 2': 'id' must be lower-case letters"),
        ('id = "level"', 'id = "area"', ('id = "area"', 'id = "area"'), "question 'area': the id 'area' is used twice"),
        ('  id = "knee"', '  id = "not_sure"', (), "'not_sure' is reserved for the \"Not sure\" answer"),
        (
            'kind = "scale"\n',
            'kind = "scale"\noptions = [{ id = "low", text = { en = "Low", es = "Bajo" } }]\n',
            ("options =",),
            "question 'level': a scale question has no options (it is 0 to 10)",
        ),
        ('icon = "fa6s.comments"', 'icon = "fa6s.no-such-icon"', (), "outcome 'rfa': there is no icon named"),
        ('text.en = "Any warning sign?"', "text.en = 12", (), "question 'red_flag': 'text.en' must be text"),
        ('kind = "discuss_rfa"', "kind = 4", (), "outcome 'rfa': 'kind' must be one of"),
        ("format = 1", "format = 3", (), "this pack needs a kiosk newer than version 0.2.0: it is written in format 3"),
    ],
)
def test_bad_types_and_values(tmp_path: Path, old: str, new: str, anchors: tuple[str, ...], message: str) -> None:
    text = changed(old, new)
    found = problems_of(tmp_path, text)
    expected = f"questionnaire.toml:{line_of(text, *(anchors or (new.strip().splitlines()[0],)))}: error: {message}"
    assert any(p.startswith(expected) for p in found), (expected, found)


def test_an_unreadable_entry_does_not_shift_lines_or_cascade(tmp_path: Path) -> None:
    text = changed('kind = "yes_no"', 'kind = "yesno"')
    text = changed('text.es = "¿Dónde le duele?"\n', "", text)
    found = problems_of(tmp_path, text)
    assert found == [
        f"questionnaire.toml:{line_of(text, 'kind = "yesno"')}: error: question 'red_flag': kind 'yesno' is unknown; "
        "use single, multiple, yes_no, scale",
        f"questionnaire.toml:{line_of(text, 'id = "area"', 'text.en')}: error: question 'area': 'text' has no "
        "text for language 'es'",
    ]


def test_forbidden_phrases_are_errors_on_their_line(tmp_path: Path) -> None:
    text = changed('explanation.es = "Hable con su médico."', 'explanation.es = "Usted necesita hablar con su médico."')
    text = changed(
        'ask_doctor.en = ["Could RFA help?"]',
        'ask_doctor.en = [\n  "Why?",\n  "Do you have a fever? You have a guess?",\n]',
        text,
    )
    found = problems_of(tmp_path, text)
    assert any(
        p.startswith(
            f"questionnaire.toml:{line_of(text, 'Usted necesita')}: error: outcome 'rfa': 'usted necesita' must not"
        )
        for p in found
    ), found
    assert any(
        p.startswith(f"questionnaire.toml:{line_of(text, 'Do you have')}: error: outcome 'rfa': 'you have' must not")
        and "write 'some people have…'" in p
        for p in found
    ), found


def test_sources_must_exist_when_the_pack_lists_them(tmp_path: Path) -> None:
    text = changed('kind = "multiple"\n', 'kind = "multiple"\nsources = ["nice-ng59", "nobody-2020"]\n')
    assert problems_of(tmp_path, text) == []  # no source list given: nothing to check against
    found = problems_of(tmp_path, text, source_ids=("nice-ng59",))
    line = line_of(text, "nobody-2020")
    assert found == [
        f"questionnaire.toml:{line}: error: question 'extras': source 'nobody-2020' is not in [sources] in pack.toml"
    ]


def test_warnings_do_not_stop_loading(tmp_path: Path) -> None:
    text = changed('text.es = "¿Dónde le duele?"', 'text.es = "¿Dónde le duele?"\ntext.fr = "Où avez-vous mal ?"')
    text = changed('kind = "discuss_other"', 'kind = "discuss_later"', text)
    text = changed('kind = "multiple"\n', 'kind = "multiple"\nwarning = true\n', text)
    loaded, problems = load_questionnaire(write(tmp_path, text), LANGS)
    assert loaded is not None
    found = [str(p) for p in problems]
    assert all(p.severity is Severity.WARNING for p in problems), found
    assert (
        f"questionnaire.toml:{line_of(text, 'text.en = "Where')}: warning: question 'area': 'text' has text for 'fr', "
        "which is not one of the pack's languages"
    ) in found
    assert any(
        p.startswith(f"questionnaire.toml:{line_of(text, 'discuss_later')}: warning: outcome 'other': kind")
        for p in found
    )
    warning_line = line_of(text, 'id = "extras"', "warning = true")
    assert (
        f"questionnaire.toml:{warning_line}: warning: question 'extras' is a warning sign but comes after "
        "question 'area'; ask warning signs first"
    ) in found
    assert (
        f"questionnaire.toml:{warning_line}: warning: question 'extras' is a warning sign but no immediate outcome "
        "uses its answer"
    ) in found


INLINE_OPTIONS = """\
options = [
  { id = "back", text = { en = "Back", es = "Espalda" } },
  { id = "hip", text = { en = "Hip" } },
]
"""


def test_inline_options_are_located_by_id(tmp_path: Path) -> None:
    text = changed('kind = "single"\n', 'kind = "single"\n' + INLINE_OPTIONS)
    for option in ("back", "knee"):
        start = text.index(f'  [[questions.options]]\n  id = "{option}"')
        text = text[:start] + text[text.index("\n\n", start) + 2 :]
    found = problems_of(tmp_path, text)
    message = "question 'area', option 'hip': 'text' has no text for language 'es'"
    assert found == [f"questionnaire.toml:{line_of(text, 'id = "hip"')}: error: {message}"]
