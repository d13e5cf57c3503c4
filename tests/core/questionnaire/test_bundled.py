"""The questionnaire bundled with the RFA pack: its triage, its paths and its words."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.checks.readability import forbidden_phrases
from kiosk.core.content.model import ContentPack
from kiosk.core.content.reader import load_pack
from kiosk.core.content.validate import icon_problem
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.questionnaire.model import NOT_SURE, Answer, Question, Questionnaire
from kiosk.core.questionnaire.reader import load_questionnaire

BUNDLED = BUNDLED_CONTENT_DIR / "rfa-facet"
LANGS = ("en", "es")
WARNINGS = ("bladder_bowel", "saddle_numbness", "leg_weakness", "fever")
NO_WARNINGS: dict[str, Answer] = dict.fromkeys(WARNINGS, "no")
LOW_BACK: dict[str, Answer] = {
    "area": "back",
    "duration": "3_months_or_more",
    "back_or_leg": "mostly_back",
    "treatments_tried": "not_enough",
    "past_block": "no",
}
NOTHING_TO_ADD: dict[str, Answer] = {"mention": frozenset(), "before_procedure": frozenset()}
#: Every answer a patient can give, for a property-based walk.
EXAMPLES = settings(max_examples=300, deadline=None, database=None)

#: Words that must be on every result screen, per language (CONTENT.md, "What every result screen says").
NOT_A_DIAGNOSIS = {"en": "not a diagnosis", "es": "no es un diagnóstico"}
ONLY_THE_DOCTOR = {"en": "only your doctor can decide", "es": "solo su médico puede decidir"}
DOCTOR_OR_STAFF = {"en": ("doctor", "staff"), "es": ("médico", "personal")}


@pytest.fixture(scope="module")
def pack() -> ContentPack:
    loaded = load_pack(BUNDLED)
    assert loaded.pack is not None
    return loaded.pack


@pytest.fixture(scope="module")
def q(pack: ContentPack) -> Questionnaire:
    loaded, problems = load_questionnaire(BUNDLED, pack.languages, pack.sources)
    assert [str(p) for p in problems] == []
    assert loaded is not None
    return loaded


def answer_strategy(question: Question) -> st.SearchStrategy[Answer]:
    ids = [o.id for o in question.options]
    if question.kind == "scale":
        return st.one_of(st.integers(0, 10), st.just(NOT_SURE))
    if question.kind == "multiple":
        return st.one_of(st.frozensets(st.sampled_from(ids)), st.just(NOT_SURE))
    return st.sampled_from([*ids, NOT_SURE])


def any_answers(q: Questionnaire, data: st.DataObject, complete: bool = False) -> dict[str, Answer]:
    """Answers to some (or all) questions, each a valid answer for its kind."""
    strategies = {question.id: answer_strategy(question) for question in q.questions}
    drawn: dict[str, Answer] = data.draw(
        st.fixed_dictionaries(strategies) if complete else st.fixed_dictionaries({}, optional=strategies)
    )
    return drawn


def all_texts(q: Questionnaire, lang: str) -> Iterator[tuple[str, str]]:
    yield "disclaimer", q.disclaimers[lang]
    for question in q.questions:
        yield f"question {question.id}", question.texts[lang]
        if question.hints:
            yield f"hint {question.id}", question.hints[lang]
        for option in question.options:
            yield f"option {question.id}.{option.id}", option.texts[lang]
    for outcome in q.outcomes:
        yield f"headline {outcome.id}", outcome.headlines[lang]
        yield f"explanation {outcome.id}", outcome.explanations[lang]
        for item in outcome.ask_doctor[lang]:
            yield f"ask_doctor {outcome.id}", item
    for note in q.notes:
        yield f"note {note.id}", note.texts[lang]


# --- structure --------------------------------------------------------------------------------


def test_structure(q: Questionnaire) -> None:
    assert q.languages == LANGS
    assert [x.id for x in q.questions if x.warning] == list(WARNINGS)
    assert [x.id for x in q.questions[: len(WARNINGS)]] == list(WARNINGS), "warning signs come first"
    assert all(q.question(w).kind == "yes_no" for w in WARNINGS)
    assert [(o.id, o.kind, o.immediate) for o in q.outcomes] == [
        ("staff_now", "staff_now", True),
        ("discuss_rfa", "discuss_rfa", False),
        ("discuss_other", "discuss_other", False),
    ]
    assert {c.question for c in q.outcome("staff_now").when.checks()} == set(WARNINGS)


def test_every_text_is_translated(q: Questionnaire) -> None:
    english = list(all_texts(q, "en"))
    spanish = list(all_texts(q, "es"))
    assert [where for where, _ in english] == [where for where, _ in spanish]
    assert all(text.strip() for _, text in english + spanish)


def test_sources_and_icons(q: Questionnaire, pack: ContentPack) -> None:
    guidelines = {"laslett-2004", "cohen-2020", "ahcpr-1994", "nice-ng59"}
    cited = [s for item in (*q.questions, *q.outcomes, *q.notes) for s in item.sources]
    assert set(cited) <= set(pack.sources)
    assert guidelines <= set(cited)
    assert all(item.sources for item in (*q.questions, *q.outcomes, *q.notes))
    assert {"laslett-2004", "cohen-2020"} <= set(q.outcome("discuss_rfa").sources)
    assert all(icon_problem(o.icon) is None for o in q.outcomes)
    assert [o.icon for o in q.outcomes] == ["fa6s.user-nurse", "fa6s.comments", "fa6s.user-doctor"]


# --- words ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_outcome_is_not_a_diagnosis_and_sends_to_the_doctor_or_staff(q: Questionnaire, lang: str) -> None:
    for outcome in q.outcomes:
        screen = " ".join([outcome.headline(lang), outcome.explanation(lang), q.disclaimers[lang]]).lower()
        assert NOT_A_DIAGNOSIS[lang] in screen, outcome.id
        assert ONLY_THE_DOCTOR[lang] in screen, outcome.id
        words = outcome.headline(lang).lower() + " " + outcome.explanation(lang).lower()
        assert any(w in words for w in DOCTOR_OR_STAFF[lang]), outcome.id
        assert len(outcome.questions_to_ask(lang)) >= 3, outcome.id
    assert "staff" in q.outcome("staff_now").headline("en").lower()
    assert "personal" in q.outcome("staff_now").headline("es").lower()


@pytest.mark.parametrize("lang", LANGS)
def test_no_text_uses_a_forbidden_phrase(q: Questionnaire, lang: str) -> None:
    found = [(where, phrase) for where, text in all_texts(q, lang) for _, phrase in forbidden_phrases(text, lang)]
    assert found == []


def test_the_spanish_uses_usted(q: Questionnaire) -> None:
    spanish = " ".join(text for _, text in all_texts(q, "es")).lower()
    assert "usted" in spanish
    assert not any(f" {word} " in f" {spanish} " for word in ("tú", "tienes", "puedes", "quieres", "pregunta a tu"))


# --- warning signs ----------------------------------------------------------------------------


@pytest.mark.parametrize("warning", WARNINGS)
def test_yes_to_any_warning_sign_stops_at_once(q: Questionnaire, warning: str) -> None:
    earlier = WARNINGS[: WARNINGS.index(warning)]
    for before in itertools.product(("no", NOT_SURE), repeat=len(earlier)):
        answers: dict[str, Answer] = {
            **NO_WARNINGS,
            **LOW_BACK,
            **NOTHING_TO_ADD,
            **dict(zip(earlier, before, strict=True)),
        }
        answers[warning] = "yes"
        result = q.walk(answers)
        assert result.outcome.id == "staff_now"
        assert result.asked == (*earlier, warning)
        asked = {qid: answers[qid] for qid in result.asked}
        assert q.stop_outcome(asked) == q.outcome("staff_now")
        assert q.next_question(asked, warning) is None
        assert q.total_estimate(asked) == len(result.asked)
        assert {n.id for n in result.notes} == {
            f"{e}_not_sure" for e, a in zip(earlier, before, strict=True) if a == NOT_SURE
        }


@pytest.mark.parametrize("warning", WARNINGS)
def test_not_sure_on_a_warning_sign_asks_to_tell_staff_but_does_not_stop(q: Questionnaire, warning: str) -> None:
    answers: dict[str, Answer] = {**NO_WARNINGS, warning: NOT_SURE, **LOW_BACK, **NOTHING_TO_ADD}
    assert q.stop_outcome({warning: NOT_SURE}) is None
    result = q.walk(answers)
    assert result.outcome.id == "discuss_rfa"
    assert [n.id for n in result.notes] == [f"{warning}_not_sure"]
    assert "staff member" in result.notes[0].text("en")
    assert "personal" in result.notes[0].text("es")


@EXAMPLES
@given(data=st.data())
def test_staff_now_exactly_when_a_warning_sign_was_answered_yes(q: Questionnaire, data: st.DataObject) -> None:
    answers = any_answers(q, data, complete=True)
    result = q.walk(answers)
    yes = [w for w in WARNINGS if answers[w] == "yes"]
    assert (result.outcome.id == "staff_now") == bool(yes)
    if yes:
        assert result.asked[-1] == yes[0], "the questionnaire stops at the first yes"
        assert set(result.asked) <= set(WARNINGS)


# --- paths ------------------------------------------------------------------------------------


@EXAMPLES
@given(data=st.data())
def test_every_walk_ends_and_asks_each_question_at_most_once(q: Questionnaire, data: st.DataObject) -> None:
    answers = any_answers(q, data)
    given_so_far: dict[str, Answer] = {}
    asked: list[str] = []
    after = None
    for _ in range(len(q.questions) + 1):  # a screen-by-screen walk, with a bound so a loop would fail
        estimate = q.total_estimate(given_so_far)
        question = q.next_question(given_so_far, after)
        if question is None or question.id not in answers:
            break
        assert question.id not in asked
        assert estimate >= len(asked) + 1
        given_so_far[question.id] = answers[question.id]
        asked.append(question.id)
        after = question.id
    else:
        pytest.fail("the walk did not end")
    result = q.walk(answers)
    assert list(result.asked) == asked
    order = [q.questions.index(q.question(qid)) for qid in asked]
    assert order == sorted(order)
    if result.unanswered is None:
        assert q.total_estimate(answers) == len(asked)
        assert result.outcome in q.outcomes
    assert set(result.notes) <= set(q.notes)


@pytest.mark.parametrize(
    "pattern",
    [
        LOW_BACK,
        {**LOW_BACK, "area": "neck", "back_or_leg": NOT_SURE, "neck_or_arm": "mostly_neck"},
        {**LOW_BACK, "area": "back_and_neck", "neck_or_arm": "mostly_neck"},
        {**LOW_BACK, "area": "back", "treatments_tried": "not_yet", "past_block": "no"},
    ],
)
def test_a_typical_path_asks_8_to_12_questions(q: Questionnaire, pattern: dict[str, Answer]) -> None:
    result = q.walk({**NO_WARNINGS, **pattern, **NOTHING_TO_ADD})
    assert result.unanswered is None
    assert 8 <= len(result.asked) <= 12, result.asked


def fits_the_rfa_pattern(answers: dict[str, Answer]) -> bool:
    """The rule the pack documents, written independently of its conditions."""
    if answers.get("past_block") == "helped":
        return True
    mostly_spine = answers.get("back_or_leg") == "mostly_back" or answers.get("neck_or_arm") == "mostly_neck"
    return (
        answers.get("duration") == "3_months_or_more"
        and mostly_spine
        and answers.get("treatments_tried") == "not_enough"
        and answers.get("past_block") != "did_not_help"
    )


def test_the_rfa_outcome_follows_the_documented_pattern_for_every_answer(q: Questionnaire) -> None:
    def choices(qid: str) -> list[Answer]:
        return [*(o.id for o in q.question(qid).options), NOT_SURE]

    pattern = ("area", "duration", "back_or_leg", "neck_or_arm", "treatments_tried", "past_block")
    count = 0
    for values in itertools.product(*(choices(qid) for qid in pattern)):
        answers: dict[str, Answer] = {**NO_WARNINGS, **dict(zip(pattern, values, strict=True)), **NOTHING_TO_ADD}
        result = q.walk(answers)
        asked = {qid: answers[qid] for qid in result.asked}
        expected = "discuss_rfa" if fits_the_rfa_pattern(asked) else "discuss_other"
        assert result.outcome.id == expected, answers
        assert result.notes == ()
        if answers["area"] in ("elsewhere", NOT_SURE):
            assert not set(pattern[1:]) & set(result.asked)
        count += 1
    assert count == 5 * 3 * 3 * 3 * 4 * 4


@pytest.mark.parametrize("question", ["mention", "before_procedure"])
def test_each_item_of_a_list_adds_its_own_note(q: Questionnaire, question: str) -> None:
    ids = [o.id for o in q.question(question).options]
    for size in range(len(ids) + 1):
        for chosen in itertools.combinations(ids, size):
            answers = {**NO_WARNINGS, **LOW_BACK, **NOTHING_TO_ADD, question: frozenset(chosen)}
            assert [n.id for n in q.walk(answers).notes] == list(chosen)
    unsure = q.walk({**NO_WARNINGS, **LOW_BACK, **NOTHING_TO_ADD, question: NOT_SURE})
    assert [n.id for n in unsure.notes] == [f"{question}_not_sure"]
