"""Python's garbage collector runs on the UI thread only.

Python collects reference cycles on whichever thread happens to allocate when a threshold is
crossed. When that is a worker thread (staff mode lists or installs packs on one, the preview
checks a pack on one) and the cycle holds a Qt object, Qt destroys a widget or timer away from the
thread that owns it, and the process crashes at some later, unrelated moment.

So automatic collection is switched off, and a timer on the UI thread looks at the same counters
the collector would have looked at and collects the same generation it would have. Cycles are
freed a little later than before (at most ``INTERVAL_MS``), never on another thread.

A full collection looks at every object Python tracks: about 80,000 once the kiosk has built its
screens, 20 to 30 ms on a small machine, in the middle of a page turn if it falls there. So when
nobody is using the kiosk (after start-up, and after each visit once the attract screen is back) the
collector *settles*: one full collection, then ``gc.freeze()`` sets aside every object that
survived it, so the collections during the next visit look only at what that visit made (well
under a millisecond). The next settle unfreezes them first, so nothing set aside is kept for ever.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

if TYPE_CHECKING:
    from kiosk.core.session import Session

#: How often the UI thread checks whether a collection is due.
INTERVAL_MS = 500
#: How long after a visit ends (or the warm-up starts) the collector settles: after the attract
#: screen's fade, long before the next patient's first touch.
SETTLE_DELAY_MS = 300


class MainThreadCollector(QObject):
    """Collects reference cycles from the UI thread, by Python's own thresholds.

    Signals:
        settled(): a full collection ran and what survived it was set aside (``gc.freeze``).
    """

    settled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainThreadCollector")
        self.thresholds = gc.get_threshold()
        self.collections = 0
        self.settles = 0
        #: Whether it settles when nobody uses the kiosk (``settle_when_idle`` was called).
        self.settling = False
        self._timer = QTimer(self)
        self._timer.setObjectName("MainThreadCollector")
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._settle_timer = QTimer(self)
        self._settle_timer.setObjectName("MainThreadCollectorSettle")
        self._settle_timer.setSingleShot(True)
        self._settle_timer.timeout.connect(self._settle)
        self._still_idle: Callable[[], bool] = lambda: True
        gc.disable()
        self._timer.start()

    @classmethod
    def of(cls, app: QObject | None) -> MainThreadCollector | None:
        """The application's collector (``kiosk.app.run`` makes one), or None."""
        return app.findChild(cls, "MainThreadCollector") if app is not None else None

    def settle_when_idle(self, still_idle: Callable[[], bool]) -> None:
        """Settle in ``SETTLE_DELAY_MS``, unless ``still_idle()`` is false by then (a visit started)."""
        self._still_idle = still_idle
        self.settling = True
        self._settle_timer.start(SETTLE_DELAY_MS)

    @Slot()
    def _settle(self) -> None:
        if self._still_idle():  # else a patient came first: the next visit's end tries again
            self.settle_now()

    def settle_now(self) -> None:
        """A full collection of everything, then what survived is set aside until the next settle."""
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self.settles += 1
        self.settled.emit()

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
        self._settle_timer.stop()
        gc.unfreeze()
        gc.enable()


def settle_between_visits(collector: MainThreadCollector, session: Session) -> None:
    """Settle once the start-up's warm-up is done, then after every visit, while nobody is there."""

    def nobody_there() -> bool:
        return not session.is_active

    session.ended.connect(lambda: collector.settle_when_idle(nobody_there))
    collector.settle_when_idle(nobody_there)
