"""Start-up in a fixed order: arguments → logging → settings → QApplication → fonts/style → window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence

from kiosk import cli

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
    args = cli.parse(argv)
    if args.command == "validate":
        return cli.validate(args)
    if args.command == "simulate":
        return cli.simulate(args)
    if args.command == "set-pin":
        return cli.set_pin(args)
    if args.command == "screenshot":
        from kiosk.ui.screenshots import take_screenshots  # noqa: PLC0415

        return take_screenshots(args)
    return run(args)


def run(args: argparse.Namespace) -> int:
    from kiosk.core.library import open_pack  # noqa: PLC0415
    from kiosk.core.logs import setup_logging  # noqa: PLC0415
    from kiosk.core.paths import DataPaths  # noqa: PLC0415
    from kiosk.core.settings import load_settings  # noqa: PLC0415

    paths = DataPaths.choose(args.data_dir)
    setup_logging(paths, verbose=args.verbose)
    settings = load_settings(paths.settings_file)
    opened = open_pack(args.pack or settings.active_pack, paths)

    from PySide6.QtCore import QCoreApplication, QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    QCoreApplication.setOrganizationName("kiosk")
    QCoreApplication.setApplicationName("kiosk")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])

    from kiosk.ui.crash import install_exception_hook  # noqa: PLC0415
    from kiosk.ui.window import build_window  # noqa: PLC0415

    window = build_window(opened, settings, kiosk_mode=not args.windowed)
    install_exception_hook(window)
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
        QTimer.singleShot(0, getattr(window, "warm_up", lambda: None))
    log.info("kiosk started with pack %s", opened.pack.id if opened.pack else "(none)")
    return int(app.exec())
