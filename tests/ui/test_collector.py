"""Reference cycles holding Qt objects are freed on the UI thread, never on a worker thread."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtCore import QObject
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

    def allocate() -> None:  # what a staff job does: reads a pack, many small objects
        kept = [[number] for number in range(20_000)]  # alive while it works: over every threshold
        assert len(kept) == 20_000

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert Holder.freed_on == []  # the worker crossed every threshold and collected nothing
    qtbot.waitUntil(lambda: Holder.freed_on != [], timeout=3000)
    assert Holder.freed_on == ["MainThread"]


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
