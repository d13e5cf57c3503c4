"""Heartbeats from the Qt event loop: watchdog pings for systemd and the periodic health file.

Both run on QTimers in the GUI thread, so when the event loop freezes the pings stop and
systemd restarts the kiosk.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.core.health import HealthFile
from kiosk.core.watchdog import Notifier


class WatchdogPinger(QObject):
    """Sends ``READY=1`` once the event loop runs, then ``WATCHDOG=1`` every ping interval.

    Signals:
        pinged: a watchdog ping was sent (or tried).
    """

    pinged = Signal()

    def __init__(self, notifier: Notifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notifier = notifier
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._ping)
        if notifier.ping_interval_s is not None:
            self._timer.setInterval(max(1, round(notifier.ping_interval_s * 1000)))

    def start(self) -> None:
        """Announce readiness from the event loop, then keep pinging while it turns."""
        QTimer.singleShot(0, self._ready)

    def stop(self) -> None:
        self._timer.stop()

    def is_pinging(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def _ready(self) -> None:
        self._notifier.ready()
        if self._notifier.ping_interval_s is not None:
            self._ping()
            self._timer.start()

    @Slot()
    def _ping(self) -> None:
        self._notifier.ping()
        self.pinged.emit()


class HealthTimer(QObject):
    """Rewrites the health file every ``INTERVAL_MS``, so its ``updated_at`` shows the kiosk is alive."""

    INTERVAL_MS = 60_000

    def __init__(self, health: HealthFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._health = health
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._write)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def _write(self) -> None:
        self._health.write()
