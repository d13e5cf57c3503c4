"""Reference cycles holding Qt objects are freed on the UI thread, never on a worker thread."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from kiosk.ui.collector import MainThreadCollector


class Holder:
    """Half of a reference cycle with a Qt object in it; notes the thread it is freed on."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.qt_object = QObject()
        self.me = self

    def __del__(self) -> None:
        Holder.freed_on.append(threading.current_thread().name)


def test_a_cycle_made_garbage_while_a_worker_allocates_is_freed_on_the_ui_thread(qtbot: QtBot) -> None:
    # The test suite runs with the collector already (tests/conftest.py), as the kiosk does.
    assert not gc.isenabled()
    Holder.freed_on.clear()
    Holder()  # garbage at once, but only a collection can free it

    results: list[list[list[int]]] = []

    def allocate() -> None:  # what a staff job does: reads a pack into many small objects
        results.append([[number] for number in range(20_000)])  # kept: over every threshold

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert Holder.freed_on == []  # the worker crossed every threshold and collected nothing
    # The UI thread sees the counts over the threshold at its next check, and collects. (Python
    # 3.12 takes freed objects off the count: the worker's result must still be alive then.)
    qtbot.waitUntil(lambda: Holder.freed_on != [], timeout=3000)
    assert Holder.freed_on == ["MainThread"]
    assert len(results[0]) == 20_000


def test_the_collector_collects_by_pythons_thresholds_and_stops_cleanly(qtbot: QtBot) -> None:
    collector = MainThreadCollector()
    try:
        before = collector.collections
        junk = [[n] for n in range(collector.thresholds[0] * 3)]  # alive: counted until collected
        collector.check()
        assert collector.collections == before + 1 and junk
        collector.check()  # nothing allocated since: nothing to do
        assert collector.collections == before + 1
    finally:
        collector.stop()
        gc.disable()  # the suite's own collector stays in charge
    assert not gc.isenabled()


def test_settling_frees_every_cycle_sets_the_rest_aside_and_frees_it_at_the_next_settle(qtbot: QtBot) -> None:
    """A full collection while nobody is there; what survives is frozen, so the collections during
    the next visit look only at what that visit made; a frozen object dropped since is freed then."""
    collector = MainThreadCollector()
    try:
        Holder.freed_on.clear()
        Holder()  # garbage already
        kept = Holder()  # alive when the kiosk settles: set aside, then dropped during the visit
        with qtbot.waitSignal(collector.settled, timeout=3000):
            collector.settle_when_idle(lambda: True)
        assert Holder.freed_on == ["MainThread"] and gc.get_freeze_count() > 0
        del kept
        gc.collect()  # a collection during the visit does not even look at the frozen objects
        assert Holder.freed_on == ["MainThread"]
        collector.settle_now()  # after the visit
        assert Holder.freed_on == ["MainThread", "MainThread"] and collector.settles == 2
    finally:
        collector.stop()
        gc.disable()
    assert gc.get_freeze_count() == 0


def test_a_visit_that_starts_before_the_settle_puts_it_off(qtbot: QtBot) -> None:
    collector = MainThreadCollector()
    visit_started = [True]
    try:
        collector.settle_when_idle(lambda: not visit_started[0])
        qtbot.waitUntil(lambda: not collector.findChild(QTimer, "MainThreadCollectorSettle").isActive(), timeout=3000)
        assert collector.settles == 0 and gc.get_freeze_count() == 0  # no pause in the patient's taps
    finally:
        collector.stop()
        gc.disable()
