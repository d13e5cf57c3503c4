"""Run by tests/test_atspi.py in a process of its own, on the test's X server and AT-SPI bus: the
kiosk on a pack, full screen, with Qt's accessibility bridge on, until it is sent SIGTERM.

    python -m tests.atspi_child PACK [IDLE_SECONDS]

Read aloud uses Qt's silent mock speech engine (English voices only), so "Read aloud" is offered
without a speech server. IDLE_SECONDS is how long the kiosk waits before "Still there?" (default:
an hour, so that it never comes up during a walk through the screens).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"  # the offscreen platform has no AT-SPI bridge
os.environ["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"  # as if a screen reader were running

from kiosk.core.audio import choose_audio_backend

choose_audio_backend()

from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.core.content.reader import load_pack  # noqa: E402
from kiosk.core.session import Preferences, Session  # noqa: E402
from kiosk.core.settings import Settings  # noqa: E402
from kiosk.ui.crash import after_first_paint  # noqa: E402
from kiosk.ui.stop import StopOnSignal  # noqa: E402
from kiosk.ui.visit.speech import ReadAloud  # noqa: E402
from kiosk.ui.window import KioskWindow  # noqa: E402


def main() -> int:
    pack_dir = Path(sys.argv[1])
    idle_s = int(sys.argv[2]) if len(sys.argv) > 2 else 3600
    app = QApplication(sys.argv[:1])
    app.setApplicationName("kiosk")
    ReadAloud.ENGINE = "mock"
    pack = load_pack(pack_dir).pack
    assert pack is not None
    settings = Settings(idle_timeout_s=idle_s, idle_countdown_s=120)
    window = KioskWindow(Session(pack, Preferences(language="en")), settings, kiosk_mode=True)
    stop = StopOnSignal(app.exit, app)
    window.setGeometry(app.primaryScreen().geometry())
    window.showFullScreen()
    after_first_paint(window, window.warm_up)
    code = app.exec()
    stop.restore()
    window.force_close()
    del app
    return code


if __name__ == "__main__":
    sys.exit(main())
