"""The kiosk's link to the clinic's other machines: it watches the inbox folder and writes reports.

The inbox is scanned when it changes (QFileSystemWatcher), every :attr:`FleetLink.RESCAN_MS`
(Syncthing and copies to a share rename files into place, and a share may send no change notice
at all) and again shortly after a scan found a file still arriving. Scans install packs on a
worker thread of their own (kiosk.core.fleet.inbox); reports are written on another, so a long
install never holds a report up. The status report goes to the outbox hourly, after every scan
that dealt with a file, and when the window asks (start, a pack change, staff).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from kiosk.core.fleet.inbox import SETTLE_S, InboxScanner, ScanReport
from kiosk.core.paths import DataPaths
from kiosk.core.settings import Settings
from kiosk.ui.reports import ReportMaker
from kiosk.ui.staff.jobs import JobRunner

log = logging.getLogger(__name__)


class FleetLink(QObject):
    """Scans the inbox and writes status reports for one kiosk window.

    Signals:
        pack_installed(str): a pack from the inbox was installed (a new version); its id.
        scanned(object): a scan finished (its kiosk.core.fleet.inbox.ScanReport).
        report_written(str): a status report was written; its file.
        report_failed(str): a status report could not be written; why.
    """

    pack_installed = Signal(str)
    scanned = Signal(object)
    report_written = Signal(str)
    report_failed = Signal(str)

    RESCAN_MS = 30_000
    REPORT_MS = 3_600_000
    #: After a change notice, wait this long for more before scanning (a sync brings several).
    SOON_MS = 1_000
    #: A file seen arriving is looked at again once it can have settled.
    SETTLE_MS = int(SETTLE_S * 1000) + 500

    def __init__(
        self, paths: DataPaths, settings: Settings, reports: ReportMaker, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.settings = settings
        self.reports = reports
        self._scanner: InboxScanner | None = None
        self._closing = threading.Event()
        self._inbox_results: list[dict[str, Any]] = []
        self._scanning = False
        self._scan_again = False
        self._scans = JobRunner(self)
        self._writer = JobRunner(self)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_changed)
        self._soon = self._timer("FleetScanSoon", self.SOON_MS, single=True, slot=self.scan_now)
        self._rescan = self._timer("FleetRescan", self.RESCAN_MS, single=False, slot=self.scan_now)
        self._hourly = self._timer("FleetReport", self.REPORT_MS, single=False, slot=lambda: self.report_now("hourly"))
        self.use_settings(settings)

    def _timer(self, name: str, interval: int, *, single: bool, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setObjectName(name)
        timer.setSingleShot(single)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    @property
    def busy(self) -> bool:
        """A scan or a report is being done on a worker thread."""
        return self._scans.busy or self._writer.busy

    def inbox_results(self) -> list[dict[str, Any]]:
        """What became of the inbox's files, newest first (as of the last scan)."""
        return list(self._inbox_results)

    # -- settings ------------------------------------------------------------------------------

    def use_settings(self, settings: Settings) -> None:
        """Follow new settings: another inbox is watched (or none), reports go to another outbox."""
        self.settings = settings
        watched = self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        if settings.inbox_folder:
            self._rescan.start()
            self._soon.start(self.SOON_MS)
        else:
            self._rescan.stop()
            self._soon.stop()
        if settings.outbox_folder:
            if not self._hourly.isActive():
                self._hourly.start()
        else:
            self._hourly.stop()

    def _watch(self, folder: str) -> None:
        """Be told when ``folder`` changes, once a scan could read it: asking sooner would have the UI
        thread wait for a share that does not answer, or a folder that is not there yet."""
        if folder == self.settings.inbox_folder and folder not in self._watcher.directories():
            self._watcher.addPath(folder)

    def stop(self, wait_ms: int = 10_000) -> None:
        """No more scans or reports (the kiosk is closing): an install under way stops (the file
        waits for the next start), a report being written is finished, for at most ``wait_ms``."""
        for timer in (self._soon, self._rescan, self._hourly):
            timer.stop()
        self._closing.set()
        self._scans.wait_for_done(wait_ms)
        self._writer.wait_for_done(wait_ms)

    # -- the inbox -----------------------------------------------------------------------------

    @Slot(str)
    def _on_changed(self, _folder: str) -> None:
        if not self._soon.isActive():
            self._soon.start(self.SOON_MS)

    @Slot()
    def scan_now(self) -> None:
        """Scan the inbox on the worker thread (after the scan under way, if there is one)."""
        inbox = self.settings.inbox_folder
        if not inbox:
            return
        if self._scanning:
            self._scan_again = True
            return
        if self._scanner is None:
            self._scanner = InboxScanner(self.paths, cancelled=self._closing.is_set)
        scanner, settings = self._scanner, self.settings
        out = Path(settings.outbox_folder) if settings.outbox_folder else None
        self._scanning = True
        self._scans.run(
            lambda: (inbox, scanner.scan(Path(inbox), settings, out), scanner.results()),
            self._scan_done,
            self._scan_failed,
        )

    def _scan_done(self, result: tuple[str, ScanReport, list[dict[str, Any]]]) -> None:
        inbox, report, results = result
        self._scanning = False
        self._inbox_results = results
        if report.problem is None:
            self._watch(inbox)
        for pack_id in dict.fromkeys(report.installed):
            self.pack_installed.emit(pack_id)
        if report.outcomes:
            self.report_now("pack-change")
        self.scanned.emit(report)
        if self._scan_again:
            self._scan_again = False
            self._soon.start(self.SOON_MS)
        elif report.waiting and self.settings.inbox_folder:
            self._soon.start(self.SETTLE_MS)

    def _scan_failed(self, reasons: list[str]) -> None:
        self._scanning = False
        log.error("the inbox scan failed: %s", "; ".join(reasons))
        self.scanned.emit(None)

    # -- reports -------------------------------------------------------------------------------

    @Slot(str)
    def report_now(self, reason: str = "staff") -> None:
        """Write the status report to the outbox: the picture now, the files on the worker thread."""
        folder = self.settings.outbox_folder
        if not folder:
            return
        write = self.reports.prepare(reason)
        self._writer.run(lambda: str(write(Path(folder))), self._report_done, self._report_not_done)

    def _report_done(self, path: str) -> None:
        log.info("status report written to %s", path)
        self.report_written.emit(path)

    def _report_not_done(self, reasons: list[str]) -> None:
        log.warning("the status report could not be written: %s", "; ".join(reasons))
        self.report_failed.emit("\n".join(reasons))
