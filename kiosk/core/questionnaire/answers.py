"""Answers given from outside the screens (``kiosk simulate``, ``tests.toml``): read and checked."""

from __future__ import annotations

from collections.abc import Mapping

from kiosk.core.questionnaire.conditions import NOT_SURE, Answer
from kiosk.core.questionnaire.model import SCALE_MAX, SCALE_MIN, Question, QuestionKind, Questionnaire

__all__ = ["parse_answers", "simulate_json"]


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
    if question.kind is QuestionKind.SCALE:
        if isinstance(raw, bool) or not isinstance(raw, int):
            return None, f"question '{question.id}' takes a whole number from 0 to 10 or \"not_sure\", not {raw!r}"
        if not SCALE_MIN <= raw <= SCALE_MAX:
            return None, f"question '{question.id}': {raw} is outside 0 to 10"
        return raw, ""
    if question.kind is QuestionKind.MULTIPLE:
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
