"""Recorded narration: "Read aloud" plays it and marks the words; pause, start again, stop; the volume."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core.content.media import Cue
from kiosk.core.settings import Settings
from kiosk.ui.visit.narration import align, shared_volume
from kiosk.ui.visit.speech import Passage
from kiosk.ui.window import KioskWindow
from tests.media import narrated
from tests.ui.conftest import MakeWindow


def tap(qtbot: QtBot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def marked_words(window: KioskWindow) -> str:
    """The words of the page on screen that show as being heard ("" for none)."""
    screen = window.session_view.current_page_screen()
    assert screen is not None
    found = [s.cursor.selectedText() for s in screen.body.extraSelections()]
    if "<span" in screen.title.text():
        found.append(screen.title.text().split("<span", 1)[1].split(">", 1)[1].split("<", 1)[0])
    return " ".join(found)


def narrated_window(make_window: MakeWindow, pack_dir: Path, **settings: object) -> KioskWindow:
    narrated(pack_dir, page="block", seconds=2.5)
    window = make_window(pack_dir, Settings(idle_countdown_s=3, **settings))  # type: ignore[arg-type]
    window.session.start()
    window.session.go_to_page("block")
    return window


def test_read_aloud_plays_the_recording_and_marks_each_word(
    qtbot: QtBot, make_window: MakeWindow, pack_dir: Path
) -> None:
    window = narrated_window(make_window, pack_dir)
    view = window.session_view
    assert view.read_button.isVisibleTo(view), "offered on a narrated page even with no speech engine"
    tap(qtbot, view.read_button)
    assert window.narrator.is_reading() and not window.reader.is_reading()
    screen = view.current_page_screen()
    assert screen is not None and screen.narration_bar is not None
    assert screen.narration_bar.isVisibleTo(view) and screen.narration_bar.pause_button.label() == "Pause"
    seen: set[str] = set()
    qtbot.waitUntil(lambda: seen.add(marked_words(window)) or {"A", "test", "block"} <= seen, timeout=10000)
    with qtbot.waitSignal(window.narrator.finished, timeout=10000):
        pass
    assert not window.session.read_aloud and not view.read_button.isChecked()
    assert marked_words(window) == "" and not screen.narration_bar.isVisibleTo(view)


def test_pause_go_on_and_start_again(qtbot: QtBot, make_window: MakeWindow, pack_dir: Path) -> None:
    window = narrated_window(make_window, pack_dir)
    view = window.session_view
    tap(qtbot, view.read_button)
    bar = view.current_page_screen().narration_bar  # type: ignore[union-attr]
    assert bar is not None
    qtbot.waitUntil(lambda: window.narrator.position_ms() > 600, timeout=10000)
    tap(qtbot, bar.pause_button)
    assert window.narrator.is_paused() and bar.pause_button.label() == "Go on"
    held = window.narrator.position_ms()
    assert window.narrator.is_reading() and window.session.read_aloud, "a pause is not a stop"
    tap(qtbot, bar.pause_button)
    assert not window.narrator.is_paused() and bar.pause_button.label() == "Pause"
    qtbot.waitUntil(lambda: window.narrator.position_ms() > held + 100, timeout=10000)
    tap(qtbot, bar.replay_button)
    qtbot.waitUntil(lambda: window.narrator.position_ms() < held, timeout=10000)
    tap(qtbot, view.read_button)  # "Stop reading"
    assert not window.narrator.is_reading() and not bar.isVisibleTo(view)


def test_narration_stops_on_the_next_page_and_on_a_language_change(
    qtbot: QtBot, make_window: MakeWindow, pack_dir: Path
) -> None:
    window = narrated_window(make_window, pack_dir)
    view = window.session_view
    tap(qtbot, view.read_button)
    qtbot.waitUntil(lambda: marked_words(window) != "", timeout=10000)
    first = view.current_page_screen()
    tap(qtbot, view.next_button)
    assert not window.narrator.is_reading() and not window.session.read_aloud
    assert first is not None and not first.body.extraSelections() and "<span" not in first.title.text()
    tap(qtbot, view.back_button)
    tap(qtbot, view.read_button)
    assert window.narrator.is_reading()
    tap(qtbot, view.language_button)
    assert window.session.language == "es" and not window.narrator.is_reading()
    assert view.read_button.isVisibleTo(view), "the Spanish page is narrated too"
    tap(qtbot, view.read_button)
    assert window.narrator.source == pack_dir / "media" / "es" / "block.opus"


def test_the_idle_reset_stops_narration_and_puts_the_volume_back(
    qtbot: QtBot, make_window: MakeWindow, pack_dir: Path
) -> None:
    window = narrated_window(make_window, pack_dir, volume=70)
    view = window.session_view
    assert shared_volume().level() == 70, "a visit starts at the clinic's volume"
    tap(qtbot, view.read_button)
    bar = view.current_page_screen().narration_bar  # type: ignore[union-attr]
    assert bar is not None
    tap(qtbot, bar.volume.louder)
    tap(qtbot, bar.volume.louder)
    tap(qtbot, bar.volume.louder)
    assert shared_volume().level() == 100 and not bar.volume.louder.isEnabled()
    with qtbot.waitSignal(window.session.ended, timeout=10000):
        window.idle.timed_out.emit()
    assert not window.narrator.is_reading()
    assert shared_volume().level() == 70


def test_cues_are_found_in_the_screen_text_in_order() -> None:
    def passage(text: str) -> Passage:
        return Passage(text, lambda _s, _l: None, lambda: None)

    passages = [passage("The block"), passage("A test block numbs a nerve."), passage("Rest.")]
    cues = [Cue(0, 1, w) for w in ("The", "block", "A", "test", "block", "numbs a", "elephant", "Rest")]
    assert align(cues, passages) == [
        (0, 0, 3), (0, 4, 5), (1, 0, 1), (1, 2, 4), (1, 7, 5), (1, 13, 7), None, (2, 0, 4),
    ]  # fmt: skip
