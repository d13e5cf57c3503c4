"""Talking to the system's print service (CUPS) through its own command-line tools.

Qt's print support lists the printers, but cannot say whether one is offline or out of paper, and
its CUPS engine spools through a temporary file of its own. So the kiosk renders the page in memory
and hands it to ``lp`` on its standard input; ``lpstat`` says what state a printer is in (with
``LC_ALL=C``, so the words do not change with the system's language); a job that cannot print is
cancelled at once, so the spooler does not keep a patient's page waiting for a printer that is not
there. Every command has a time limit: nothing here can hang the kiosk. These functions block;
the UI calls them on a worker thread.

``CUPS_SERVER`` in the environment chooses the print service, as for every CUPS program.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from kiosk.core.messages import Message

#: Longest one call to the print service may take (``lp`` itself a little longer: it reads the page).
COMMAND_TIMEOUT_S: Final = 5.0
SUBMIT_TIMEOUT_S: Final = 15.0
#: A job the print service has not finished in this long is cancelled by it: a page never prints
#: hours later, unattended, on a printer that came back.
CANCEL_AFTER_S: Final = 180
#: "Connecting to the printer" for this long, while watching a job, means the printer is not there.
CONNECTING_S: Final = 5.0
#: How long a sent job is watched: long enough to see a printer fail, short enough for a patient.
WATCH_S: Final = 8.0
WATCH_STEP_S: Final = 0.25
#: The job's name in the print service's lists: never anything from the visit.
JOB_TITLE: Final = "Kiosk handout"

_REQUEST_ID = re.compile(r"request id is ([A-Za-z0-9_.@-]+-[0-9]+)\b")
_DEFAULT = re.compile(r"system default destination: (\S+)")
_PAPER = ("media-empty", "media-needed", "media-jam", "input-tray-missing")
_OFFLINE = ("offline", "timed-out", "shutdown")
_CONNECTING = "connecting-to-device"


class PrinterState(StrEnum):
    """What a printer can do now, as far as the print service knows."""

    READY = "ready"
    #: No such printer, no default printer, or no print service at all.
    MISSING = "missing"
    OFFLINE = "offline"
    NO_PAPER = "no-paper"
    #: Paused by staff, or stopped after an error the print service did not name.
    STOPPED = "stopped"


class PrintOutcome(StrEnum):
    """What became of one print job."""

    PRINTED = "printed"  # the print service finished the job
    PRINTING = "printing"  # still printing when the watch ended, on a printer with no problem
    MISSING = "missing"
    OFFLINE = "offline"
    NO_PAPER = "no-paper"
    STOPPED = "stopped"
    FAILED = "failed"  # the print service refused the job or did not answer

    @property
    def ok(self) -> bool:
        return self in (PrintOutcome.PRINTED, PrintOutcome.PRINTING)


_OUTCOME_OF_STATE: Final = {
    PrinterState.MISSING: PrintOutcome.MISSING,
    PrinterState.OFFLINE: PrintOutcome.OFFLINE,
    PrinterState.NO_PAPER: PrintOutcome.NO_PAPER,
    PrinterState.STOPPED: PrintOutcome.STOPPED,
}


def outcome_for(state: PrinterState) -> PrintOutcome:
    """What a job on a printer in ``state`` comes to, when the state alone decides it."""
    return _OUTCOME_OF_STATE.get(state, PrintOutcome.FAILED)


@dataclass(frozen=True)
class Status:
    """One printer's state, with the print service's reasons (IPP ``printer-state-reasons``)."""

    name: str
    state: PrinterState
    reasons: tuple[str, ...] = ()


def parse_status(name: str, text: str) -> Status:
    """The state of ``name`` from what ``LC_ALL=C lpstat -l -p NAME`` printed (names ignore case)."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.lower().startswith(f"printer {name.lower()} ")), None)
    if start is None:
        return Status(name, PrinterState.MISSING)
    first = lines[start]
    real_name = first.split()[1]
    # The reasons are on the "Alerts:" line after "Description:" (a state message or a description
    # could itself hold the words "Alerts: none"; they come before it).
    reasons: tuple[str, ...] = ()
    described = False
    for line in lines[start + 1 :]:
        if line.startswith("printer "):
            break
        if line.startswith("\tDescription:"):
            described = True
        elif described and line.startswith("\tAlerts:"):
            reasons = tuple(word for word in line.removeprefix("\tAlerts:").split() if word != "none")
            break
    words = [reason.removesuffix("-error").removesuffix("-warning").removesuffix("-report") for reason in reasons]
    if any(word.startswith(_PAPER) for word in words):
        return Status(real_name, PrinterState.NO_PAPER, reasons)
    if any(word.startswith(_OFFLINE) for word in words):
        return Status(real_name, PrinterState.OFFLINE, reasons)
    errors = any(reason.endswith("-error") for reason in reasons)  # a door open, no toner, a jam …
    if " disabled since " in first or "paused" in words or errors:
        return Status(real_name, PrinterState.STOPPED, reasons)
    return Status(real_name, PrinterState.READY, reasons)


def parse_default(text: str) -> str:
    """The default printer's name from ``lpstat -d`` ("" when there is none)."""
    match = _DEFAULT.search(text)
    return match.group(1) if match else ""


def parse_job_id(text: str) -> str:
    """The job id from what ``lp`` printed ("" when it printed none)."""
    match = _REQUEST_ID.search(text)
    return match.group(1) if match else ""


def available() -> bool:
    """Whether this machine has the print service's tools at all."""
    return all(shutil.which(tool) is not None for tool in ("lp", "lpstat", "cancel"))


def _run(
    args: list[str], data: bytes | None = None, timeout: float = COMMAND_TIMEOUT_S
) -> subprocess.CompletedProcess[bytes] | None:
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    try:
        return subprocess.run(args, input=data, capture_output=True, timeout=timeout, env=env, check=False)
    except (OSError, subprocess.SubprocessError):
        return None


def _text(done: subprocess.CompletedProcess[bytes]) -> str:
    return (done.stdout + b"\n" + done.stderr).decode("utf-8", "replace")


def default_printer() -> str:
    """The system's default printer ("" when there is none, or no print service)."""
    done = _run(["lpstat", "-d"])
    return parse_default(_text(done)) if done is not None else ""


def printer_names() -> list[str]:
    """Every printer the print service knows, for staff to choose from."""
    done = _run(["lpstat", "-e"])
    if done is None or done.returncode != 0:
        return []
    return [line.strip() for line in done.stdout.decode("utf-8", "replace").splitlines() if line.strip()]


def status(name: str) -> Status:
    """What ``name`` can do now ("" means the system's default printer)."""
    name = name or default_printer()
    if not name or name.startswith("-"):
        return Status(name, PrinterState.MISSING)
    done = _run(["lpstat", "-l", "-p", name])
    if done is None:
        return Status(name, PrinterState.MISSING, ("no-print-service",))
    return parse_status(name, _text(done))


def _pending(job: str, printer: str) -> bool:
    """Whether ``job`` is still waiting or printing (True when the print service cannot say)."""
    done = _run(["lpstat", "-W", "not-completed", "-o", printer])
    if done is None or done.returncode != 0:
        return True
    return any(line.split(maxsplit=1)[:1] == [job] for line in done.stdout.decode("utf-8", "replace").splitlines())


def cancel(job: str) -> None:
    """Cancel ``job`` and purge its file from the spooler at once (``-x``), whatever cupsd.conf keeps."""
    if _REQUEST_ID.fullmatch(f"request id is {job}"):
        _run(["cancel", "-x", job])


def print_pdf(
    printer: str,
    pdf: bytes,
    *,
    media: str = "",
    watch_s: float = WATCH_S,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> PrintOutcome:
    """Send one PDF page to ``printer`` ("" for the default) from memory, and watch it print.

    The printer's state is read first: a printer that cannot print gets no job. A job that is
    still waiting when its printer turns out to be offline or out of paper is cancelled, so the
    spooler keeps nothing of it; the outcome says why.
    """
    before = status(printer)
    if before.state is not PrinterState.READY:
        return _OUTCOME_OF_STATE[before.state]
    args = ["lp", "-d", before.name, "-t", JOB_TITLE, "-o", "fit-to-page", "-o", f"job-cancel-after={CANCEL_AFTER_S}"]
    if media:
        args += ["-o", f"media={media}"]
    done = _run([*args, "-"], pdf, timeout=SUBMIT_TIMEOUT_S)
    if done is None or done.returncode != 0:
        return PrintOutcome.FAILED
    job = parse_job_id(_text(done))
    if not job:
        return PrintOutcome.FAILED
    started = clock()
    connecting_since: float | None = None
    while clock() - started < watch_s:  # every call is bounded too: the watch ends on time
        if not _pending(job, before.name):
            return PrintOutcome.PRINTED
        now = status(before.name)
        if now.state is not PrinterState.READY:
            cancel(job)
            return _OUTCOME_OF_STATE[now.state]
        if _CONNECTING in now.reasons:  # for a moment at the start of any job; for long, no printer
            connecting_since = connecting_since if connecting_since is not None else clock()
            if clock() - connecting_since >= CONNECTING_S:
                cancel(job)
                return PrintOutcome.OFFLINE
        else:
            connecting_since = None
        sleep(WATCH_STEP_S)
    return PrintOutcome.PRINTING


def tell_staff(printer: str, outcome: PrintOutcome) -> None:
    """Staff mode shows a printer that failed a patient until it prints again (never what was printed)."""
    import logging  # noqa: PLC0415

    from kiosk.core import alerts  # noqa: PLC0415

    key = f"{alerts.PRINTER}:{printer or 'default'}"
    if outcome.ok:
        alerts.clear(key)
        return
    name = printer or "(default)"
    logging.getLogger(__name__).warning("printing on %s failed: %s", name, outcome.value)
    alerts.report(key, staff_message(outcome, name))


def staff_message(outcome: PrintOutcome, printer: str) -> Message:
    """What staff mode says about a printer that failed a patient (each sentence whole, to translate)."""
    from kiosk.core.messages import msg  # noqa: PLC0415

    if outcome is PrintOutcome.MISSING:
        return msg(
            "The printer {printer} is not set up on this computer: a patient's page was not printed.", printer=printer
        )
    if outcome is PrintOutcome.OFFLINE:
        return msg(
            "The printer {printer} is switched off or not connected: a patient's page was not printed.", printer=printer
        )
    if outcome is PrintOutcome.NO_PAPER:
        return msg("The printer {printer} is out of paper: a patient's page was not printed.", printer=printer)
    if outcome is PrintOutcome.STOPPED:
        return msg(
            "The printer {printer} is paused or stopped after an error: a patient's page was not printed.",
            printer=printer,
        )
    return msg("The print service did not take a patient's page for the printer {printer}.", printer=printer)
