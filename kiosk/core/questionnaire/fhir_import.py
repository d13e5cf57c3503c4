"""A FHIR R4 Questionnaire read into ``questionnaire.toml`` (``kiosk questionnaire import``).

A Questionnaire written by ``kiosk questionnaire export`` comes back exactly: its rules extension
(:data:`~kiosk.core.questionnaire.fhir.RULES_URL`) gives each question's kind, warning flag and
``show_if``, and the outcomes, notes and disclaimer. From any other Questionnaire the parts the
kiosk supports are taken (choice, boolean and 0-10 integer questions, their texts and
translations, hints, ``enableWhen``), and every part that is not is named in the report, so an
author knows what to write by hand. Nothing is evaluated: the file is data.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from kiosk.core.questionnaire.fhir import (
    HINT_SUFFIX,
    MAX_VALUE_URL,
    MIN_VALUE_URL,
    RULES_FORMAT,
    RULES_URL,
    TRANSLATION_URL,
)
from kiosk.core.questionnaire.model import NOT_SURE

_ID = re.compile(r"^[a-z0-9]+(?:[_-][a-z0-9]+)*$")

#: The outcome written when the Questionnaire has no kiosk rules: a start the author must edit.
FALLBACK_OUTCOME: dict[str, dict[str, Any]] = {
    "headline": {"en": "Talk with your doctor about your answers", "es": "Hable con su médico sobre sus respuestas"},
    "explanation": {
        "en": "Your doctor can go over your answers with you and talk about what they mean for you.",
        "es": "Su médico puede revisar sus respuestas con usted y hablar de lo que significan para usted.",
    },
    "ask_doctor": {"en": ["What do my answers mean for me?"], "es": ["¿Qué significan mis respuestas para mí?"]},
}
FALLBACK_DISCLAIMER = {
    "en": "This is not a diagnosis. Only your doctor can decide what is right for you.",
    "es": "Esto no es un diagnóstico. Solo su médico puede decidir qué es lo mejor para usted.",
}


class ImportRefused(Exception):  # noqa: N818  (it is a refusal with a reason, not a program error)
    """The file is not a FHIR Questionnaire that can be read; the message says why."""


@dataclass
class Imported:
    toml: str
    #: What could not be taken, or was changed on the way, one sentence each.
    report: list[str] = field(default_factory=list)
    #: The languages of the texts, the default language first.
    languages: list[str] = field(default_factory=list)


def _texts(element: Any, value: str | None, default: str) -> dict[str, str]:
    """A string and its standard translations as {language: text}."""
    texts: dict[str, str] = {default: value} if value else {}
    for ext in getattr(element, "extension", None) or []:
        if ext.url != TRANSLATION_URL:
            continue
        parts = {sub.url: sub for sub in ext.extension or []}
        lang = parts.get("lang")
        content = parts.get("content")
        if lang is not None and content is not None and lang.valueCode and content.valueString:
            texts[lang.valueCode] = content.valueString
    return texts


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "item"


def _extension(item: Any, url: str) -> Any:
    return next((ext for ext in item.extension or [] if ext.url == url), None)


class _Reader:
    def __init__(self, resource: Any) -> None:
        self.resource = resource
        self.default = resource.language or "en"
        self.report: list[str] = []
        self.rules: dict[str, Any] = {}
        self.kinds: dict[str, str] = {}
        self.ids: dict[str, str] = {}
        self.languages: list[str] = [self.default]

    def read(self) -> dict[str, Any]:
        rules = _extension(self.resource, RULES_URL)
        if rules is not None:
            try:
                self.rules = json.loads(rules.valueString or "")
            except json.JSONDecodeError as err:
                raise ImportRefused(f"the {RULES_URL} extension is not JSON ({err})") from err
            if self.rules.get("format") != RULES_FORMAT:
                raise ImportRefused(f"the {RULES_URL} extension has format {self.rules.get('format')!r}, not 1")
        else:
            self.report.append(
                f"there is no {RULES_URL} extension, so no outcomes or notes: one fallback outcome was written; "
                "write the outcomes and notes your clinic wants (docs/questionnaire.md)"
            )
        for extra in ("code", "initial"):
            if getattr(self.resource, extra, None):
                self.report.append(f"the Questionnaire's '{extra}' was not taken: the kiosk has no place for it")
        questions = [q for item in self.resource.item or [] for q in self._items(item)]
        self.languages = list(dict.fromkeys(lang for q in questions for lang in q["text"])) or [self.default]
        return {
            # Format 2 carries warning notes (shown first); a questionnaire without any stays format 1.
            "format": 2 if any(n.get("warning") for n in self.rules.get("notes", [])) else 1,
            "disclaimer": self.rules.get("disclaimer") or self._languages_of(FALLBACK_DISCLAIMER),
            "questions": questions,
            "outcomes": self.rules.get("outcomes") or [self._fallback()],
            "notes": self.rules.get("notes", []),
        }

    def _languages_of(self, texts: dict[str, Any]) -> dict[str, Any]:
        """Starting words in every language the questions use (English where the kiosk has none)."""
        return {lang: texts.get(lang, texts["en"]) for lang in self.languages}

    def _fallback(self) -> dict[str, Any]:
        return {
            "id": "talk_with_doctor",
            "kind": "discuss_other",
            "icon": "fa6s.user-doctor",
            **{key: self._languages_of(value) for key, value in FALLBACK_OUTCOME.items()},
        }

    def _items(self, item: Any) -> list[dict[str, Any]]:
        kind = item.type
        if kind == "group":
            self.report.append(f"group '{item.linkId}': its questions were taken one after another, without the group")
            return [q for child in item.item or [] for q in self._items(child)]
        if kind == "display":
            if not item.linkId.endswith(HINT_SUFFIX):
                self.report.append(f"display item '{item.linkId}': text that is not a question was not taken")
            return []
        question = self._question(item)
        return [question] if question is not None else []

    def _question(self, item: Any) -> dict[str, Any] | None:
        qid = item.linkId
        if not _ID.match(qid):
            qid = _slug(qid)
            self.report.append(f"question '{item.linkId}': its linkId became the id '{qid}' (lower case, _ or -)")
        self.ids[item.linkId] = qid
        known = self.rules.get("questions", {}).get(qid, {})
        entry: dict[str, Any] = {"id": qid}
        options: list[dict[str, Any]] = []
        if item.type in ("choice", "open-choice"):
            if item.type == "open-choice":
                self.report.append(f"question '{qid}': typed-in answers were left out (the kiosk offers choices only)")
            options = self._options(item, qid)
            codes = sorted(o["id"] for o in options)
            kind = known.get("kind") or (
                "multiple" if item.repeats else "yes_no" if codes == ["no", "yes"] else "single"
            )
        elif item.type == "boolean":
            kind = "yes_no"
        elif item.type == "integer" and self._is_scale(item):
            kind = "scale"
        else:
            self.report.append(
                f"question '{qid}' ({item.type}): the kiosk asks only choice, yes/no and 0-10 questions; left out"
            )
            return None
        self.kinds[qid] = kind
        entry["kind"] = kind
        if known.get("warning"):
            entry["warning"] = True
        # The rules' show_if is exact; a question added elsewhere after export has only enableWhen.
        show_if = known.get("show_if") if known else self._show_if(item, qid)
        if show_if:
            entry["show_if"] = show_if
        if known.get("sources"):
            entry["sources"] = known["sources"]
        entry["text"] = _texts(item.text__ext, item.text, self.default)
        hint = next((c for c in item.item or [] if c.type == "display"), None)
        if hint is not None and hint.text:
            entry["hint"] = _texts(hint.text__ext, hint.text, self.default)
        if kind == "yes_no" and not options:
            options = [{"id": "yes", "text": {self.default: "Yes"}}, {"id": "no", "text": {self.default: "No"}}]
        if kind != "scale":
            entry["options"] = options
        for extra in ("required", "readOnly", "maxLength", "initial", "answerValueSet"):
            if getattr(item, extra, None):
                self.report.append(f"question '{qid}': '{extra}' was not taken (the kiosk has no place for it)")
        return entry

    def _is_scale(self, item: Any) -> bool:
        low, high = _extension(item, MIN_VALUE_URL), _extension(item, MAX_VALUE_URL)
        return bool(low and high and low.valueInteger == 0 and high.valueInteger == 10)

    def _options(self, item: Any, qid: str) -> list[dict[str, Any]]:
        options: list[dict[str, Any]] = []
        for option in item.answerOption or []:
            coding = option.valueCoding
            if coding is not None and coding.code:
                code, texts = coding.code, _texts(coding.display__ext, coding.display or coding.code, self.default)
            elif option.valueString:
                code, texts = (
                    _slug(option.valueString),
                    _texts(option.valueString__ext, option.valueString, self.default),
                )
            else:
                self.report.append(f"question '{qid}': an answer that is a number, date or time was left out")
                continue
            if code == NOT_SURE:
                continue  # the kiosk offers "Not sure" on every question
            if not _ID.match(code):
                self.report.append(f"question '{qid}': the answer code '{code}' became '{_slug(code)}'")
                code = _slug(code)
            options.append({"id": code, "text": texts})
        return options

    def _show_if(self, item: Any, qid: str) -> dict[str, Any] | None:
        parts: list[dict[str, Any]] = []
        for when in item.enableWhen or []:
            target = self.ids.get(when.question, when.question)
            check = self._check(when, target)
            if check is None:
                self.report.append(
                    f"question '{qid}': the enableWhen on '{when.question}' ({when.operator}) cannot be said in "
                    "the kiosk's show_if; the question is shown always; write its show_if by hand"
                )
                return None
            parts.append(check)
        if not parts:
            return None
        if len(parts) == 1:
            return parts[0]
        return {"all" if item.enableBehavior == "all" else "any": parts}

    def _check(self, when: Any, target: str) -> dict[str, Any] | None:
        if when.operator in (">=", "<=") and when.answerInteger is not None:
            return {"question": target, "at_least" if when.operator == ">=" else "at_most": when.answerInteger}
        if when.operator != "=":
            return None
        if when.answerBoolean is not None:
            return {"question": target, "is": "yes" if when.answerBoolean else "no"}
        if when.answerCoding is not None and when.answerCoding.code:
            test = "includes" if self.kinds.get(target) == "multiple" else "is"
            return {"question": target, test: when.answerCoding.code}
        return None


def import_questionnaire(text: str) -> Imported:
    """Read FHIR JSON ``text``; the ``questionnaire.toml`` text and what was not taken."""
    from fhir.resources.R4B.questionnaire import Questionnaire as FhirQuestionnaire  # noqa: PLC0415
    from pydantic import ValidationError  # noqa: PLC0415

    from kiosk.core.questionnaire.fhir_toml import write_toml  # noqa: PLC0415

    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ImportRefused(f"not JSON: {err.msg} at line {err.lineno}") from err
    if not isinstance(data, dict) or data.get("resourceType") != "Questionnaire":
        kind = data.get("resourceType") if isinstance(data, dict) else None
        raise ImportRefused(f"not a FHIR Questionnaire (resourceType is {kind!r})")
    try:
        resource = FhirQuestionnaire.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ImportRefused(
            f"not a valid FHIR R4 Questionnaire: {where}: {first['msg']} ({err.error_count()} problem(s))"
        ) from None
    reader = _Reader(resource)
    data_out = reader.read()
    return Imported(write_toml(data_out), reader.report, reader.languages)
