"""Python's garbage collector runs on the UI thread only.

Python collects reference cycles on whichever thread happens to allocate when a threshold is
crossed. When that is a worker thread (staff mode lists or installs packs on one, the preview
checks a pack on one) and the cycle holds a Qt object, Qt destroys a widget or timer away from the
thread that owns it, and the process crashes at some later, unrelated moment.

So automatic collection is switched off, and a timer on the UI thread looks at the same counters
the collector would have looked at and collects the same generation it would have. Cycles are
freed a little later than before (at most ``INTERVAL_MS``), never on another thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

#: How often the UI thread checks whether a collection is due.
INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Collects reference cycles from the UI thread, by Python's own thresholds."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainThreadCollector")
        self.thresholds = gc.get_threshold()
        self.collections = 0
        self._timer = QTimer(self)
        self._timer.setObjectName("MainThreadCollector")
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        gc.disable()
        self._timer.start()

    @Slot()
    def check(self) -> None:
        """Collect the oldest generation whose count is over its threshold (as Python would)."""
        counts = gc.get_count()
        first, second, third = self.thresholds
        if first <= 0 or counts[0] <= first:
            return
        generation = 2 if counts[2] > third else 1 if counts[1] > second else 0
        gc.collect(generation)
        self.collections += 1

    def stop(self) -> None:
        """Back to Python's own collection (the application is ending)."""
        self._timer.stop()
        gc.enable()
