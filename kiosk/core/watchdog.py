"""Telling systemd the kiosk is up and its event loop still turns (``sd_notify``, without libsystemd).

systemd passes ``NOTIFY_SOCKET`` (a Unix datagram socket) to a ``Type=notify`` service and, with
``WatchdogSec=``, ``WATCHDOG_USEC``: the kiosk must send ``WATCHDOG=1`` more often than that, or
systemd kills it and starts it again. The UI sends the pings from its event loop, so a frozen
screen stops them.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

#: Pings per watchdog period: one late or lost ping is not yet a kill.
PINGS_PER_PERIOD = 3


@dataclass
class Notifier:
    """Sends state messages (``READY=1``, ``WATCHDOG=1``) to the service manager's socket."""

    address: str
    #: Seconds between watchdog pings, or None when systemd has no watchdog for us.
    ping_interval_s: float | None = None
    _failed: bool = field(default=False, repr=False)

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] | None = None, pid: int | None = None) -> Notifier | None:
        """The notifier systemd asked for, or None when the kiosk is not run by a ``Type=notify`` unit."""
        env = os.environ if environ is None else environ
        address = env.get("NOTIFY_SOCKET", "")
        if not address:
            return None
        if address[0] not in "/@":
            log.warning("ignoring NOTIFY_SOCKET %r: only Unix socket paths are supported", address)
            return None
        interval = _ping_interval_s(env, os.getpid() if pid is None else pid)
        return cls(address=address, ping_interval_s=interval)

    def ready(self) -> bool:
        """Tell systemd that start-up is over: the kiosk shows its first screen."""
        return self.send("READY=1")

    def ping(self) -> bool:
        """Tell systemd the event loop is alive."""
        return self.send("WATCHDOG=1")

    def send(self, message: str) -> bool:
        """Send one datagram; a failure is logged once and never raised (the kiosk keeps running)."""
        target = "\0" + self.address[1:] if self.address.startswith("@") else self.address
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                sock.connect(target)
                sock.sendall(message.encode("ascii"))
        except OSError as err:
            if not self._failed:
                log.warning("cannot notify the service manager at %s: %s", self.address, err)
            self._failed = True
            return False
        if self._failed:
            log.info("notifying the service manager works again")
        self._failed = False
        return True


def _ping_interval_s(env: Mapping[str, str], pid: int) -> float | None:
    """Seconds between pings from ``WATCHDOG_USEC`` (a few per period), or None for no watchdog."""
    raw = env.get("WATCHDOG_USEC", "")
    if not raw:
        return None
    try:
        usec = int(raw)
    except ValueError:
        log.warning("ignoring WATCHDOG_USEC=%r: not a number of microseconds", raw)
        return None
    if usec <= 0:
        return None
    owner = env.get("WATCHDOG_PID", "")
    if owner and not _is_self_or_ancestor(owner, pid):
        # The watchdog belongs to another process that merely passed its environment on to us.
        return None
    return usec / 1_000_000 / PINGS_PER_PERIOD


def _is_self_or_ancestor(owner: str, pid: int) -> bool:
    """Is ``owner`` this process or one it runs under?

    systemd names the process it started in ``WATCHDOG_PID``. On a kiosk that is the session
    script running the compositor, which runs the kiosk, so an ancestor counts as "us".
    """
    try:
        wanted = int(owner)
    except ValueError:
        return False
    current: int | None = pid
    for _ in range(64):  # a loop in /proc would be a kernel bug, but never spin forever
        if current is None or current <= 1:
            return False
        if current == wanted:
            return True
        current = _parent_of(current)
    return False


def _parent_of(pid: int) -> int | None:
    """The parent of ``pid`` from ``/proc`` (Linux), or None when it cannot be read."""
    if pid == os.getpid():
        return os.getppid()
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            return int(handle.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


# --- long but legitimate work ---------------------------------------------------------------

_current: Notifier | None = None


def use(notifier: Notifier | None) -> None:
    """Make ``notifier`` the one :func:`long_work` keeps pinging (the kiosk's, once it starts)."""
    global _current  # noqa: PLW0603  (one service manager per process)
    _current = notifier


@contextmanager
def long_work(limit_s: float) -> Iterator[None]:
    """Keep the watchdog fed while the caller does bounded work that holds up the event loop.

    A helper thread pings at the usual interval until the work ends, or until ``limit_s`` has
    passed: work that runs longer than that is taken for a hang, the pings stop, and the service
    manager restarts the kiosk as it would for a frozen screen.
    """
    notifier = _current
    if notifier is None or notifier.ping_interval_s is None:
        yield
        return
    done = threading.Event()
    interval = notifier.ping_interval_s

    def feed() -> None:
        deadline = time.monotonic() + limit_s
        while not done.wait(interval) and time.monotonic() < deadline:
            notifier.ping()

    helper = threading.Thread(target=feed, name="watchdog-long-work", daemon=True)
    helper.start()
    try:
        yield
    finally:
        done.set()
        helper.join()
