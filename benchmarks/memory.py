"""Memory after the first screen and after every screen, then a soak: many visits, each ended by the idle reset.

Run by the runner in its own process: ``python -m benchmarks.memory '{"turns": 100000, "sessions": 5000}'``.
The soak taps through pages (both languages) and whole questionnaires, waits for every frame to
be painted, and lets the "Still there?" countdown end every visit, with the idle timers shortened.
RSS is sampled throughout; tracemalloc follows Python allocations after a warm-up.
"""

from __future__ import annotations

import gc
import time
import tracemalloc
from collections import deque
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from benchmarks.common import BUNDLED_PACK, emit, memory_mib, params
from benchmarks.frames import ErrorCounter, idle, open_kiosk, wait_for_frame
from benchmarks.stats import summary
from benchmarks.ui import Walker, _answer_button

#: Idle timers for the soak: long while a visit goes on, a few milliseconds once it is over.
VISIT_IDLE_MS = 60_000
SOAK_IDLE_MS = 5
SOAK_TICK_MS = 1
WARM_UP_FRACTION = 0.05
SAMPLES = 40
#: Samples are taken as the kiosk waits for the next patient, once it has tidied up after a visit.
SETTLE_MS = 600


class Soak:
    """Visits of page turns and of questionnaires, each ended by the idle reset, counted."""

    def __init__(self, walker: Walker, turns: int) -> None:
        self.walker = walker
        self.window = walker.window
        self.turns = 0
        self.sessions = 0
        self.visits = 0
        # Turn times of the first and the last tenth only: a list of every turn would itself grow
        # by 2.4 MiB over 100,000 turns, inside the process being measured.
        tenth = max(1, turns // 10)
        self.first_ms: list[float] = []
        self.last_ms: deque[float] = deque(maxlen=tenth)
        self._tenth = tenth

    def _timed(self, elapsed: float) -> None:
        if len(self.first_ms) < self._tenth:
            self.first_ms.append(elapsed)
        self.last_ms.append(elapsed)

    def _wait_idle_reset(self) -> None:
        """The patient walks away: "Still there?" counts down and the kiosk starts over."""
        self.window.idle.set_timeout(SOAK_IDLE_MS)
        deadline = time.perf_counter() + 10
        while self.window.session.is_active:
            idle(2)
            if time.perf_counter() > deadline:
                raise TimeoutError("the idle reset never came")
        self.window.idle.set_timeout(VISIT_IDLE_MS)
        self.walker.probe.expect(self.window.attract)
        self.window.attract.update()
        wait_for_frame(self.walker.probe)

    def page_visit(self, turns: int) -> None:
        """Start, Next to the end, language switch, Back towards the start; ended by the idle reset."""
        walker = self.walker
        walker.start()
        done = 0
        pages = walker.page_count()
        while done < turns:
            forward = walker.session.can_go_next and (done // (pages - 1)) % 2 == 0
            self._timed(walker.next() if forward else walker.back())
            done += 1
            if done == pages - 1 and self.visits % 3 == 0:
                walker.switch_language()
            if not walker.session.is_active:  # Back from the first page ends the visit
                walker.start()
        self.turns += done
        self.visits += 1
        self._wait_idle_reset()

    def questionnaire_visit(self) -> None:
        walker = self.walker
        walker.step(self.window.attract.questions_button)
        if self.sessions % 4 == 1:
            walker.switch_language()
        while (screen := walker.view.current_question_screen()) is not None:
            walker.step(_answer_button(walker, screen, self.sessions))
        self.sessions += 1
        self._wait_idle_reset()


_CHECKOUT = BUNDLED_PACK.parents[1]


def _where(frame: tracemalloc.Frame) -> str:
    """``file:line`` relative to the checkout or to site-packages, so results name no machine's folders."""
    path = Path(frame.filename)
    if path.is_relative_to(_CHECKOUT):
        path = path.relative_to(_CHECKOUT)
    elif "site-packages" in path.parts:
        path = Path(*path.parts[path.parts.index("site-packages") + 1 :])
    else:
        path = Path(path.name)
    return f"{path.as_posix()}:{frame.lineno}"


def visit_every_screen(walker: Walker, max_cases: int | None = None) -> int:
    """Every page in every language, every question and outcome of the pack's own cases, the overlay."""
    from kiosk.core.content.cases import read_pack_cases  # noqa: PLC0415
    from kiosk.core.questionnaire.answers import parse_answers  # noqa: PLC0415
    from kiosk.core.questionnaire.model import NOT_SURE  # noqa: PLC0415
    from kiosk.core.session import Screen  # noqa: PLC0415

    window = walker.window
    session = window.session
    screens = 0
    for _lang in session.pack.languages:
        walker.start()
        screens += 1
        while session.can_go_next:
            walker.next()
            screens += 1
        walker.switch_language()
        while session.page_index > 0:
            walker.back()
            screens += 1
        walker.start_over()
    questionnaire = session.questionnaire
    if questionnaire is not None:
        cases, _ = read_pack_cases(session.pack.root)
        for case in cases[:max_cases]:
            answers = parse_answers(questionnaire, case.answers)[0]
            walker.step(window.attract.questions_button)
            while session.screen is Screen.QUESTION:
                session.answer(answers.get(session.question.id, NOT_SURE))
                walker.probe.expect(walker.current() or window)
                wait_for_frame(walker.probe)
                screens += 1
            walker.finish()
    window.overlay.start(3)
    walker.probe.expect(window.overlay)
    wait_for_frame(walker.probe)
    window.overlay.cancel()
    return screens + 1


def collect_everything() -> None:
    """Every unreachable object freed, those the kiosk's collector set aside too (as its next settle does)."""
    from kiosk.ui.collector import MainThreadCollector  # noqa: PLC0415

    collector = MainThreadCollector.of(QApplication.instance())
    if collector is not None and collector.settling:
        collector.settle_now()
    else:
        gc.collect()


def run_soak(walker: Walker, turns: int, sessions: int) -> dict[str, Any]:
    window = walker.window
    window.idle.set_timeout(VISIT_IDLE_MS)
    window.overlay._tick.setInterval(SOAK_TICK_MS)  # the "Still there?" countdown, one tick a millisecond
    walker.reading_ms = 0
    soak = Soak(walker, turns)
    per_visit = 24
    page_visits = max(1, -(-turns // per_visit))
    every = max(1, page_visits // max(1, sessions)) if sessions else page_visits + 1
    warm_turns = max(1, int(turns * WARM_UP_FRACTION))
    rss: list[tuple[int, float]] = []
    traced: list[tuple[int, float]] = []
    started = time.perf_counter()
    baseline: dict[str, float] = {}
    snapshot: tracemalloc.Snapshot | None = None
    sample_every = max(1, turns // SAMPLES)
    next_sample = 0

    def checkpoint() -> None:
        idle(SETTLE_MS)
        collect_everything()
        rss.append((soak.turns, memory_mib()["rss"]))
        if tracemalloc.is_tracing():
            traced.append((soak.turns, round(tracemalloc.get_traced_memory()[0] / 1024 / 1024, 2)))

    while soak.turns < turns or soak.sessions < sessions:
        if soak.turns < turns:
            soak.page_visit(min(per_visit, turns - soak.turns))
        if soak.sessions < sessions and (soak.visits % every == 0 or soak.turns >= turns):
            soak.questionnaire_visit()
        if snapshot is None and soak.turns >= warm_turns:
            idle(SETTLE_MS)
            collect_everything()
            baseline = memory_mib()
            tracemalloc.start()
            snapshot = tracemalloc.take_snapshot()
        if snapshot is not None and soak.turns >= next_sample:
            checkpoint()
            next_sample = soak.turns + sample_every
    checkpoint()
    end = memory_mib()
    growth: list[dict[str, Any]] = []
    if snapshot is not None:
        final = tracemalloc.take_snapshot()
        ignore = [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, "<frozen *>")]
        stats = final.filter_traces(ignore).compare_to(snapshot.filter_traces(ignore), "lineno")
        growth = [
            {"where": _where(stat.traceback[0]), "kib": round(stat.size_diff / 1024, 1), "count": stat.count_diff}
            for stat in stats[:10]
        ]
        tracemalloc.stop()
    return {
        "turns": soak.turns,
        "sessions": soak.sessions,
        "visits": soak.visits + soak.sessions,
        "seconds": round(time.perf_counter() - started, 1),
        "rss_after_warm_up_mib": baseline.get("rss"),
        "rss_end_mib": end["rss"],
        "pss_end_mib": end["pss"],
        "rss_growth_mib": round(end["rss"] - baseline.get("rss", end["rss"]), 1),
        "rss_samples": rss,
        "traced_mib_samples": traced,
        "tracemalloc_top_growth": growth,
        "turn_first_tenth": summary(soak.first_ms),
        "turn_last_tenth": summary(list(soak.last_ms)),
    }


def main() -> None:
    options = params()
    size = options.get("size", (1920, 1080))
    errors = ErrorCounter()
    window = open_kiosk((int(size[0]), int(size[1])))
    collect_everything()
    first = memory_mib()
    walker = Walker(window, reading_ms=20)
    screens = visit_every_screen(walker)
    idle(SETTLE_MS)
    collect_everything()
    every = memory_mib()
    result: dict[str, Any] = {
        "size": f"{size[0]}x{size[1]}",
        "after_first_screen": first,
        "after_every_screen": every,
        "screens_visited": screens,
    }
    result["soak"] = run_soak(walker, int(options.get("turns", 100_000)), int(options.get("sessions", 5_000)))
    result["errors"] = errors.count
    result["first_error"] = errors.first
    emit(result)


if __name__ == "__main__":
    main()
