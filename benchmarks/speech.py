"""Speech mode: a screen change to its first spoken word, and a key press to the next control spoken.

Run by the runner in its own process: ``python -m benchmarks.speech '{"size": [1920, 1080], "repeats": 30}'``.
"First spoken word" is the speech engine's own report that it begins to speak: Qt's
``stateChanged(Speaking)`` (speech-dispatcher's begin event, when espeak-ng's audio starts) or,
when the key interrupted speech under way, its ``aboutToSynthesize`` of the new text, or a
``sayingWord`` where the engine reports words (speech-dispatcher does not). The runner
gives this process a PulseAudio server of its own with a null sink, so the real engine speaks
without a sound card. Where no real engine runs (no speech-dispatcher), Qt's mock engine is used
and the result says so: the figure is then the kiosk's own share only.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks.common import emit, params
from benchmarks.frames import ErrorCounter, idle, open_kiosk
from benchmarks.stats import summary

WAIT_S = 10


def _engine(window: Any) -> str:
    from kiosk.ui.visit.speech import ReadAloud  # noqa: PLC0415

    if window.reader.prepare():
        return str(window.reader._tts.engine())
    ReadAloud.ENGINE = "mock"
    window._reader = None
    window.reader.prepare()
    return "mock"


def _key(window: Any, key: Qt.Key) -> float:
    """Press ``key`` and wait for the engine to say the first word it brings; milliseconds."""
    from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415

    tts = window.reader._tts
    came: list[float] = []
    pressing = [True]

    def begun(*_args: object) -> None:
        if not came:
            came.append(time.perf_counter())

    def state(now: object) -> None:
        if now == QTextToSpeech.State.Speaking:
            begun()

    def text(_number: int) -> None:
        if not pressing[0]:  # handed over during the key press: not yet sound
            begun()

    tts.sayingWord.connect(begun)
    tts.stateChanged.connect(state)
    tts.aboutToSynthesize.connect(text)
    target = QApplication.focusWidget() or window
    started = time.perf_counter()
    QTest.keyClick(target, key)
    pressing[0] = False
    deadline = started + WAIT_S
    while not came and time.perf_counter() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
    tts.sayingWord.disconnect(begun)
    tts.stateChanged.disconnect(state)
    tts.aboutToSynthesize.disconnect(text)
    if not came:
        raise TimeoutError(f"no word was spoken within {WAIT_S} s of the key")
    return (came[0] - started) * 1000


def main() -> None:
    options = params()
    size = (int(options.get("size", (1920, 1080))[0]), int(options.get("size", (1920, 1080))[1]))
    repeats = int(options.get("repeats", 30))
    errors = ErrorCounter()
    window = open_kiosk(size, settle=False)  # speaks from the first moment, as it always did
    engine = _engine(window)
    _key(window, Qt.Key.Key_Space)  # speech mode on: the welcome is spoken
    speech = window.speech_mode
    screens: list[float] = []
    controls: list[float] = []
    session = window.session
    for number in range(repeats):
        if session.screen.value == "attract":
            screens.append(_key(window, Qt.Key.Key_Return))  # Start: the first page is spoken
        controls.append(_key(window, Qt.Key.Key_Down))
        controls.append(_key(window, Qt.Key.Key_Up))
        if session.screen.value == "page" and session.can_go_next and number % 2 == 0:
            view = window.session_view
            while speech.spoken is not None and speech.spoken.controls[speech.index] is not view.next_button:
                QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Down)
            screens.append(_key(window, Qt.Key.Key_Return))  # Next: the next page (or a check) is spoken
        else:
            session.reset()
            idle(50)  # "Speech is off" is handed over
            window.reader.stop()
            while window.reader._tts.state().name == "Speaking":
                idle(10)
            _key(window, Qt.Key.Key_Space)
    window.reader.stop()
    emit(
        {
            "size": f"{size[0]}x{size[1]}",
            "engine": engine,
            "screen_to_first_word": summary(screens),
            "key_to_next_control": summary(controls),
            "errors": errors.count,
            "first_error": errors.first,
        }
    )


if __name__ == "__main__":
    main()
