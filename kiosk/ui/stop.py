"""A clean stop on SIGTERM (``systemctl stop``, a reboot, a reinstall) and SIGINT.

Python runs a signal handler only when the interpreter gets control, and Qt's event loop runs in
C++; so the signal is written to a socket that Qt watches (``signal.set_wakeup_fd``), which wakes
the loop at once without polling. The kiosk then leaves its event loop normally, and the health
file records a stop instead of an unexpected end.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

#: The exit code after a stop asked for by a signal (the service manager asked; not a crash).
EXIT_SIGNALLED = 0


class StopOnSignal(QObject):
    """Calls ``stop(EXIT_SIGNALLED)`` when the process gets SIGTERM or SIGINT."""

    SIGNALS = (signal.SIGTERM, signal.SIGINT)

    def __init__(self, stop: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = stop
        self.received: int | None = None
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, self._on_signal) for number in self.SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _on_signal(self, number: int, _frame: FrameType | None) -> None:
        if self.received is None:
            self.received = number
            log.info("stopping: %s", signal.Signals(number).name)
            self._stop(EXIT_SIGNALLED)

    def _drain(self) -> None:
        # Reading wakes nothing by itself: Python has already run _on_signal by the time this
        # slot's bytecode starts. The bytes only need to be taken off the socket.
        try:
            while self._reader.recv(64):
                pass
        except BlockingIOError:
            pass

    def restore(self) -> None:
        """Give the signals back to whoever handled them before (tests, an embedding app)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()
