"""A pack's questionnaire as an HL7 FHIR R4 Questionnaire resource (``kiosk questionnaire export``).

What a standard FHIR form renderer sees: one item per question (``linkId`` is the question id,
``text`` in the pack's default language with the other languages in the standard translation
extension), ``answerOption`` codings (the option ids, plus ``not_sure``, which the kiosk offers on
every question), the hint as a child display item, and ``enableWhen`` for every ``show_if`` that
FHIR can say. The kiosk's own rules (outcomes, notes, the disclaimer, each question's kind,
warning flag, sources and exact ``show_if``) travel in one extension, :data:`RULES_URL`, whose
value is JSON in the same shape as ``questionnaire.toml``; ``docs/questionnaire-fhir.md``
documents it. Import (:mod:`kiosk.core.questionnaire.fhir_import`) reads the extension first.

The models are ``fhir.resources``' R4B classes: R4B changed nothing in Questionnaire, so what they
write is an R4 Questionnaire. Only the questionnaire's public objects are used here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

from kiosk.core.questionnaire.conditions import ALWAYS, AllOf, AnyOf, Check, Condition, Not
from kiosk.core.questionnaire.model import NOT_SURE, Question, Questionnaire

#: The one extension that carries the kiosk's rules (documented in docs/questionnaire-fhir.md).
RULES_URL: Final = "urn:kiosk:fhir:questionnaire-rules:1"
#: The version of the JSON inside that extension.
RULES_FORMAT: Final = 1
#: HL7's standard extension for a translated string (lang + content).
TRANSLATION_URL: Final = "http://hl7.org/fhir/StructureDefinition/translation"
#: Marks the child display item that holds a question's hint.
DISPLAY_CATEGORY_URL: Final = "http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory"
DISPLAY_CATEGORY_SYSTEM: Final = "http://hl7.org/fhir/questionnaire-display-category"
MIN_VALUE_URL: Final = "http://hl7.org/fhir/StructureDefinition/minValue"
MAX_VALUE_URL: Final = "http://hl7.org/fhir/StructureDefinition/maxValue"
#: The code system of the answer codings: the option ids of this pack's questionnaire.
OPTION_SYSTEM: Final = "urn:kiosk:fhir:option"
#: The kiosk's "Not sure" answer in the languages it ships (the screens' own words).
NOT_SURE_WORDS: Final = {"en": "Not sure", "es": "No estoy seguro/a"}
HINT_SUFFIX: Final = "-hint"


def kind_of(value: object) -> str:
    """A question or outcome kind as its word, whether it is kept as a string or an enum."""
    return str(getattr(value, "value", value))


def condition_data(condition: Condition) -> dict[str, Any]:
    """``condition`` in the shape ``questionnaire.toml`` writes it."""
    if isinstance(condition, Check):
        if condition.test in ("at_least", "at_most"):
            value: Any = condition.number
        elif condition.test in ("is", "includes"):
            value = next(iter(condition.options))
        else:
            value = sorted(condition.options)
        return {"question": condition.question, condition.test: value}
    if isinstance(condition, Not):
        return {"not": condition_data(condition.part)}
    word = "all" if isinstance(condition, AllOf) else "any"
    return {word: [condition_data(part) for part in condition.parts]}


def _translated(texts: Mapping[str, str], default: str) -> tuple[str, dict[str, Any] | None]:
    """The default language's text and the ``_element`` holding the others as translations."""
    others = [
        {
            "url": TRANSLATION_URL,
            "extension": [{"url": "lang", "valueCode": lang}, {"url": "content", "valueString": t}],
        }
        for lang, t in texts.items()
        if lang != default
    ]
    text = texts.get(default) or next(iter(texts.values()), "")
    return text, ({"extension": others} if others else None)


def _with_text(target: dict[str, Any], key: str, texts: Mapping[str, str], default: str) -> None:
    text, element = _translated(texts, default)
    target[key] = text
    if element:
        target[f"_{key}"] = element


def _coding(code: str, texts: Mapping[str, str], default: str) -> dict[str, Any]:
    coding: dict[str, Any] = {"system": OPTION_SYSTEM, "code": code}
    _with_text(coding, "display", texts, default)
    return {"valueCoding": coding}


def _enable_when(condition: Condition, questions: Mapping[str, Question]) -> tuple[list[dict[str, Any]], str] | None:
    """``enableWhen`` entries and ``enableBehavior`` saying ``condition``; None when FHIR cannot say it.

    FHIR's enableWhen is a flat list joined by all or any; ``=`` on a repeating answer holds when
    any of its answers matches, which is the kiosk's ``includes``.
    """
    if isinstance(condition, Check):
        parts: tuple[Condition, ...] = (condition,)
        behavior = "any"
    elif isinstance(condition, AllOf | AnyOf) and all(isinstance(part, Check) for part in condition.parts):
        parts = condition.parts
        behavior = "all" if isinstance(condition, AllOf) else "any"
    else:
        return None
    entries: list[dict[str, Any]] = []
    for part in parts:
        assert isinstance(part, Check)
        if part.question not in questions:
            return None
        if part.test in ("at_least", "at_most"):
            operator = ">=" if part.test == "at_least" else "<="
            entries.append({"question": part.question, "operator": operator, "answerInteger": part.number})
            continue
        if len(part.options) > 1 and behavior == "all":
            return None  # "one of these" inside "all of these" needs nesting FHIR does not have
        for option in sorted(part.options):
            entries.append(
                {
                    "question": part.question,
                    "operator": "=",
                    "answerCoding": {"system": OPTION_SYSTEM, "code": option},
                }
            )
    return entries, behavior


def _item(question: Question, questions: Mapping[str, Question], default: str, notes: list[str]) -> dict[str, Any]:
    kind = kind_of(question.kind)
    item: dict[str, Any] = {"linkId": question.id}
    _with_text(item, "text", question.texts, default)
    if kind == "scale":
        item["type"] = "integer"
        item["extension"] = [{"url": MIN_VALUE_URL, "valueInteger": 0}, {"url": MAX_VALUE_URL, "valueInteger": 10}]
    else:
        item["type"] = "choice"
        item["repeats"] = kind == "multiple"
        not_sure = {lang: NOT_SURE_WORDS.get(lang, NOT_SURE_WORDS["en"]) for lang in question.texts}
        item["answerOption"] = [_coding(o.id, o.texts, default) for o in question.options] + [
            _coding(NOT_SURE, not_sure, default)
        ]
    if question.show_if != ALWAYS:
        said = _enable_when(question.show_if, questions)
        if said is None:
            notes.append(
                f"question '{question.id}': its show_if cannot be written as FHIR enableWhen; a standard form "
                f"renderer shows it always (the kiosk's rule is kept in the {RULES_URL} extension)"
            )
        else:
            item["enableWhen"], behavior = said
            if len(item["enableWhen"]) > 1:
                item["enableBehavior"] = behavior
    if question.hints:
        hint: dict[str, Any] = {"linkId": question.id + HINT_SUFFIX, "type": "display"}
        _with_text(hint, "text", question.hints, default)
        hint["extension"] = [
            {
                "url": DISPLAY_CATEGORY_URL,
                "valueCodeableConcept": {"coding": [{"system": DISPLAY_CATEGORY_SYSTEM, "code": "instructions"}]},
            }
        ]
        item["item"] = [hint]
    return item


def rules_data(questionnaire: Questionnaire) -> dict[str, Any]:
    """Everything the kiosk needs beyond standard FHIR, in the shape ``questionnaire.toml`` uses."""
    questions = {
        q.id: {
            "kind": kind_of(q.kind),
            "warning": q.warning,
            "sources": list(q.sources),
            **({"show_if": condition_data(q.show_if)} if q.show_if != ALWAYS else {}),
        }
        for q in questionnaire.questions
    }
    outcomes = [
        {
            "id": o.id,
            "kind": kind_of(o.kind),
            "icon": o.icon,
            "immediate": o.immediate,
            "sources": list(o.sources),
            **({"when": condition_data(o.when)} if o.when != ALWAYS else {}),
            "headline": dict(o.headlines),
            "explanation": dict(o.explanations),
            "ask_doctor": {lang: list(items) for lang, items in o.ask_doctor.items()},
        }
        for o in questionnaire.outcomes
    ]
    notes = [
        {"id": n.id, "when": condition_data(n.when), "sources": list(n.sources), "text": dict(n.texts)}
        | ({"warning": True} if n.warning else {})
        for n in questionnaire.notes
    ]
    return {
        "format": RULES_FORMAT,
        "disclaimer": dict(questionnaire.disclaimers),
        "questions": questions,
        "outcomes": outcomes,
        "notes": notes,
    }


def export_questionnaire(
    questionnaire: Questionnaire,
    *,
    pack_id: str,
    version: str,
    titles: Mapping[str, str],
    default_language: str,
) -> tuple[str, list[str]]:
    """The FHIR R4 Questionnaire as JSON text, and notes on what a standard renderer will not show."""
    from fhir.resources.R4B.questionnaire import Questionnaire as FhirQuestionnaire  # noqa: PLC0415

    notes: list[str] = []
    by_id = {q.id: q for q in questionnaire.questions}
    resource: dict[str, Any] = {
        "resourceType": "Questionnaire",
        "id": pack_id,
        "version": version,
        "status": "draft",
        "language": default_language,
        "subjectType": ["Patient"],
        "extension": [{"url": RULES_URL, "valueString": json.dumps(rules_data(questionnaire), ensure_ascii=False)}],
        "item": [_item(q, by_id, default_language, notes) for q in questionnaire.questions],
    }
    _with_text(resource, "title", titles, default_language)
    model = FhirQuestionnaire.model_validate(resource)
    text = json.dumps(json.loads(model.model_dump_json(exclude_none=True)), ensure_ascii=False, indent=2)
    return text + "\n", notes
