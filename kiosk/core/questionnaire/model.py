"""The check-in questionnaire: read from a pack's ``questionnaire.toml``, checked, and run.

The logic (which question is shown, which outcome is chosen, which notes are added) is written
once; only the words are given per language, so a translation can never change the triage.
The format is documented for authors in ``docs/questionnaire.md``.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Final

from kiosk.core import toml_limits
from kiosk.core.checks import readability
from kiosk.core.checks.icons import icon_problem
from kiosk.core.problems import Problem, Severity
from kiosk.core.questionnaire.conditions import (
    ALWAYS,
    INCLUDES_TESTS,
    NOT_SURE,
    NUMBER_TESTS,
    OPTION_TESTS,
    AllOf,
    Answer,
    Check,
    Condition,
    Not,
    parse_condition,
)

__all__ = [
    "NOT_SURE",
    "QUESTION_KINDS",
    "Answer",
    "Note",
    "Option",
    "Outcome",
    "Question",
    "Questionnaire",
    "Result",
    "TomlLines",
    "load_questionnaire",
    "parse_answers",
    "simulate_json",
]

QUESTIONNAIRE_FILE: Final = "questionnaire.toml"
FORMAT_VERSION: Final = 1
QUESTION_KINDS: Final = ("single", "multiple", "yes_no", "scale")
#: The outcome kinds the screens style; others are allowed and shown plainly.
OUTCOME_KINDS: Final = ("staff_now", "discuss_rfa", "discuss_other")
SCALE_MIN: Final = 0
SCALE_MAX: Final = 10
ID_PATTERN: Final = re.compile(r"^[a-z0-9]+(?:[_-][a-z0-9]+)*$")
#: Words for yes/no questions when the file gives none.
YES_NO_TEXTS: Final = {"yes": {"en": "Yes", "es": "Sí"}, "no": {"en": "No", "es": "No"}}
#: How many answer combinations the reachability check may try for one question, outcome or note.
SEARCH_BUDGET: Final = 20_000


def _in(texts: Mapping[str, str], lang: str) -> str:
    return texts.get(lang) or next(iter(texts.values()), "")


@dataclass(frozen=True)
class Option:
    id: str
    texts: dict[str, str]

    def __hash__(self) -> int:
        return hash(self.id)

    def text(self, lang: str) -> str:
        return _in(self.texts, lang) or self.id


@dataclass(frozen=True)
class Question:
    """One screen of the questionnaire. "Not sure" is not in ``options``: every question offers it."""

    id: str
    kind: str
    texts: dict[str, str]
    hints: dict[str, str]
    options: tuple[Option, ...]
    warning: bool
    show_if: Condition = ALWAYS
    sources: tuple[str, ...] = ()

    def __hash__(self) -> int:
        return hash(self.id)

    def text(self, lang: str) -> str:
        return _in(self.texts, lang)

    def hint(self, lang: str) -> str:
        return _in(self.hints, lang)

    def option(self, option_id: str) -> Option:
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(option_id)

    def sample_answers(self) -> list[Answer]:
        """Every single answer a patient can give with one tap, "Not sure" included; for a list with
        several choices, none and each one alone (not every combination)."""
        if self.kind == "scale":
            return [*range(SCALE_MIN, SCALE_MAX + 1), NOT_SURE]
        if self.kind == "multiple":
            return [frozenset(), *(frozenset({o.id}) for o in self.options), NOT_SURE]
        return [*(o.id for o in self.options), NOT_SURE]


@dataclass(frozen=True)
class Outcome:
    """A result screen: which conversation to have, and why."""

    id: str
    kind: str
    icon: str
    immediate: bool
    headlines: dict[str, str]
    explanations: dict[str, str]
    ask_doctor: dict[str, tuple[str, ...]]
    when: Condition = ALWAYS
    sources: tuple[str, ...] = ()

    def __hash__(self) -> int:
        return hash(self.id)

    def headline(self, lang: str) -> str:
        return _in(self.headlines, lang)

    def explanation(self, lang: str) -> str:
        return _in(self.explanations, lang)

    def questions_to_ask(self, lang: str) -> tuple[str, ...]:
        return self.ask_doctor.get(lang) or next(iter(self.ask_doctor.values()), ())


@dataclass(frozen=True)
class Note:
    """A line added to whichever outcome is shown, when its condition holds."""

    id: str
    texts: dict[str, str]
    when: Condition = ALWAYS
    sources: tuple[str, ...] = ()

    def __hash__(self) -> int:
        return hash(self.id)

    def text(self, lang: str) -> str:
        return _in(self.texts, lang)


@dataclass(frozen=True)
class Result:
    """The outcome and notes for a set of answers; ``asked`` lists the questions asked, in order.

    ``unanswered`` is the question a walk stopped at because the answers did not include it.
    """

    outcome: Outcome
    notes: tuple[Note, ...]
    asked: tuple[str, ...]
    unanswered: str | None = None


@dataclass(frozen=True)
class Questionnaire:
    questions: tuple[Question, ...]
    outcomes: tuple[Outcome, ...]
    notes: tuple[Note, ...]
    languages: tuple[str, ...]
    disclaimers: dict[str, str]

    @cached_property
    def _positions(self) -> dict[str, int]:
        return {question.id: index for index, question in enumerate(self.questions)}

    def disclaimer(self, lang: str) -> str:
        return _in(self.disclaimers, lang)

    def has_question(self, qid: str) -> bool:
        return qid in self._positions

    def question(self, qid: str) -> Question:
        return self.questions[self._positions[qid]]

    def outcome(self, outcome_id: str) -> Outcome:
        for outcome in self.outcomes:
            if outcome.id == outcome_id:
                return outcome
        raise KeyError(outcome_id)

    def is_shown(self, question: Question, answers: Mapping[str, Answer]) -> bool:
        return question.show_if.holds(answers)

    def next_question(self, answers: Mapping[str, Answer], after: str | None) -> Question | None:
        """The first question after ``after`` that is shown; None when finished or stopped."""
        start = 0 if after is None else self._positions[after] + 1
        index = self._next_index(answers, start)
        return None if index is None else self.questions[index]

    def _next_index(self, answers: Mapping[str, Answer], start: int) -> int | None:
        if self.stop_outcome(answers) is not None:
            return None
        for index in range(start, len(self.questions)):
            if self.is_shown(self.questions[index], answers):
                return index
        return None

    def stop_outcome(self, answers: Mapping[str, Answer]) -> Outcome | None:
        """The first immediate outcome that holds: the questionnaire stops at once."""
        return next((o for o in self.outcomes if o.immediate and o.when.holds(answers)), None)

    def result(self, answers: Mapping[str, Answer]) -> Result:
        """The first outcome (in priority order) that holds, and every note that holds."""
        outcome = next((o for o in self.outcomes if o.when.holds(answers)), None)
        if outcome is None:
            raise ValueError("no outcome holds; a loaded questionnaire always ends with a fallback outcome")
        notes = tuple(note for note in self.notes if note.when.holds(answers))
        return Result(outcome, notes, tuple(qid for qid in self._positions if qid in answers))

    def walk(self, answers: Mapping[str, Answer]) -> Result:
        """Go through the questions as the screens would, using only answers to questions asked."""
        used: dict[str, Answer] = {}
        index = self._next_index(used, 0)
        while index is not None:
            qid = self.questions[index].id
            if qid not in answers:
                return _with_asked(self.result(used), tuple(used), qid)
            used[qid] = answers[qid]
            index = self._next_index(used, index + 1)
        return _with_asked(self.result(used), tuple(used), None)

    def total_estimate(self, answers: Mapping[str, Answer]) -> int:
        """Questions asked so far plus those that may still be shown (for a progress bar)."""
        walked = self.walk(answers)
        if walked.unanswered is None:
            return len(walked.asked)
        here = self._positions[walked.unanswered]
        used = {qid: answers[qid] for qid in walked.asked}

        def decided(qid: str) -> bool:
            return self._positions.get(qid, len(self.questions)) < here

        still = sum(1 for q in self.questions[here:] if q.show_if.partial(used, decided) is not False)
        return len(walked.asked) + still


def _with_asked(result: Result, asked: tuple[str, ...], unanswered: str | None) -> Result:
    return Result(result.outcome, result.notes, asked, unanswered)


# --- answers from outside (kiosk simulate, tests.toml) -----------------------------------------


def parse_answers(q: Questionnaire, data: object) -> tuple[dict[str, Answer], list[str]]:
    """Answers written as JSON or TOML: ``{"qid": "option" | ["opt", ...] | 0..10 | "not_sure"}``."""
    if not isinstance(data, Mapping):
        return {}, ['the answers must be a table of question id to answer, such as {"area": "back"}']
    answers: dict[str, Answer] = {}
    errors: list[str] = []
    for qid, raw in data.items():
        if not isinstance(qid, str) or not q.has_question(qid):
            errors.append(f"there is no question '{qid}'")
            continue
        answer, error = _answer(q.question(qid), raw)
        if error:
            errors.append(error)
        elif answer is not None:
            answers[qid] = answer
    return answers, errors


def _answer(question: Question, raw: object) -> tuple[Answer | None, str]:
    if raw == NOT_SURE:
        return NOT_SURE, ""
    ids = [o.id for o in question.options]
    choices = ", ".join([*ids, NOT_SURE])
    if question.kind == "scale":
        if isinstance(raw, bool) or not isinstance(raw, int):
            return None, f"question '{question.id}' takes a whole number from 0 to 10 or \"not_sure\", not {raw!r}"
        if not SCALE_MIN <= raw <= SCALE_MAX:
            return None, f"question '{question.id}': {raw} is outside 0 to 10"
        return raw, ""
    if question.kind == "multiple":
        if not isinstance(raw, list | tuple | set | frozenset) or not all(isinstance(x, str) for x in raw):
            return None, (
                f"question '{question.id}' takes a list of option ids such as [\"{ids[0]}\"] "
                f'([] for none of them) or "not_sure", not {raw!r}'
            )
        if NOT_SURE in raw:
            return None, f"question '{question.id}': \"not_sure\" is an answer on its own, not part of a list"
        unknown = [x for x in raw if x not in ids]
        if unknown:
            return None, f"question '{question.id}' has no option '{unknown[0]}' (choose from {choices})"
        return frozenset(raw), ""
    if not isinstance(raw, str):
        return None, f"question '{question.id}' takes one option id in quotes ({choices}), not {raw!r}"
    if raw not in ids:
        return None, f"question '{question.id}' has no option '{raw}' (choose from {choices})"
    return raw, ""


def simulate_json(q: Questionnaire, data: object) -> tuple[dict[str, object] | None, list[str]]:
    """What ``kiosk simulate`` prints: ``{"outcome": id, "notes": [ids], "asked": [qids]}``."""
    answers, errors = parse_answers(q, data)
    if errors:
        return None, errors
    result = q.walk(answers)
    if result.unanswered is not None:
        return None, [
            f"question '{result.unanswered}' is asked after {_asked_words(result.asked)} "
            'but the answers do not include it; add an answer ("not_sure" is allowed)'
        ]
    return {"outcome": result.outcome.id, "notes": [n.id for n in result.notes], "asked": list(result.asked)}, []


def _asked_words(asked: tuple[str, ...]) -> str:
    return f"these answers ({', '.join(asked)})" if asked else "no answers at all"


# --- finding lines in a TOML file (tomllib reports none) ---------------------------------------

#: First line and the line after the last (1-based).
Span = tuple[int, int]


class TomlLines:
    """The lines of a TOML file, to find where a table, key or value was written."""

    # No two neighbouring parts can both take spaces (the name is stripped after matching):
    # the old pattern took cubic time on a "[" followed by a long run of spaces.
    _HEADER = re.compile(r"^[ \t]*\[\[?([^\[\]#]*)\]\]?[ \t]*(?:#.*)?$")

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers: list[tuple[int, str]] = []
        for number, line in enumerate(self.lines, start=1):
            match = self._HEADER.match(line)
            if match:
                name = ".".join(part.strip() for part in match.group(1).split(".")).replace('"', "").replace("'", "")
                self.headers.append((number, name))

    @property
    def whole(self) -> Span:
        return (1, len(self.lines) + 1)

    def top(self) -> Span:
        """The top-level keys, before the first table."""
        return (1, self.headers[0][0] if self.headers else len(self.lines) + 1)

    def item(self, name: str, index: int, within: Span | None = None) -> Span | None:
        """The ``index``-th ``[[name]]`` block (with its sub-tables), or None if it is written inline."""
        low, high = within or self.whole
        starts = [number for number, header in self.headers if header == name and low <= number < high]
        if index >= len(starts):
            return None
        start = starts[index]
        end = next(
            (n for n, header in self.headers if n > start and not header.startswith(name + ".")), len(self.lines) + 1
        )
        return (start, min(end, high))

    def header(self, name: str) -> int | None:
        return next((number for number, header in self.headers if header == name), None)

    def key(self, span: Span, key: str) -> int | None:
        """The line where ``key`` is set in the block starting at ``span``."""
        start, end = span
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*[=.]")
        own_end = next((n for n, _ in self.headers if start < n < end), end)
        for number in range(start, own_end):
            if pattern.match(self.lines[number - 1]):
                return number
        return next((n for n, h in self.headers if start < n < end and h.endswith("." + key)), None)

    def containing(self, span: Span, fragment: str, start: int | None = None) -> int | None:
        """The first line in ``span`` (from ``start``) that contains ``fragment``."""
        if not fragment:
            return None
        first, end = span
        for number in range(max(first, start or first), end):
            if fragment in self.lines[number - 1]:
                return number
        return None

    def quoted(self, span: Span, word: str, start: int | None = None) -> int | None:
        return self.containing(span, f'"{word}"', start) or self.containing(span, f"'{word}'", start)


@dataclass(frozen=True)
class _Place:
    """Where one entry ([[questions]], [[outcomes]], …) was written, for problem lines."""

    name: str
    span: Span
    lines: TomlLines

    @property
    def line(self) -> int:
        return self.lines.key(self.span, "id") or self.span[0]

    def key(self, key: str) -> int:
        return self.lines.key(self.span, key) or self.line

    def near(self, word: str, key: str) -> int:
        """The line of ``"word"`` within what ``key`` sets, or the key's line."""
        key_line = self.key(key)
        return (word and self.lines.quoted(self.span, word, key_line)) or key_line

    def text(self, key: str, lang: str, fragment: str) -> int:
        line = self.lines.containing(self.span, fragment.strip()[:60]) if fragment.strip() else None
        return line or self.lines.key(self.span, f"{key}.{lang}") or self.key(key)


# --- reading and checking questionnaire.toml ---------------------------------------------------

QUESTION_KEYS: Final = frozenset({"id", "kind", "text", "hint", "options", "warning", "show_if", "sources"})
OPTION_KEYS: Final = frozenset({"id", "text"})
OUTCOME_KEYS: Final = frozenset(
    {"id", "kind", "icon", "immediate", "when", "headline", "explanation", "ask_doctor", "sources"}
)
NOTE_KEYS: Final = frozenset({"id", "when", "text", "sources"})
TOP_KEYS: Final = frozenset({"format", "disclaimer", "questions", "outcomes", "notes"})


@dataclass
class _Owned:
    """A condition and the entry it belongs to, kept until every question is known."""

    place: _Place
    key: str
    condition: Condition
    question_index: int | None = None


class _Reader:
    """Collects problems while it reads one questionnaire.toml."""

    def __init__(
        self, text: str, languages: tuple[str, ...], source_ids: Collection[str], check_words: bool = True
    ) -> None:
        self.lines = TomlLines(text)
        self.check_words = check_words
        self.languages = languages
        self.source_ids = frozenset(source_ids)
        self.problems: list[Problem] = []
        self.broken: set[str] = set()
        self.conditions: list[_Owned] = []
        self.unconditional: set[str] = set()  # outcomes written without 'when'
        self.placed: dict[tuple[str, str], _Place] = {}  # (table, id) -> where it was written
        self.unreadable: set[str] = set()  # entries with a 'when' or 'show_if' that could not be read

    def error(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(QUESTIONNAIRE_FILE, line, message))

    def warn(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(QUESTIONNAIRE_FILE, line, message, Severity.WARNING))

    @property
    def failed(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)

    def read(self, data: dict[str, Any]) -> Questionnaire | None:
        top = _Place("the questionnaire", self.lines.top(), self.lines)
        fmt = data.get("format", FORMAT_VERSION)
        if fmt != FORMAT_VERSION:
            self.error(top.key("format"), f"format {fmt!r} is not supported; this kiosk reads format 1")
            return None
        for key in data:
            if key not in TOP_KEYS:
                self.error(top.key(key), f"unknown key '{key}'; a questionnaire has {', '.join(sorted(TOP_KEYS))}")
        disclaimer_place = _Place("the disclaimer", self._table_span("disclaimer"), self.lines)
        disclaimers = self._texts(data, "disclaimer", disclaimer_place, required=True)
        questions = self._questions(data.get("questions"))
        outcomes = self._outcomes(data.get("outcomes"))
        notes = self._notes(data.get("notes"))
        self._check_references(questions)
        self._check_outcome_order(outcomes, [self.placed["outcomes", o.id] for o in outcomes])
        self._check_warnings(questions, outcomes)
        if self.failed:
            return None
        questionnaire = Questionnaire(tuple(questions), tuple(outcomes), tuple(notes), self.languages, disclaimers)
        self._check_reachable(questionnaire)
        return None if self.failed else questionnaire

    def _table_span(self, name: str) -> Span:
        line = self.lines.header(name)
        if line is None:
            return self.lines.top()
        return self.lines.item(name, 0) or (line, line + 1)

    def _place(self, table: str, index: int, item_id: str = "") -> _Place:
        span = self.lines.item(table, index)
        if span is None:  # written inline: find the item by its id
            line = self.lines.quoted(self.lines.whole, item_id) if item_id else None
            span = (line, line + 1) if line else self.lines.whole
        singular = table.removesuffix("s")
        place = _Place(f"{singular} '{item_id}'" if item_id else f"{singular} {index + 1}", span, self.lines)
        self.placed.setdefault((table, item_id), place)
        return place

    # -- shared pieces --

    def _entries(self, raw: object, table: str, required: bool) -> list[tuple[int, dict[str, Any]]]:
        if raw is None and not required:
            return []
        if not isinstance(raw, list) or not raw:
            line = self.lines.header(table) or self.lines.key(self.lines.top(), table)
            self.error(line, f"the questionnaire needs at least one [[{table}]] block")
            return []
        entries = []
        for index, entry in enumerate(raw):
            if isinstance(entry, dict):
                entries.append((index, entry))
            else:
                self.error(self._place(table, index).span[0], f"each entry of '{table}' must be a table")
        return entries

    def _id(self, entry: dict[str, Any], place: _Place, seen: set[str]) -> str | None:
        item_id = entry.get("id")
        if not isinstance(item_id, str) or not ID_PATTERN.match(item_id):
            self.error(
                place.key("id"),
                f"{place.name}: 'id' must be lower-case letters and digits joined by _ or -, not {item_id!r}",
            )
            return None
        if item_id == NOT_SURE:
            self.error(place.key("id"), f"'{NOT_SURE}' is reserved for the \"Not sure\" answer; choose another id")
            return None
        if item_id in seen:
            self.error(place.key("id"), f"{place.name}: the id '{item_id}' is used twice")
            return None
        seen.add(item_id)
        return item_id

    def _unknown_keys(self, entry: dict[str, Any], allowed: frozenset[str], place: _Place) -> None:
        for key in entry:
            if key not in allowed:
                self.error(place.key(key), f"{place.name}: unknown key '{key}'; use {', '.join(sorted(allowed))}")

    def _bool(self, entry: dict[str, Any], key: str, place: _Place) -> bool:
        value = entry.get(key, False)
        if not isinstance(value, bool):
            self.error(place.key(key), f"{place.name}: '{key}' must be true or false, not {value!r}")
            return False
        return value

    def _texts(self, entry: dict[str, Any], key: str, place: _Place, required: bool) -> dict[str, str]:
        value = entry.get(key)
        if value is None:
            if required:
                self.error(place.line, f"{place.name}: '{key}' is missing; give one text per language ({key}.en = …)")
            return {}
        if not isinstance(value, dict):
            self.error(
                place.key(key), f"{place.name}: '{key}' must have one text per language, such as {key}.en = \"…\""
            )
            return {}
        texts: dict[str, str] = {}
        for lang, text in value.items():
            if not isinstance(text, str) or not text.strip():
                self.error(place.text(key, lang, ""), f"{place.name}: '{key}.{lang}' must be text")
                continue
            texts[lang] = text.strip()
            self._check_words(text, lang, key, place)
        self._languages(list(value), key, place, required or bool(value))
        return texts

    def _languages(self, given: Collection[str], key: str, place: _Place, required: bool) -> None:
        for lang in given:
            if lang not in self.languages:
                self.warn(
                    place.key(key),
                    f"{place.name}: '{key}' has text for '{lang}', which is not one of the pack's languages",
                )
        if required:
            for lang in self.languages:
                if lang not in given:
                    self.error(place.key(key), f"{place.name}: '{key}' has no text for language '{lang}'")

    def _check_words(self, text: str, lang: str, key: str, place: _Place) -> None:
        if not self.check_words:
            return
        lines = text.strip().splitlines()
        for offset, phrase in readability.forbidden_phrases(text.strip(), lang):
            self.error(
                place.text(key, lang, lines[offset]),
                f"{place.name}: '{phrase}' must not appear on a patient screen: "
                "it diagnoses, promises or decides for the patient",
            )

    def _sources(self, entry: dict[str, Any], place: _Place) -> tuple[str, ...]:
        raw = entry.get("sources", [])
        if not isinstance(raw, list) or not all(isinstance(s, str) for s in raw):
            self.error(place.key("sources"), f"{place.name}: 'sources' must be a list of source ids from pack.toml")
            return ()
        if self.source_ids:
            for source in raw:
                if source not in self.source_ids:
                    self.error(
                        place.near(source, "sources"),
                        f"{place.name}: source '{source}' is not in [sources] in pack.toml",
                    )
        return tuple(raw)

    def _condition(
        self, entry: dict[str, Any], key: str, place: _Place, question_index: int | None = None
    ) -> Condition:
        if key not in entry:
            return ALWAYS
        condition, errors = parse_condition(entry[key])
        for problem in errors:
            self.error(place.near(problem.near, key), f"{place.name}: '{key}': {problem.message}")
        if condition is None:
            self.unreadable.add(place.name)
            return ALWAYS
        self.conditions.append(_Owned(place, key, condition, question_index))
        return condition

    # -- questions --

    def _questions(self, raw: object) -> list[Question]:
        questions: list[Question] = []
        seen: set[str] = set()
        for index, entry in self._entries(raw, "questions", required=True):
            place = self._place("questions", index, _given_id(entry))
            qid = self._id(entry, place, seen)
            if qid is None:
                continue
            self._unknown_keys(entry, QUESTION_KEYS, place)
            kind = entry.get("kind")
            if kind not in QUESTION_KINDS:
                self.error(
                    place.key("kind"), f"{place.name}: kind {kind!r} is unknown; use {', '.join(QUESTION_KINDS)}"
                )
                self.broken.add(qid)
                continue
            texts = self._texts(entry, "text", place, required=True)
            hints = self._texts(entry, "hint", place, required=False)
            options = self._options(entry, str(kind), place)
            warning = self._bool(entry, "warning", place)
            show_if = self._condition(entry, "show_if", place, question_index=len(questions))
            sources = self._sources(entry, place)
            questions.append(Question(qid, str(kind), texts, hints, options, warning, show_if, sources))
        return questions

    def _options(self, entry: dict[str, Any], kind: str, place: _Place) -> tuple[Option, ...]:
        raw = entry.get("options")
        if kind == "scale":
            if raw is not None:
                self.error(place.key("options"), f"{place.name}: a scale question has no options (it is 0 to 10)")
            return ()
        if kind == "yes_no" and raw is None:
            missing = [lang for lang in self.languages if lang not in YES_NO_TEXTS["yes"]]
            for lang in missing:
                self.error(
                    place.key("kind"),
                    f"{place.name}: there are no built-in yes/no words for language '{lang}'; "
                    "add [[questions.options]] with ids yes and no",
                )
            return tuple(Option(option_id, dict(texts)) for option_id, texts in YES_NO_TEXTS.items())
        if not isinstance(raw, list) or not all(isinstance(o, dict) for o in raw):
            self.error(place.key("options"), f"{place.name}: a {kind} question needs [[questions.options]] blocks")
            return ()
        options: list[Option] = []
        seen: set[str] = set()
        for index, option_entry in enumerate(raw):
            option_id = _given_id(option_entry)
            span = self.lines.item("questions.options", index, within=place.span)
            if span is None:
                line = self.lines.quoted(place.span, option_id) if option_id else None
                span = (line, line + 1) if line else place.span
            option_place = _Place(f"{place.name}, option '{option_id or index + 1}'", span, self.lines)
            checked_id = self._id(option_entry, option_place, seen)
            if checked_id is None:
                continue
            self._unknown_keys(option_entry, OPTION_KEYS, option_place)
            options.append(Option(checked_id, self._texts(option_entry, "text", option_place, required=True)))
        if kind == "yes_no" and sorted(o.id for o in options) != ["no", "yes"]:
            self.error(place.key("options"), f"{place.name}: the options of a yes_no question are 'yes' and 'no'")
        if kind == "single" and len(options) < 2:
            self.error(place.key("options"), f"{place.name}: a single-choice question needs two or more options")
        if kind == "multiple" and not options:
            self.error(place.key("options"), f"{place.name}: a multiple-choice question needs options")
        return tuple(options)

    # -- outcomes and notes --

    def _outcomes(self, raw: object) -> list[Outcome]:
        outcomes: list[Outcome] = []
        seen: set[str] = set()
        for index, entry in self._entries(raw, "outcomes", required=True):
            place = self._place("outcomes", index, _given_id(entry))
            outcome_id = self._id(entry, place, seen)
            if outcome_id is None:
                continue
            self._unknown_keys(entry, OUTCOME_KEYS, place)
            kind = entry.get("kind")
            if not isinstance(kind, str) or not ID_PATTERN.match(kind):
                self.error(place.key("kind"), f"{place.name}: 'kind' must be one of {', '.join(OUTCOME_KINDS)}")
                kind = ""
            elif kind not in OUTCOME_KINDS:
                self.warn(
                    place.key("kind"),
                    f"{place.name}: kind '{kind}' is shown plainly; the screens style {', '.join(OUTCOME_KINDS)}",
                )
            icon = self._icon(entry, place)
            immediate = self._bool(entry, "immediate", place)
            when = self._condition(entry, "when", place)
            headlines = self._texts(entry, "headline", place, required=True)
            explanations = self._texts(entry, "explanation", place, required=True)
            ask = self._ask_doctor(entry, place)
            sources = self._sources(entry, place)
            outcomes.append(Outcome(outcome_id, kind, icon, immediate, headlines, explanations, ask, when, sources))
            if "when" not in entry:
                self.unconditional.add(outcome_id)
        return outcomes

    def _icon(self, entry: dict[str, Any], place: _Place) -> str:
        icon = entry.get("icon")
        if not isinstance(icon, str) or not icon:
            self.error(place.key("icon"), f"{place.name}: 'icon' is missing, e.g. icon = \"fa6s.user-doctor\"")
            return ""
        message = icon_problem(icon)
        if message:
            self.error(place.key("icon"), f"{place.name}: {message}")
        return icon

    def _ask_doctor(self, entry: dict[str, Any], place: _Place) -> dict[str, tuple[str, ...]]:
        raw = entry.get("ask_doctor")
        if not isinstance(raw, dict):
            self.error(
                place.key("ask_doctor"),
                f"{place.name}: 'ask_doctor' needs a list of questions per language, such as ask_doctor.en = [\"…\"]",
            )
            return {}
        lists: dict[str, tuple[str, ...]] = {}
        for lang, items in raw.items():
            if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
                self.error(place.text("ask_doctor", lang, ""), f"{place.name}: 'ask_doctor.{lang}' must list questions")
                continue
            lists[lang] = tuple(item.strip() for item in items)
            for item in items:
                self._check_words(item, lang, "ask_doctor", place)
        self._languages(lists, "ask_doctor", place, required=True)
        if len({len(items) for items in lists.values()}) > 1:
            self.warn(
                place.key("ask_doctor"), f"{place.name}: 'ask_doctor' has a different number of questions per language"
            )
        return lists

    def _notes(self, raw: object) -> list[Note]:
        notes: list[Note] = []
        seen: set[str] = set()
        for index, entry in self._entries(raw, "notes", required=False):
            place = self._place("notes", index, _given_id(entry))
            note_id = self._id(entry, place, seen)
            if note_id is None:
                continue
            self._unknown_keys(entry, NOTE_KEYS, place)
            if "when" not in entry:
                self.error(place.line, f"{place.name}: a note needs a 'when' that says when it is added")
            when = self._condition(entry, "when", place)
            texts = self._texts(entry, "text", place, required=True)
            notes.append(Note(note_id, texts, when, self._sources(entry, place)))
        return notes

    # -- checks that need every question --

    def _check_references(self, questions: list[Question]) -> None:
        by_id = {q.id: (index, q) for index, q in enumerate(questions)}
        for owned in self.conditions:
            for check in owned.condition.checks():
                if check.question in self.broken:
                    continue
                found = by_id.get(check.question)
                where = f"{owned.place.name}: '{owned.key}'"
                line = owned.place.near(check.question, owned.key)
                if found is None:
                    self.error(line, f"{where} refers to question '{check.question}', which does not exist")
                    continue
                index, question = found
                if owned.question_index is not None and index >= owned.question_index:
                    later = "itself" if index == owned.question_index else "a question asked after it"
                    self.error(
                        line,
                        f"{where} refers to question '{check.question}', {later}: a question can only depend on "
                        "answers given before it (this would be a cycle)",
                    )
                    continue
                message, word = _check_fits(check, question)
                if message:
                    self.error(owned.place.near(word, owned.key) if word else line, f"{where}: {message}")

    def _check_outcome_order(self, outcomes: list[Outcome], places: list[_Place]) -> None:
        if not outcomes:
            return
        unconditional = [o.id in self.unconditional for o in outcomes]
        for index in range(len(outcomes) - 1):
            if unconditional[index]:
                later = ", ".join(o.id for o in outcomes[index + 1 :])
                self.error(
                    places[index].line,
                    f"{places[index].name} has no 'when', so it always matches and the outcomes after it "
                    f"({later}) can never be reached; only the last outcome may leave 'when' out",
                )
        if not unconditional[-1]:
            self.error(
                places[-1].key("when"),
                f"the last outcome, '{outcomes[-1].id}', has a 'when'; add a final outcome without 'when' "
                "(a fallback) so that every patient gets a result",
            )
        ordinary = None
        for index, outcome in enumerate(outcomes):
            if outcome.immediate and ordinary is not None:
                self.error(
                    places[index].key("immediate"),
                    f"{places[index].name} is immediate but comes after outcome '{ordinary}', which is not; "
                    "put immediate outcomes first",
                )
            elif not outcome.immediate and ordinary is None:
                ordinary = outcome.id
            if outcome.immediate and places[index].name not in self.unreadable and outcome.when.holds({}):
                self.error(
                    places[index].key("when"),
                    f"{places[index].name} is immediate and holds before any answer is given, "
                    "so the questionnaire would stop before its first question",
                )

    def _check_warnings(self, questions: list[Question], outcomes: list[Outcome]) -> None:
        stop_questions = {c.question for o in outcomes if o.immediate for c in o.when.checks()}
        first_ordinary = None
        for question in questions:
            place = self.placed["questions", question.id]
            if not question.warning:
                first_ordinary = first_ordinary or question.id
                continue
            if first_ordinary:
                self.warn(
                    place.key("warning"),
                    f"{place.name} is a warning sign but comes after question '{first_ordinary}'; "
                    "ask warning signs first",
                )
            if question.id not in stop_questions:
                self.warn(
                    place.key("warning"), f"{place.name} is a warning sign but no immediate outcome uses its answer"
                )

    def _check_reachable(self, q: Questionnaire) -> None:
        explorer = _Explorer(q)
        for index, question in enumerate(q.questions):
            place = self.placed["questions", question.id]
            found = explorer.find(_Target(question=index))
            self._report_search(found, place, "can never be shown: no answers lead to it")
        for index, outcome in enumerate(q.outcomes):
            place = self.placed["outcomes", outcome.id]
            first = AllOf((outcome.when, *(Not(o.when) for o in q.outcomes[:index])))
            found = explorer.find(_Target(final=first))
            self._report_search(
                found, place, "can never be reached: whenever it would hold, an earlier outcome holds first"
            )
        for note in q.notes:
            place = self.placed["notes", note.id]
            found = explorer.find(_Target(final=note.when))
            self._report_search(found, place, "can never be added: no answers make its 'when' hold")

    def _report_search(self, found: bool | None, place: _Place, never: str) -> None:
        if found is False:
            self.error(place.line, f"{place.name} {never}")
        elif found is None:
            self.warn(
                place.line,
                f"could not finish checking whether {place.name} can be reached: too many answer combinations",
            )


def _given_id(entry: dict[str, Any]) -> str:
    value = entry.get("id")
    return value if isinstance(value, str) else ""


def _check_fits(check: Check, question: Question) -> tuple[str, str]:
    """Why ``check`` cannot be made on ``question`` (and a word to find the line by), or ("", "")."""
    ids = [o.id for o in question.options]
    choices = f"{', '.join(ids)} or {NOT_SURE}" if ids else NOT_SURE
    if question.kind == "scale":
        if check.test in NUMBER_TESTS:
            if not SCALE_MIN <= check.number <= SCALE_MAX:
                return f"{check.test} = {check.number} is outside the 0 to 10 scale of '{question.id}'", check.test
            return "", ""
        if check.test in OPTION_TESTS and check.options == {NOT_SURE}:
            return "", ""
        return f"question '{question.id}' is a 0 to 10 scale: use at_least, at_most or is = \"not_sure\"", check.test
    if check.test in NUMBER_TESTS:
        return f"'{check.test}' only works with scale questions; '{question.id}' is {question.kind}", check.test
    if question.kind == "multiple":
        if check.test in OPTION_TESTS:
            if check.options == {NOT_SURE}:
                return "", ""
            return f"question '{question.id}' is multiple choice: use includes or includes_any", check.test
        if NOT_SURE in check.options:
            return f"'{NOT_SURE}' is an answer on its own: use is = \"not_sure\"", NOT_SURE
    elif check.test in INCLUDES_TESTS:
        return f"'{check.test}' only works with multiple-choice questions: use is or is_one_of", check.test
    for option in sorted(check.options):
        if option != NOT_SURE and option not in ids:
            return f"question '{question.id}' has no option '{option}' (its answers are {choices})", option
    return "", ""


# --- can every question, outcome and note be reached? ------------------------------------------


@dataclass(frozen=True)
class _Target:
    question: int | None = None
    final: Condition = field(default=ALWAYS)


class _GaveUpError(Exception):
    pass


class _Explorer:
    """Walks the questionnaire as a patient would, trying every kind of answer that matters."""

    def __init__(self, q: Questionnaire) -> None:
        self.q = q
        self.positions = {question.id: index for index, question in enumerate(q.questions)}
        checks: dict[str, list[Check]] = {question.id: [] for question in q.questions}
        conditions = [question.show_if for question in q.questions]
        conditions += [o.when for o in q.outcomes] + [n.when for n in q.notes]
        for condition in conditions:
            for check in condition.checks():
                checks[check.question].append(check)
        self.values = [_answer_values(question, checks[question.id]) for question in q.questions]
        self.steps = 0

    def find(self, target: _Target) -> bool | None:
        """True if some answers reach ``target``, False if none do, None if it gave up trying."""
        self.steps = 0
        try:
            return self._visit(0, {}, target)
        except _GaveUpError:
            return None

    def _visit(self, start: int, answers: dict[str, Answer], target: _Target) -> bool:
        self.steps += 1
        if self.steps > SEARCH_BUDGET:
            raise _GaveUpError
        index = self.q._next_index(answers, start)
        if index is None:
            return target.question is None and target.final.holds(answers)

        def decided(qid: str) -> bool:
            return self.positions[qid] < index

        if target.question is not None:
            if index >= target.question:
                return index == target.question
            wanted = self.q.questions[target.question].show_if.partial(answers, decided)
        else:
            wanted = target.final.partial(answers, decided)
        if wanted is False:
            return False
        qid = self.q.questions[index].id
        for value in self.values[index]:
            answers[qid] = value
            if self._visit(index + 1, answers, target):
                del answers[qid]
                return True
        del answers[qid]
        return False


def _answer_values(question: Question, checks: list[Check]) -> list[Answer]:
    """One answer of each kind the conditions can tell apart, "Not sure" included."""
    if question.kind == "scale":
        points = {SCALE_MIN, SCALE_MAX}
        for check in checks:
            step = -1 if check.test == "at_least" else 1
            points |= {check.number, check.number + step}
        return [*sorted(p for p in points if SCALE_MIN <= p <= SCALE_MAX), NOT_SURE]
    used = sorted({option for check in checks for option in check.options} - {NOT_SURE})
    if question.kind == "multiple":
        subsets = (frozenset(c) for size in range(len(used) + 1) for c in itertools.combinations(used, size))
        return [*subsets, NOT_SURE]
    ids = [o.id for o in question.options]
    others = [option for option in ids if option not in used][:1]
    return [*(option for option in ids if option in used), *others, NOT_SURE]


#: Questions, outcomes and notes in one questionnaire: checking every answer path grows faster
#: than their number, so a hostile file of a thousand questions would hold up validation for
#: minutes. A check-in a patient finishes standing at a kiosk needs far fewer.
MAX_ENTRIES: Final = {"questions": 100, "outcomes": 50, "notes": 50}


def _too_many(text: str, data: dict[str, Any]) -> Problem | None:
    """A problem when ``data`` has more questions, outcomes or notes than allowed (at the first one too many)."""
    for table, limit in MAX_ENTRIES.items():
        entries = data.get(table)
        if isinstance(entries, list) and len(entries) > limit:
            position = -1
            for _ in range(limit + 1):
                position = text.find(f"[[{table}]]", position + 1)
                if position < 0:
                    break
            line = text.count("\n", 0, position) + 1 if position >= 0 else None
            return Problem(
                QUESTIONNAIRE_FILE, line, f"the questionnaire has {len(entries):,} {table}; at most {limit} are allowed"
            )
    return None


def load_questionnaire(
    pack_root: Path, languages: tuple[str, ...], source_ids: Collection[str] = (), *, check_words: bool = True
) -> tuple[Questionnaire | None, list[Problem]]:
    """Read and check ``questionnaire.toml``; (None, []) when the pack has none.

    The questionnaire is returned only when it has no errors: a kiosk never runs a triage that
    failed its checks. ``source_ids`` are the pack's [sources]; when given, citations are checked.
    Without ``check_words`` the texts are not searched for forbidden phrases: that is an authoring
    check (``kiosk validate`` and installing a pack make it), too slow for every start of the kiosk.
    """
    path = Path(pack_root) / QUESTIONNAIRE_FILE
    if not path.is_file():
        return None, []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        return None, [Problem(QUESTIONNAIRE_FILE, None, f"cannot be read as UTF-8 text ({err})")]
    try:
        data = toml_limits.loads(text)
    except tomllib.TOMLDecodeError as err:
        match = re.search(r"line (\d+)", str(err))
        line = getattr(err, "lineno", None) or (int(match.group(1)) if match else None)
        return None, [Problem(QUESTIONNAIRE_FILE, line, f"not valid TOML: {err}")]
    except toml_limits.TomlLimitError as err:
        return None, [Problem(QUESTIONNAIRE_FILE, err.lineno, f"cannot be read: {err}")]
    too_many = _too_many(text, data)
    if too_many is not None:
        return None, [too_many]
    reader = _Reader(text, tuple(languages), source_ids, check_words)
    questionnaire = reader.read(data)
    return questionnaire, reader.problems
