"""Knowing when a frame has really been painted, and a kiosk window set up as ``kiosk`` sets it up.

How Qt Widgets paint: a change (a new page shown, a label's text set) only marks regions dirty
and posts one ``UpdateRequest`` event to the top-level window. When the event loop delivers it,
the window's repaint manager sends ``Paint`` events to every dirty widget, draws them into the
backing store and flushes that to the platform window (offscreen: an image in memory; xcb: the
X server). ``FrameProbe`` handles that ``UpdateRequest`` itself, by calling the window's own
``event()`` from an event filter, so the time it takes afterwards is when paint and flush are
done; and it only accepts a frame in which the widget we wait for received a ``Paint`` event.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.common import BUNDLED_PACK

FRAME_TIMEOUT_S = 10.0
#: The garbage collector of the application this module made (none in a test's application).
_OWN_COLLECTOR: list[QObject] = []


class FrameProbe(QObject):
    """Records the moment a frame that paints ``target`` has been flushed to the screen."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._target: QWidget | None = None
        self._target_painted = False
        self.done_at: float | None = None
        self.frames = 0
        #: While true, every frame is painted here and how long it took is kept in ``paint_ms``
        #: (the frames of a screen change's fade, after its first).
        self.timing = False
        self.paint_ms: list[float] = []
        window.installEventFilter(self)

    def expect(self, target: QWidget) -> None:
        """Wait for the next frame in which ``target`` (or the area it covers) is painted."""
        old = self._target
        if old is not None and old is not target and shiboken6.isValid(old):  # the kiosk may have dropped it
            old.removeEventFilter(self)
        self._target = target
        target.installEventFilter(self)
        self._target_painted = False
        self.done_at = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        kind = event.type()
        if kind == QEvent.Type.Paint and watched is self._target:
            self._target_painted = True
        elif kind == QEvent.Type.UpdateRequest and watched is self._window and (self.done_at is None or self.timing):
            started = time.perf_counter()
            self._window.event(event)  # paint every dirty widget and flush, now
            self.frames += 1
            if self.done_at is not None:
                self.paint_ms.append((time.perf_counter() - started) * 1000)
            elif self._target_painted:
                self.done_at = time.perf_counter()
            return True
        return False


def app() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    from kiosk.core.audio import choose_audio_backend  # noqa: PLC0415

    choose_audio_backend()  # as kiosk.app.main does, before Qt Multimedia loads
    QCoreApplication.setOrganizationName("kiosk")
    QCoreApplication.setApplicationName("kiosk")
    made = QApplication(sys.argv[:1])
    from kiosk.ui.collector import MainThreadCollector  # noqa: PLC0415  (as kiosk.app.run does)

    _OWN_COLLECTOR.append(MainThreadCollector(made))
    return made


def wait_for_frame(probe: FrameProbe) -> float:
    """Run the event loop (as ``app.exec()`` would) until the expected frame is out; returns its time."""
    deadline = time.perf_counter() + FRAME_TIMEOUT_S
    while probe.done_at is None:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        if time.perf_counter() > deadline:
            raise TimeoutError("the expected frame was never painted")
    return probe.done_at


def collector_settles() -> int:
    """How many times the kiosk's garbage collector has settled so far (see ``kiosk.ui.collector``)."""
    from kiosk.ui.collector import MainThreadCollector  # noqa: PLC0415

    collector = MainThreadCollector.of(QApplication.instance())
    return collector.settles if collector is not None else 0


def wait_for_settle(before: int, timeout_s: float = 3.0) -> None:
    """Run the event loop until the collector has settled since it counted ``before`` (it does once
    nobody uses the kiosk: after start-up and after each visit), as it has before a real patient."""
    from kiosk.ui.collector import MainThreadCollector  # noqa: PLC0415

    collector = MainThreadCollector.of(QApplication.instance())
    if collector is None or not collector.settling:
        return  # a test's application: it does not settle
    deadline = time.perf_counter() + timeout_s
    while collector_settles() <= before:
        idle(10)
        if time.perf_counter() > deadline:
            raise TimeoutError("the garbage collector never settled on the attract screen")


def tap(widget: QWidget, pos: QPoint | None = None) -> None:
    """A press and release on ``widget`` (what a touchscreen's synthesised mouse events do)."""
    if pos is None:  # QTest taps the centre; passing a QPoint left ~5 bytes behind per tap in PySide
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def idle(ms: int) -> None:
    """Let the event loop run for ``ms``, as it does while a patient reads.

    A QEventLoop, as ``app.exec()`` runs, and not ``QTest.qWait``: qWait keeps Python's lock while it
    runs the loop, so a Qt Multimedia thread that needs the lock (tearing down a player's audio) and
    the player call that waits for that thread would wait for each other for ever.
    """
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class ErrorCounter:
    """Counts uncaught exceptions in slots instead of hiding them (a benchmark must not pass on errors)."""

    def __init__(self) -> None:
        self.count = 0
        self.first = ""
        sys.excepthook = self._hook

    def _hook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        self.note(f"{kind.__name__}: {error}")
        sys.__excepthook__(kind, error, tb)

    def note(self, what: str) -> None:
        """An error the benchmark found itself (a signal that never came, a failure reported)."""
        self.count += 1
        if not self.first:
            self.first = what


class PastTheSettleGuard:
    """A monotonic clock that moves a minute on at every reading."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 60.0
        return self.now


def open_kiosk(
    size: tuple[int, int],
    data: Path | None = None,
    *,
    settle_ms: int = 200,
    pack: Path = BUNDLED_PACK,
    shown: tuple[str, ...] = (),
    settle: bool | None = None,
    **settings: Any,
) -> QWidget:
    """The kiosk window on ``pack`` (the bundled one unless told) at ``size``, shown and painted, warm-up done.

    Built with the same calls as ``kiosk.app.run``: full screen when the screen has that size, and
    the garbage collector settling while nobody uses it (``settle``; by default only in an application
    this module made, never in a test's, whose collector the whole test suite shares).
    """
    from kiosk.core.install.locate import open_pack  # noqa: PLC0415
    from kiosk.core.paths import DataPaths  # noqa: PLC0415
    from kiosk.core.settings import Settings  # noqa: PLC0415
    from kiosk.ui.crash import after_first_paint  # noqa: PLC0415
    from kiosk.ui.start import build_window  # noqa: PLC0415

    application = app()
    # Benchmarks tap far faster than a patient: a clock that jumps past the settle guard at every
    # reading lets each tap count, instead of waiting 500 ms per turn (the guard's own tests step
    # a clock of their own). It is read only by the guard; the idle timers are Qt timers.
    from kiosk.core import clock  # noqa: PLC0415

    clock.monotonic = PastTheSettleGuard()
    data = data or Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    opened = open_pack(str(pack), DataPaths.in_dir(data))
    window = build_window(
        opened,
        Settings(clinic_name="Riverside Spine Clinic", **settings),
        kiosk_mode=True,
        paths=DataPaths.in_dir(data),
        shown=shown,
    )
    screen = application.primaryScreen()
    if (screen.size().width(), screen.size().height()) == size:
        window.setGeometry(screen.geometry())
        window.showFullScreen()
    else:
        window.resize(*size)
        window.show()
    # As kiosk.app.run does: the warm-up starts once the first frame is painted.
    painted: list[bool] = []

    def after_the_first_frame() -> None:
        painted.append(True)
        getattr(window, "warm_up", lambda: None)()
        from kiosk.ui.collector import MainThreadCollector, settle_between_visits  # noqa: PLC0415

        collector = MainThreadCollector.of(application)
        if collector is not None and (settle if settle is not None else collector in _OWN_COLLECTOR):
            settle_between_visits(collector, window.session)

    settles = collector_settles()
    after_first_paint(window, after_the_first_frame)
    deadline = time.perf_counter() + FRAME_TIMEOUT_S
    while not painted:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        if time.perf_counter() > deadline:
            raise TimeoutError("the kiosk window was never painted")
    idle(settle_ms)
    wait_for_settle(settles)
    return window
