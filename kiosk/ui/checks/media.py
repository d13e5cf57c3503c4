"""Whether Qt can really play each narration and video of a pack (``kiosk validate``).

The bytes were checked already (kiosk/core/checks/media.py); this plays each file, muted, with
Qt Multimedia as the kiosk would, and refuses it unless a picture (for a video) or some sound
(for narration) comes out within ``LIMIT_MS``. A file that passes the byte checks but that
Qt's decoder cannot read is refused here, at validation, not discovered by a patient.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Q_ARG, QEventLoop, QLoggingCategory, QObject, QTimer

from kiosk.core.problems import Problem

#: How long a file may take to give its first picture or sound before it is refused.
LIMIT_MS = 10_000
#: Narration counts as playing once this much of it has been decoded.
HEARD_MS = 200


def _try(path: Path, video: bool) -> str:
    """ "" when Qt plays ``path``; otherwise why not."""
    from kiosk.ui.visit.narration import later, multimedia, set_source  # noqa: PLC0415  (Qt Multimedia)

    qt = multimedia()

    # Qt Multimedia's notes ("no audio device", "no hardware decoder") are not the author's problem.
    QLoggingCategory.setFilterRules("qt.multimedia.*=false\nqt.rhi.*=false")

    loop = QEventLoop()
    holder = QObject()  # the player and its outputs go with it, deleted inside the event loop
    player = qt.QMediaPlayer(holder)
    output = qt.QAudioOutput(holder)
    player.setAudioOutput(output)
    later(output, "setMuted", Q_ARG(bool, True))
    sink = qt.QVideoSink(holder) if video else None
    if sink is not None:
        player.setVideoSink(sink)
    outcome: dict[str, str] = {}

    def done(message: str) -> None:
        if "message" not in outcome:  # the first word counts; later ones must not end the loop below
            outcome["message"] = message
            loop.quit()

    def on_frame(frame: Any) -> None:
        if frame.isValid() and not frame.toImage().isNull():
            done("")

    def on_position(ms: int) -> None:
        if not video and ms >= HEARD_MS:
            done("")

    def on_status(status: Any) -> None:
        statuses = qt.QMediaPlayer.MediaStatus
        if status == statuses.InvalidMedia:
            done(f"Qt cannot play this file ({player.errorString() or 'not a format its decoder reads'})")
        elif status == statuses.EndOfMedia:
            done("Qt played this file to its end without a picture" if video else "")
        elif status == statuses.LoadedMedia and video and not player.hasVideo():
            done("Qt finds no picture in this video")

    if sink is not None:
        sink.videoFrameChanged.connect(on_frame)
    player.positionChanged.connect(on_position)
    player.mediaStatusChanged.connect(on_status)
    player.errorOccurred.connect(lambda _error, message: done(f"Qt cannot play this file ({message})"))
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: done(f"Qt gave no {'picture' if video else 'sound'} within {LIMIT_MS // 1000} s"))
    timer.start(LIMIT_MS)
    set_source(player, path)
    later(player, "play")
    loop.exec()
    timer.stop()
    # Stopped and deleted from the event loop, never straight from here (see narration.later).
    later(player, "stop")
    holder.destroyed.connect(loop.quit)
    holder.deleteLater()
    loop.exec()
    return outcome.get("message", "")


def playback_problems(root: Path, files: list[tuple[Path, bool]]) -> list[Problem]:
    """A problem for every file of ``files`` (path, is a video) that Qt cannot play."""
    problems: list[Problem] = []
    for path, video in files:
        message = _try(path, video)
        if message:
            problems.append(Problem(path.relative_to(root).as_posix(), None, message))
    return problems
