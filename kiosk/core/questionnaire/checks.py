"""Checks of a questionnaire that need every entry read first: references, order, warning signs and
reachability. ``Findings`` also holds what the reader collects (problems, places, conditions)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from kiosk.core.problems import Problem, Severity, has_errors
from kiosk.core.questionnaire.conditions import (
    INCLUDES_TESTS,
    NOT_SURE,
    NUMBER_TESTS,
    OPTION_TESTS,
    AllOf,
    Check,
    Condition,
    Not,
)
from kiosk.core.questionnaire.model import SCALE_MAX, SCALE_MIN, Outcome, Question, QuestionKind, Questionnaire
from kiosk.core.questionnaire.reachability import Explorer, Target
from kiosk.core.tomllines import Span, TomlLines

QUESTIONNAIRE_FILE = "questionnaire.toml"


@dataclass(frozen=True)
class Place:
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


@dataclass
class Owned:
    """A condition and the entry it belongs to, kept until every question is known."""

    place: Place
    key: str
    condition: Condition
    question_index: int | None = None


class Findings:
    """The problems found so far, where each entry was written, and the checks that need every entry."""

    def __init__(
        self, text: str, languages: tuple[str, ...], source_ids: Collection[str], check_words: bool = True
    ) -> None:
        self.lines = TomlLines(text)
        self.check_words = check_words
        self.languages = languages
        self.source_ids = frozenset(source_ids)
        self.problems: list[Problem] = []
        self.broken: set[str] = set()
        self.conditions: list[Owned] = []
        self.unconditional: set[str] = set()  # outcomes written without 'when'
        self.placed: dict[tuple[str, str], Place] = {}  # (table, id) -> where it was written
        self.unreadable: set[str] = set()  # entries with a 'when' or 'show_if' that could not be read
        self.format = 1  # the file's format, once read

    def error(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(QUESTIONNAIRE_FILE, line, message))

    def warn(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(QUESTIONNAIRE_FILE, line, message, Severity.WARNING))

    @property
    def failed(self) -> bool:
        return has_errors(self.problems)

    def check_references(self, questions: list[Question]) -> None:
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
                message, word = check_fits(check, question)
                if message:
                    self.error(owned.place.near(word, owned.key) if word else line, f"{where}: {message}")

    def check_outcome_order(self, outcomes: list[Outcome], places: list[Place]) -> None:
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

    def check_warnings(self, questions: list[Question], outcomes: list[Outcome]) -> None:
        """Warning signs come first; an ordinary question may come before one only when a warning
        sign's ``show_if`` needs its answer (the neck signs are asked once the pain is known to be
        in the neck)."""
        stop_questions = {c.question for o in outcomes if o.immediate for c in o.when.checks()}
        needed = {c.question for q in questions if q.warning for c in q.show_if.checks()}
        first_ordinary = None
        for question in questions:
            place = self.placed["questions", question.id]
            if not question.warning:
                if question.id not in needed:
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

    def check_reachable(self, q: Questionnaire) -> None:
        explorer = Explorer(q)
        for index, question in enumerate(q.questions):
            place = self.placed["questions", question.id]
            found = explorer.find(Target(question=index))
            self._report_search(found, place, "can never be shown: no answers lead to it")
        for index, outcome in enumerate(q.outcomes):
            place = self.placed["outcomes", outcome.id]
            first = AllOf((outcome.when, *(Not(o.when) for o in q.outcomes[:index])))
            found = explorer.find(Target(final=first))
            self._report_search(
                found, place, "can never be reached: whenever it would hold, an earlier outcome holds first"
            )
        for note in q.notes:
            place = self.placed["notes", note.id]
            found = explorer.find(Target(final=note.when))
            self._report_search(found, place, "can never be added: no answers make its 'when' hold")

    def _report_search(self, found: bool | None, place: Place, never: str) -> None:
        if found is False:
            self.error(place.line, f"{place.name} {never}")
        elif found is None:
            self.warn(
                place.line,
                f"could not finish checking whether {place.name} can be reached: too many answer combinations",
            )


def check_fits(check: Check, question: Question) -> tuple[str, str]:
    """Why ``check`` cannot be made on ``question`` (and a word to find the line by), or ("", "")."""
    ids = [o.id for o in question.options]
    choices = f"{', '.join(ids)} or {NOT_SURE}" if ids else NOT_SURE
    if question.kind is QuestionKind.SCALE:
        if check.test in NUMBER_TESTS:
            if not SCALE_MIN <= check.number <= SCALE_MAX:
                return f"{check.test} = {check.number} is outside the 0 to 10 scale of '{question.id}'", check.test
            return "", ""
        if check.test in OPTION_TESTS and check.options == {NOT_SURE}:
            return "", ""
        return f"question '{question.id}' is a 0 to 10 scale: use at_least, at_most or is = \"not_sure\"", check.test
    if check.test in NUMBER_TESTS:
        return f"'{check.test}' only works with scale questions; '{question.id}' is {question.kind}", check.test
    if question.kind is QuestionKind.MULTIPLE:
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
