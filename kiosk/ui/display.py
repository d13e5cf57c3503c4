"""The screen itself, through the compositor: switching it off and on, and turning it.

On Linux the kiosk runs under cage (deploy/kiosk-session). cage 0.1.5 and later take output
changes from ``wlr-randr`` (the wlr-output-management protocol): ``--off`` and ``--on`` for the
sleep schedule, ``--transform`` for rotation, read back with a plain ``wlr-randr``. cage 0.1.4
(Debian 12) has no such protocol: it turns its output only when it starts (``-r``, which
kiosk-session passes from the settings, telling the kiosk in ``KIOSK_SESSION_ROTATION``), and
cannot switch the display off at all. Where a method is missing the sleep is a black cover
(kiosk/ui/screen_sleep.py) and :attr:`DisplayControl.problem` says why, for staff mode.

Every command runs through a :class:`Runner` (tests inject their own): a QProcess, never on the
UI thread's way, killed after ``TIMEOUT_MS``.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, QProcess, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from kiosk.core.screen_schedule import ROTATIONS

log = logging.getLogger(__name__)

WLR_RANDR = "wlr-randr"
#: Set by kiosk-session to the rotation it gave cage with ``-r`` (only for a cage that has ``-r``).
SESSION_ROTATION = "KIOSK_SESSION_ROTATION"
#: wlr-randr's name of each rotation.
TRANSFORMS = {0: "normal", 90: "90", 180: "180", 270: "270"}

#: Why the display cannot be switched off (or turned) by the kiosk; staff mode says it in words.
NOT_WAYLAND = "not-wayland"  # Linux, but not under a Wayland compositor (a desktop's X11, tests)
NOT_LINUX = "not-linux"  # Windows: the black cover only (docs/deployment.md says why)
NO_TOOL = "no-tool"  # wlr-randr is not installed
UNSUPPORTED = "unsupported"  # the compositor has no output management (cage 0.1.4)
FAILED = "failed"  # the command failed or took too long (the log says how)
UNKNOWN = "unknown"  # not asked yet


@dataclass(frozen=True)
class Output:
    """One screen as wlr-randr lists it."""

    name: str
    enabled: bool
    transform: str

    @property
    def rotation(self) -> int | None:
        """The rotation in degrees, or None for a mirrored (flipped) transform."""
        return next((degrees for degrees, name in TRANSFORMS.items() if name == self.transform), None)


def parse_outputs(text: str) -> list[Output]:
    """The outputs in wlr-randr's plain listing (its 0.2 to 0.5 releases print the same lines)."""
    found: list[dict[str, str]] = []
    for line in text.splitlines():
        if line and not line[0].isspace():
            found.append({"name": line.split(" ", 1)[0]})
        elif found:
            key, _, value = line.strip().partition(":")
            found[-1].setdefault(key, value.strip())
    return [
        Output(each["name"], each.get("Enabled", "yes") == "yes", each.get("Transform", "normal")) for each in found
    ]


class Runner(Protocol):
    """Runs a program with arguments and calls ``done(exit_code, output)`` once, on the UI thread.
    The exit code is -1 when the program could not start or was stopped for taking too long."""

    def run(self, program: str, args: list[str], done: Callable[[int, str], None]) -> None: ...


class _Job(QObject):
    """One command: its process, its time limit, and the answer given once."""

    def __init__(self, runner: ProcessRunner, program: str, done: Callable[[int, str], None]) -> None:
        super().__init__(runner)
        self._runner = runner
        self._program = program
        self._done: Callable[[int, str], None] | None = done
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.process.finished.connect(self._on_finished)
        self.process.errorOccurred.connect(self._on_error)
        self.timer.timeout.connect(self._on_timeout)

    @Slot(int, QProcess.ExitStatus)
    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        text = bytes(self.process.readAll().data()).decode("utf-8", "replace")
        self._finish(code if status == QProcess.ExitStatus.NormalExit else -1, text)

    @Slot(QProcess.ProcessError)
    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._finish(-1, f"{self._program}: not found or cannot be run")

    @Slot()
    def _on_timeout(self) -> None:
        self._finish(-1, f"{self._program}: no answer within {self._runner.TIMEOUT_MS} ms")
        self.process.kill()

    def _finish(self, code: int, text: str) -> None:
        done, self._done = self._done, None
        if done is None:
            return  # answered already (a timeout, then the kill's own end)
        self.timer.stop()
        self._runner.forget(self)
        done(code, text)


class ProcessRunner(QObject):
    """Runs commands with QProcess: the UI thread never waits for them."""

    TIMEOUT_MS = 3000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: set[_Job] = set()

    def run(self, program: str, args: list[str], done: Callable[[int, str], None]) -> None:
        job = _Job(self, program, done)
        self._jobs.add(job)
        job.timer.start(self.TIMEOUT_MS)
        job.process.start(program, args)

    def forget(self, job: _Job) -> None:
        """A job that has answered goes, with its process, once the event loop is back."""
        self._jobs.discard(job)
        job.deleteLater()


class DisplayControl(QObject):
    """What the kiosk can do with its screen, and doing it.

    Signals:
        changed(): what is known changed (the outputs were read, a command finished or failed).
    """

    changed = Signal()

    def __init__(
        self,
        runner: Runner | None = None,
        parent: QObject | None = None,
        *,
        wayland: bool | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner: Runner = runner if runner is not None else ProcessRunner(self)
        linux = sys.platform.startswith("linux")
        if wayland is None:
            wayland = linux and QGuiApplication.platformName() == "wayland"
        self._wayland = wayland
        environ = os.environ if environ is None else environ
        session = environ.get(SESSION_ROTATION, "")
        #: The rotation cage was started with by kiosk-session (cage 0.1.4), or None.
        self.session_rotation: int | None = int(session) if session in {str(r) for r in ROTATIONS} else None
        #: The outputs as last read; empty when the compositor cannot be asked.
        self.outputs: list[Output] = []
        #: Why the compositor cannot switch the display off ("" when it can).
        self.problem = UNKNOWN if wayland else NOT_WAYLAND if linux else NOT_LINUX
        #: True while the compositor has the display switched off for the sleep.
        self.powered_off = False
        self._off: list[str] = []  # the outputs the sleep switched off
        self._probing: list[Callable[[], None]] = []
        self._asking = False

    # -- asking ------------------------------------------------------------------------------

    @property
    def can_switch_off(self) -> bool:
        return self.problem == "" and bool(self.outputs)

    @property
    def can_rotate_now(self) -> bool:
        """Whether a rotation takes effect at once (the compositor turns its outputs)."""
        return self.can_switch_off

    @property
    def rotation(self) -> int | None:
        """The rotation the screen shows now, as far as the kiosk can tell."""
        turned = {output.rotation for output in self.outputs if output.enabled}
        if len(turned) == 1:
            return turned.pop()
        return self.session_rotation

    def probe(self, then: Callable[[], None] | None = None) -> None:
        """Read the outputs (once at a time); ``then`` runs when they are known."""
        if then is not None:
            self._probing.append(then)
        if not self._wayland:
            self._probed()
        elif not self._asking:
            self._asking = True
            self._runner.run(WLR_RANDR, [], self._on_listing)

    def _on_listing(self, code: int, text: str) -> None:
        self._asking = False
        if code == 0:
            self.outputs = parse_outputs(text)
            self.problem = "" if self.outputs else FAILED
        else:
            self.outputs = []
            if "output-management" in text or "output management" in text:
                self.problem = UNSUPPORTED
            elif code == -1 and "not found" in text:
                self.problem = NO_TOOL
            else:
                self.problem = FAILED
            log.info("the compositor cannot switch the display off or turn it: %s", _first_line(text))
        self._probed()

    def _probed(self) -> None:
        waiting, self._probing = self._probing, []
        self.changed.emit()
        for then in waiting:
            then()

    # -- doing ---------------------------------------------------------------------------------

    def switch_off(self, *, asked: bool = False) -> None:
        """Switch every output off (after reading them the first time, and again after a failure:
        a screen may have been plugged in since); :attr:`powered_off` says whether it worked,
        :attr:`problem` why not."""
        if self.problem in (UNKNOWN, FAILED) and not asked:
            self.probe(lambda: self.switch_off(asked=True))
            return
        names = [output.name for output in self.outputs if output.enabled]
        if not self.can_switch_off or not names:
            return
        args = [part for name in names for part in ("--output", name, "--off")]
        self._off = names
        self._runner.run(WLR_RANDR, args, self._on_switched_off)

    def _on_switched_off(self, code: int, text: str) -> None:
        self.powered_off = code == 0
        if code == 0:
            log.info("the display is switched off until the clinic opens or someone touches it")
        else:
            self._off = []
            self.problem = FAILED
            log.warning("the display could not be switched off; it is shown black instead: %s", _first_line(text))
        self.changed.emit()

    def switch_on(self, rotation: int) -> None:
        """Switch back on what :meth:`switch_off` switched off, turned by ``rotation``."""
        if not self._off:
            self.powered_off = False
            return
        transform = TRANSFORMS.get(rotation, "normal")
        args = [part for name in self._off for part in ("--output", name, "--on", "--transform", transform)]
        self._off = []
        self.powered_off = False
        self._runner.run(WLR_RANDR, args, self._on_switched_on)

    def _on_switched_on(self, code: int, text: str) -> None:
        if code != 0:
            self.problem = FAILED
            log.error("the display could not be switched on again: %s", _first_line(text))
        self.probe()

    def rotate(self, rotation: int, *, asked: bool = False) -> None:
        """Turn every output by ``rotation`` degrees (0, 90, 180, 270), when the compositor can;
        read back, :attr:`rotation` is what the screen shows."""
        if rotation not in TRANSFORMS:
            return
        if self.problem in (UNKNOWN, FAILED) and not asked:
            self.probe(lambda: self.rotate(rotation, asked=True))
            return
        names = [output.name for output in self.outputs if output.enabled]
        if not self.can_rotate_now or not names or self.rotation == rotation:
            return
        args = [part for name in names for part in ("--output", name, "--transform", TRANSFORMS[rotation])]
        self._runner.run(WLR_RANDR, args, self._on_rotated)

    def _on_rotated(self, code: int, text: str) -> None:
        if code != 0:
            log.error("the screen could not be turned: %s", _first_line(text))
        self.probe()


def _first_line(text: str) -> str:
    return (text.strip().splitlines() or ["(no message)"])[0][:200]
