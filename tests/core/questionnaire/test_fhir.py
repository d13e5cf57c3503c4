"""FHIR R4 export and import of a questionnaire: the bundled one round-trips with the same routing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.questionnaire import Questionnaire as FhirQuestionnaire

from kiosk.core.content.cases import read_pack_cases, run_pack_cases
from kiosk.core.content.reader import load_pack
from kiosk.core.content.validate import validate_pack
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.questionnaire.answers import parse_answers
from kiosk.core.questionnaire.fhir import RULES_URL, TRANSLATION_URL, export_questionnaire, kind_of
from kiosk.core.questionnaire.fhir_import import ImportRefused, import_questionnaire
from kiosk.core.questionnaire.model import NOT_SURE, Answer, Questionnaire
from kiosk.core.questionnaire.reader import load_questionnaire

BUNDLED = BUNDLED_CONTENT_DIR / "rfa-facet"


def bundled() -> Questionnaire:
    pack = load_pack(BUNDLED).pack
    assert pack is not None and pack.questionnaire is not None
    return pack.questionnaire


def exported() -> dict[str, Any]:
    pack = load_pack(BUNDLED).pack
    assert pack is not None and pack.questionnaire is not None
    text, notes = export_questionnaire(
        pack.questionnaire, pack_id=pack.id, version=pack.version, titles=pack.titles, default_language="en"
    )
    assert notes == [], "every show_if of the bundled pack can be said in enableWhen"
    data: dict[str, Any] = json.loads(text)
    return data


@pytest.fixture
def round_tripped(tmp_path: Path) -> Path:
    """A copy of the bundled pack whose questionnaire.toml went through FHIR and back."""
    copy = tmp_path / "rfa-facet"
    shutil.copytree(BUNDLED, copy)
    imported = import_questionnaire(json.dumps(exported()))
    assert imported.report == []
    (copy / "questionnaire.toml").write_text(imported.toml, encoding="utf-8")
    return copy


def test_every_pack_case_gives_the_same_outcome_notes_and_questions(round_tripped: Path) -> None:
    before = bundled()
    after = load_pack(round_tripped).pack
    assert after is not None and after.questionnaire is not None
    cases, problems = read_pack_cases(BUNDLED)
    assert not problems and len(cases) >= 10
    for case in cases:
        old = before.walk(parse_answers(before, case.answers)[0])
        new = after.questionnaire.walk(parse_answers(after.questionnaire, case.answers)[0])
        assert new.outcome.id == old.outcome.id == case.outcome, case.name
        assert [n.id for n in new.notes] == [n.id for n in old.notes], case.name
        assert new.asked == old.asked, case.name
    assert run_pack_cases(round_tripped, after.questionnaire) == []


def test_the_round_tripped_pack_validates_and_keeps_every_text(round_tripped: Path) -> None:
    assert validate_pack(round_tripped).ok
    before, after = bundled(), load_pack(round_tripped).pack
    assert after is not None and after.questionnaire is not None
    for old, new in zip(before.questions, after.questionnaire.questions, strict=True):
        assert (new.id, new.texts, new.hints, new.warning, new.show_if) == (
            old.id,
            old.texts,
            old.hints,
            old.warning,
            old.show_if,
        )
        assert [(o.id, o.texts) for o in new.options] == [(o.id, o.texts) for o in old.options]
    assert after.questionnaire.outcomes == before.outcomes
    assert after.questionnaire.notes == before.notes
    assert after.questionnaire.disclaimers == before.disclaimers


def test_the_export_is_a_standard_r4_questionnaire() -> None:
    data = exported()
    model = FhirQuestionnaire.model_validate(data)
    assert [item.linkId for item in model.item] == [q.id for q in bundled().questions]
    area = next(item for item in model.item if item.linkId == "area")
    assert [o.valueCoding.code for o in area.answerOption] == ["back", "neck", "back_and_neck", "elsewhere", NOT_SURE]
    translation = area.text__ext.extension[0]
    assert translation.url == TRANSLATION_URL
    assert {e.url: e.valueCode or e.valueString for e in translation.extension} == {
        "lang": "es",
        "content": "¿Dónde le duele más?",
    }
    mention = next(item for item in model.item if item.linkId == "mention")
    assert mention.repeats is True
    assert [e.url for e in model.extension] == [RULES_URL]


def enabled(item: dict[str, Any], answers: dict[str, Answer]) -> bool:
    """FHIR's enableWhen as a standard renderer reads it (the kiosk's extension ignored)."""
    checks = []
    for when in item.get("enableWhen", []):
        answer = answers.get(when["question"])
        code = when["answerCoding"]["code"]
        checks.append(answer == code or (isinstance(answer, frozenset) and code in answer))
    if not checks:
        return True
    return all(checks) if item.get("enableBehavior") == "all" else any(checks)


def test_a_renderer_that_ignores_the_extension_shows_the_same_questions_in_order() -> None:
    questionnaire = bundled()
    items = exported()["item"]
    cases, _ = read_pack_cases(BUNDLED)
    for case in cases:
        answers = parse_answers(questionnaire, case.answers)[0]
        given: dict[str, Answer] = {}
        shown_fhir, shown_kiosk = [], []
        for item, question in zip(items, questionnaire.questions, strict=True):
            if enabled(item, given):
                shown_fhir.append(item["linkId"])
            if questionnaire.is_shown(question, given):
                shown_kiosk.append(question.id)
                given[question.id] = answers.get(question.id, NOT_SURE)
        assert shown_fhir == shown_kiosk, case.name


FOREIGN = {
    "resourceType": "Questionnaire",
    "status": "active",
    "language": "en",
    "item": [
        {
            "linkId": "Pain Now",
            "type": "boolean",
            "text": "Do you have pain today?",
        },
        {
            "linkId": "group1",
            "type": "group",
            "item": [
                {
                    "linkId": "where",
                    "type": "choice",
                    "text": "Where?",
                    "enableWhen": [{"question": "Pain Now", "operator": "=", "answerBoolean": True}],
                    "answerOption": [
                        {"valueCoding": {"code": "knee", "display": "My knee"}},
                        {"valueCoding": {"code": "hip", "display": "My hip"}},
                    ],
                },
                {"linkId": "since", "type": "date", "text": "Since when?"},
            ],
        },
        {
            "linkId": "level",
            "type": "integer",
            "text": "How bad is it, from 0 to 10?",
            "extension": [
                {"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0},
                {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 10},
            ],
            "enableWhen": [{"question": "where", "operator": "exists", "answerBoolean": True}],
        },
    ],
}


def test_another_questionnaire_is_taken_where_it_can_be_and_the_rest_is_named(tmp_path: Path) -> None:
    imported = import_questionnaire(json.dumps(FOREIGN))
    report = "\n".join(imported.report)
    assert "no outcomes or notes: one fallback outcome was written" in report
    assert "'Pain Now': its linkId became the id 'pain_now'" in report
    assert "group 'group1'" in report
    assert "question 'since' (date)" in report and "left out" in report
    assert "enableWhen on 'where' (exists)" in report
    (tmp_path / "questionnaire.toml").write_text(imported.toml, encoding="utf-8")
    questionnaire, problems = load_questionnaire(tmp_path, ("en",), check_words=False)
    assert problems == [] and questionnaire is not None
    assert [(q.id, kind_of(q.kind)) for q in questionnaire.questions] == [
        ("pain_now", "yes_no"),
        ("where", "single"),
        ("level", "scale"),
    ]
    where = questionnaire.question("where")
    assert not questionnaire.is_shown(where, {"pain_now": "no"})
    assert questionnaire.is_shown(where, {"pain_now": "yes"})
    assert questionnaire.walk({"pain_now": "no", "level": 3}).outcome.id == "talk_with_doctor"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{not json", "not JSON"),
        ('{"resourceType": "Patient"}', "not a FHIR Questionnaire (resourceType is 'Patient')"),
        ('{"resourceType": "Questionnaire", "status": "draft", "item": [{"type": "choice"}]}', "item.0.linkId"),
    ],
)
def test_a_file_that_is_not_a_questionnaire_is_refused_with_the_reason(text: str, words: str) -> None:
    with pytest.raises(ImportRefused) as refused:
        import_questionnaire(text)
    assert words in str(refused.value)


def test_a_question_added_after_export_keeps_its_enable_when() -> None:
    data = exported()
    data["item"].append(
        {
            "linkId": "work",
            "type": "choice",
            "text": "Does the pain keep you from work?",
            "enableWhen": [{"question": "area", "operator": "=", "answerCoding": {"code": "neck"}}],
            "answerOption": [{"valueCoding": {"code": "yes"}}, {"valueCoding": {"code": "no"}}],
        }
    )
    toml = import_questionnaire(json.dumps(data)).toml
    assert 'id = "work"\nkind = "yes_no"\nshow_if = { question = "area", is = "neck" }' in toml
