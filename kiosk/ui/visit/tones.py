"""A short tone for a key press that must not be spoken (the staff PIN in speech mode).

The tone is made in memory (a sine wave with a soft start and end) and played through Qt
Multimedia's audio sink: no sound file, nothing written anywhere.
"""

from __future__ import annotations

import array
import logging
import math
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject

log = logging.getLogger(__name__)

RATE = 22050
#: The tone: high enough to be heard over a waiting room, short enough not to annoy.
PITCH_HZ = 880
LENGTH_MS = 70
#: The edges fade in and out over this long, so the tone does not click.
FADE_MS = 10


def tone_samples(volume: float = 0.5) -> bytes:
    """The tone as 16-bit mono samples at ``RATE``, at ``volume`` (0.0-1.0) of full scale."""
    count = RATE * LENGTH_MS // 1000
    fade = RATE * FADE_MS // 1000
    peak = 32767 * max(0.0, min(1.0, volume))
    samples = array.array("h")
    for n in range(count):
        edge = min(1.0, n / fade, (count - 1 - n) / fade)
        samples.append(round(peak * edge * math.sin(2 * math.pi * PITCH_HZ * n / RATE)))
    return samples.tobytes()


class KeyTone(QObject):
    """Plays the tone; a tone still playing is cut off by the next. Silent where there is no audio."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink: Any = None
        self._buffer: QBuffer | None = None
        self.played = 0

    def play(self, volume: float = 0.5) -> None:
        try:
            from PySide6.QtMultimedia import QAudioFormat, QAudioSink  # noqa: PLC0415  (only when needed)
        except ImportError as err:
            log.warning("no key tone: Qt Multimedia cannot be loaded (%s)", err)
            return
        if self._sink is not None:
            self._sink.stop()
        audio = QAudioFormat()
        audio.setSampleRate(RATE)
        audio.setChannelCount(1)
        audio.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(tone_samples(volume)))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink = QAudioSink(audio, self)
        self._sink.start(self._buffer)
        self.played += 1
