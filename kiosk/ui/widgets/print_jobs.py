"""Print jobs off the UI thread: lay the sheet out for the printer's paper, render it in memory, send it.

One job is one worker thread (jobs are rare: a patient taps "Print" once). The sheet is made on
that thread too, since fitting a summary to one page lays it out a few times. What a job prints
exists only in memory: the PDF goes to the print service on a pipe, and the print service is set
to keep nothing once it is printed (``docs/printing.md``). Where the machine has no CUPS tools
(Windows), Qt's own print support sends the page to the system's spooler instead.
"""

from __future__ import annotations

import html
import itertools
import sys
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QPageSize

from kiosk.core.printing import cups
from kiosk.core.printing.cups import PrintOutcome
from kiosk.ui.widgets.printed_page import Sheet, default_page_size, to_pdf

_PRINT_SUPPORT = threading.Lock()
#: Makes the sheet for the printer's paper: (the sheet, how many pages of it to print).
SheetMaker = Callable[[QPageSize], tuple[Sheet, int]]


def page_size_for(printer: str) -> QPageSize:
    """The paper ``printer`` ("" for the default) has loaded by default, else the locale's usual size."""
    from PySide6.QtPrintSupport import QPrinterInfo  # noqa: PLC0415  (loads the print plugin: only when printing)

    with _PRINT_SUPPORT:  # Qt's print support is not said to be thread-safe: one job asks at a time
        info = QPrinterInfo.printerInfo(printer) if printer else QPrinterInfo.defaultPrinter()
        size = info.defaultPageSize() if not info.isNull() else QPageSize()
    if size.isValid():
        return size
    return default_page_size(QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem)


def _print_natively(printer: str, sheet: Sheet, size: QPageSize, pages: int) -> PrintOutcome:
    """Through Qt's print support to the system's spooler (Windows): no state to read, so sent is printing."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo  # noqa: PLC0415

    from kiosk.ui.widgets.printed_page import print_to  # noqa: PLC0415

    info = QPrinterInfo.printerInfo(printer) if printer else QPrinterInfo.defaultPrinter()
    if info.isNull():
        return PrintOutcome.MISSING
    device = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    device.setDocName(cups.JOB_TITLE)
    return PrintOutcome.PRINTING if print_to(sheet, device, size, pages) else PrintOutcome.FAILED


def print_sheet(printer: str, make: SheetMaker) -> PrintOutcome:
    """Make and print one sheet on ``printer``; blocks (call it on a worker thread)."""
    if not cups.available():
        if sys.platform != "win32":
            return PrintOutcome.MISSING
        size = page_size_for(printer)
        sheet, pages = make(size)
        return _print_natively(printer, sheet, size, pages)
    state = cups.status(printer).state
    if state is not cups.PrinterState.READY:  # nothing is even laid out for a printer that cannot print
        return cups.outcome_for(state)
    size = page_size_for(printer)
    sheet, pages = make(size)
    return cups.print_pdf(printer, to_pdf(sheet, size, pages=pages), media=size.key())


def test_sheet(title: str, text: str) -> SheetMaker:
    """A page for staff to check a printer with: words of theirs, nothing of a patient's."""
    sheet = Sheet(f"<p>{html.escape(text)}</p>", head_html=f"<h1>{html.escape(title)}</h1>", title=title)

    def make(size: QPageSize) -> tuple[Sheet, int]:
        del size
        return sheet, 1

    return make


class PrintJobs(QObject):
    """Sends print jobs; ``finished`` is delivered on the UI thread.

    One lives as long as the application (:func:`print_jobs`), so a worker never emits on an
    object that a closed screen is deleting.

    Signals:
        finished(int, str): a job's number (from :meth:`send`) and its :class:`PrintOutcome` value.
    """

    finished = Signal(int, str)

    def __init__(self) -> None:
        super().__init__()
        self._numbers = itertools.count(1)
        self._working: set[threading.Thread] = set()

    def send(self, printer: str, make: SheetMaker, *, tell_staff: bool = True) -> int:
        number = next(self._numbers)

        def work() -> None:
            try:
                outcome = print_sheet(printer, make)
            except Exception:
                import logging  # noqa: PLC0415

                logging.getLogger(__name__).exception("a print job failed")
                outcome = PrintOutcome.FAILED
            if tell_staff:
                cups.tell_staff(printer, outcome)
            self.finished.emit(number, outcome.value)
            self._working.discard(threading.current_thread())

        thread = threading.Thread(target=work, name="print-job", daemon=True)
        self._working.add(thread)
        thread.start()
        return number

    def wait(self, timeout_s: float) -> bool:
        """Wait up to ``timeout_s`` for the jobs sent so far; ``True`` when none is still working.

        Tests use it so no job outlives its test; each job's ``finished`` is then queued for the UI thread.
        """
        deadline = time.monotonic() + timeout_s
        for thread in list(self._working):
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(thread.is_alive() for thread in self._working)


_jobs: PrintJobs | None = None


def print_jobs() -> PrintJobs:
    """The application's print-job sender (made on the UI thread when first needed)."""
    global _jobs  # noqa: PLW0603
    if _jobs is None:
        _jobs = PrintJobs()
    return _jobs
