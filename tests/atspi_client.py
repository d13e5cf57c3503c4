"""The screen reader's side of tests/test_atspi.py: a private desktop (a D-Bus session bus, the
AT-SPI bus and registry, an X server) and a client that reads the accessibility tree and acts on it
over AT-SPI, as Orca does, with the pure-Python D-Bus library jeepney.

Nothing here sleeps: a wait reads the AT-SPI bus until what it waits for has happened, or its
deadline has passed.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, HeaderFields, MatchRule, Message, MessageType, Properties, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import unwrap_msg

#: Where Debian's at-spi2-core keeps the AT-SPI bus launcher and the registry.
LIBEXEC = Path("/usr/libexec")
TOOLS = ("dbus-daemon", "Xvfb")
AT_SPI = ("at-spi-bus-launcher", "at-spi2-registryd")
#: How long any one wait may take before the test fails.
DEADLINE_S = 20.0

REGISTRY = "org.a11y.atspi.Registry"
ACCESSIBLE = "org.a11y.atspi.Accessible"
ACTION = "org.a11y.atspi.Action"
APPLICATION = "org.a11y.atspi.Application"
EVENTS = "org.a11y.atspi.Event.Object"

# AT-SPI's roles (atspi-constants.h) the test looks at.
ROLE_CHECK_BOX = 7
ROLE_IMAGE = 27
ROLE_PANEL = 39
ROLE_PROGRESS_BAR = 42
ROLE_PUSH_BUTTON = 43
ROLE_RADIO_BUTTON = 44
#: Politeness of an announcement (detail1 of the Announcement event).
ASSERTIVE = 2

#: AT-SPI's states, by their bit in GetState's answer.
_STATES = (
    "invalid",
    "active",
    "armed",
    "busy",
    "checked",
    "collapsed",
    "defunct",
    "editable",
    "enabled",
    "expandable",
    "expanded",
    "focusable",
    "focused",
    "has_tooltip",
    "horizontal",
    "iconified",
    "modal",
    "multi_line",
    "multiselectable",
    "opaque",
    "pressed",
    "resizable",
    "selectable",
    "selected",
    "sensitive",
    "showing",
    "single_line",
    "stale",
    "transient",
    "vertical",
    "visible",
    "manages_descendants",
    "indeterminate",
    "required",
    "truncated",
    "animated",
    "invalid_entry",
    "supports_autocompletion",
    "selectable_text",
    "is_default",
    "visited",
    "checkable",
    "has_popup",
    "read_only",
)


def missing_tools() -> list[str]:
    """The programs the private desktop needs that are not installed (Debian: deploy/ci-packages.txt)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    return missing + [str(LIBEXEC / tool) for tool in AT_SPI if not (LIBEXEC / tool).is_file()]


def _read_line(stream: Any, deadline: float, what: str) -> str:
    """One line a starting program prints (its address, its display), within the deadline."""
    fd = stream if isinstance(stream, int) else stream.fileno()
    data = b""
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise AssertionError(f"{what} did not start within {DEADLINE_S:.0f} s")
        chunk = os.read(fd, 256)
        if not chunk:
            raise AssertionError(f"{what} exited before it started")
        data += chunk
    return data.decode().strip()


@dataclass
class Desktop:
    """A D-Bus session bus, an X server and the AT-SPI bus of their own, for the kiosk's child process."""

    env: dict[str, str]
    a11y_address: str
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def connect(self) -> Client:
        return Client(open_dbus_connection(self.a11y_address))

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.terminate()
        for process in reversed(self.processes):
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


@contextlib.contextmanager
def private_desktop(runtime: Path, size: str = "1280x800x24") -> Iterator[Desktop]:
    """Start the session bus, Xvfb (on the first free display) and the AT-SPI bus launcher."""
    missing = missing_tools()
    assert not missing, f"not installed (see deploy/ci-packages.txt): {', '.join(missing)}"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "AT_SPI_BUS_ADDRESS")
    }
    env.update(XDG_RUNTIME_DIR=str(runtime), HOME=str(runtime))
    desktop = Desktop(env, "")
    deadline = time.monotonic() + DEADLINE_S
    try:
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # (as root it says it cannot raise its file limit: harmless)
            env=env,
        )
        desktop.processes.append(bus)
        assert bus.stdout is not None
        with bus.stdout:  # it prints its address, then nothing
            env["DBUS_SESSION_BUS_ADDRESS"] = _read_line(bus.stdout, deadline, "dbus-daemon")
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", size, "-nolisten", "tcp"],
            pass_fds=(write_end,),
            env=env,
            stderr=subprocess.DEVNULL,
        )
        desktop.processes.append(xvfb)
        os.close(write_end)
        env["DISPLAY"] = ":" + _read_line(read_end, deadline, "Xvfb")
        os.close(read_end)
        desktop.a11y_address = _start_at_spi(desktop, deadline)
        yield desktop
    finally:
        desktop.stop()


def _start_at_spi(desktop: Desktop, deadline: float) -> str:
    """Start the AT-SPI bus launcher and return the AT-SPI bus's address (org.a11y.Bus.GetAddress)."""
    session = open_dbus_connection(desktop.env["DBUS_SESSION_BUS_ADDRESS"])
    try:
        owner = MatchRule(type="signal", interface="org.freedesktop.DBus", member="NameOwnerChanged")
        owner.add_arg_condition(0, "org.a11y.Bus")
        _call(session, BUS, "AddMatch", "s", owner.serialise())
        with session.filter(owner, bufsize=4) as owned:
            launcher = subprocess.Popen(
                [str(LIBEXEC / "at-spi-bus-launcher"), "--launch-immediately"],
                env=desktop.env,
                stdout=subprocess.DEVNULL,  # (it and the registry it starts say that they run)
                stderr=subprocess.DEVNULL,
            )
            desktop.processes.append(launcher)
            session.recv_until_filtered(owned, timeout=max(0.0, deadline - time.monotonic()))
        (address,) = _call(session, DBusAddress("/org/a11y/bus", "org.a11y.Bus", "org.a11y.Bus"), "GetAddress")
        return str(address)
    finally:
        session.close()


def _call(
    connection: DBusConnection, target: DBusAddress, method: str, signature: str | None = None, *args: object
) -> tuple[Any, ...]:
    reply = connection.send_and_get_reply(new_method_call(target, method, signature, args), timeout=DEADLINE_S)
    return tuple(unwrap_msg(reply))


BUS = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")


@dataclass(frozen=True)
class Node:
    """One object of an application's accessibility tree."""

    client: Client
    bus: str
    path: str

    def _call(self, interface: str, method: str, signature: str | None = None, *args: object) -> tuple[Any, ...]:
        return _call(self.client.connection, DBusAddress(self.path, self.bus, interface), method, signature, *args)

    @property
    def name(self) -> str:
        message = Properties(DBusAddress(self.path, self.bus, ACCESSIBLE)).get("Name")
        return str(unwrap_msg(self.client.connection.send_and_get_reply(message, timeout=DEADLINE_S))[0][1])

    @property
    def role(self) -> int:
        return int(self._call(ACCESSIBLE, "GetRole")[0])

    @property
    def states(self) -> set[str]:
        low, high = self._call(ACCESSIBLE, "GetState")[0]
        bits = low | high << 32
        return {state for index, state in enumerate(_STATES) if bits >> index & 1}

    def children(self) -> list[Node]:
        return [Node(self.client, bus, path) for bus, path in self._call(ACCESSIBLE, "GetChildren")[0]]

    def actions(self) -> list[str]:
        return [str(name) for name, _description, _keys in self._call(ACTION, "GetActions")[0]]

    def do(self, action: str) -> None:
        """A screen reader's action (Press, Toggle) on this object."""
        names = self.actions()
        assert action in names, f"{self.name!r} has no {action} action (only {names})"
        (done,) = self._call(ACTION, "DoAction", "i", names.index(action))
        assert done, f"{action} on {self.name!r} failed"

    def locale(self) -> str:
        """The application's locale for messages (AT-SPI's LOCALE_TYPE_MESSAGES), as Orca asks for it."""
        return str(self._call(APPLICATION, "GetLocale", "u", 0)[0])

    def __repr__(self) -> str:
        return f"<{self.role} {self.name!r}>"


@dataclass(frozen=True)
class Shown:
    """One object showing on screen now, as the walk found it."""

    node: Node
    name: str
    role: int
    states: frozenset[str]
    depth: int  # how deep in the tree (the application's windows are 1)


@dataclass(frozen=True)
class Announcement:
    text: str
    assertive: bool


class Client:
    """Reads the tree of the one application on the AT-SPI bus; hears its announcements."""

    def __init__(self, connection: DBusConnection) -> None:
        self.connection = connection
        registry = DBusAddress("/org/a11y/atspi/registry", REGISTRY, REGISTRY)
        for event in ("object:announcement", "object:state-changed:focused", "object:children-changed"):
            _call(connection, registry, "RegisterEvent", "s", event)
        rule = MatchRule(type="signal", interface=EVENTS)
        _call(connection, BUS, "AddMatch", "s", rule.serialise())
        self._events: deque[Message] = deque(maxlen=10_000)
        self._filter = connection.filter(rule, queue=self._events)
        self.announcements: list[Announcement] = []

    def close(self) -> None:
        self._filter.close()
        self.connection.close()

    # -- waiting ---------------------------------------------------------------------------------

    def _take_events(self) -> None:
        while self._events:
            message = self._events.popleft()
            if message.header.message_type is not MessageType.signal:
                continue
            if message.header.fields.get(HeaderFields.member) == "Announcement":
                _kind, politeness, _detail, (_signature, text), *_rest = message.body
                self.announcements.append(Announcement(str(text), politeness == ASSERTIVE))

    def until(self, condition: Callable[[], object], what: str, deadline_s: float = DEADLINE_S) -> Any:
        """``condition()``'s first true value, checked again after each event from the application."""
        deadline = time.monotonic() + deadline_s
        while True:
            self._take_events()
            found = condition()
            if found:
                return found
            left = deadline - time.monotonic()
            assert left > 0, f"waited {deadline_s:.0f} s for {what}"
            with contextlib.suppress(TimeoutError):
                self.connection.recv_messages(timeout=min(left, 0.2))

    def mark(self) -> int:
        """How many announcements have been heard until now (for :meth:`heard`)."""
        self._take_events()
        return len(self.announcements)

    def heard(self, since: int, what: str) -> Announcement:
        """The first announcement after the first ``since`` ones (a :meth:`mark`)."""
        return self.until(lambda: self.announcements[since] if len(self.announcements) > since else None, what)

    # -- the tree ---------------------------------------------------------------------------------

    def application(self, alive: Callable[[], bool]) -> Node:
        """The kiosk, once it is on the bus (the only application there), while ``alive()``."""
        root = Node(self, REGISTRY, "/org/a11y/atspi/accessible/root")

        def joined() -> Node | None:
            assert alive(), "the kiosk stopped before it joined the AT-SPI bus"
            return next(iter(root.children()), None)

        found: Node = self.until(joined, "the kiosk to join the AT-SPI bus", 60)
        return found

    def showing(self, app: Node) -> list[Shown]:
        """Every object on screen now: the walk does not go into what is not showing."""
        found: list[Shown] = []

        def walk(node: Node, depth: int) -> None:
            for child in node.children():
                states = frozenset(child.states)
                if "showing" not in states:
                    continue
                found.append(Shown(child, child.name, child.role, states, depth))
                walk(child, depth + 1)

        walk(app, 1)
        return found

    @staticmethod
    def inside(shown: list[Shown], container: Shown) -> list[Shown]:
        """What ``container`` holds, of a walk's ``shown`` (in the order of the walk)."""
        start = shown.index(container) + 1
        held: list[Shown] = []
        for each in shown[start:]:
            if each.depth <= container.depth:
                break
            held.append(each)
        return held

    def find(self, app: Node, name: str, role: int | None = None) -> Node | None:
        for shown in self.showing(app):
            if shown.name == name and (role is None or shown.role == role):
                return shown.node
        return None

    def wait_for(self, app: Node, name: str, role: int | None = None) -> Node:
        found: Node = self.until(lambda: self.find(app, name, role), f"{name!r} to show")
        return found
