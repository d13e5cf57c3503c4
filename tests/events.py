"""Turning the event loop from a test without holding Python's lock while Qt works."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer


def pump() -> None:
    """Deliver what is queued now (posted events, queued calls), inside a ``QEventLoop``.

    ``QEventLoop.exec`` lets Python's lock go while Qt works; ``QTest.qWait`` and a touch sequence's
    ``commit()`` keep it. A queued Qt Multimedia call (``setSource``, ``stop``) waits for the player's
    own threads, which may need that lock, so under the latter two a test can wait for ever.
    """
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()
