"""The questionnaire bundled with the RFA pack: its triage, its paths and its words."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.checks.readability import forbidden_phrases
from kiosk.core.content.model import ContentPack, SourceKind
from kiosk.core.content.reader import load_pack
from kiosk.core.content.validate import icon_problem
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.questionnaire.model import NOT_SURE, Answer, OutcomeKind, Question, QuestionKind, Questionnaire
from kiosk.core.questionnaire.reader import load_questionnaire

BUNDLED = BUNDLED_CONTENT_DIR / "rfa-facet"
LANGS = ("en", "es")
#: Asked of everyone, first.
FIRST_WARNINGS = ("bladder_bowel", "saddle_numbness", "leg_weakness", "fever")
#: Asked once the main pain may be in the neck (NICE CKS: signs of a pressed spinal cord or nerve root).
NECK_WARNINGS = ("arm_weakness", "hand_clumsiness", "walking_balance")
NECK_AREAS = ("neck", "back_and_neck", NOT_SURE)
WARNINGS = FIRST_WARNINGS + NECK_WARNINGS
#: Possible cauda equina syndrome: "Not sure" goes to staff as "yes" does.
CAUDA_EQUINA = ("bladder_bowel", "saddle_numbness")
#: Signs of a serious cause: the doctor rules these out first.
SERIOUS = frozenset({"cancer", "weight_loss", "injury", "night_pain", "infection_risk"})
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
    assert [x.id for x in q.questions[: len(FIRST_WARNINGS)]] == list(FIRST_WARNINGS), "warning signs come first"
    assert [x.id for x in q.questions[len(FIRST_WARNINGS) : len(WARNINGS) + 1]] == ["area", *NECK_WARNINGS]
    assert all(q.question(w).kind is QuestionKind.YES_NO for w in WARNINGS)
    assert [(o.id, o.kind, o.immediate) for o in q.outcomes] == [
        ("staff_now", OutcomeKind.STAFF_NOW, True),
        ("tell_doctor_first", OutcomeKind.TELL_DOCTOR_FIRST, False),
        ("discuss_rfa", OutcomeKind.DISCUSS_RFA, False),
        ("discuss_other", OutcomeKind.DISCUSS_OTHER, False),
    ]
    assert {c.question for c in q.outcome("staff_now").when.checks()} == set(WARNINGS)
    assert {n.id for n in q.notes if n.warning} == {f"{w}_not_sure" for w in WARNINGS}


def test_every_text_is_translated(q: Questionnaire) -> None:
    english = list(all_texts(q, "en"))
    spanish = list(all_texts(q, "es"))
    assert [where for where, _ in english] == [where for where, _ in spanish]
    assert all(text.strip() for _, text in english + spanish)


def test_sources_and_icons(q: Questionnaire, pack: ContentPack) -> None:
    guidelines = {"laslett-2004", "cohen-2020", "ahcpr-1994", "nice-ng59", "nice-cks-neck"}
    cited = [s for item in (*q.questions, *q.outcomes, *q.notes) for s in item.sources]
    assert set(cited) <= set(pack.sources)
    assert guidelines <= set(cited)
    assert all(item.sources for item in (*q.questions, *q.outcomes, *q.notes))
    assert {"laslett-2004", "cohen-2020"} <= set(q.outcome("discuss_rfa").sources)
    assert all(q.question(w).sources == ("nice-cks-neck",) for w in NECK_WARNINGS)
    # What is the clinic's own practice is cited as a clinic instruction, not as a guideline.
    assert pack.source_kinds["clinic-instructions"] is SourceKind.CLINIC_INSTRUCTION
    for note in ("pregnant", "implant", "allergy"):
        assert [n.sources for n in q.notes if n.id == note] == [("clinic-instructions",)]
    assert all(icon_problem(o.icon) is None for o in q.outcomes)
    assert [o.icon for o in q.outcomes] == ["fa6s.user-nurse", "fa6s.user-doctor", "fa6s.comments", "fa6s.user-doctor"]


def test_the_earlier_shots_question_says_what_a_test_block_is(q: Questionnaire) -> None:
    question = q.question("past_block")
    assert "numbing medicine" in question.text("en") and "epidural" in question.hint("en")
    assert "adormecer" in question.text("es") and "epidural" in question.hint("es")


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


def expected_outcome(asked: dict[str, Answer]) -> str:
    """The triage the pack documents (docs/questionnaire.md), written independently of its conditions,
    over the answers to the questions that were asked."""
    if any(asked.get(w) == "yes" for w in WARNINGS) or any(asked.get(c) == NOT_SURE for c in CAUDA_EQUINA):
        return "staff_now"
    mention = asked.get("mention")
    if mention == NOT_SURE or asked.get("fever") == NOT_SURE:
        return "tell_doctor_first"
    if isinstance(mention, frozenset) and mention & SERIOUS:
        return "tell_doctor_first"
    return "discuss_rfa" if fits_the_rfa_pattern(asked) else "discuss_other"


def stops_here(qid: str, answer: Answer) -> bool:
    return qid in WARNINGS and (answer == "yes" or (qid in CAUDA_EQUINA and answer == NOT_SURE))


@pytest.mark.parametrize("area", ["back", "neck", "back_and_neck", "elsewhere", NOT_SURE])
def test_every_combination_of_warning_answers(q: Questionnaire, area: str) -> None:
    """All 3^7 answers to the seven warning signs, for each place the pain can be."""
    count = 0
    for values in itertools.product(("yes", "no", NOT_SURE), repeat=len(WARNINGS)):
        answers: dict[str, Answer] = {
            **dict(zip(WARNINGS, values, strict=True)),
            **LOW_BACK,
            "area": area,
            "neck_or_arm": "mostly_neck",
            **NOTHING_TO_ADD,
        }
        result = q.walk(answers)
        asked = {qid: answers[qid] for qid in result.asked}
        assert result.unanswered is None
        assert result.outcome.id == expected_outcome(asked), answers
        stops = [qid for qid in result.asked if stops_here(qid, answers[qid])]
        if stops:
            assert stops == [result.asked[-1]], "the questions stop at the first warning that goes to staff"
        neck_asked = [qid for qid in result.asked if qid in NECK_WARNINGS]
        if area not in NECK_AREAS:
            assert neck_asked == [], "the neck signs are asked only when the pain may be in the neck"
        elif not any(stops_here(w, answers[w]) for w in FIRST_WARNINGS):
            assert neck_asked[0] == "arm_weakness"
        warning_notes = {n.id for n in result.notes if n.warning}
        assert warning_notes == {f"{w}_not_sure" for w in asked if w in WARNINGS and asked[w] == NOT_SURE}
        count += 1
    assert count == 3 ** len(WARNINGS)


@pytest.mark.parametrize("warning", WARNINGS)
def test_yes_to_any_warning_sign_stops_at_once(q: Questionnaire, warning: str) -> None:
    order = [*FIRST_WARNINGS, *NECK_WARNINGS]
    earlier = order[: order.index(warning)]
    for before in itertools.product(("no", NOT_SURE), repeat=len(earlier)):
        answers: dict[str, Answer] = {
            **NO_WARNINGS,
            **LOW_BACK,
            "area": "neck",
            **NOTHING_TO_ADD,
            **dict(zip(earlier, before, strict=True)),
        }
        answers[warning] = "yes"
        result = q.walk(answers)
        assert result.outcome.id == "staff_now"
        if any(answers[c] == NOT_SURE for c in CAUDA_EQUINA):
            continue  # stopped earlier, at the cauda equina "Not sure"
        assert result.asked[-1] == warning
        asked = {qid: answers[qid] for qid in result.asked}
        assert q.stop_outcome(asked) == q.outcome("staff_now")
        assert q.next_question(asked, warning) is None
        assert q.total_estimate(asked) == len(result.asked)


@pytest.mark.parametrize("warning", CAUDA_EQUINA)
def test_not_sure_about_cauda_equina_signs_goes_to_staff_at_once(q: Questionnaire, warning: str) -> None:
    answers: dict[str, Answer] = {**NO_WARNINGS, warning: NOT_SURE, **LOW_BACK, **NOTHING_TO_ADD}
    assert q.stop_outcome({**NO_WARNINGS, warning: NOT_SURE}) == q.outcome("staff_now")
    result = q.walk(answers)
    assert result.outcome.id == "staff_now"
    assert result.asked[-1] == warning
    assert [n.id for n in result.notes] == [f"{warning}_not_sure"]
    assert result.notes[0].warning
    assert "No estoy seguro/a" in result.notes[0].text("es") and "Not sure" in result.notes[0].text("en")


@pytest.mark.parametrize("warning", [w for w in WARNINGS if w not in CAUDA_EQUINA])
def test_not_sure_on_another_warning_sign_adds_a_warning_note_but_does_not_stop(q: Questionnaire, warning: str) -> None:
    answers: dict[str, Answer] = {**NO_WARNINGS, warning: NOT_SURE, **LOW_BACK, "area": "neck", **NOTHING_TO_ADD}
    answers["neck_or_arm"] = "mostly_neck"
    assert q.stop_outcome({warning: NOT_SURE}) is None
    result = q.walk(answers)
    assert result.outcome.id == ("tell_doctor_first" if warning == "fever" else "discuss_rfa")
    assert [n.id for n in result.notes] == [f"{warning}_not_sure"]
    assert result.warning_notes == result.notes
    assert "staff member" in result.notes[0].text("en")
    assert "personal" in result.notes[0].text("es")
    assert "«No estoy seguro/a»" in result.notes[0].text("es")


@EXAMPLES
@given(data=st.data())
def test_staff_now_exactly_when_a_warning_is_yes_or_a_cauda_equina_sign_not_sure(
    q: Questionnaire, data: st.DataObject
) -> None:
    answers = any_answers(q, data, complete=True)
    result = q.walk(answers)
    asked = {qid: answers[qid] for qid in result.asked}
    triggers = [qid for qid in result.asked if stops_here(qid, answers[qid])]
    assert (result.outcome.id == "staff_now") == bool(triggers)
    if triggers:
        assert result.asked[-1] == triggers[0], "the questionnaire stops at the first one"
        assert set(result.asked) <= {*WARNINGS, "area"}
    assert result.outcome.id == expected_outcome(asked)


@EXAMPLES
@given(data=st.data())
def test_a_serious_cause_always_comes_before_any_talk_of_rfa(q: Questionnaire, data: st.DataObject) -> None:
    answers = any_answers(q, data, complete=True)
    chosen = data.draw(st.frozensets(st.sampled_from(sorted(SERIOUS)), min_size=1))
    answers = {**answers, "mention": chosen}
    result = q.walk(answers)
    assert result.outcome.id in ("staff_now", "tell_doctor_first")
    if result.outcome.id == "tell_doctor_first":
        assert {n.id for n in result.notes} >= set(chosen)
        assert "first" in result.outcome.headline("en") and "RFA" in result.outcome.headline("en")


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
def test_a_typical_path_asks_8_to_12_questions_and_3_more_for_the_neck(
    q: Questionnaire, pattern: dict[str, Answer]
) -> None:
    """The neck's own three warning signs are worth three more screens."""
    result = q.walk({**NO_WARNINGS, **pattern, **NOTHING_TO_ADD})
    assert result.unanswered is None
    extra = len(NECK_WARNINGS) if pattern["area"] in NECK_AREAS else 0
    assert 8 <= len(result.asked) - extra <= 12, result.asked


def fits_the_rfa_pattern(answers: dict[str, Answer]) -> bool:
    """The rule the pack documents, written independently of its conditions."""
    mostly_spine = answers.get("back_or_leg") == "mostly_back" or answers.get("neck_or_arm") == "mostly_neck"
    if answers.get("past_block") == "helped":
        return mostly_spine
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
        assert result.outcome.id == expected == expected_outcome(asked), answers
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
            result = q.walk(answers)
            assert [n.id for n in result.notes] == list(chosen)
            assert result.outcome.id == expected_outcome(answers)
    unsure = q.walk({**NO_WARNINGS, **LOW_BACK, **NOTHING_TO_ADD, question: NOT_SURE})
    assert [n.id for n in unsure.notes] == [f"{question}_not_sure"]


@pytest.mark.parametrize("lang", LANGS)
def test_no_outcome_repeats_the_disclaimer(q: Questionnaire, lang: str) -> None:
    """The disclaimer is on every result once; an explanation saying it again reads as a slip."""
    first_sentence = q.disclaimers[lang].split(".")[0].lower()
    for outcome in q.outcomes:
        assert first_sentence not in outcome.explanation(lang).lower(), outcome.id
