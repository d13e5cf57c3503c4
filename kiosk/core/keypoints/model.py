"""The key-point checks of a pack, and what a patient's tries at one of them mean.

A check is never a test: there is no score and no "wrong". A first miss shows the key point and
asks once more; a point still missed after that goes on the patient's summary as one to go over
with the doctor. The logic (which answer is the right one, which page teaches it, where the checks
are asked) is written once; only the words are given per language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

#: How many tries a patient gets at one check: the first, and one more after seeing the key point.
TRIES: Final = 2


class Placement(StrEnum):
    """Where a pack's checks are asked."""

    AFTER_EACH_SECTION = "after_each_section"  # after the last page of the section they are about
    BEFORE_QUESTIONNAIRE = "before_questionnaire"  # all together, between the last page and the questions


class Feedback(StrEnum):
    """What the screen says after an answer to a check."""

    RIGHT = "right"  # "That's right", with the key point
    AGAIN = "again"  # a first miss: "Let's look at that again", the key point, then the check once more
    LATER = "later"  # a second miss: the point goes on the summary, to go over with the doctor


def _in(texts: Mapping[str, str], lang: str) -> str:
    return texts.get(lang) or next(iter(texts.values()), "")


@dataclass(frozen=True)
class CheckOption:
    id: str
    texts: dict[str, str]

    def text(self, lang: str) -> str:
        return _in(self.texts, lang) or self.id


@dataclass(frozen=True)
class KeyPoint:
    """One check: a question about one page, its answers, the right one, and the point it checks."""

    id: str
    page: str
    section: str
    answer: str
    texts: dict[str, str]
    points: dict[str, str]
    options: tuple[CheckOption, ...]

    def __hash__(self) -> int:
        return hash(self.id)

    def text(self, lang: str) -> str:
        return _in(self.texts, lang)

    def point(self, lang: str) -> str:
        return _in(self.points, lang)

    def option(self, option_id: str) -> CheckOption | None:
        return next((option for option in self.options if option.id == option_id), None)

    def feedback(self, tries: Sequence[str]) -> Feedback | None:
        """What the latest of ``tries`` (the option ids chosen, in order) means; None before any."""
        if not tries:
            return None
        if tries[-1] == self.answer:
            return Feedback.RIGHT
        return Feedback.AGAIN if len(tries) < TRIES else Feedback.LATER

    def missed(self, tries: Sequence[str]) -> bool:
        """Whether the point is still missed after every try (a check skipped is not missed)."""
        return len(tries) >= TRIES and all(choice != self.answer for choice in tries[:TRIES])


@dataclass(frozen=True)
class KeyPoints:
    """Every check of a pack, in the order they are asked, and where they are asked."""

    checks: tuple[KeyPoint, ...]
    placement: Placement = Placement.AFTER_EACH_SECTION

    def check(self, check_id: str) -> KeyPoint:
        for check in self.checks:
            if check.id == check_id:
                return check
        raise KeyError(f"no key-point check {check_id!r}")

    def for_section(self, section_id: str) -> tuple[KeyPoint, ...]:
        return tuple(check for check in self.checks if check.section == section_id)

    def missed(self, tries: Mapping[str, Sequence[str]]) -> list[KeyPoint]:
        """The checks whose point was missed after both tries, in the order they are asked."""
        return [check for check in self.checks if check.missed(tries.get(check.id, ()))]
