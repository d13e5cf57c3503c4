"""A short video on a page: its poster until a tap, big controls, and captions on by default.

A video never starts by itself, with or without sound: only the patient's tap on Play (or on
the picture) starts it. It stops when the page changes (its screen is hidden), at the idle reset
and when it ends. Qt Multimedia loads at the first Play (``narration.multimedia``); the frames
come through a QVideoSink and are drawn here with the captions over them, so what a patient sees
is also what ``kiosk screenshot`` saves.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QHideEvent, QImage, QMouseEvent, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.content.media import Cue, cue_at, read_vtt
from kiosk.ui import icons
from kiosk.ui.theme import Palette
from kiosk.ui.visit.narration import (
    VolumeButtons,
    later,
    multimedia,
    set_position,
    set_source,
    set_volume,
    shared_volume,
)
from kiosk.ui.widgets.controls import TouchButton
from kiosk.ui.widgets.picture import render_picture

log = logging.getLogger(__name__)


class VideoScreen(QWidget):
    """The picture: the poster or the current frame, the caption over it, and a big Play mark."""

    def __init__(self, panel: VideoPanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 180)
        self._poster = QImage()
        self._poster_size = QSize()

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt override)
        return QSize(640, 560)

    def _poster_image(self) -> QImage:
        if self._panel.poster is None:
            return QImage()
        if self._poster.isNull() or self._poster_size != self.size():
            self._poster = render_picture(self._panel.poster, self.width(), self.height(), self.devicePixelRatioF())
            self._poster_size = self.size()
        return self._poster

    def picture_rect(self, image: QImage) -> QRectF:
        """Where ``image`` is drawn: as large as fits, centred."""
        if image.isNull():
            return QRectF(self.rect())
        size = image.deviceIndependentSize().scaled(self.width(), self.height(), Qt.AspectRatioMode.KeepAspectRatio)
        left, top = (self.width() - size.width()) / 2, (self.height() - size.height()) / 2
        return QRectF(left, top, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt override)
        panel = self._panel
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        image = panel.frame if panel.frame is not None and not panel.frame.isNull() else self._poster_image()
        target = self.picture_rect(image)
        if not image.isNull():
            painter.drawImage(target, image)
        caption = panel.caption()
        if caption:
            self._draw_caption(painter, target, caption)
        if not panel.is_playing():
            self._draw_play_mark(painter, target)
        painter.end()

    def _draw_caption(self, painter: QPainter, target: QRectF, text: str) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(20, int(target.height() * 0.055)))
        font.setBold(True)
        painter.setFont(font)
        margin = font.pixelSize() * 0.6
        room = target.adjusted(margin, 0, -margin, -margin)
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap)
        bounds = painter.boundingRect(room, flags, text)
        band = bounds.adjusted(-margin / 2, -margin / 4, margin / 2, margin / 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 200))
        painter.drawRoundedRect(band, 8, 8)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(room, flags, text)

    def _draw_play_mark(self, painter: QPainter, target: QRectF) -> None:
        radius = max(36.0, min(target.width(), target.height()) * 0.12)
        centre = target.center()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 170))
        painter.drawEllipse(centre, radius, radius)
        painter.setBrush(QColor("#ffffff"))
        side = radius * 0.9
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(centre.x() - side * 0.38, centre.y() - side * 0.55),
                    QPointF(centre.x() - side * 0.38, centre.y() + side * 0.55),
                    QPointF(centre.x() + side * 0.6, centre.y()),
                ]
            )
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self._panel.toggle()
        super().mouseReleaseEvent(event)


class VideoPanel(QWidget):
    """A page's video with Play/Pause, Start again, Captions and the volume buttons under it.

    Signals:
        first_frame(): the first frame of a play is on screen.
        state_changed(): it started, paused or stopped.
    """

    first_frame = Signal()
    state_changed = Signal()

    def __init__(
        self,
        video: Path,
        poster: Path | None,
        captions: Path | None,
        alt: str,
        colors: Palette,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("VideoPanel")
        self.video = video
        self.poster = poster
        self.cues: list[Cue] = read_vtt(captions) if captions is not None else []
        self.frame: QImage | None = None
        self._colors = colors
        self._player: Any = None
        self._sink: Any = None
        self._output: Any = None
        self._playing = False
        self._loaded = False
        self._waiting_for_frame = False
        self._position = 0
        self.setAccessibleName(alt)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.picture = VideoScreen(self)
        self.picture.setAccessibleName(alt)
        self.picture.setAccessibleDescription(alt)
        self.play_button = TouchButton()
        self.play_button.setProperty("role", "primary")
        self.play_button.clicked.connect(self.toggle)
        self.replay_button = TouchButton()
        self.replay_button.setIcon(icons.icon("fa6s.rotate-left", colors.on_secondary))
        self.replay_button.setIconSize(QSize(32, 32))
        self.replay_button.set_label(self.tr("Start again"), self.tr("Watch the video again from the start"))
        self.replay_button.clicked.connect(self.replay)
        self.captions_button = TouchButton()
        self.captions_button.setCheckable(True)
        self.captions_button.setChecked(True)  # captions are on until the patient turns them off
        self.captions_button.setIcon(icons.icon("fa6s.closed-captioning", colors.on_secondary))
        self.captions_button.setIconSize(QSize(32, 32))
        self.captions_button.set_label(self.tr("Captions"), self.tr("Show or hide the words of the video"))
        self.captions_button.clicked.connect(self.picture.update)
        self.captions_button.setVisible(bool(self.cues))

        controls = QHBoxLayout()
        controls.setSpacing(16)
        controls.addWidget(self.play_button)
        controls.addWidget(self.replay_button)
        controls.addWidget(self.captions_button)
        self.volume = VolumeButtons(controls, colors, shared_volume(), self)
        controls.addStretch(1)
        # Only Play shows its words, so the row leaves the page's text its room; the others show
        # their icons and keep their names for screen readers.
        for button in (self.replay_button, self.captions_button, self.volume.quieter, self.volume.louder):
            button.set_compact(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.picture, 1)
        layout.addLayout(controls)
        shared_volume().changed.connect(self._on_volume)
        self._show_state()

    # -- what the patient sees -----------------------------------------------------------------------

    def is_playing(self) -> bool:
        return self._playing

    def captions_on(self) -> bool:
        return self.captions_button.isChecked() and bool(self.cues)

    def caption(self) -> str:
        """The caption on screen now: before the first play, the first one (what the video begins with)."""
        if not self.captions_on():
            return ""
        if self.frame is None and not self._playing:
            return self.cues[0].text
        cue = cue_at(self.cues, self._position)
        return cue.text if cue is not None else ""

    def position_ms(self) -> int:
        return self._position

    def _show_state(self) -> None:
        self.replay_button.setVisible(self._loaded)
        icon = "fa6s.pause" if self._playing else "fa6s.play"
        self.play_button.setIcon(icons.icon(icon, self._colors.on_primary))
        self.play_button.setIconSize(QSize(32, 32))
        if self._playing:
            self.play_button.set_label(self.tr("Pause"), self.tr("Stop the video for a moment"))
        else:
            self.play_button.set_label(self.tr("Play video"), self.tr("Start the video, with sound"))
        self.picture.update()
        self.state_changed.emit()

    # -- playing -----------------------------------------------------------------------------------

    def _ensure_player(self) -> Any:
        if self._player is None:
            qt = multimedia()
            self._player = qt.QMediaPlayer(self)
            self._sink = qt.QVideoSink(self)
            self._output = qt.QAudioOutput(self)
            self._player.setVideoSink(self._sink)
            self._player.setAudioOutput(self._output)
            self._sink.videoFrameChanged.connect(self._on_frame)
            self._player.positionChanged.connect(self._on_position)
            self._player.mediaStatusChanged.connect(self._on_status)
            self._player.errorOccurred.connect(self._on_error)
        set_volume(self._output, shared_volume().linear())
        if not self._loaded:
            set_source(self._player, self.video)
            self._loaded = True
        return self._player

    def is_loaded(self) -> bool:
        """True from the first Play until the video stops (its decoder is in memory)."""
        return self._loaded

    @Slot()
    def toggle(self) -> None:
        """Play, or pause (the big button and a tap on the picture)."""
        if self._playing:
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        player = self._ensure_player()
        self._playing = True
        self._waiting_for_frame = self.frame is None
        later(player, "play")
        self._show_state()

    def pause(self) -> None:
        if self._playing and self._player is not None:
            later(self._player, "pause")
            self._playing = False
            self._show_state()

    @Slot()
    def replay(self) -> None:
        """From the start, playing."""
        player = self._ensure_player()
        set_position(player, 0)
        self._position = 0
        self.play()

    def seek(self, ms: int) -> None:
        """Go to ``ms`` (``first_frame`` comes again with the first frame shown from there)."""
        player = self._ensure_player()
        self._waiting_for_frame = True
        self._position = ms
        set_position(player, ms)

    def stop(self) -> None:
        """Back to the poster; the decoder is let go (a page left or the idle reset)."""
        if self._player is None:
            return
        was_playing = self._playing
        self._playing = False
        later(self._player, "stop")
        set_source(self._player, None)
        self._loaded = False
        self.frame = None
        self._position = 0
        if was_playing:
            self._show_state()
        else:
            self.picture.update()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802  (Qt override)
        self.stop()
        super().hideEvent(event)

    @Slot(object)
    def _on_frame(self, frame: Any) -> None:
        if not self._playing:  # a frame decoded before the pause or stop took effect
            return
        if frame.isValid():
            self.frame = frame.toImage()
            self.picture.update()
            if self._waiting_for_frame:
                self._waiting_for_frame = False
                self.first_frame.emit()

    @Slot(int)
    def _on_position(self, ms: int) -> None:
        if not self._loaded:
            return
        self._position = int(ms)
        if self.captions_on():
            self.picture.update()

    @Slot(object)
    def _on_status(self, status: object) -> None:
        if status == multimedia().QMediaPlayer.MediaStatus.EndOfMedia:
            self.stop()

    @Slot(object, str)
    def _on_error(self, _error: object, message: str) -> None:
        log.warning("video %s cannot be played: %s", self.video.name, message)
        self.stop()

    @Slot(int)
    def _on_volume(self, _level: int) -> None:
        if self._output is not None:
            set_volume(self._output, shared_volume().linear())
