"""The kiosk window's link to the clinic's other machines (docs/fleet.md): the inbox watcher and
report writer (kiosk/ui/fleet.py) and the status report's maker (kiosk/ui/reports.py).

The link starts after the first frame, and only once the settings name an inbox or an outbox
folder; kiosks without them never load kiosk/ui/fleet.py. A shown pack that comes in through the inbox
is shown in its new version once nobody is in a visit: a patient is never sent back to the start
for it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from kiosk.ui.fleet import FleetLink
    from kiosk.ui.reports import ReportMaker
    from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)


class InboxOutbox:
    """Starts, follows and stops ``window``'s fleet link, and sends the reports it asks for."""

    def __init__(self, window: KioskWindow) -> None:
        self._window = window
        #: The inbox watcher and report writer, while the settings name a folder (after the first frame).
        self.link: FleetLink | None = None
        self._started = False
        self._reports: ReportMaker | None = None
        self._reload_waiting = False  # a shown pack came from the inbox during a visit

    @property
    def reports(self) -> ReportMaker:
        """Makes this kiosk's status report (kiosk/ui/reports.py), for the outbox and for staff."""
        if self._reports is None:
            from kiosk.ui.reports import ReportMaker  # noqa: PLC0415  (not needed for the first frame)

            window = self._window
            self._reports = ReportMaker(
                window.paths,
                lambda: window.settings,
                window.attract_picture,
                lambda: self.link.inbox_results() if self.link is not None else [],
                usage=window.counting.for_report,
            )
        return self._reports

    def start(self) -> None:
        """After the first frame: watch the inbox and write reports, when the settings name their folders."""
        self._started = True
        self.sync()
        self.report("start")

    def sync(self) -> None:
        """Follow the window's settings: the link starts once they name a folder, and keeps up with them."""
        if not self._started:
            return
        settings = self._window.settings
        if self.link is not None:
            self.link.use_settings(settings)
        elif settings.inbox_folder or settings.outbox_folder:
            from kiosk.ui.fleet import FleetLink  # noqa: PLC0415  (only kiosks with the folders load it)

            self.link = FleetLink(self._window.paths, settings, self.reports, self._window)
            self.link.pack_installed.connect(self._on_pack_arrived)

    def stop(self) -> None:
        """The kiosk is closing: no more scans or reports (an install under way stops, nothing changed)."""
        if self.link is not None:
            self.link.stop()

    def report(self, reason: str) -> None:
        """Write the status report now, when there is an outbox to write it to."""
        if self.link is not None:
            self.link.report_now(reason)

    def _on_pack_arrived(self, pack_id: str) -> None:
        """A pack came in through the inbox: a shown one is shown in its new version, once nobody is
        in a visit."""
        window = self._window
        if pack_id not in window.settings.shown and pack_id not in window.session.library.ids:
            return
        if window.session.has_choices:
            self._reload_waiting = True
            log.info("pack %s arrived during a visit; it is shown once the visit ends", pack_id)
            return
        window.reload_pack()
        self.report("pack-change")

    def visit_over(self) -> None:
        """The attract screen is back: a pack that arrived during the visit is shown, once this
        change has been dealt with."""
        if self._reload_waiting and not self._window.session.has_choices:
            QTimer.singleShot(0, self._window, self._reload_after_visit)

    def _reload_after_visit(self) -> None:
        if self._reload_waiting and not self._window.session.has_choices:
            self._reload_waiting = False
            self._window.reload_pack()
            self.report("pack-change")
