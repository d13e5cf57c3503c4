"""What one visit adds to the day's usage counts, kept in memory while the visit goes on.

A :class:`VisitTally` watches the session. Each change notes, in a few sets, what the visit has
reached so far (pages, the questions, a result's class, points missed); nothing else of the visit
is kept: no answers, no order of screens, no times. When the visit ends it hands over one flat
list of counter increments, each ``(metric, key)`` by one, and forgets the rest. The counters are
independent: a visit's language is never stored beside its result, so the counts of a day cannot
be joined back into one visit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.core.session import HIGH_CONTRAST, Screen, Session
from kiosk.core.settings import TEXT_SIZES

#: The metrics stored, in the order staff and the CSV file list them (docs/staff-guide.md).
VISITS = "visits"  # key "all": visits that went past the first screen
TOPIC = "topic"  # key: the pack a visit read (one per pack read)
PAGE_REACHED = "page_reached"  # key "pack/page": visits that showed this page
STOPPED_AT = "stopped_at"  # key "pack/page", "pack/check", "pack/questions" or "pack/result"
LANGUAGE = "language"  # key: the language the visit ended in
TEXT_SIZE = "text_size"  # key: the largest text size the visit used
CONTRAST = "contrast"  # key "high" when the visit turned high contrast on, else "normal"
QUESTIONNAIRE = "questionnaire"  # key "started" or "completed" (a result was reached)
OUTCOME = "outcome"  # key: the class of the last result shown (staff_now, discuss_rfa ...)
KEYPOINT_MISSED = "keypoint_missed"  # key "pack/check": a key point missed after both tries

METRICS = (VISITS, TOPIC, PAGE_REACHED, STOPPED_AT, LANGUAGE, TEXT_SIZE, CONTRAST, QUESTIONNAIRE, OUTCOME,
           KEYPOINT_MISSED)  # fmt: skip

#: One counter increment: (metric, key), by one.
Increment = tuple[str, str]


@dataclass
class _Seen:
    """What the visit under way has reached (sets: reaching a thing twice counts it once)."""

    topics: set[str] = field(default_factory=set)
    pages: set[str] = field(default_factory=set)
    missed: set[str] = field(default_factory=set)
    started_questions: bool = False
    completed: bool = False
    largest_text: int = 0
    high_contrast: bool = False
    last_place: str = ""
    language: str = ""
    outcome: str = ""  # of the last result shown (Back and other answers may lead to another)


class VisitTally:
    """Counts one visit at a time on ``session``; ``on_visit(increments)`` is called as each visit ends.

    Called on the UI thread at every change, so it does only set and attribute work here; the
    increments are written elsewhere (:class:`kiosk.core.fleet.usage.UsageRecorder`, off this thread).
    """

    def __init__(self, session: Session, on_visit: Callable[[list[Increment]], None], *, enabled: bool = True) -> None:
        self.session = session
        self.on_visit = on_visit
        self._enabled = enabled
        self._seen: _Seen | None = None
        session.changed.connect(self._on_changed)
        session.ended.connect(self._on_ended)

    @property
    def enabled(self) -> bool:
        return self._enabled

    @enabled.setter
    def enabled(self, on: bool) -> None:
        """Off: the visit under way is forgotten uncounted, and no visit is counted until it is on again."""
        self._enabled = on
        if not on:
            self._seen = None

    def _on_changed(self) -> None:
        session = self.session
        if not self._enabled or session.screen is Screen.ATTRACT:
            return
        seen = self._seen
        if seen is None:
            seen = self._seen = _Seen()
        pack = session.pack.id
        seen.topics.add(pack)
        seen.language = session.language
        size = TEXT_SIZES.index(session.text_size) if session.text_size in TEXT_SIZES else 0
        seen.largest_text = max(seen.largest_text, size)
        seen.high_contrast = seen.high_contrast or session.theme == HIGH_CONTRAST
        screen = session.screen
        if screen is Screen.PAGE:
            page = f"{pack}/{session.page.id}"
            seen.pages.add(page)
            seen.last_place = page
        elif screen is Screen.CHECK:
            seen.last_place = f"{pack}/check"
            if session.check_answered:
                seen.missed.update(f"{pack}/{point.id}" for point in session.missed_points())
        elif screen is Screen.QUESTION:
            seen.started_questions = True
            seen.last_place = f"{pack}/questions"
        elif screen is Screen.RESULT:
            seen.started_questions = seen.completed = True
            seen.last_place = f"{pack}/result"
            if session.questionnaire is not None:
                seen.outcome = str(session.result.outcome.kind.value)

    def _on_ended(self) -> None:
        seen, self._seen = self._seen, None
        if seen is None or not self._enabled:
            return
        self.on_visit(increments(seen))


def increments(seen: _Seen) -> list[Increment]:
    """The counters one visit adds to, each once."""
    found: list[Increment] = [(VISITS, "all")]
    found += [(TOPIC, topic) for topic in sorted(seen.topics)]
    found += [(PAGE_REACHED, page) for page in sorted(seen.pages)]
    if seen.last_place:
        found.append((STOPPED_AT, seen.last_place))
    if seen.language:
        found.append((LANGUAGE, seen.language))
    found.append((TEXT_SIZE, TEXT_SIZES[seen.largest_text]))
    found.append((CONTRAST, "high" if seen.high_contrast else "normal"))
    if seen.started_questions:
        found.append((QUESTIONNAIRE, "started"))
    if seen.completed:
        found.append((QUESTIONNAIRE, "completed"))
    if seen.outcome:
        found.append((OUTCOME, seen.outcome))
    found += [(KEYPOINT_MISSED, point) for point in sorted(seen.missed)]
    return found
