"""The longest the kiosk goes without feeding the service manager's watchdog, on the heaviest pack allowed.

The heaviest pack is the bundled one with its English pages replaced, one by one, by the largest
pages the budgets allow in the shapes that cost the most (``benchmarks/hostile.py``). The kiosk
loads it (every page converted, as at start-up) and a patient turns through every page and back.
A recording watchdog, pinged as the real one is (a timer in the event loop, and the helper thread
of ``watchdog.long_work`` while a pack converts), notes when each ping arrives; the figure is the
longest time between two of them. The same walk on the bundled pack is the floor.

Run by the runner in its own process: ``python -m benchmarks.stall '{"pack": "heaviest"}'``.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent

from benchmarks.common import BUNDLED_PACK, emit, params
from benchmarks.frames import ErrorCounter, app, idle, open_kiosk
from kiosk.core import watchdog
from kiosk.core.watchdog import Notifier

#: How often the recording watchdog asks for a ping (a real unit's WatchdogSec is seconds; a short
#: interval only makes the gaps finer-grained).
PING_INTERVAL_S = 0.02


class RecordingNotifier(Notifier):
    """A watchdog that keeps the time of every ping instead of sending it."""

    def __init__(self) -> None:
        super().__init__(address="@bench", ping_interval_s=PING_INTERVAL_S)
        self.times: list[float] = []
        self._lock = threading.Lock()

    def send(self, message: str) -> bool:
        if message == "WATCHDOG=1":
            with self._lock:
                self.times.append(time.perf_counter())
        return True

    def longest_gap_ms(self, since: float) -> float:
        with self._lock:
            times = [since, *sorted(t for t in self.times if t >= since), time.perf_counter()]
        return max(later - earlier for earlier, later in itertools.pairwise(times)) * 1000


def heaviest_pack(folder: Path) -> Path:
    """A copy of the bundled pack whose first English pages are the largest pages allowed."""
    from benchmarks.hostile import LARGEST_PAGES  # noqa: PLC0415

    pack = folder / "heaviest"
    shutil.copytree(BUNDLED_PACK, pack)
    # Pages like these are refused by the readability check, not by the kiosk: lift the check here.
    toml = pack / "pack.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("en_max_grade = 8", "en_max_grade = 100000"), "utf-8")
    # The key-point checks name words of the pages replaced here: this pack has none.
    (pack / "keypoints.toml").unlink(missing_ok=True)
    pages = sorted((pack / "en").glob("*.md"))
    for page, body in zip(pages, LARGEST_PAGES.values(), strict=False):
        header = page.read_text(encoding="utf-8").split("\n\n", 1)[0]
        # The links shape points at a page of the test pack; here the test block has its own name.
        page.write_text(header + "\n\n" + body.replace("(page:block)", "(page:block-results)"), encoding="utf-8")
    return pack


def walk(pack: Path) -> dict[str, Any]:
    from benchmarks.ui import Walker  # noqa: PLC0415
    from kiosk.ui.watchdog import WatchdogPinger  # noqa: PLC0415

    application = app()
    recorder = RecordingNotifier()
    watchdog.use(recorder)
    pinger = WatchdogPinger(recorder, application)
    pinger.start()
    idle(50)  # the pinger's first pings, from the event loop
    errors = ErrorCounter()
    started = time.perf_counter()
    window = open_kiosk((1920, 1080), pack=pack, settle_ms=0)
    loaded_ms = (time.perf_counter() - started) * 1000
    walker = Walker(window, reading_ms=round(PING_INTERVAL_S * 2000))
    walker.start()
    for _ in range(walker.page_count() - 1):
        walker.next()
    for _ in range(walker.page_count() - 1):
        walker.back()
    idle(50)
    gap = recorder.longest_gap_ms(started)
    pinger.stop()
    watchdog.use(None)
    walker.session.reset()  # the visit ends, as when the patient walks away
    idle(600)  # the kiosk tidies up after a visit 0.3 s after it ends
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return {
        "longest_gap_ms": round(gap, 1),
        "load_ms": round(loaded_ms, 1),
        "pings": len(recorder.times),
        "pages": walker.page_count(),
        "errors": errors.count,
        "first_error": errors.first,
    }


def main() -> None:
    options = params()
    if options.get("pack", "heaviest") == "bundled":
        emit(walk(BUNDLED_PACK))
        return
    folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-heaviest-"))
    try:
        emit(walk(heaviest_pack(folder)))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
