"""A page's video: the poster until a tap, never playing by itself, captions on, big controls, stops."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core.settings import Settings
from kiosk.ui.visit.narration import shared_volume
from kiosk.ui.visit.video import VideoPanel
from kiosk.ui.window import KioskWindow
from tests.media import with_video
from tests.ui.conftest import MakeWindow


def tap(qtbot: QtBot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def video_window(make_window: MakeWindow, pack_dir: Path, **settings: object) -> tuple[KioskWindow, VideoPanel]:
    with_video(pack_dir, page="after")
    window = make_window(pack_dir, Settings(idle_countdown_s=3, **settings))  # type: ignore[arg-type]
    window.session.start()
    window.session.go_to_page("after")
    screen = window.session_view.current_page_screen()
    assert screen is not None and screen.video is not None
    return window, screen.video


def test_the_poster_and_first_caption_show_and_nothing_plays_by_itself(
    qtbot: QtBot, make_window: MakeWindow, pack_dir: Path
) -> None:
    _window, panel = video_window(make_window, pack_dir)
    qtbot.waitUntil(panel.picture.isVisible)
    assert not panel.is_playing() and panel._player is None, "no player, so no sound, until a tap"
    assert panel.play_button.label() == "Play video" and panel.captions_button.isChecked()
    assert panel.caption() == "The probe moves."
    image = panel.picture.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2) != image.pixelColor(2, 2), "the poster is drawn"


def test_play_shows_frames_with_captions_and_pause_holds_them(
    qtbot: QtBot, make_window: MakeWindow, pack_dir: Path
) -> None:
    _window, panel = video_window(make_window, pack_dir)
    poster = panel.picture.grab().toImage()
    with qtbot.waitSignal(panel.first_frame, timeout=10000):
        tap(qtbot, panel.play_button)
    assert panel.is_playing() and panel.frame is not None and panel.play_button.label() == "Pause"
    qtbot.waitUntil(lambda: panel.position_ms() > 4600, timeout=15000)
    assert panel.caption() == "The tip warms."
    assert panel.picture.grab().toImage() != poster
    tap(qtbot, panel.play_button)
    assert not panel.is_playing() and panel.play_button.label() == "Play video"
    held = panel.position_ms()
    tap(qtbot, panel.captions_button)
    assert panel.caption() == "" and not panel.captions_button.isChecked()
    tap(qtbot, panel.picture)  # a tap on the picture plays too
    assert panel.is_playing()
    tap(qtbot, panel.replay_button)
    assert panel.is_playing() and panel.position_ms() < held


def test_the_video_stops_when_the_page_changes(qtbot: QtBot, make_window: MakeWindow, pack_dir: Path) -> None:
    window, panel = video_window(make_window, pack_dir)
    view = window.session_view
    with qtbot.waitSignal(panel.first_frame, timeout=10000):
        tap(qtbot, panel.play_button)
    tap(qtbot, view.back_button)
    assert not panel.is_playing() and panel.frame is None and not panel.is_loaded()
    qtbot.waitUntil(lambda: panel._player.source().isEmpty(), timeout=10000)  # the decoder is let go


def test_the_idle_reset_stops_the_video_and_puts_the_volume_back(
    qtbot: QtBot, make_window: MakeWindow, pack_dir: Path
) -> None:
    window, panel = video_window(make_window, pack_dir, volume=40)
    with qtbot.waitSignal(panel.first_frame, timeout=10000):
        tap(qtbot, panel.play_button)
    tap(qtbot, panel.volume.quieter)
    assert shared_volume().level() == 30
    with qtbot.waitSignal(window.session.ended, timeout=10000):
        window.idle.timed_out.emit()
    assert not panel.is_playing() and shared_volume().level() == 40


def test_a_video_that_ends_goes_back_to_its_poster(qtbot: QtBot, make_window: MakeWindow, pack_dir: Path) -> None:
    _window, panel = video_window(make_window, pack_dir)
    with qtbot.waitSignal(panel.first_frame, timeout=10000):
        tap(qtbot, panel.play_button)
    panel.seek(panel._player.duration() - 300)
    qtbot.waitUntil(lambda: not panel.is_playing(), timeout=10000)
    assert panel.frame is None and panel.play_button.label() == "Play video"


def test_the_volume_buttons_are_named_in_the_patients_language(make_window: MakeWindow, pack_dir: Path) -> None:
    window, _panel = video_window(make_window, pack_dir)
    window.session.set_language("es")
    screen = window.session_view.current_page_screen()
    assert screen is not None and screen.video is not None
    volume = screen.video.volume
    assert (volume.quieter.accessibleName(), volume.louder.accessibleName()) == ("Más bajo", "Más alto")
