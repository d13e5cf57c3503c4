"""``load_questionnaire`` and the engine, on small questionnaires written for each rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.problems import Severity
from kiosk.core.questionnaire import model as questionnaire_module
from kiosk.core.questionnaire.conditions import ALWAYS, AllOf, AnyOf, Check, Not, parse_condition
from kiosk.core.questionnaire.model import (
    NOT_SURE,
    Questionnaire,
    load_questionnaire,
    parse_answers,
    simulate_json,
)

LANGS = ("en", "es")

BASE = """\
format = 1

[disclaimer]
en = "This is not a diagnosis. Only your doctor can decide."
es = "Esto no es un diagnóstico. Solo su médico puede decidir."

[[questions]]
id = "red_flag"
kind = "yes_no"
warning = true
text.en = "Any warning sign?"
text.es = "¿Alguna señal de alarma?"

[[questions]]
id = "area"
kind = "single"
text.en = "Where does it hurt?"
text.es = "¿Dónde le duele?"
hint.en = "Pick one."
hint.es = "Elija una."

  [[questions.options]]
  id = "back"
  text.en = "Back"
  text.es = "Espalda"

  [[questions.options]]
  id = "knee"
  text.en = "Knee"
  text.es = "Rodilla"

[[questions]]
id = "level"
kind = "scale"
show_if = { question = "area", is = "back" }
text.en = "How strong is it?"
text.es = "¿Qué tan fuerte es?"

[[questions]]
id = "extras"
kind = "multiple"
text.en = "Do any of these apply?"
text.es = "¿Alguna de estas?"

  [[questions.options]]
  id = "thinner"
  text.en = "A blood thinner"
  text.es = "Medicina para la sangre"

  [[questions.options]]
  id = "implant"
  text.en = "A pacemaker"
  text.es = "Un marcapasos"

[[outcomes]]
id = "staff"
kind = "staff_now"
icon = "fa6s.user-nurse"
immediate = true
when = { question = "red_flag", is = "yes" }
headline.en = "Tell staff now"
headline.es = "Avise al personal ahora"
explanation.en = "A staff member can help."
explanation.es = "El personal le puede ayudar."
ask_doctor.en = ["What is it?"]
ask_doctor.es = ["¿Qué es?"]

[[outcomes]]
id = "rfa"
kind = "discuss_rfa"
icon = "fa6s.comments"
when = { question = "level", at_least = 4 }
headline.en = "Ask about RFA"
headline.es = "Pregunte por la ARF"
explanation.en = "Talk with your doctor."
explanation.es = "Hable con su médico."
ask_doctor.en = ["Could RFA help?"]
ask_doctor.es = ["¿Podría ayudar la ARF?"]

[[outcomes]]
id = "other"
kind = "discuss_other"
icon = "fa6s.user-doctor"
headline.en = "Ask about other options"
headline.es = "Pregunte por otras opciones"
explanation.en = "Talk with your doctor."
explanation.es = "Hable con su médico."
ask_doctor.en = ["What else could help?"]
ask_doctor.es = ["¿Qué más podría ayudar?"]

[[notes]]
id = "thinner"
when = { question = "extras", includes = "thinner" }
text.en = "Tell the doctor about blood thinners."
text.es = "Hable con su médico de la medicina para la sangre."

[[notes]]
id = "flag_unsure"
when = { question = "red_flag", is = "not_sure" }
text.en = "Please tell a staff member about the warning sign."
text.es = "Por favor, hable con el personal de la señal de alarma."
"""


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "questionnaire.toml").write_text(text, encoding="utf-8")
    return tmp_path


def line_of(text: str, *anchors: str) -> int:
    """1-based line of the last anchor, each searched for on the lines after the one before."""
    lines = text.splitlines()
    index = -1
    for anchor in anchors:
        index = next(i for i, line in enumerate(lines) if i > index and anchor in line)
    return index + 1


def problems_of(tmp_path: Path, text: str, source_ids: tuple[str, ...] = ()) -> list[str]:
    loaded, problems = load_questionnaire(write(tmp_path, text), LANGS, source_ids)
    if any(p.severity is Severity.ERROR for p in problems):
        assert loaded is None, "a questionnaire with errors must never be returned"
    return [str(p) for p in problems]


def changed(old: str, new: str, base: str = BASE) -> str:
    assert old in base, old
    return base.replace(old, new, 1)


@pytest.fixture
def q(tmp_path: Path) -> Questionnaire:
    loaded, problems = load_questionnaire(write(tmp_path, BASE), LANGS)
    assert problems == []
    assert loaded is not None
    return loaded


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
        ("format = 1", "format = 2", (), "format 2 is not supported"),
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
        'ask_doctor.en = ["Could RFA help?"]', 'ask_doctor.en = [\n  "Why?",\n  "Do you have a guess?",\n]', text
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


def test_a_questionnaire_too_large_to_check_fully_is_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(questionnaire_module, "SEARCH_BUDGET", 2)
    loaded, problems = load_questionnaire(write(tmp_path, BASE), LANGS)
    assert loaded is not None
    assert problems and all(p.severity is Severity.WARNING for p in problems)
    assert any("could not finish checking whether outcome 'rfa' can be reached" in str(p) for p in problems)


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
