"""The kiosk tells systemd it is ready, then pings from its event loop; a blocked loop stops the pings."""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.exitcodes import EXIT_RESTART, EXIT_TO_DESKTOP
from kiosk.core.watchdog import PINGS_PER_PERIOD, Notifier
from kiosk.ui.watchdog import WatchdogPinger

ROOT = Path(__file__).resolve().parents[1]
#: Long enough for any machine to start the kiosk; only reached when a test is about to fail.
PATIENCE_S = 60


class FakeServiceManager:
    """The test's side of ``NOTIFY_SOCKET``: a Unix datagram socket that records who sent what."""

    def __init__(self, address: str) -> None:
        self.address = address
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind("\0" + address[1:] if address.startswith("@") else address)
        # Like systemd, ask the kernel for the sender's process id with every message.
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)

    def receive(self, timeout_s: float = PATIENCE_S) -> tuple[str, int]:
        """The next message and the id of the process that sent it; raises TimeoutError when none comes."""
        self.sock.settimeout(timeout_s)
        data, ancillary, _flags, _address = self.sock.recvmsg(4096, socket.CMSG_SPACE(struct.calcsize("3i")))
        pid = -1
        for level, kind, payload in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS:
                pid = struct.unpack("3i", payload[: struct.calcsize("3i")])[0]
        return data.decode("ascii"), pid

    def pending(self) -> list[str]:
        """Every message already received, without waiting."""
        messages = []
        self.sock.setblocking(False)
        try:
            while True:
                messages.append(self.sock.recv(4096).decode("ascii"))
        except BlockingIOError:
            return messages

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def manager() -> Iterator[FakeServiceManager]:
    # A short folder: Unix socket paths are limited to about 100 characters.
    with tempfile.TemporaryDirectory(prefix="kiosk-notify-") as folder:
        fake = FakeServiceManager(str(Path(folder) / "notify"))
        yield fake
        fake.close()


@pytest.fixture
def make_pinger(qtbot: QtBot) -> Iterator[Callable[[Notifier], WatchdogPinger]]:
    made: list[WatchdogPinger] = []

    def make(notifier: Notifier) -> WatchdogPinger:
        pinger = WatchdogPinger(notifier)
        made.append(pinger)
        return pinger

    yield make
    for pinger in made:
        pinger.stop()
        pinger.deleteLater()


def environ(manager: FakeServiceManager, watchdog_usec: int | None = 60_000, **extra: str) -> dict[str, str]:
    env = {"NOTIFY_SOCKET": manager.address, **extra}
    if watchdog_usec is not None:
        env["WATCHDOG_USEC"] = str(watchdog_usec)
    return env


# --- reading the environment systemd gives ----------------------------------------------------


def test_without_notify_socket_nothing_is_sent() -> None:
    assert Notifier.from_environ({}) is None
    assert Notifier.from_environ({"WATCHDOG_USEC": "5000000"}) is None


def test_the_ping_interval_is_a_fraction_of_watchdog_usec(manager: FakeServiceManager) -> None:
    notifier = Notifier.from_environ(environ(manager, watchdog_usec=6_000_000))
    assert notifier is not None
    assert notifier.ping_interval_s == pytest.approx(6.0 / PINGS_PER_PERIOD)
    assert PINGS_PER_PERIOD >= 2  # one late ping must not get the kiosk killed


@pytest.mark.parametrize("value", ["", "0", "-5", "soon"])
def test_no_usable_watchdog_usec_means_ready_only(
    manager: FakeServiceManager, value: str, caplog: pytest.LogCaptureFixture
) -> None:
    notifier = Notifier.from_environ({"NOTIFY_SOCKET": manager.address, "WATCHDOG_USEC": value})
    assert notifier is not None
    assert notifier.ping_interval_s is None
    assert ("not a number" in caplog.text) == (value == "soon")


def test_a_watchdog_meant_for_another_process_is_left_alone(manager: FakeServiceManager) -> None:
    # A process that is neither us nor one we run under (our own child, say) owns the watchdog.
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        notifier = Notifier.from_environ(environ(manager, WATCHDOG_PID=str(child.pid)))
    finally:
        child.communicate(b"")
    assert notifier is not None
    assert notifier.ping_interval_s is None


@pytest.mark.parametrize("owner", ["self", "parent"])
def test_a_watchdog_of_this_process_or_the_session_running_it_is_honoured(
    manager: FakeServiceManager, owner: str
) -> None:
    # Under the compositor, systemd names the session script: an ancestor of the kiosk.
    pid = os.getpid() if owner == "self" else os.getppid()
    notifier = Notifier.from_environ(environ(manager, WATCHDOG_PID=str(pid)))
    assert notifier is not None
    assert notifier.ping_interval_s is not None


def test_a_network_notify_socket_is_refused_with_a_message(caplog: pytest.LogCaptureFixture) -> None:
    assert Notifier.from_environ({"NOTIFY_SOCKET": "vsock:2:1234"}) is None
    assert "only Unix socket paths" in caplog.text


def test_an_abstract_socket_receives_the_messages() -> None:
    fake = FakeServiceManager(f"@kiosk-test-{os.getpid()}")
    try:
        notifier = Notifier.from_environ({"NOTIFY_SOCKET": fake.address})
        assert notifier is not None
        assert notifier.ready()
        assert fake.receive() == ("READY=1", os.getpid())
    finally:
        fake.close()


def test_a_missing_socket_is_logged_once_and_never_raised(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    notifier = Notifier(address=str(tmp_path / "gone"), ping_interval_s=1.0)
    with caplog.at_level(logging.WARNING):
        assert not notifier.ping()
        assert not notifier.ping()
    assert caplog.text.count("cannot notify the service manager") == 1


# --- pings from the event loop ----------------------------------------------------------------


def test_ready_first_then_regular_pings(
    qtbot: QtBot, manager: FakeServiceManager, make_pinger: Callable[[Notifier], WatchdogPinger]
) -> None:
    notifier = Notifier.from_environ(environ(manager))
    assert notifier is not None
    received: list[str] = []
    make_pinger(notifier).start()
    qtbot.waitUntil(lambda: received.extend(manager.pending()) or received.count("WATCHDOG=1") >= 3)
    assert received[0] == "READY=1"
    assert set(received[1:]) == {"WATCHDOG=1"}


def test_a_blocked_event_loop_sends_no_pings_and_they_resume_after(
    qtbot: QtBot, manager: FakeServiceManager, make_pinger: Callable[[Notifier], WatchdogPinger]
) -> None:
    notifier = Notifier.from_environ(environ(manager, watchdog_usec=60_000))  # a ping every 20 ms
    assert notifier is not None and notifier.ping_interval_s is not None
    pinger = make_pinger(notifier)
    pinger.start()
    qtbot.waitUntil(lambda: "WATCHDOG=1" in manager.pending())
    manager.pending()  # forget what was sent while the loop still turned

    # The loop is blocked while this thread waits on the socket for ten ping intervals: a ping
    # can only come from the event loop, so none arrives and the wait runs out.
    with pytest.raises(TimeoutError):
        manager.receive(timeout_s=10 * notifier.ping_interval_s)

    with qtbot.waitSignal(pinger.pinged, timeout=PATIENCE_S * 1000):
        pass
    qtbot.waitUntil(lambda: "WATCHDOG=1" in manager.pending())


def test_ready_only_when_systemd_has_no_watchdog(
    qtbot: QtBot, manager: FakeServiceManager, make_pinger: Callable[[Notifier], WatchdogPinger]
) -> None:
    notifier = Notifier.from_environ(environ(manager, watchdog_usec=None))
    assert notifier is not None
    pinger = make_pinger(notifier)
    received: list[str] = []
    pinger.start()
    qtbot.waitUntil(lambda: received.extend(manager.pending()) or bool(received))
    assert received == ["READY=1"]
    assert not pinger.is_pinging()


# --- the real kiosk ---------------------------------------------------------------------------


def kiosk_env(manager: FakeServiceManager, data_dir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("NOTIFY_", "WATCHDOG_"))}
    env.update(environ(manager, watchdog_usec=300_000), QT_QPA_PLATFORM="offscreen", KIOSK_DATA_DIR=str(data_dir))
    return env


def test_the_kiosk_sends_ready_then_pings_from_its_own_process(
    manager: FakeServiceManager, pack_dir: Path, tmp_path: Path
) -> None:
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--pack", str(pack_dir)],
        cwd=ROOT,
        env=kiosk_env(manager, tmp_path / "data"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        messages = [manager.receive() for _ in range(4)]
    finally:
        kiosk.kill()
        kiosk.wait()
    assert messages == [("READY=1", kiosk.pid)] + [("WATCHDOG=1", kiosk.pid)] * 3


def test_sigterm_is_a_clean_stop_that_the_health_file_records(
    manager: FakeServiceManager, pack_dir: Path, tmp_path: Path
) -> None:
    """systemctl stop, a reboot or a reinstall send SIGTERM: a stop, not an unexpected end."""
    data = tmp_path / "data"
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--pack", str(pack_dir)],
        cwd=ROOT,
        env=kiosk_env(manager, data),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    health = data / "health.json"
    try:
        assert manager.receive()[0] == "READY=1"
        # The health file starts once the first frame is out; pings keep coming meanwhile.
        for _ in range(200):
            if health.is_file() and json.loads(health.read_text(encoding="utf-8"))["status"] == "running":
                break
            manager.receive()
        kiosk.send_signal(signal.SIGTERM)
        code = kiosk.wait(timeout=PATIENCE_S)
    finally:
        kiosk.kill()
        kiosk.wait()
    assert code == 0
    recorded = json.loads(health.read_text(encoding="utf-8"))
    assert recorded["status"] == "stopped"
    assert recorded["last_unexpected_stop_at"] is None


RESTART_ONCE = f"""
import os, sys
from PySide6.QtWidgets import QApplication
from kiosk import app
from kiosk.core import watchdog

if "RESTARTED" not in os.environ:
    os.environ["RESTARTED"] = "1"
    ready = watchdog.Notifier.ready

    def ready_then_restart(self):  # what staff's "Restart the kiosk" button does
        sent = ready(self)
        QApplication.exit({EXIT_RESTART})
        return sent

    watchdog.Notifier.ready = ready_then_restart
    sys.exit(app.main(["--pack", sys.argv[1]]))
sys.exit(app.main(["--pack", sys.argv[1], "--exit-after-first-frame"]))
"""


def test_restart_runs_the_same_command_in_the_same_process_and_is_ready_again(
    manager: FakeServiceManager, pack_dir: Path, tmp_path: Path
) -> None:
    kiosk = subprocess.Popen(
        [sys.executable, "-c", RESTART_ONCE, str(pack_dir)],
        cwd=ROOT,
        env=kiosk_env(manager, tmp_path / "data"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        readies = []
        while len(readies) < 2:
            message, pid = manager.receive()
            if message == "READY=1":
                readies.append(pid)
        _out, err = kiosk.communicate(timeout=PATIENCE_S)
    finally:
        kiosk.kill()
    assert readies == [kiosk.pid, kiosk.pid], "the restarted kiosk keeps its process (systemd's main PID)"
    assert kiosk.returncode == 0, err
    assert "restarting the kiosk" in err


def test_exit_to_the_desktop_is_returned_as_is(monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk import app

    restarted: list[bool] = []
    monkeypatch.setattr(app, "run", lambda args: EXIT_TO_DESKTOP)
    monkeypatch.setattr(app, "restart_in_place", lambda: restarted.append(True) or 0)
    assert app.main([]) == EXIT_TO_DESKTOP
    assert restarted == []


def test_restart_works_without_a_console(monkeypatch: pytest.MonkeyPatch) -> None:
    # As under pythonw.exe, the Windows shell command, where there is no stdout or stderr at all.
    from kiosk import app

    class StartedError(Exception):
        """What a real exec or run does: this process goes no further."""

    def start(*args: object) -> None:
        raise StartedError(args[-1])

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(app.os, "execv", start)
    monkeypatch.setattr(subprocess, "call", start)
    with pytest.raises(StartedError) as started:
        app.restart_in_place()
    assert started.value.args == ([sys.executable, *sys.orig_argv[1:]],)


def test_the_health_file_counts_errors_from_before_it_started(qapp: object, tmp_path: Path) -> None:
    from kiosk.app import _Health
    from kiosk.core.health import health_path
    from kiosk.core.paths import DataPaths

    paths = DataPaths.in_dir(tmp_path)
    health = _Health(paths, "rfa-facet", "1.0.0")
    health.record_error()  # before the first frame: nothing is written yet
    assert not health_path(paths).exists()
    health.start()
    written = json.loads(health_path(paths).read_text(encoding="utf-8"))
    assert written["errors_since_start"] == 1 and written["active_pack"]["id"] == "rfa-facet"
    health.record_error()
    health.stopped(EXIT_TO_DESKTOP)
    written = json.loads(health_path(paths).read_text(encoding="utf-8"))
    assert written["errors_since_start"] == 2 and written["exit_code"] == EXIT_TO_DESKTOP
