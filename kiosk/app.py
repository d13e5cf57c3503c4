"""Start-up in a fixed order: arguments → logging → settings → QApplication → fonts/style → window."""

from __future__ import annotations

import argparse
import faulthandler
import logging
import os
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kiosk.cli import commands, parser
from kiosk.core.exitcodes import EXIT_NEW_SESSION, EXIT_REFUSED, EXIT_RESTART

if TYPE_CHECKING:
    from kiosk.core.health import HealthFile
    from kiosk.core.paths import DataPaths
    from kiosk.ui.watchdog import HealthTimer

log = logging.getLogger(__name__)


def process_uptime_ms() -> float:
    """Milliseconds since this process started (Linux: from /proc; elsewhere: since import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime_s = float(handle.read().split()[0])
        return (uptime_s - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return (time.perf_counter() - _IMPORTED) * 1000


_IMPORTED = time.perf_counter()


def main(argv: Sequence[str] | None = None) -> int:
    from kiosk.core.audio import choose_audio_backend  # noqa: PLC0415

    choose_audio_backend()  # before anything loads Qt Multimedia
    args = parser.parse(argv)
    if args.command != "run":
        return commands.dispatch(args)
    code = run(args)
    if code == EXIT_RESTART and not args.exit_after_first_frame:
        return restart_in_place()
    return code


def restart_in_place() -> int:
    """Start the kiosk again with the command line it was started with ("Restart the kiosk").

    On Linux the process replaces itself (same PID), so systemd keeps tracking it and its
    watchdog; the new kiosk sends ``READY=1`` again. Where that is impossible, it runs the
    kiosk again as a child and returns its exit code.
    """
    command = [sys.executable, *sys.orig_argv[1:]]
    log.info("restarting the kiosk")
    for handler in logging.getLogger().handlers:
        handler.flush()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:  # pythonw.exe has neither
            stream.flush()
    try:
        if os.name == "posix":
            os.execv(command[0], command)
        import subprocess  # noqa: PLC0415  (only here)

        return subprocess.call(command)
    except OSError:
        log.critical("could not restart the kiosk; leaving it to the service manager", exc_info=True)
        return EXIT_RESTART


def run(args: argparse.Namespace) -> int:
    from kiosk.core.install.locate import open_pack, tidy_packs  # noqa: PLC0415
    from kiosk.core.install.restarts import note_clean_stop, note_start  # noqa: PLC0415
    from kiosk.core.logs import setup_logging  # noqa: PLC0415
    from kiosk.core.paths import DataPaths  # noqa: PLC0415
    from kiosk.core.settings import load_settings  # noqa: PLC0415

    paths = DataPaths.choose(args.data_dir)
    setup_logging(paths, verbose=args.verbose)
    _keep_crash_traces(paths.log_dir)
    settings = load_settings(paths.settings_file)
    # Tidied, and its pages converted to HTML, after the first frame.
    opened = open_pack(args.pack or settings.active_pack, paths, tidy=False, convert=False)
    if opened.pack is not None and note_start(paths, opened.pack.root):
        # The third start on this version within 10 minutes that did not end cleanly: set it aside.
        opened = open_pack(args.pack or settings.active_pack, paths, tidy=False, convert=False)

    no_display = missing_display()
    if no_display:
        print(f"kiosk: {no_display}", file=sys.stderr)
        return EXIT_REFUSED

    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    QCoreApplication.setOrganizationName("kiosk")
    QCoreApplication.setApplicationName("kiosk")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])

    from kiosk.core.watchdog import Notifier  # noqa: PLC0415
    from kiosk.core.watchdog import use as use_notifier  # noqa: PLC0415
    from kiosk.ui.collector import MainThreadCollector, settle_between_visits  # noqa: PLC0415
    from kiosk.ui.crash import install_exception_hook  # noqa: PLC0415
    from kiosk.ui.start import build_window  # noqa: PLC0415
    from kiosk.ui.stop import StopOnSignal  # noqa: PLC0415
    from kiosk.ui.watchdog import WatchdogPinger  # noqa: PLC0415

    collector = MainThreadCollector(app)  # cycles holding Qt objects are freed on this thread only
    # A pack named on the command line is shown alone; otherwise the packs staff chose to show.
    shown = () if args.pack or len(settings.shown) < 2 else settings.shown
    window = build_window(opened, settings, kiosk_mode=not args.windowed, paths=paths, shown=shown)
    health = _Health(paths, opened.pack.id if opened.pack else None, opened.pack.version if opened.pack else None)
    install_exception_hook(window, on_error=health.record_error)
    stop_on_signal = StopOnSignal(app.exit, app)
    notifier = Notifier.from_environ()
    use_notifier(notifier)  # long but bounded work (converting a pack's pages) keeps the watchdog fed
    pinger = None if notifier is None else WatchdogPinger(notifier, app)
    if pinger is not None:
        pinger.start()
    if args.windowed:
        window.resize(1280, 800)
        window.show()
    else:
        # Cover the whole screen even without a window manager to honour full-screen (bare X).
        screen = app.primaryScreen()
        window.setGeometry(screen.geometry())
        screen.geometryChanged.connect(window.setGeometry)
        window.showFullScreen()
    if args.exit_after_first_frame:
        from kiosk.ui.crash import exit_after_first_paint  # noqa: PLC0415

        exit_after_first_paint(window, lambda: print(f"{process_uptime_ms():.0f}", flush=True))
    else:
        from kiosk.ui.crash import after_first_paint  # noqa: PLC0415

        def after_the_first_frame() -> None:
            health.start()
            session = getattr(window, "session", None)  # a kiosk window has one; the notice has not
            if session is not None:
                session.convert_pages()  # every page's HTML, once, before any page is built
            getattr(window, "warm_up", lambda: None)()  # the next screens (a kiosk window has them)
            if session is not None:  # a full garbage collection whenever nobody is there, not in a tap
                settle_between_visits(collector, session)
            tidy_packs(paths)  # what an interrupted install left behind
            if opened.pack is not None:
                check_pack_in_background(paths, opened.pack.root)
            # The inbox and the outbox (docs/fleet.md), when the settings name them.
            getattr(window, "start_fleet", lambda: None)()

        after_first_paint(window, after_the_first_frame)
    log.info("kiosk started with pack %s", opened.pack.id if opened.pack else "(none)")
    code = int(app.exec())
    getattr(window, "stop_fleet", lambda: None)()  # an inbox install under way stops, unchanged
    getattr(window, "finish_counting", lambda: None)()  # a kiosk window counts visits; the notice does not
    stop_on_signal.restore()
    collector.stop()
    if pinger is not None:
        pinger.stop()
        pinger.deleteLater()
    health.stopped(code)
    note_clean_stop(paths)  # the kiosk got here on purpose: its starts were not restarts a pack caused
    return code


def missing_display() -> str | None:
    """Why Qt would find no screen to open the kiosk on, or None.

    Without a display Qt aborts with its own message and a core dump; this says it plainly
    first. Windows, macOS and a chosen platform (``QT_QPA_PLATFORM=offscreen``) always have one.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display to show the kiosk on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from a "
        "desktop session, as the kiosk service (docs/deployment.md), or with QT_QPA_PLATFORM=offscreen to try it."
    )


def check_pack_in_background(paths: DataPaths, folder: Path) -> threading.Thread:
    """Hash every file of the pack on screen against its manifest, off the UI thread.

    A mismatch (a damaged disk, a hand edit) is logged and reported to staff mode and
    ``health.json``; the kiosk keeps showing what it loaded.
    """
    from kiosk.core.install.verify import check_shown_pack  # noqa: PLC0415

    thread = threading.Thread(target=check_shown_pack, args=(paths, folder), name="pack-check", daemon=True)
    thread.start()
    return thread


class _Health:
    """The health file (kiosk/core/health.py), started once the first frame is out.

    An error before that is counted and recorded when the file starts.
    """

    def __init__(self, paths: DataPaths, pack_id: str | None, pack_version: str | None) -> None:
        self._paths = paths
        self._pack = (pack_id, pack_version)
        self._file: HealthFile | None = None
        self._timer: HealthTimer | None = None
        self._early_errors = 0

    def start(self) -> None:
        from kiosk.core.health import HealthFile, health_path  # noqa: PLC0415
        from kiosk.ui.watchdog import HealthTimer  # noqa: PLC0415

        self._file = HealthFile.start(health_path(self._paths), *self._pack)
        for _ in range(self._early_errors):
            self._file.record_error()
        self._timer = HealthTimer(self._file)

    def record_error(self) -> None:
        if self._file is None:
            self._early_errors += 1
        else:
            self._file.record_error()

    def stopped(self, code: int) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer.deleteLater()
        if self._file is not None:
            self._file.stopped(code, restarting=code in (EXIT_RESTART, EXIT_NEW_SESSION))


_crash_trace_file: TextIO | None = None


def _keep_crash_traces(log_dir: Path) -> None:
    """On a hard crash or a watchdog kill (SIGABRT), write where every thread was to a file.

    The file holds code locations only (no values), so no patient answer can end up in it.
    A fault handler someone already enabled (``python -X faulthandler``, pytest) is kept.
    """
    global _crash_trace_file  # noqa: PLW0603  (the file must stay open for the whole run)
    if faulthandler.is_enabled():
        return
    path = log_dir / "crash-traces.log"
    try:
        if path.exists() and path.stat().st_size > 1_000_000:
            path.unlink()
        _crash_trace_file = open(path, "a", encoding="utf-8")  # noqa: SIM115
    except OSError as err:
        log.warning("cannot keep crash traces in %s: %s", path, err)
        return
    faulthandler.enable(_crash_trace_file, all_threads=True)
