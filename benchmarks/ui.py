"""Tap to screen: from a simulated tap to the next screen painted (pages, language, text size, questions).

Run by the runner in its own process: ``python -m benchmarks.ui '{"size": [1920, 1080], ...}'``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from benchmarks.common import emit, params
from benchmarks.frames import (
    ErrorCounter,
    FrameProbe,
    collector_settles,
    idle,
    open_kiosk,
    tap,
    wait_for_frame,
    wait_for_settle,
)
from benchmarks.stats import summary

#: Time the event loop runs between two taps: a patient reads for seconds, the kiosk prepares.
READING_MS = 40


def tap_to_frame(probe: FrameProbe, button: QWidget, shown: Callable[[], QWidget | None]) -> float:
    """Milliseconds from a tap on ``button`` to the frame that paints the screen ``shown()`` returns."""
    started = time.perf_counter()
    tap(button)
    target = shown()
    if target is None:
        raise RuntimeError(f"no screen after tapping {button.accessibleName()!r}")
    probe.expect(target)
    return (wait_for_frame(probe) - started) * 1000


class Walker:
    """Drives one kiosk window through its screens by tapping, and times each step."""

    def __init__(self, window: Any, reading_ms: int = READING_MS) -> None:
        self.window = window
        self.session = window.session
        self.probe = FrameProbe(window)
        self.reading_ms = reading_ms

    @property
    def view(self) -> Any:
        return self.window.session_view

    def current(self) -> QWidget | None:
        """The screen a patient sees: the attract screen, or the page or question on top of the stack."""
        shown = self.window.current_screen()
        if shown is None or shown.objectName() != "SessionView":  # the attract screen, "Thank you"
            return cast(QWidget | None, shown)
        return cast(QWidget | None, self.view.stack.currentWidget())

    def step(self, button: QWidget) -> float:
        elapsed = tap_to_frame(self.probe, button, self.current)
        idle(self.reading_ms)
        return elapsed

    def start(self) -> float:
        return self.step(self.window.attract)

    def start_over(self) -> float:
        before = collector_settles()
        elapsed = self.step(self.view.home_button)
        wait_for_settle(before)  # the next patient comes after the kiosk has tidied up
        return elapsed

    def next(self) -> float:
        """Next, timed to the frame of the screen it brings; key-point checks that it brings at the
        end of a section are then skipped with their own button (untimed: it is the same kind of tap)."""
        elapsed = self.step(self.view.next_button)
        while self.session.screen.value == "check":
            self.step(self.view.next_button)
        return elapsed

    def back(self) -> float:
        return self.step(self.view.back_button)

    def finish(self) -> float:
        """Finish on a result, then past "Thank you" at once. "Tell a staff member now" has no Finish:
        staff end that visit (their PIN is not what is measured here)."""
        before = collector_settles()
        if self.session.shows_urgent_result:
            self.session.reset()
            wait_for_settle(before)
            return 0.0
        elapsed = self.step(self.view.next_button)
        self.window.endings.thanks.finish()
        wait_for_settle(before)
        return elapsed

    def switch_language(self) -> float:
        return self.step(self.view.language_button)

    def page_count(self) -> int:
        return len(self.session.pack.pages)


def press_to_pressed(walker: Walker, presses: int) -> list[float]:
    """A finger down on Next: milliseconds to the frame that shows it pressed (nothing acts until
    release; the finger slides off before it lifts, so the page stays)."""
    times: list[float] = []
    walker.start()
    button = walker.view.next_button
    outside = QPoint(-10, -10)
    for _ in range(presses):
        walker.probe.expect(button)
        started = time.perf_counter()
        QTest.mousePress(button, Qt.MouseButton.LeftButton)
        times.append((wait_for_frame(walker.probe) - started) * 1000)
        QTest.mouseMove(button, outside)
        QTest.mouseRelease(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, outside)
        idle(walker.reading_ms)
    if walker.session.page_index != 0:
        raise RuntimeError("a press that slid off Next turned the page")
    walker.start_over()
    return times


def fade_frames(walker: Walker, turns: int) -> tuple[list[float], list[float]]:
    """Page turns with the fade on: (each fade frame after the first, in ms; each fade's length, in ms)."""
    transition = walker.window.transition
    frames: list[float] = []
    lengths: list[float] = []
    walker.start()
    last = walker.page_count() - 1
    for turn in range(turns):
        walker.probe.paint_ms = []
        walker.probe.timing = True
        button = walker.view.next_button if walker.session.page_index < last else walker.view.back_button
        elapsed = tap_to_frame(walker.probe, button, walker.current)
        first = time.perf_counter()
        deadline = first + 2.0
        while transition.is_running() and time.perf_counter() < deadline:
            idle(2)
        if transition.is_running():
            raise RuntimeError(f"the fade of turn {turn} did not end")
        walker.probe.timing = False
        lengths.append((time.perf_counter() - first) * 1000 + elapsed)
        frames.extend(walker.probe.paint_ms)
        idle(walker.reading_ms)
    walker.start_over()
    return frames, lengths


def first_visit_turns(walker: Walker, turns: int) -> tuple[list[float], list[float]]:
    """Next through the whole pack from a fresh start, again and again: every page is new to the visit.

    Returns (page turns, taps on the attract screen to the first page).
    """
    times: list[float] = []
    starts: list[float] = []
    while len(times) < turns:
        starts.append(walker.start())
        for _ in range(walker.page_count() - 1):
            times.append(walker.next())
            if len(times) >= turns:
                break
        walker.start_over()
    return times, starts


def warm_turns(walker: Walker, turns: int) -> tuple[list[float], list[float]]:
    """Back then Next between pages already shown; returns (Next times, Back times)."""
    forward: list[float] = []
    backward: list[float] = []
    walker.start()
    last = walker.page_count() - 1
    for _ in range(2):  # every page shown once before timing
        walker.next()
    index = 2
    while len(forward) < turns:
        backward.append(walker.back())
        forward.append(walker.next())
        if index < last and len(forward) % 4 == 0:
            walker.next()
            index += 1
    walker.start_over()
    return forward, backward


def language_switches(walker: Walker, switches: int) -> list[float]:
    """The globe button on a page: the same page in the other language, painted."""
    times: list[float] = []
    walker.start()
    while len(times) < switches:
        times.append(walker.switch_language())
        if walker.session.can_go_next and len(times) % 2 == 0:
            walker.next()
    walker.start_over()
    return times


def text_size_changes(walker: Walker, changes: int) -> list[float] | str:
    """The text-size control on a page: the page reflowed at the next size, painted."""
    button = getattr(walker.view, "text_size_button", None)
    if not isinstance(button, QPushButton):
        return "the kiosk has no text-size control on its page screens yet"
    times: list[float] = []
    walker.start()
    walker.next()
    while len(times) < changes:
        times.append(walker.step(button))
    walker.start_over()
    return times


def _answer_button(walker: Walker, screen: Any, session_number: int) -> QWidget:
    """A plausible answer: "No" to warning signs, options in turn, "None of these" to lists."""
    question = screen.question
    if question.kind == "multiple":
        button: QWidget = walker.view.next_button
        return button
    values = [b.value for b in screen.buttons]
    if question.kind == "yes_no":
        choice: Any = "no"
    elif question.kind == "scale":
        choice = values[(session_number * 3) % len(values)]
    else:
        choice = values[session_number % len(values)]
    for candidate in screen.buttons:
        if candidate.value == choice:
            found: QWidget = candidate
            return found
    not_sure: QWidget = screen.not_sure
    return not_sure


def questionnaire_sessions(
    walker: Walker, answers: int, from_attract: bool = True, qr_codes: list[float] | None = None
) -> tuple[list[float], list[float]]:
    """Whole questionnaires: (answer → next question painted, last answer → result painted); with
    ``qr_codes``, also last answer → the result's take-home QR code painted (made off the UI thread)."""
    to_question: list[float] = []
    to_result: list[float] = []
    number = 0
    while len(to_question) < answers:
        walker.step(walker.window.attract.questions_button)
        while True:
            screen = walker.view.current_question_screen()
            if screen is None:
                break
            started = time.perf_counter()
            elapsed = tap_to_frame(walker.probe, _answer_button(walker, screen, number), walker.current)
            if walker.view.current_question_screen() is not None:
                to_question.append(elapsed)
            else:
                to_result.append(elapsed)
                if qr_codes is not None:
                    qr_codes += _qr_painted(walker, started)
            idle(walker.reading_ms)
        walker.finish()
        number += 1
    return to_question, to_result


def print_renders(walker: Walker, count: int) -> list[float]:
    """Milliseconds to lay out the printed summary (every question chosen, in the largest and the
    normal text size in turn) and each of the pack's handouts for one page, and make the PDF bytes
    the print service gets: what a print job does on its thread before ``lp`` starts."""
    from PySide6.QtGui import QPageSize  # noqa: PLC0415

    from kiosk.core.questionnaire.model import NOT_SURE  # noqa: PLC0415
    from kiosk.core.session import Screen  # noqa: PLC0415
    from kiosk.ui.visit.printing import handout_sheet  # noqa: PLC0415
    from kiosk.ui.widgets.printed_page import to_pdf  # noqa: PLC0415

    session = walker.session
    size = QPageSize(QPageSize.PageSizeId.A4)
    times: list[float] = []
    for number in range(count):
        session.reset()
        session.set_text_size("largest" if number % 2 == 0 else "normal")
        session.start_questionnaire()
        while session.screen is Screen.QUESTION:  # "no" to every warning sign, "Not sure" elsewhere
            options = [option.id for option in session.question.options]
            session.answer("no" if "no" in options else (options[0] if session.question.id == "area" else NOT_SURE))
        if session.result.outcome.kind.urgent:
            continue
        for index in range(len(session.result.outcome.questions_to_ask(session.language))):
            session.toggle_question(index)
        makers = [walker.view.summary_sheet()]
        makers += [handout_sheet(session.pack, h, session.language, session.text_size) for h in session.pack.handouts]
        for make in makers:
            started = time.perf_counter()
            sheet, pages = make(size)
            to_pdf(sheet, size, pages=pages)
            times.append((time.perf_counter() - started) * 1000)
    session.reset()
    return times


def _qr_painted(walker: Walker, started: float) -> list[float]:
    """Milliseconds from ``started`` (the last answer's tap) to the frame that paints the result's QR
    code; [] on a result without one ("Please tell a staff member now")."""
    result = walker.view.current_result_screen()
    code = result.take_home if result is not None else None
    if code is None:
        return []
    if code.is_ready():  # made before the result's first frame: it was in that frame
        return [(walker.probe.done_at - started) * 1000]
    code.ready.connect(lambda: walker.probe.expect(code.picture))
    deadline = time.perf_counter() + 5
    while not code.is_ready() and time.perf_counter() < deadline:
        QApplication.processEvents()
    return [(wait_for_frame(walker.probe) - started) * 1000]


def main() -> None:
    options = params()
    size = tuple(options.get("size", (1920, 1080)))
    turns = int(options.get("turns", 200))
    errors = ErrorCounter()
    window = open_kiosk((int(size[0]), int(size[1])))
    walker = Walker(window, int(options.get("reading_ms", READING_MS)))
    first, starts = first_visit_turns(walker, turns)
    warm, back = warm_turns(walker, turns)
    result: dict[str, Any] = {
        "size": f"{size[0]}x{size[1]}",
        "page_first_visit": summary(first),
        "page_warm": summary(warm),
        "page_back_warm": summary(back),
        "attract_to_first_page": summary(starts),
        "first_turn_after_launch_ms": round(first[0], 2),
    }
    result["press_to_pressed"] = summary(press_to_pressed(walker, int(options.get("presses", 60))))
    fade, fade_lengths = fade_frames(walker, int(options.get("fades", 40)))
    result["fade_frame"] = summary(fade)
    result["fade_length"] = summary(fade_lengths)
    if options.get("full_set", True):
        result["language_switch"] = summary(language_switches(walker, int(options.get("switches", 40))))
        sizes = text_size_changes(walker, int(options.get("switches", 40)))
        result["text_size_change"] = summary(sizes) if isinstance(sizes, list) else {"n": 0, "missing": sizes}
        qr_codes: list[float] = []
        to_question, to_result = questionnaire_sessions(walker, turns, qr_codes=qr_codes)
        result["answer_to_question"] = summary(to_question)
        result["answer_to_result"] = summary(to_result)
        result["answer_to_qr_code"] = summary(qr_codes)
        result["handout_for_print"] = summary(print_renders(walker, max(2, turns // 10)))
    result["errors"] = errors.count
    result["first_error"] = errors.first
    result["frames"] = walker.probe.frames
    emit(result)


if __name__ == "__main__":
    main()
