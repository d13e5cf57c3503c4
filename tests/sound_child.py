"""Run by tests/test_sound.py in a process of its own, with the test's PulseAudio server: opens the
kiosk on a pack, and lets a patient's tap make sound, then exits when the sound has ended.

    python -m tests.sound_child speech|narration|video|speech-mode PACK PAGE

In ``speech-mode`` a key on the attract screen starts speech mode (PAGE is not used); the child
prints each passage the kiosk spoke, one a line, for the test to know how long they take.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.core.content.reader import load_pack
from kiosk.core.session import Preferences, Session
from kiosk.core.settings import Settings
from kiosk.ui.window import KioskWindow

#: The longest any of the sounds may take before the child gives up (exit 3).
LIMIT_MS = 60_000


def wait_until_settled(window: KioskWindow) -> None:
    """Wait, as a patient's eyes do, until the screen has been on show for the settle time: a tap
    before that is ignored by design (kiosk/ui/widgets/settle.py)."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if window.settle.is_settled() else None)
    poll.start()
    QTimer.singleShot(5000, loop.quit)
    loop.exec()
    poll.stop()


def main() -> int:
    mode, pack_dir, page = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    app = QApplication(sys.argv[:1])
    pack = load_pack(pack_dir).pack
    assert pack is not None
    window = KioskWindow(Session(pack, Preferences(language="en")), Settings(volume=100), kiosk_mode=False)
    window.resize(1280, 800)
    window.show()
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: loop.exit(3))
    timer.start(LIMIT_MS)
    if mode == "speech-mode":
        return speak_attract(app, window, loop, timer)
    window.session.start()
    window.session.go_to_page(page)
    view = window.session_view
    if mode == "video":
        screen = view.current_page_screen()
        assert screen is not None and screen.video is not None
        panel = screen.video
        panel.state_changed.connect(lambda: None if panel.is_playing() else loop.exit(0))
        wait_until_settled(window)
        QTest.mouseClick(panel.play_button, Qt.MouseButton.LeftButton)
    else:
        if mode == "speech" and not window.reader.prepare():
            print("sound_child: the speech engine did not start", file=sys.stderr)
            return 4
        reading = window.narrator if mode == "narration" else window.reader
        reading.finished.connect(lambda: loop.exit(0))
        view.show_settings()
        wait_until_settled(window)
        QTest.mouseClick(view.read_button, Qt.MouseButton.LeftButton)
        if not window.session.read_aloud:
            print("sound_child: Read aloud did not start", file=sys.stderr)
            return 5
    code = loop.exec()
    timer.stop()
    window.force_close()
    del app
    return code


def speak_attract(app: QApplication, window: KioskWindow, loop: QEventLoop, timer: QTimer) -> int:
    """A patient who cannot see presses a key: speech mode speaks its welcome and the attract screen."""
    reader = window.reader
    if not reader.prepare():
        print("sound_child: the speech engine did not start", file=sys.stderr)
        return 4
    spoken: list[str] = []
    read = reader.read

    def read_and_keep(lang: str, passages: list) -> bool:  # type: ignore[type-arg]
        spoken[:] = [passage.text for passage in passages if passage.text.strip()]
        return read(lang, passages)

    reader.read = read_and_keep  # type: ignore[method-assign]
    reader.finished.connect(lambda: loop.exit(0))
    window.warm_up()  # as the kiosk does after its first frame: from then on a key starts speech mode
    wait_until_settled(window)
    QTest.keyClick(window.attract, Qt.Key.Key_Space)
    if not window.speech_mode.active:
        print("sound_child: speech mode did not start", file=sys.stderr)
        return 5
    code = loop.exec()
    timer.stop()
    print("\n".join(spoken))
    window.force_close()
    del app
    return code


if __name__ == "__main__":
    sys.exit(main())
