"""Printing through a real CUPS service: a page reaches the printer, a printer that cannot print
says why, and the spooler keeps nothing of a patient's page afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.printing import cups
from kiosk.core.printing.cups import PrinterState, PrintOutcome
from tests.print_service import PrintService

# One empty A4 page, as small as a valid PDF gets.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \n"
    b"trailer<</Size 4/Root 1 0 R>>\nstartxref\n165\n%%EOF\n"
)


def test_the_states_cups_reports_are_read_from_lpstat() -> None:
    idle = "printer Front is idle.  enabled since Mon Dec  7 02:36:44 2026\n\tDescription: x\n\tAlerts: none\n"
    assert cups.parse_status("Front", idle) == cups.Status("Front", PrinterState.READY)
    paper = "printer Front disabled since Mon -\n\tout of paper\n\tDescription: x\n\tAlerts: media-empty-error paused\n"
    assert cups.parse_status("Front", paper).state is PrinterState.NO_PAPER
    off = "printer Front is idle.  enabled since Mon\n\tDescription: x\n\tAlerts: offline-report\n"
    assert cups.parse_status("Front", off).state is PrinterState.OFFLINE
    paused = "printer Front disabled since Mon -\n\tPaused by staff\n\tDescription: x\n\tAlerts: paused\n"
    assert cups.parse_status("Front", paused).state is PrinterState.STOPPED
    unknown = 'lpstat: Invalid destination name in list "Front".\n'
    assert cups.parse_status("Front", unknown).state is PrinterState.MISSING
    # Another printer's line is not this printer's.
    assert cups.parse_status("Front", "printer Front-2 is idle.\n").state is PrinterState.MISSING
    assert cups.parse_default("system default destination: Kiosk-PDF\n") == "Kiosk-PDF"
    assert cups.parse_default("no system default destination\n") == ""
    assert cups.parse_job_id("request id is Kiosk-PDF-12 (1 file(s))\n") == "Kiosk-PDF-12"


def test_a_page_prints_on_the_default_printer_and_the_spooler_keeps_nothing(
    cups_service: PrintService,
) -> None:
    assert cups.default_printer() == "Kiosk-PDF"
    assert set(cups.printer_names()) == {"Kiosk-PDF", "No-Paper", "Offline"}
    assert cups.print_pdf("", PDF) in (PrintOutcome.PRINTED, PrintOutcome.PRINTING)
    [printed] = cups_service.wait_printed(1)
    assert printed.read_bytes().startswith(b"%PDF")
    assert cups_service.spooled_files() == []  # PreserveJobFiles No: the page is gone from the spool
    assert cups_service.run("lpstat", "-W", "completed", "-o").strip() == ""


@pytest.mark.parametrize(
    ("printer", "outcome"),
    [("No-Paper", PrintOutcome.NO_PAPER), ("Offline", PrintOutcome.OFFLINE)],
)
def test_a_printer_that_fails_gives_its_reason_and_its_job_is_cancelled(
    cups_service: PrintService,
    printer: str,
    outcome: PrintOutcome,
) -> None:
    # The first job finds out: the printer looked ready, took the job and failed.
    assert cups.print_pdf(printer, PDF) is outcome
    assert cups_service.spooled_files() == []
    assert cups_service.run("lpstat", "-W", "not-completed", "-o").strip() == ""
    jobs_before = cups_service.error_log().count("Queued on")
    assert cups.print_pdf(printer, PDF) is outcome
    assert cups_service.spooled_files() == []
    if outcome is PrintOutcome.NO_PAPER:  # the queue stopped with its reason: a second page is not even sent
        assert cups.status(printer).state is PrinterState.NO_PAPER
        assert cups_service.error_log().count("Queued on") == jobs_before


def test_a_missing_printer_or_print_service_is_missing_at_once(
    cups_service: PrintService,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    assert cups.print_pdf("Not-There", PDF) is PrintOutcome.MISSING
    assert cups.status("-x").state is PrinterState.MISSING  # never read as an option
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-such.sock"))
    assert cups.default_printer() == ""
    assert cups.printer_names() == []
    assert cups.print_pdf("", PDF) is PrintOutcome.MISSING
    assert cups.print_pdf("Kiosk-PDF", PDF) is PrintOutcome.MISSING


def test_a_printer_with_any_error_is_stopped_and_alerts_are_read_after_the_description() -> None:
    for reason in ("door-open-error", "toner-empty-error", "cover-open-error"):
        text = f"printer Front is idle.  enabled since Mon\n\tDescription: Front\n\tAlerts: {reason}\n"
        assert cups.parse_status("Front", text).state is PrinterState.STOPPED, reason
    # A state message or a description that says "Alerts: none" does not hide the real reasons.
    tricky = (
        "printer Front is idle.  enabled since Mon\n\tAlerts: none\n\tForm mounted:\n"
        "\tDescription: Front\n\tAlerts: media-empty-error\n"
    )
    assert cups.parse_status("Front", tricky).state is PrinterState.NO_PAPER
    # CUPS names ignore case: the printer is found, by its own name.
    found = cups.parse_status("front", "printer Front is idle.  enabled since Mon\n\tDescription: x\n\tAlerts: none\n")
    assert found == cups.Status("Front", PrinterState.READY)


def test_a_job_id_is_only_ever_a_queue_name_and_a_number() -> None:
    assert cups.parse_job_id("request id is -x (1 file(s))") == ""
    assert cups.parse_job_id("request id is Front;rm (1 file(s))") == ""
    assert cups.parse_job_id("request id is Front-Desk-7 (1 file(s))") == "Front-Desk-7"


class FakeService:
    """A print service that took the job and then answers as told: for the watch's timing alone."""

    def __init__(self, reasons: tuple[str, ...], pending_rc: int = 0) -> None:
        self.now = 0.0
        self.reasons = reasons
        self.pending_rc = pending_rc
        self.cancelled: list[str] = []

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    def clock(self) -> float:
        return self.now

    def run(self, args: list[str], data: bytes | None = None, timeout: float = 5.0) -> object:
        import subprocess

        self.now += 0.5  # every call to the print service takes time
        if args[0] == "lp":
            return subprocess.CompletedProcess(args, 0, b"request id is Front-3 (1 file(s))\n", b"")
        if args[0] == "cancel":
            self.cancelled.append(args[-1])
            return subprocess.CompletedProcess(args, 0, b"", b"")
        if args[:3] == ["lpstat", "-W", "not-completed"]:
            return subprocess.CompletedProcess(args, self.pending_rc, b"Front-3  root  1024  Mon\n", b"")
        alerts = " ".join(self.reasons) or "none"
        text = f"printer Front is idle.  enabled since Mon\n\tDescription: Front\n\tAlerts: {alerts}\n"
        return subprocess.CompletedProcess(args, 0, text.encode(), b"")


def test_a_printer_that_stays_connecting_is_offline_and_its_job_cancelled(monkeypatch: pytest.MonkeyPatch) -> None:
    service = FakeService(("connecting-to-device",))
    monkeypatch.setattr(cups, "_run", service.run)
    outcome = cups.print_pdf(
        "Front", PDF, sleep=lambda s: setattr(service, "now", service.now + s), clock=lambda: service.now
    )
    assert outcome is PrintOutcome.OFFLINE
    assert service.cancelled == ["Front-3"]
    assert service.now < cups.WATCH_S + 2  # the watch ends on time, slow calls and all


def test_a_print_service_that_cannot_say_never_counts_as_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    service = FakeService((), pending_rc=1)
    monkeypatch.setattr(cups, "_run", service.run)
    outcome = cups.print_pdf(
        "Front", PDF, sleep=lambda s: setattr(service, "now", service.now + s), clock=lambda: service.now
    )
    assert outcome is PrintOutcome.PRINTING  # sent, not known to be done: never "printed"
    assert service.now < cups.WATCH_S + 2
