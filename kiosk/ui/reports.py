"""Writing the status report (kiosk.core.fleet.report) without holding up the screen.

Only the picture of the attract screen is made on the UI thread (Qt draws widgets there, and a
render takes a few tens of milliseconds); shrinking and encoding it as PNG, reading the packs and
the health file, and writing the file happen on a worker thread, in the function
:meth:`ReportMaker.prepare` returns.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

from kiosk.core.fleet import outbox
from kiosk.core.fleet.report import AttractPicture, UsageCounts, build_report, utc_stamp
from kiosk.core.paths import DataPaths
from kiosk.core.settings import Settings

log = logging.getLogger(__name__)

#: The widest picture a report carries: enough to read the screen, small enough to send often.
PICTURE_WIDTH = 1280

WriteReport = Callable[[Path], Path]


def attract_picture(image: QImage, rendered_at: str) -> AttractPicture | None:
    """``image`` shrunk to at most PICTURE_WIDTH wide and encoded as PNG; safe on any thread."""
    if image.isNull():
        return None
    if image.width() > PICTURE_WIDTH:
        image = image.scaledToWidth(PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    saved = image.save(buffer, "PNG")  # type: ignore[call-overload]  # (PySide takes the format as text)
    if not saved:
        log.warning("the attract screen's picture could not be encoded")
        return None
    buffer.close()
    return AttractPicture(bytes(data.data()), image.width(), image.height(), rendered_at)


class ReportMaker:
    """Makes status reports for one kiosk.

    ``settings()`` gives the settings in use, ``picture()`` renders the attract screen off screen
    (None while a visit is under way: the last picture is used then), ``inbox()`` what became of
    the inbox's files; ``usage`` fills the report's counts once usage counting lands.
    """

    def __init__(
        self,
        paths: DataPaths,
        settings: Callable[[], Settings],
        picture: Callable[[], QImage | None],
        inbox: Callable[[], list[dict[str, Any]]] = list,
        usage: UsageCounts | None = None,
    ) -> None:
        self.paths = paths
        self._settings = settings
        self._picture = picture
        self._inbox = inbox
        self.usage = usage
        self._lock = threading.Lock()
        self._last: AttractPicture | None = None

    def prepare(self, reason: str) -> WriteReport:
        """Render the picture now (UI thread); the function returned writes the report into an
        outbox folder and returns the file (worker thread; raises OSError when it cannot write)."""
        try:
            image = self._picture()
        except Exception:  # a report without a new picture is better than none
            log.exception("the attract screen could not be rendered for the report")
            image = None
        stamp = utc_stamp()
        settings = self._settings()
        inbox = self._inbox()
        usage = self.usage

        def write(folder: Path) -> Path:
            picture = attract_picture(image, stamp) if image is not None else None
            with self._lock:
                if picture is not None:
                    self._last = picture
                picture = self._last
            report = build_report(self.paths, settings, reason=reason, picture=picture, inbox=inbox, usage=usage)
            return outbox.write_report(folder, outbox.kiosk_id(settings), report)

        return write
