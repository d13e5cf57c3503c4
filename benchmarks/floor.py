"""The floor for cold start: a bare QApplication with an empty full-screen window, nothing else.

Prints the milliseconds from process start to its first painted frame, measured exactly as
``kiosk --exit-after-first-frame`` measures it (kernel process start time, a Paint event on the
window, then one more turn of the event loop so the frame has been flushed).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.common import uptime_ms


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        print(f"{uptime_ms():.0f}", flush=True)
        QApplication.exit(0)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    screen = app.primaryScreen()
    window.setGeometry(screen.geometry())
    _FirstPaint(window)
    window.showFullScreen()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
