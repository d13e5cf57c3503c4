"""Read aloud with Qt's mock speech engine, and the patient's settings forgotten at the idle reset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core.session import Screen
from kiosk.ui import theme
from kiosk.ui.visit.speech import ReadAloud
from kiosk.ui.window import KioskWindow


def tap(qtbot: QtBot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def mock_voice(monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt's silent test engine, which has English voices and no Spanish one."""
    monkeypatch.setattr(ReadAloud, "ENGINE", "mock")


def test_qt_text_to_speech_loads_on_this_machine() -> None:
    """Fails (never skips) where Qt's speech module cannot load, so CI cannot pass without it.

    Qt TextToSpeech and Multimedia need libpulse.so.0 (Debian: libpulse0); `.ci/run` installs it
    with the other libraries in deploy/ci-packages.txt.
    """
    from PySide6.QtTextToSpeech import QTextToSpeech

    engines = QTextToSpeech.availableEngines()
    assert "mock" in engines, f"Qt TextToSpeech found no engines ({engines}); is libpulse0 installed?"


def marked(window: KioskWindow) -> bool:
    """True when some words of the page on screen show as being read."""
    screen = window.session_view.current_page_screen()
    assert screen is not None
    return bool(screen.body.extraSelections()) or "<span" in screen.title.text()


@pytest.mark.usefixtures("mock_voice")
def test_read_aloud_marks_words_and_stops_on_the_next_page(qtbot: QtBot, window: KioskWindow) -> None:
    assert window.reader.prepare()
    window.session.start()
    view = window.session_view
    assert view.read_button.isVisibleTo(view)
    first = view.current_page_screen()
    assert first is not None
    with qtbot.waitSignal(window.reader.progress):
        tap(qtbot, view.read_button)
    assert window.session.read_aloud and window.reader.is_reading()
    assert view.read_button.isChecked() and view.read_button.accessibleName() == "Stop reading"
    qtbot.waitUntil(lambda: marked(window))
    tap(qtbot, view.next_button)
    assert not window.reader.is_reading() and not window.session.read_aloud
    assert not first.body.extraSelections() and "<span" not in first.title.text(), "the old page keeps no mark"
    assert view.read_button.accessibleName() == "Read aloud"


@pytest.mark.usefixtures("mock_voice")
def test_reading_stops_when_the_patient_taps_stop_or_it_ends(qtbot: QtBot, window: KioskWindow) -> None:
    window.reader.prepare()
    window.session.start()
    view = window.session_view
    tap(qtbot, view.read_button)
    assert window.reader.is_reading()
    tap(qtbot, view.read_button)
    assert not window.reader.is_reading() and not view.read_button.isChecked()
    with qtbot.waitSignal(window.reader.finished, timeout=20000):
        tap(qtbot, view.read_button)
    assert not window.session.read_aloud and not view.read_button.isChecked()
    assert not marked(window)


@pytest.mark.usefixtures("mock_voice")
def test_no_read_aloud_button_without_a_voice_for_the_language(qtbot: QtBot, window: KioskWindow) -> None:
    window.reader.prepare()
    window.session.start()
    view = window.session_view
    tap(qtbot, view.read_button)
    assert window.reader.is_reading()
    tap(qtbot, view.language_button)  # Español: the mock engine has no Spanish voice
    assert window.session.language == "es"
    assert not window.reader.is_reading(), "reading stops on a language change"
    assert not view.read_button.isVisibleTo(view)
    window.session.set_read_aloud(True)  # even if asked some other way, nothing breaks
    assert not window.session.read_aloud and not window.reader.is_reading()


def test_no_read_aloud_button_without_a_speech_engine(
    qtbot: QtBot, window: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.session.start()
    view = window.session_view
    assert not view.read_button.isVisibleTo(view), "hidden until the engine has started"
    monkeypatch.setattr(ReadAloud, "ENGINE", "no-such-engine")
    assert not window.reader.prepare()
    assert not view.read_button.isVisibleTo(view)
    assert view.back_button.isVisibleTo(view) and view.next_button.isVisibleTo(view)


@pytest.mark.usefixtures("mock_voice")
def test_idle_reset_puts_every_choice_back_to_the_clinics_defaults(qtbot: QtBot, window: KioskWindow) -> None:
    window.reader.prepare()
    normal_style = window.styleSheet()
    window.session.start()
    view = window.session_view
    tap(qtbot, view.text_size_button)
    tap(qtbot, view.text_size_button)
    tap(qtbot, view.contrast_button)
    assert window.styleSheet() != normal_style
    assert theme.theme_colors("high-contrast")["background"] in window.styleSheet()
    tap(qtbot, view.read_button)
    assert window.reader.is_reading()
    tap(qtbot, view.language_button)
    assert (window.session.language, window.session.text_size, window.session.theme) == (
        "es",
        "largest",
        "high-contrast",
    )
    with qtbot.waitSignal(window.session.ended, timeout=5000):
        window.idle.timed_out.emit()  # nobody touched the screen
    assert window.session.screen is Screen.ATTRACT
    assert (window.session.language, window.session.text_size, window.session.theme) == ("en", "normal", "default")
    assert not window.session.read_aloud and not window.reader.is_reading()
    assert window.styleSheet() == normal_style
    assert window.attract.text_size_button.level() == 0 and not window.attract.contrast_button.isChecked()
    assert window.attract.touch.text() == "Touch to start"


def test_choices_made_on_the_attract_screen_are_forgotten_too(qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window.attract.text_size_button)
    tap(qtbot, window.attract.contrast_button)
    assert window.attract.text_size_button.level() == 1 and window.attract.contrast_button.isChecked()
    assert window.session.screen is Screen.ATTRACT and window.idle.is_running()
    with qtbot.waitSignal(window.session.ended, timeout=5000):
        window.idle.timed_out.emit()
    assert (window.session.text_size, window.session.theme) == ("normal", "default")
    assert window.attract.text_size_button.level() == 0 and not window.attract.contrast_button.isChecked()
    assert not window.idle.is_running(), "nothing left to forget"


def test_larger_text_keeps_the_patients_place(qtbot: QtBot, window: KioskWindow) -> None:
    window.session.start()
    view = window.session_view
    tap(qtbot, view.next_button)
    title_size = view.current_page_screen().title.font().pixelSize()  # type: ignore[union-attr]
    tap(qtbot, view.text_size_button)
    screen = view.current_page_screen()
    assert screen is not None and screen.title.text() == "Your joints"
    assert screen.title.font().pixelSize() > title_size
    assert view.text_size_button.level() == 1
    assert "large, 2 of 3" in view.text_size_button.accessibleDescription()
