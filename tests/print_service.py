"""A real CUPS print service for the tests: its own ``cupsd`` in a temporary folder, on a socket.

Queues:
- ``Kiosk-PDF``: a ``printer-driver-cups-pdf`` queue whose PDFs land in ``out`` (the real filter
  chain: the kiosk's PDF goes through CUPS's filters and comes out as the page a printer gets);
- ``No-Paper``: a backend that fails as a printer out of paper does (the queue stops, the reason stays);
- ``Offline``: a backend that keeps trying to reach a printer that is switched off, as CUPS's own
  network backends do.

The service is set as ``CUPS_SERVER`` for the code under test and stopped (its folder removed) when
the test ends. It needs root (cupsd runs its filters as the ``lp`` user) and Debian's ``cups-daemon``,
``cups-client`` and ``printer-driver-cups-pdf``, which ``.ci/run`` installs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import watchfiles

INSTALL_SH = Path(__file__).resolve().parent.parent / "deploy" / "install.sh"
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")
SYSTEM_BIN = Path("/usr/lib/cups")
#: cups-pdf reads its settings from this fixed folder; one instance file per test service.
CUPS_PDF_CONFIG = Path("/etc/cups")

FAILING_BACKEND = """#!/bin/sh
# A printer that takes the job and then fails, as a real one out of paper or switched off does.
if [ $# -eq 0 ]; then echo 'direct failing "Unknown" "A printer that fails"'; exit 0; fi
case "$DEVICE_URI" in
  *paper*) echo "STATE: +media-empty-error" >&2; echo "ERROR: The printer is out of paper." >&2; exit 4 ;;
esac
# Switched off: as CUPS's own network backends do, say so and keep trying until cancelled.
echo "STATE: +offline-report" >&2
echo "INFO: The printer is not responding." >&2
i=0
while [ $i -lt 120 ]; do sleep 1; i=$((i + 1)); done
exit 1
"""


def wait_for_files(ready: Callable[[], bool], folders: list[Path], timeout_s: float) -> bool:
    """Whether ``ready()`` came true within ``timeout_s``: asked at once and after every change the
    kernel reports in ``folders`` (another process's files give no other signal), and once a
    second while nothing changes, for a change made before the watch began."""
    if ready():
        return True
    stop = threading.Event()
    timer = threading.Timer(timeout_s, stop.set)
    timer.start()
    try:
        for _changes in watchfiles.watch(
            *folders, stop_event=stop, rust_timeout=1000, yield_on_timeout=True, debounce=0, step=10
        ):
            if ready():
                return True
    finally:
        timer.cancel()
    return ready()


class PrintService:
    """One running cupsd and its queues."""

    def __init__(self, root: Path, instance: str) -> None:
        self.root = root
        self.instance = instance
        self.socket = root / "cups.sock"
        self.out = root / "out"
        self.spool = root / "spool"
        self.process: subprocess.Popen[bytes] | None = None

    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": str(self.socket), "LC_ALL": "C"}

    def run(self, *args: str) -> str:
        done = subprocess.run(list(args), env=self.env(), capture_output=True, timeout=20, check=False)
        if done.returncode != 0:
            raise AssertionError(f"{' '.join(args)}: {done.stderr.decode()}")
        return done.stdout.decode()

    def printed(self) -> list[Path]:
        return sorted(self.out.glob("*.pdf"))

    def wait_printed(self, count: int = 1, timeout_s: float = 30.0) -> list[Path]:
        """The PDFs cups-pdf wrote, once there are ``count`` of them, each complete."""

        def done() -> bool:
            enough = len(self.printed()) >= count
            return enough and not self.run("lpstat", "-W", "not-completed", "-o", "Kiosk-PDF").strip()

        # cups-pdf writes the file, then cupsd marks the job completed (its job history changes):
        # both folders are watched, and the state is read again after each change.
        if not wait_for_files(done, [self.out, self.spool], timeout_s):
            raise AssertionError(f"cups-pdf wrote {len(self.printed())} files, not {count}; see {self.root}/log")
        return self.printed()

    def spooled_files(self) -> list[Path]:
        """The job files the spooler still holds (``d*``: the documents themselves)."""
        return sorted(self.spool.glob("d*"))

    def error_log(self) -> str:
        log = self.root / "log" / "error_log"
        return log.read_text(errors="replace") if log.exists() else ""


def _write_config(service: PrintService) -> None:
    root = service.root
    for name in ("conf", "spool/tmp", "cache", "state", "log", "bin/backend", "out"):
        (root / name).mkdir(parents=True, exist_ok=True)
    for entry in SYSTEM_BIN.iterdir():
        if entry.name != "backend":
            (root / "bin" / entry.name).symlink_to(entry)
    (root / "bin" / "backend" / "cups-pdf").symlink_to(SYSTEM_BIN / "backend" / "cups-pdf")
    failing = root / "bin" / "backend" / "failing"
    failing.write_text(FAILING_BACKEND)
    failing.chmod(0o700)  # mode 0700: cupsd runs it as root, as it does cups-pdf
    (root / "conf" / "cups-files.conf").write_text(
        f"ServerRoot {root}/conf\nRequestRoot {root}/spool\nTempDir {root}/spool/tmp\n"
        f"CacheDir {root}/cache\nStateDir {root}/state\nServerBin {root}/bin\n"
        f"ErrorLog {root}/log/error_log\nAccessLog {root}/log/access_log\nPageLog {root}/log/page_log\n"
        "User lp\nGroup lp\nSystemGroup root\nSandboxing relaxed\nFileDevice No\n"
    )
    (root / "conf" / "cupsd.conf").write_text(
        f"Listen {service.socket}\nBrowsing No\nWebInterface No\nLogLevel info\n"
        "PreserveJobFiles Yes\n"  # as a machine might have it, before install.sh
        "<Location />\nOrder allow,deny\nAllow all\n</Location>\n"
        "<Policy default>\n<Limit All>\nOrder deny,allow\n</Limit>\n</Policy>\n"
    )
    # What install.sh does to a kiosk's cupsd.conf: nothing of a job is kept once it is done.
    subprocess.run(
        ["bash", str(INSTALL_SH), "--print-settings", str(root / "conf" / "cupsd.conf")], check=True, timeout=30
    )
    (CUPS_PDF_CONFIG / f"cups-pdf-{service.instance}.conf").write_text(
        f"Out {service.out}\nAnonDirName {service.out}\nUserPrefix\nLabel 1\nGrp root\n"
    )


def missing_requirements() -> str:
    """Why a real print service cannot run here ("" when it can)."""
    if os.geteuid() != 0:
        return "the print tests need root: cupsd runs its filters as the lp user"
    needed = [shutil.which("cupsd"), shutil.which("lpadmin"), CUPS_PDF_PPD.exists() or None]
    if not all(needed):
        return "the print tests need cups-daemon, cups-client and printer-driver-cups-pdf (.ci/run installs them)"
    return ""


@contextmanager
def print_service() -> Iterator[PrintService]:
    problem = missing_requirements()
    if problem:
        pytest.fail(problem)
    root = Path(tempfile.mkdtemp(prefix="kiosk-cups-"))
    root.chmod(0o755)  # the filters run as lp and must reach their own folder
    service = PrintService(root, instance=f"kiosktest{os.getpid()}")
    _write_config(service)
    conf = root / "conf"
    service.process = subprocess.Popen(
        ["cupsd", "-f", "-c", str(conf / "cupsd.conf"), "-s", str(conf / "cups-files.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        process = service.process

        def listening() -> bool:
            return service.socket.exists() or process.poll() is not None

        if not wait_for_files(listening, [service.socket.parent], 20) or not service.socket.exists():
            raise AssertionError(f"cupsd did not start: {service.error_log()}")
        service.run("lpadmin", "-p", "Kiosk-PDF", "-E", "-v", f"cups-pdf:/{service.instance}", "-P", str(CUPS_PDF_PPD))
        service.run("lpadmin", "-p", "No-Paper", "-E", "-v", "failing:/paper")
        service.run("lpadmin", "-p", "Offline", "-E", "-v", "failing:/offline")
        service.run("lpadmin", "-d", "Kiosk-PDF")
        yield service
    finally:
        service.process.terminate()
        try:
            service.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            service.process.kill()
        (CUPS_PDF_CONFIG / f"cups-pdf-{service.instance}.conf").unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def cups_service(monkeypatch: pytest.MonkeyPatch) -> Iterator[PrintService]:
    """A running print service, set as the one the code under test talks to."""
    with print_service() as service:
        monkeypatch.setenv("CUPS_SERVER", str(service.socket))
        yield service
