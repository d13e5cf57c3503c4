"""Reading ``questionnaire.toml`` into a ``Questionnaire``, with a problem (and its line) for
everything wrong; the checks that need every entry are in ``checks``.

Over 400 lines: one reader per table of one file (questions, options, outcomes, notes), each with
its own messages; split further, each part would need the others' context."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection
from pathlib import Path
from typing import Any, Final

from kiosk.core import toml_limits
from kiosk.core.checks import readability
from kiosk.core.checks.icons import icon_problem
from kiosk.core.formats import format_problem
from kiosk.core.languages import pick
from kiosk.core.problems import Problem
from kiosk.core.questionnaire.checks import QUESTIONNAIRE_FILE, Findings, Owned, Place
from kiosk.core.questionnaire.conditions import ALWAYS, NOT_SURE, Condition, parse_condition
from kiosk.core.questionnaire.model import (
    YES_NO_TEXTS,
    Note,
    Option,
    Outcome,
    OutcomeKind,
    Question,
    QuestionKind,
    Questionnaire,
)
from kiosk.core.tomllines import Span, toml_problem

__all__ = ["QUESTIONNAIRE_FILE", "load_questionnaire"]

ID_PATTERN: Final = re.compile(r"^[a-z0-9]+(?:[_-][a-z0-9]+)*$")
QUESTION_KINDS: Final = tuple(kind.value for kind in QuestionKind)
#: The outcome kinds the screens style; others are allowed and shown plainly.
STYLED_KINDS: Final = tuple(kind.value for kind in OutcomeKind if kind is not OutcomeKind.PLAIN)
QUESTION_KEYS: Final = frozenset({"id", "kind", "text", "hint", "options", "warning", "show_if", "sources"})
OPTION_KEYS: Final = frozenset({"id", "text"})
OUTCOME_KEYS: Final = frozenset(
    {"id", "kind", "icon", "immediate", "when", "headline", "explanation", "ask_doctor", "sources"}
)
NOTE_KEYS: Final = frozenset({"id", "when", "text", "sources"})
#: Keys that format 2 adds (docs/pack-format.md); in a format 1 file they are unknown keys.
NOTE_KEYS_2: Final = NOTE_KEYS | {"warning"}
TOP_KEYS: Final = frozenset({"format", "kiosk_version", "disclaimer", "questions", "outcomes", "notes"})


class _Reader(Findings):
    """Reads one questionnaire.toml, collecting problems."""

    def read(self, data: dict[str, Any]) -> Questionnaire | None:
        top = Place("the questionnaire", self.lines.top(), self.lines)
        fmt = data.get("format", 1)
        message = format_problem(fmt, data.get("kiosk_version"))
        if message:
            self.error(top.key("format"), message)
            return None
        self.format = int(fmt)
        for key in data:
            if key not in TOP_KEYS:
                self.error(top.key(key), f"unknown key '{key}'; a questionnaire has {', '.join(sorted(TOP_KEYS))}")
        disclaimer_place = Place("the disclaimer", self._table_span("disclaimer"), self.lines)
        disclaimers = self._texts(data, "disclaimer", disclaimer_place, required=True)
        questions = self._questions(data.get("questions"))
        outcomes = self._outcomes(data.get("outcomes"))
        notes = self._notes(data.get("notes"))
        self.check_references(questions)
        self.check_outcome_order(outcomes, [self.placed["outcomes", o.id] for o in outcomes])
        self.check_warnings(questions, outcomes)
        if self.failed:
            return None
        questionnaire = Questionnaire(tuple(questions), tuple(outcomes), tuple(notes), self.languages, disclaimers)
        self.check_reachable(questionnaire)
        return None if self.failed else questionnaire

    def _table_span(self, name: str) -> Span:
        line = self.lines.header(name)
        if line is None:
            return self.lines.top()
        return self.lines.item(name, 0) or (line, line + 1)

    def _place(self, table: str, index: int, item_id: str = "") -> Place:
        span = self.lines.item(table, index)
        if span is None:  # written inline: find the item by its id
            line = self.lines.quoted(self.lines.whole, item_id) if item_id else None
            span = (line, line + 1) if line else self.lines.whole
        singular = table.removesuffix("s")
        place = Place(f"{singular} '{item_id}'" if item_id else f"{singular} {index + 1}", span, self.lines)
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

    def _id(self, entry: dict[str, Any], place: Place, seen: set[str]) -> str | None:
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

    def _unknown_keys(self, entry: dict[str, Any], allowed: frozenset[str], place: Place) -> None:
        for key in entry:
            if key not in allowed:
                self.error(place.key(key), f"{place.name}: unknown key '{key}'; use {', '.join(sorted(allowed))}")

    def _bool(self, entry: dict[str, Any], key: str, place: Place) -> bool:
        value = entry.get(key, False)
        if not isinstance(value, bool):
            self.error(place.key(key), f"{place.name}: '{key}' must be true or false, not {value!r}")
            return False
        return value

    def _texts(self, entry: dict[str, Any], key: str, place: Place, required: bool) -> dict[str, str]:
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

    def _languages(self, given: Collection[str], key: str, place: Place, required: bool) -> None:
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

    def _check_words(self, text: str, lang: str, key: str, place: Place) -> None:
        if not self.check_words:
            return
        lines = text.strip().splitlines()
        for finding in readability.phrase_findings(text.strip(), lang):
            self.error(place.text(key, lang, lines[finding.offset]), f"{place.name}: {finding.message}")

    def _sources(self, entry: dict[str, Any], place: Place) -> tuple[str, ...]:
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

    def _condition(self, entry: dict[str, Any], key: str, place: Place, question_index: int | None = None) -> Condition:
        if key not in entry:
            return ALWAYS
        condition, errors = parse_condition(entry[key])
        for problem in errors:
            self.error(place.near(problem.near, key), f"{place.name}: '{key}': {problem.message}")
        if condition is None:
            self.unreadable.add(place.name)
            return ALWAYS
        self.conditions.append(Owned(place, key, condition, question_index))
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
            raw_kind = entry.get("kind")
            if raw_kind not in QUESTION_KINDS:
                self.error(
                    place.key("kind"), f"{place.name}: kind {raw_kind!r} is unknown; use {', '.join(QUESTION_KINDS)}"
                )
                self.broken.add(qid)
                continue
            kind = QuestionKind(raw_kind)
            texts = self._texts(entry, "text", place, required=True)
            hints = self._texts(entry, "hint", place, required=False)
            options = self._options(entry, kind, place)
            warning = self._bool(entry, "warning", place)
            show_if = self._condition(entry, "show_if", place, question_index=len(questions))
            sources = self._sources(entry, place)
            questions.append(Question(qid, kind, texts, hints, options, warning, show_if, sources))
        return questions

    def _options(self, entry: dict[str, Any], kind: QuestionKind, place: Place) -> tuple[Option, ...]:
        raw = entry.get("options")
        if kind is QuestionKind.SCALE:
            if raw is not None:
                self.error(place.key("options"), f"{place.name}: a scale question has no options (it is 0 to 10)")
            return ()
        if kind is QuestionKind.YES_NO and raw is None:
            # es-MX uses the built-in Spanish words (kiosk.core.languages.fallbacks).
            missing = [lang for lang in self.languages if pick(YES_NO_TEXTS["yes"], lang) is None]
            for lang in missing:
                self.error(
                    place.key("kind"),
                    f"{place.name}: there are no built-in yes/no words for language '{lang}'; "
                    "add [[questions.options]] with ids yes and no",
                )
            return tuple(
                Option(option_id, {lang: pick(texts, lang) or texts["en"] for lang in self.languages} or dict(texts))
                for option_id, texts in YES_NO_TEXTS.items()
            )
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
            option_place = Place(f"{place.name}, option '{option_id or index + 1}'", span, self.lines)
            checked_id = self._id(option_entry, option_place, seen)
            if checked_id is None:
                continue
            self._unknown_keys(option_entry, OPTION_KEYS, option_place)
            options.append(Option(checked_id, self._texts(option_entry, "text", option_place, required=True)))
        if kind is QuestionKind.YES_NO and sorted(o.id for o in options) != ["no", "yes"]:
            self.error(place.key("options"), f"{place.name}: the options of a yes_no question are 'yes' and 'no'")
        if kind is QuestionKind.SINGLE and len(options) < 2:
            self.error(place.key("options"), f"{place.name}: a single-choice question needs two or more options")
        if kind is QuestionKind.MULTIPLE and not options:
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
            raw_kind = entry.get("kind")
            kind = OutcomeKind.PLAIN
            if not isinstance(raw_kind, str) or not ID_PATTERN.match(raw_kind):
                self.error(place.key("kind"), f"{place.name}: 'kind' must be one of {', '.join(STYLED_KINDS)}")
            elif raw_kind in STYLED_KINDS:
                kind = OutcomeKind(raw_kind)
            else:
                self.warn(
                    place.key("kind"),
                    f"{place.name}: kind '{raw_kind}' is shown plainly; the screens style {', '.join(STYLED_KINDS)}",
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

    def _icon(self, entry: dict[str, Any], place: Place) -> str:
        icon = entry.get("icon")
        if not isinstance(icon, str) or not icon:
            self.error(place.key("icon"), f"{place.name}: 'icon' is missing, e.g. icon = \"fa6s.user-doctor\"")
            return ""
        message = icon_problem(icon)
        if message:
            self.error(place.key("icon"), f"{place.name}: {message}")
        return icon

    def _ask_doctor(self, entry: dict[str, Any], place: Place) -> dict[str, tuple[str, ...]]:
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
            self._unknown_keys(entry, NOTE_KEYS_2 if self.format >= 2 else NOTE_KEYS, place)
            if "when" not in entry:
                self.error(place.line, f"{place.name}: a note needs a 'when' that says when it is added")
            when = self._condition(entry, "when", place)
            texts = self._texts(entry, "text", place, required=True)
            warning = self._bool(entry, "warning", place)
            notes.append(Note(note_id, texts, when, self._sources(entry, place), warning))
        return notes


def _given_id(entry: dict[str, Any]) -> str:
    value = entry.get("id")
    return value if isinstance(value, str) else ""


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
        return None, [Problem(QUESTIONNAIRE_FILE, *toml_problem(err, text))]
    except toml_limits.TomlLimitError as err:
        return None, [Problem(QUESTIONNAIRE_FILE, err.lineno, f"cannot be read: {err}")]
    too_many = _too_many(text, data)
    if too_many is not None:
        return None, [too_many]
    reader = _Reader(text, tuple(languages), source_ids, check_words)
    questionnaire = reader.read(data)
    return questionnaire, reader.problems
