"""The check-in questionnaire's data: questions, outcomes, notes, and walking through them.

The logic (which question is shown, which outcome is chosen, which notes are added) is written
once; only the words are given per language, so a translation can never change the triage.
The file format is documented for authors in ``docs/questionnaire.md``; ``reader`` reads it,
``checks`` and ``reachability`` check it, ``answers`` reads answers given from outside.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import Final

from kiosk.core.questionnaire.conditions import ALWAYS, NOT_SURE, Answer, Condition

__all__ = [
    "NOT_SURE",
    "Answer",
    "Note",
    "Option",
    "Outcome",
    "OutcomeKind",
    "Question",
    "QuestionKind",
    "Questionnaire",
    "ReportedSign",
    "Result",
]


class QuestionKind(StrEnum):
    """How a question is answered (besides "Not sure", which every question offers)."""

    SINGLE = "single"  # pick one
    MULTIPLE = "multiple"  # touch any number, or none
    YES_NO = "yes_no"
    SCALE = "scale"  # 0 to 10


class OutcomeKind(StrEnum):
    """Which conversation a result screen names; the screens style each one."""

    STAFF_NOW = "staff_now"  # a warning sign: tell a staff member now
    TELL_DOCTOR_FIRST = "tell_doctor_first"  # signs of a serious cause: tell the doctor about them first
    DISCUSS_RFA = "discuss_rfa"  # ask the doctor whether a test block and RFA could help
    DISCUSS_OTHER = "discuss_other"  # ask the doctor about other options
    PLAIN = "plain"  # any other kind a pack names (format 1 allowed them): shown without styling

    @property
    def urgent(self) -> bool:
        return self is OutcomeKind.STAFF_NOW


SCALE_MIN: Final = 0
SCALE_MAX: Final = 10
#: Words for yes/no questions when the file gives none (a tag such as es-MX uses its language's).
YES_NO_TEXTS: Final = {
    "yes": {"en": "Yes", "es": "Sí", "vi": "Có", "ar": "نعم", "he": "כן", "zh": "是", "pt": "Sim", "fr": "Oui"},
    "no": {"en": "No", "es": "No", "vi": "Không", "ar": "لا", "he": "לא", "zh": "否", "pt": "Não", "fr": "Non"},
}


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
    kind: QuestionKind
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
        # Never the option id itself: it is a patient's answer, and error messages reach the log.
        raise KeyError(f"question {self.id!r} has no such option")

    def sample_answers(self) -> list[Answer]:
        """Every single answer a patient can give with one tap, "Not sure" included; for a list with
        several choices, none and each one alone (not every combination)."""
        if self.kind is QuestionKind.SCALE:
            return [*range(SCALE_MIN, SCALE_MAX + 1), NOT_SURE]
        if self.kind is QuestionKind.MULTIPLE:
            return [frozenset(), *(frozenset({o.id}) for o in self.options), NOT_SURE]
        return [*(o.id for o in self.options), NOT_SURE]


@dataclass(frozen=True)
class Outcome:
    """A result screen: which conversation to have, and why."""

    id: str
    kind: OutcomeKind
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
    """A line added to whichever outcome is shown, when its condition holds.

    A ``warning`` note (a warning sign the patient was not sure about) is shown first, above the
    explanation, in the warning style, so it is never below the fold.
    """

    id: str
    texts: dict[str, str]
    when: Condition = ALWAYS
    sources: tuple[str, ...] = ()
    warning: bool = False

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

    @property
    def warning_notes(self) -> tuple[Note, ...]:
        """The notes to show first, in the warning style."""
        return tuple(note for note in self.notes if note.warning)

    @property
    def other_notes(self) -> tuple[Note, ...]:
        return tuple(note for note in self.notes if not note.warning)


@dataclass(frozen=True)
class ReportedSign:
    """A warning-sign question the patient answered "Yes" (or another answer than "No") or "Not sure":
    what staff are shown, after their PIN, on a "tell a staff member now" result."""

    question: Question
    answer: Answer

    @property
    def not_sure(self) -> bool:
        return self.answer == NOT_SURE

    def answer_text(self, lang: str) -> str:
        """The patient's answer in ``lang`` ("Yes", an option's words); "" for "Not sure" (the screens
        name it in their own words)."""
        answer = self.answer
        if answer == NOT_SURE:
            return ""
        if isinstance(answer, frozenset):
            return ", ".join(option.text(lang) for option in self.question.options if option.id in answer)
        if isinstance(answer, str):
            return self.question.option(answer).text(lang)
        return str(answer)


def _reports(question: Question, answer: Answer) -> bool:
    """Whether ``answer`` to warning question ``question`` is one staff must hear about."""
    if answer == NOT_SURE:
        return True
    if question.kind is QuestionKind.YES_NO:
        return answer == "yes"
    return answer not in ("no", frozenset(), SCALE_MIN)


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
        raise KeyError("the questionnaire has no such outcome")

    def is_shown(self, question: Question, answers: Mapping[str, Answer]) -> bool:
        return question.show_if.holds(answers)

    def next_question(self, answers: Mapping[str, Answer], after: str | None) -> Question | None:
        """The first question after ``after`` that is shown; None when finished or stopped."""
        start = 0 if after is None else self._positions[after] + 1
        index = self.next_index(answers, start)
        return None if index is None else self.questions[index]

    def next_index(self, answers: Mapping[str, Answer], start: int) -> int | None:
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
        index = self.next_index(used, 0)
        while index is not None:
            qid = self.questions[index].id
            if qid not in answers:
                return _with_asked(self.result(used), tuple(used), qid)
            used[qid] = answers[qid]
            index = self.next_index(used, index + 1)
        return _with_asked(self.result(used), tuple(used), None)

    def reported_signs(self, answers: Mapping[str, Answer]) -> tuple[ReportedSign, ...]:
        """Every warning-sign question in ``answers`` answered "Yes" or "Not sure", in question order."""
        return tuple(
            ReportedSign(question, answers[question.id])
            for question in self.questions
            if question.warning and question.id in answers and _reports(question, answers[question.id])
        )

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
