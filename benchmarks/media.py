"""Narration and video: tap to narration start, tap to a video's first frame, a page turn away from a
playing video (beside an ordinary page turn), and memory after 200 video plays against after 10.

Run by the runner in its own process: ``python -m benchmarks.media '{"size": [1920, 1080], ...}'``.
The bundled pack's welcome page is narrated and its procedure-day page has the animation.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance

from benchmarks.common import emit, memory_mib, params
from benchmarks.frames import ErrorCounter, idle, open_kiosk, tap
from benchmarks.stats import summary
from benchmarks.ui import Walker

WAIT_MS = 10_000


def wait_for(signal: SignalInstance) -> float:
    """Run the event loop until ``signal`` comes; the moment it came (perf_counter)."""
    loop = QEventLoop()
    came: list[float] = []

    def arrived(*_args: object) -> None:
        came.append(time.perf_counter())
        loop.quit()

    signal.connect(arrived)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(WAIT_MS)
    loop.exec()
    timer.stop()
    signal.disconnect(arrived)
    if not came:
        raise TimeoutError(f"waited {WAIT_MS} ms for {signal}")
    return came[0]


def narration_starts(walker: Walker, count: int) -> list[float]:
    """Tap "Read aloud" on the narrated first page until the narration is playing; then stop it."""
    window, view = walker.window, walker.view
    walker.session.go_to_page("welcome")
    idle(50)
    times = []
    for _ in range(count):
        started = time.perf_counter()
        tap(view.read_button)
        times.append((wait_for(window.narrator.progress) - started) * 1000)
        tap(view.read_button)  # Stop reading
        idle(20)
    return times


def video_panel(walker: Walker) -> Any:
    walker.session.go_to_page("procedure-day")
    idle(50)
    screen = walker.view.current_page_screen()
    if screen is None or screen.video is None:
        raise RuntimeError("the procedure-day page has no video")
    return screen.video


def first_frames(walker: Walker, count: int) -> list[float]:
    """Tap Play until the first frame is on screen; then back to the poster."""
    panel = video_panel(walker)
    times = []
    for _ in range(count):
        started = time.perf_counter()
        tap(panel.play_button)
        times.append((wait_for(panel.first_frame) - started) * 1000)
        panel.stop()
        idle(10)
    return times


def turns_away(walker: Walker, count: int) -> tuple[list[float], list[float]]:
    """Next from the video page while its video plays, and Next from the page before it (no video)."""
    playing, plain = [], []
    for _ in range(count):
        panel = video_panel(walker)
        tap(panel.play_button)
        wait_for(panel.first_frame)
        idle(100)
        playing.append(walker.next())
        walker.session.go_to_page("getting-ready")
        idle(50)
        plain.append(walker.next())
    return playing, plain


def memory_after_plays(walker: Walker, early: int, late: int) -> dict[str, float]:
    """RSS and PSS after ``early`` plays to the first frame and back, and after ``late``."""
    panel = video_panel(walker)
    figures: dict[str, float] = {}
    for number in range(1, late + 1):
        tap(panel.play_button)
        wait_for(panel.first_frame)
        panel.stop()
        idle(5)
        if number in (early, late):
            idle(200)
            found = memory_mib()
            figures[f"rss_after_{number}"] = found["rss"]
            figures[f"pss_after_{number}"] = found["pss"]
    figures["rss_growth_mib"] = figures[f"rss_after_{late}"] - figures[f"rss_after_{early}"]
    return figures


def main() -> None:
    options = params()
    errors = ErrorCounter()
    window = open_kiosk(tuple(options["size"]))
    walker = Walker(window)
    walker.start()
    repeats = int(options.get("repeats", 20))
    result: dict[str, Any] = {
        "narration_start": summary(narration_starts(walker, repeats)),
        "video_first_frame": summary(first_frames(walker, repeats)),
    }
    playing, plain = turns_away(walker, repeats)
    result["turn_away_from_video"] = summary(playing)
    result["turn_from_plain_page"] = summary(plain)
    result["turn_away_extra_ms"] = summary(playing)["p95"] - summary(plain)["p95"]
    result["memory"] = memory_after_plays(walker, int(options.get("early_plays", 10)), int(options.get("plays", 200)))
    result["errors"] = errors.count
    emit(result)


if __name__ == "__main__":
    main()
