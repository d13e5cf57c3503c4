"""Can every question be shown, every outcome reached and every note added?

The explorer walks the questionnaire as a patient would, trying one answer of each kind the
conditions can tell apart ("Not sure" included), and gives up after ``SEARCH_BUDGET`` steps.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Final

from kiosk.core.questionnaire.conditions import ALWAYS, NOT_SURE, Answer, Check, Condition
from kiosk.core.questionnaire.model import SCALE_MAX, SCALE_MIN, Question, QuestionKind, Questionnaire

#: How many answer combinations the check may try for one question, outcome or note.
SEARCH_BUDGET: Final = 20_000


@dataclass(frozen=True)
class Target:
    question: int | None = None
    final: Condition = field(default=ALWAYS)


class GaveUpError(Exception):
    pass


class Explorer:
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

    def find(self, target: Target) -> bool | None:
        """True if some answers reach ``target``, False if none do, None if it gave up trying."""
        self.steps = 0
        try:
            return self._visit(0, {}, target)
        except GaveUpError:
            return None

    def _visit(self, start: int, answers: dict[str, Answer], target: Target) -> bool:
        self.steps += 1
        if self.steps > SEARCH_BUDGET:
            raise GaveUpError
        index = self.q.next_index(answers, start)
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
    if question.kind is QuestionKind.SCALE:
        points = {SCALE_MIN, SCALE_MAX}
        for check in checks:
            step = -1 if check.test == "at_least" else 1
            points |= {check.number, check.number + step}
        return [*sorted(p for p in points if SCALE_MIN <= p <= SCALE_MAX), NOT_SURE]
    used = sorted({option for check in checks for option in check.options} - {NOT_SURE})
    if question.kind is QuestionKind.MULTIPLE:
        subsets = (frozenset(c) for size in range(len(used) + 1) for c in itertools.combinations(used, size))
        return [*subsets, NOT_SURE]
    ids = [o.id for o in question.options]
    others = [option for option in ids if option not in used][:1]
    return [*(option for option in ids if option in used), *others, NOT_SURE]
