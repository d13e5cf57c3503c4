"""A page's recorded narration played by "Read aloud", its controls, and the patient's volume.

Qt Multimedia is imported only when a narration or a video first plays (``multimedia()``), never
on the way to the first frame: the patient's start-up and memory targets hold without it.

The words being heard are marked from the narration's WebVTT cues. Each cue's words are looked
for in the screen's passages, in order, from where the last one was found, so a cue per word, per
sentence or per paragraph all work, and a cue whose words are not on screen marks nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, QSize, Qt, QUrl, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.core.content.media import Cue, cue_at, read_vtt
from kiosk.ui import icons
from kiosk.ui.theme import Palette
from kiosk.ui.visit.speech import OBJECT_REPLACEMENT, Passage, WordMarker
from kiosk.ui.widgets.controls import TouchButton

log = logging.getLogger(__name__)


def multimedia() -> ModuleType:
    """PySide6.QtMultimedia, imported on first use (it loads FFmpeg and the audio stack)."""
    from PySide6 import QtMultimedia  # noqa: PLC0415  (slow and large; only when media plays)

    return QtMultimedia


def later(target: QObject, method: str, *args: Any) -> None:
    """Call ``method`` of a Qt Multimedia object from the event loop, inside Qt, in call order.

    Called straight from Python, ``QMediaPlayer.stop()`` and the like keep Python's lock while they
    wait for the player's audio thread, and that thread may be waiting for the same lock (to ask
    whether Python overrides a method of the QAudioOutput made here): both would wait for ever.
    Queued, the call runs while the event loop has the lock released.
    """
    QMetaObject.invokeMethod(target, method, Qt.ConnectionType.QueuedConnection, *args)


def set_source(player: QObject, path: Path | None) -> None:
    later(player, "setSource", Q_ARG(QUrl, QUrl.fromLocalFile(str(path)) if path is not None else QUrl()))


def set_position(player: QObject, ms: int) -> None:
    later(player, "setPosition", Q_ARG("qint64", ms))


def set_volume(output: QObject, level: float) -> None:
    later(output, "setVolume", Q_ARG("float", level))


class Volume(QObject):
    """The patient's volume, 0-100, for narration, video and the speech engine; back to the clinic's
    default at every idle reset."""

    changed = Signal(int)
    STEP = 10

    def __init__(self, level: int = 80, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._level = max(0, min(100, level))

    def level(self) -> int:
        return self._level

    def set_level(self, level: int) -> None:
        level = max(0, min(100, level))
        if level != self._level:
            self._level = level
            self.changed.emit(level)

    def louder(self) -> None:
        self.set_level(self._level + self.STEP)

    def quieter(self) -> None:
        self.set_level(self._level - self.STEP)

    def linear(self) -> float:
        """The level as Qt's audio outputs take it (0.0-1.0), on a scale that sounds even to the ear."""
        qt = multimedia()
        scale = qt.QtAudio.VolumeScale
        return float(qt.QtAudio.convertVolume(self._level / 100, scale.LogarithmicVolumeScale, scale.LinearVolumeScale))


_volume: Volume | None = None


def shared_volume() -> Volume:
    """The one volume of the kiosk (the window sets it to the clinic's default at each idle reset)."""
    global _volume  # noqa: PLW0603  (one per process, like the speakers it controls)
    if _volume is None:
        _volume = Volume()
    return _volume


def align(cues: list[Cue], passages: list[Passage]) -> list[tuple[int, int, int] | None]:
    """For each cue, where its words are in ``passages``: (passage, start, length), or None."""
    texts = [passage.text.replace(OBJECT_REPLACEMENT, " ").lower() for passage in passages]
    found: list[tuple[int, int, int] | None] = []
    at, offset = 0, 0
    for cue in cues:
        words = cue.text.lower().strip()
        place = None
        for index in range(at, min(at + 3, len(texts))):
            start = texts[index].find(words, offset if index == at else 0)
            if start >= 0:
                place = (index, start, len(words))
                at, offset = index, start + len(words)
                break
        found.append(place)
    return found


class Narrator(QObject):
    """Plays a recording of the screen and marks the words its cues time.

    The same shape as ``ReadAloud`` for the window: ``is_reading``, ``stop`` and ``finished``.

    Signals:
        finished(): the narration ended, was stopped, or could not be played.
        progress(): it moved on to other words (or began).
        state_changed(): it started, paused, resumed or stopped.
    """

    finished = Signal()
    progress = Signal()
    state_changed = Signal()

    def __init__(self, volume: Volume, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._volume = volume
        self._player: Any = None
        self._output: Any = None
        self._cues: list[Cue] = []
        self._places: list[tuple[int, int, int] | None] = []
        self._passages: list[Passage] = []
        self._marker = WordMarker()
        self._cue: Cue | None = None
        self._reading = False
        self._paused = False
        self.source: Path | None = None
        volume.changed.connect(self._on_volume)

    def _ensure_player(self) -> Any:
        if self._player is None:
            qt = multimedia()
            self._output = qt.QAudioOutput(self)
            self._player = qt.QMediaPlayer(self)
            self._player.setAudioOutput(self._output)
            self._player.positionChanged.connect(self._on_position)
            self._player.mediaStatusChanged.connect(self._on_status)
            self._player.errorOccurred.connect(self._on_error)
        set_volume(self._output, self._volume.linear())
        return self._player

    # -- what the window and the controls call ------------------------------------------------------

    def is_reading(self) -> bool:
        return self._reading

    def is_paused(self) -> bool:
        return self._reading and self._paused

    def play(self, path: Path, cues_path: Path | None, passages: list[Passage]) -> bool:
        """Play ``path`` from the start, marking ``passages`` by the cues in ``cues_path``."""
        self._halt()
        player = self._ensure_player()
        self._cues = read_vtt(cues_path) if cues_path is not None else []
        self._passages = passages
        self._places = align(self._cues, passages)
        self.source = path
        self._reading, self._paused = True, False
        set_source(player, path)
        later(player, "play")
        self.state_changed.emit()
        return True

    def pause(self) -> None:
        if self._reading and not self._paused:
            self._paused = True
            later(self._player, "pause")
            self.state_changed.emit()

    def resume(self) -> None:
        if self._reading and self._paused:
            self._paused = False
            later(self._player, "play")
            self.state_changed.emit()

    def replay(self) -> None:
        """From the start again (also after it was paused)."""
        if self._reading:
            self._marker.clear()
            self._cue = None
            self._paused = False
            set_position(self._player, 0)
            later(self._player, "play")
            self.state_changed.emit()

    def stop(self) -> None:
        """Stop at once and remove the marks; ``finished`` follows."""
        if self._reading:
            self._halt()
            self.finished.emit()

    def position_ms(self) -> int:
        return int(self._player.position()) if self._player is not None else 0

    def _halt(self) -> None:
        was_reading = self._reading
        self._reading, self._paused = False, False
        self._marker.clear()
        self._cue = None
        if self._player is not None:
            later(self._player, "stop")
            set_source(self._player, None)  # the decoder and its buffers go now, not at the next play
        self._passages, self._places, self._cues = [], [], []
        if was_reading:
            self.state_changed.emit()

    # -- marking the words heard ----------------------------------------------------------------------

    @Slot(int)
    def _on_position(self, ms: int) -> None:
        if not self._reading:
            return
        cue = cue_at(self._cues, int(ms))
        if cue is None or cue is self._cue:
            return
        self._cue = cue
        place = self._places[self._cues.index(cue)]
        if place is not None:
            self._marker.mark(self._passages[place[0]], place[1], place[2])
        self.progress.emit()

    @Slot(object)
    def _on_status(self, status: object) -> None:
        statuses = multimedia().QMediaPlayer.MediaStatus
        if status == statuses.BufferedMedia and self._reading:
            self.progress.emit()
        elif status == statuses.EndOfMedia and self._reading:
            self.stop()
        elif status == statuses.InvalidMedia and self._reading:
            log.warning("narration %s cannot be played", self.source)
            self.stop()

    @Slot(object, str)
    def _on_error(self, _error: object, message: str) -> None:
        if self._reading:
            log.warning("narration %s failed: %s", self.source, message)
            self.stop()

    @Slot(int)
    def _on_volume(self, _level: int) -> None:
        if self._output is not None:
            set_volume(self._output, self._volume.linear())


class VolumeButtons(QObject):
    """Quieter and Louder, for the shared volume (each disabled at its end of the scale). A child of
    ``owner``, so it stops following the volume when its screen goes."""

    def __init__(self, row: QHBoxLayout, colors: Palette, volume: Volume, owner: QWidget) -> None:
        super().__init__(owner)
        self.volume = volume
        self.quieter = TouchButton()
        self.louder = TouchButton()
        for button, name, action in (
            (self.quieter, "fa6s.volume-low", volume.quieter),
            (self.louder, "fa6s.volume-high", volume.louder),
        ):
            button.setIcon(icons.icon(name, colors.on_secondary))
            button.setIconSize(QSize(32, 32))
            button.clicked.connect(action)
            row.addWidget(button)
        # (This class's own tr: the translations are filed under it, not under its owner's class.)
        self.quieter.set_label(self.tr("Quieter"), self.tr("Make the sound quieter"))
        self.louder.set_label(self.tr("Louder"), self.tr("Make the sound louder"))
        volume.changed.connect(self.show)
        self.show()

    @Slot()
    def show(self, _level: int = 0) -> None:
        level = self.volume.level()
        self.quieter.setEnabled(level > 0)
        self.louder.setEnabled(level < 100)


class NarrationBar(QWidget):
    """Pause or go on, start again, quieter, louder: shown on a narrated page while it is heard."""

    def __init__(self, colors: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NarrationBar")
        self.narrator: Narrator | None = None
        self._colors = colors
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        self.pause_button = TouchButton()
        self.pause_button.clicked.connect(self._toggle_pause)
        self.replay_button = TouchButton()
        self.replay_button.setIcon(icons.icon("fa6s.rotate-left", colors.on_secondary))
        self.replay_button.setIconSize(QSize(32, 32))
        self.replay_button.set_label(self.tr("Start again"), self.tr("Hear this screen again from the start"))
        self.replay_button.clicked.connect(self._replay)
        row.addWidget(self.pause_button)
        row.addWidget(self.replay_button)
        self.volume = VolumeButtons(row, colors, shared_volume(), self)
        row.addStretch(1)
        self.hide()

    def follow(self, narrator: Narrator | None) -> None:
        """Show the controls of ``narrator`` while it plays on this page (None: hide them)."""
        if self.narrator is not None and self.narrator is not narrator:
            self.narrator.state_changed.disconnect(self.refresh)
        if narrator is not None and narrator is not self.narrator:
            narrator.state_changed.connect(self.refresh)
        self.narrator = narrator
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        narrator = self.narrator
        playing = narrator is not None and narrator.is_reading()
        self.setVisible(playing)
        if not playing:
            if narrator is not None:
                self.follow(None)
            return
        assert narrator is not None
        if narrator.is_paused():
            self.pause_button.setIcon(icons.icon("fa6s.play", self._colors.on_secondary))
            self.pause_button.set_label(self.tr("Go on"), self.tr("Go on listening from where it stopped"))
        else:
            self.pause_button.setIcon(icons.icon("fa6s.pause", self._colors.on_secondary))
            self.pause_button.set_label(self.tr("Pause"), self.tr("Stop for a moment"))
        self.pause_button.setIconSize(QSize(32, 32))

    @Slot()
    def _toggle_pause(self) -> None:
        if self.narrator is not None:
            if self.narrator.is_paused():
                self.narrator.resume()
            else:
                self.narrator.pause()

    @Slot()
    def _replay(self) -> None:
        if self.narrator is not None:
            self.narrator.replay()
