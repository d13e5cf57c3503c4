"""Conditions in a questionnaire: when a question is shown, an outcome chosen or a note added.

A condition is data read from the pack (``all``/``any``/``not`` over checks of single answers) and
evaluated here. A pack never contains code, and nothing in it is ever evaluated as Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Final

NOT_SURE: Final = "not_sure"

#: An option id (single choice, yes/no), a set of option ids (multiple choice) or 0..10 (scale);
#: ``NOT_SURE`` for any kind of question.
Answer = str | frozenset[str] | int

#: The tests a check can make on one answer, and the kind of value each one takes.
OPTION_TESTS: Final = ("is", "is_one_of")
INCLUDES_TESTS: Final = ("includes", "includes_any")
NUMBER_TESTS: Final = ("at_least", "at_most")
CHECK_TESTS: Final = OPTION_TESTS + INCLUDES_TESTS + NUMBER_TESTS
COMBINERS: Final = ("all", "any", "not")

#: Whether a question's answer is already settled (asked and answered, or passed by unasked).
Decided = Callable[[str], bool]


@dataclass(frozen=True)
class Check:
    """One test of one question's answer. A question that was not asked fails every check."""

    question: str
    test: str
    options: frozenset[str] = frozenset()
    number: int = 0

    def holds(self, answers: Mapping[str, Answer]) -> bool:
        answer = answers.get(self.question)
        if answer is None:
            return False
        if self.test in OPTION_TESTS:
            return isinstance(answer, str) and answer in self.options
        if self.test in INCLUDES_TESTS:
            return isinstance(answer, frozenset) and not answer.isdisjoint(self.options)
        if isinstance(answer, bool) or not isinstance(answer, int):
            return False
        return answer >= self.number if self.test == "at_least" else answer <= self.number

    def partial(self, answers: Mapping[str, Answer], decided: Decided) -> bool | None:
        return self.holds(answers) if decided(self.question) else None

    def checks(self) -> Iterator[Check]:
        yield self


@dataclass(frozen=True)
class AllOf:
    """Holds when every part holds; ``AllOf(())`` always holds."""

    parts: tuple[Condition, ...]

    def holds(self, answers: Mapping[str, Answer]) -> bool:
        return all(part.holds(answers) for part in self.parts)

    def partial(self, answers: Mapping[str, Answer], decided: Decided) -> bool | None:
        values = [part.partial(answers, decided) for part in self.parts]
        if False in values:
            return False
        return None if None in values else True

    def checks(self) -> Iterator[Check]:
        for part in self.parts:
            yield from part.checks()


@dataclass(frozen=True)
class AnyOf:
    """Holds when at least one part holds."""

    parts: tuple[Condition, ...]

    def holds(self, answers: Mapping[str, Answer]) -> bool:
        return any(part.holds(answers) for part in self.parts)

    def partial(self, answers: Mapping[str, Answer], decided: Decided) -> bool | None:
        values = [part.partial(answers, decided) for part in self.parts]
        if True in values:
            return True
        return None if None in values else False

    def checks(self) -> Iterator[Check]:
        for part in self.parts:
            yield from part.checks()


@dataclass(frozen=True)
class Not:
    """Holds when its part does not (so also when the question in it was not asked)."""

    part: Condition

    def holds(self, answers: Mapping[str, Answer]) -> bool:
        return not self.part.holds(answers)

    def partial(self, answers: Mapping[str, Answer], decided: Decided) -> bool | None:
        value = self.part.partial(answers, decided)
        return None if value is None else not value

    def checks(self) -> Iterator[Check]:
        yield from self.part.checks()


Condition = Check | AllOf | AnyOf | Not

#: The condition of a question with no ``show_if`` and of the final outcome: always true.
ALWAYS: Final = AllOf(())


@dataclass(frozen=True)
class ConditionError:
    """A condition that cannot be read: a sentence, and a word to find its line by."""

    message: str
    near: str


def parse_condition(raw: object) -> tuple[Condition | None, list[ConditionError]]:
    """Read a condition as written in TOML; ``None`` and the reasons when it cannot be read."""
    errors: list[ConditionError] = []
    condition = _parse(raw, errors)
    return (condition if not errors else None), errors


_EXAMPLE = '{ question = "id", is = "yes" }'


def _parse(raw: object, errors: list[ConditionError]) -> Condition | None:
    if not isinstance(raw, dict):
        errors.append(ConditionError(f"a condition must be a table such as {_EXAMPLE}, not {raw!r}", ""))
        return None
    if "question" in raw:
        return _parse_check(raw, errors)
    keys = list(raw)
    if len(keys) != 1 or keys[0] not in COMBINERS:
        unknown = [k for k in keys if k not in COMBINERS]
        word = unknown[0] if unknown else keys[0] if keys else ""
        errors.append(
            ConditionError(
                f"a condition is either {_EXAMPLE} or exactly one of all = [...], any = [...], not = {{...}}"
                + (f"; '{word}' is not one of these" if unknown else ""),
                word,
            )
        )
        return None
    key = keys[0]
    value = raw[key]
    if key == "not":
        part = _parse(value, errors)
        return Not(part) if part is not None else None
    if not isinstance(value, list) or not value:
        errors.append(ConditionError(f"'{key}' must be a list of one or more conditions", key))
        return None
    parts = [_parse(item, errors) for item in value]
    if any(part is None for part in parts):
        return None
    kept = tuple(part for part in parts if part is not None)
    return AllOf(kept) if key == "all" else AnyOf(kept)


def _parse_check(raw: dict[str, object], errors: list[ConditionError]) -> Check | None:
    question = raw["question"]
    if not isinstance(question, str) or not question:
        errors.append(ConditionError("'question' in a condition must be a question id in quotes", "question"))
        return None
    tests = [key for key in raw if key != "question"]
    unknown = [key for key in tests if key not in CHECK_TESTS]
    if unknown:
        errors.append(
            ConditionError(
                f"'{unknown[0]}' is not a test a condition can make; use one of {', '.join(CHECK_TESTS)}", unknown[0]
            )
        )
        return None
    if len(tests) != 1:
        errors.append(
            ConditionError(
                f"a condition on question '{question}' needs exactly one test ({', '.join(CHECK_TESTS)})", question
            )
        )
        return None
    test = tests[0]
    value = raw[test]
    if test in NUMBER_TESTS:
        if isinstance(value, bool) or not isinstance(value, int):
            errors.append(ConditionError(f"'{test}' on question '{question}' must be a whole number", test))
            return None
        return Check(question, test, number=value)
    if test in ("is", "includes"):
        if not isinstance(value, str):
            errors.append(ConditionError(f"'{test}' on question '{question}' must be one option id in quotes", test))
            return None
        return Check(question, test, options=frozenset({value}))
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        errors.append(ConditionError(f"'{test}' on question '{question}' must be a list of option ids", test))
        return None
    return Check(question, test, options=frozenset(value))
