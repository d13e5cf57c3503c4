"""Speech mode, for patients who cannot see the screen: started without sight, every screen spoken
when it appears, keys and the talking fingertip, and nothing shown left unspoken.

The speech engine here is a recording one (``RecordingVoice``): what the kiosk hands it is what a
patient would hear. tests/test_sound.py hears it through the real engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.session import Screen
from kiosk.core.settings import Settings
from kiosk.ui.visit.gestures import TwoFingerHold
from kiosk.ui.visit.question import AnswerButton
from kiosk.ui.visit.speech import OBJECT_REPLACEMENT, Passage
from kiosk.ui.widgets.more_below import MoreBelow
from kiosk.ui.window import KioskWindow
from tests.clocks import SteppedClock
from tests.ui.conftest import MakeWindow


class RecordingVoice(QObject):
    """Stands in for ``ReadAloud``: keeps what it is asked to say, with a voice for ``voices``."""

    finished = Signal()
    progress = Signal()
    availability_changed = Signal()

    def __init__(self, voices: tuple[str, ...] = ("en", "es")) -> None:
        super().__init__()
        self.voices = voices
        self.heard: list[tuple[str, list[str]]] = []
        self.volume = 1.0
        self._reading = False

    def prepare(self) -> bool:
        return True

    def is_prepared(self) -> bool:
        return True

    def can_read(self, lang: str) -> bool:
        return lang in self.voices

    def read(self, lang: str, passages: list[Passage]) -> bool:
        if lang not in self.voices:
            return False
        self.heard.append((lang, [p.text for p in passages if p.text.strip()]))
        self._reading = True
        return True

    def is_reading(self) -> bool:
        return self._reading

    def stop(self) -> None:
        if self._reading:
            self._reading = False
            self.finished.emit()

    def set_volume(self, level: float) -> None:
        self.volume = level

    @property
    def last(self) -> str:
        return " ".join(self.heard[-1][1]) if self.heard else ""

    def since(self, count: int) -> str:
        return " ".join(" ".join(texts) for _lang, texts in self.heard[count:])


@pytest.fixture
def voice() -> RecordingVoice:
    return RecordingVoice()


@pytest.fixture
def kiosk(make_window: MakeWindow, voice: RecordingVoice) -> KioskWindow:
    window = make_window(BUNDLED_CONTENT_DIR / "rfa-facet", Settings(idle_countdown_s=3))
    window._reader = voice  # type: ignore[assignment]
    _ = window.speech_mode
    return window


def press(window: KioskWindow, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, key, modifier)


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace(OBJECT_REPLACEMENT, " ").replace("\u2009", " ")).strip().lower()


def plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (label.textFormat() == Qt.TextFormat.AutoText and "<" in text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def shown_words(window: KioskWindow) -> list[str]:
    """Every piece of text a sighted patient sees on the screen now."""
    root: QWidget = window.overlay if window.overlay.isVisible() else window.current_screen()  # type: ignore[assignment]
    found: list[str] = []
    for label in root.findChildren(QLabel):
        if any(isinstance(w, MoreBelow) for w in (label.parentWidget(), label.parentWidget().parentWidget())):
            continue  # "More below" is for eyes: speech reads the whole text, below too
        if label.isVisibleTo(window) and plain(label).strip():
            found += [line for line in plain(label).splitlines() if line.strip()]
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.accessibleName():
            found.append(button.accessibleName())
    for browser in root.findChildren(QTextBrowser):
        if browser.isVisibleTo(window):
            found += [line for line in browser.toPlainText().splitlines() if normal(line)]
    return found


def unspoken(window: KioskWindow, heard: str) -> list[str]:
    said = normal(heard)
    return [words for words in shown_words(window) if normal(words) not in said]


def hear_everything(window: KioskWindow, voice: RecordingVoice) -> str:
    """What a patient hears on this screen: the screen as it appeared, help, and every control once."""
    speech = window.speech_mode
    heard = voice.since(len(voice.heard) - 1)
    press(window, Qt.Key.Key_F1)
    heard += " " + voice.last
    assert speech.spoken is not None
    for _ in speech.spoken.controls:
        press(window, Qt.Key.Key_Down)
        heard += " " + voice.last
    return heard


def go_to(window: KioskWindow, control: QWidget) -> None:
    speech = window.speech_mode
    assert speech.spoken is not None and control in speech.spoken.controls
    for _ in speech.spoken.controls:
        if speech.spoken.controls[speech.index] is control:
            return
        press(window, Qt.Key.Key_Down)
    raise AssertionError("the arrows never reached the control")


def walk_visit(window: KioskWindow, voice: RecordingVoice) -> Iterator[str]:
    """Keys only, from the attract screen to the result: every screen is checked, and named."""
    session = window.session
    view = window.session_view
    while session.screen is not Screen.RESULT:
        name = f"{session.screen.name} {session.page_index} {session.asked[-1:] or ''}"
        count = len(voice.heard)
        missing = unspoken(window, hear_everything(window, voice))
        assert not missing, f"{name}: shown but never spoken: {missing}"
        yield name
        speech = window.speech_mode
        assert speech.spoken is not None
        answers = [c for c in speech.spoken.controls if isinstance(c, AnswerButton)]
        if session.screen is Screen.PAGE or not answers:  # a page, or what a key-point check's answer means
            go_to(window, view.next_button)
        else:
            question = view.current_question_screen()
            if question is not None and question.question.kind == "multiple":
                go_to(window, view.next_button)  # none of them
            else:
                named_no = [a for a in answers if a.label() in ("No", "No.")]
                go_to(window, (named_no or answers)[0])
        press(window, Qt.Key.Key_Return)
        assert len(voice.heard) > count, f"{name}: the next screen was not spoken"


def test_any_key_on_the_attract_screen_starts_speech_and_says_how_to_use_it(
    kiosk: KioskWindow, voice: RecordingVoice
) -> None:
    press(kiosk, Qt.Key.Key_A)
    assert kiosk.session.speech and kiosk.speech_mode.active
    assert kiosk.session.screen is Screen.ATTRACT, "the key only started speech"
    first = voice.last
    assert "Speech is on" in first and "arrow keys" in first
    assert "loudspeaker" in first, "without headphones the patient is told others may hear"
    assert kiosk.session.pack.title("en") in first
    assert voice.heard[-1][1][-1] == "Start, button. Press Enter to begin."
    press(kiosk, Qt.Key.Key_Return)
    assert kiosk.session.screen is Screen.PAGE
    assert voice.last.startswith("Part 1 of") or voice.last.startswith("Page 1 of")
    page = kiosk.session_view.current_page_screen()
    assert page is not None and page.title.text() in voice.last
    assert voice.heard[-1][1][-1].startswith("Next, button"), "the patient is left on Next"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_whole_visit_by_keys_speaks_everything_that_is_shown(
    kiosk: KioskWindow, voice: RecordingVoice, lang: str
) -> None:
    press(kiosk, Qt.Key.Key_Space)
    switched = 0
    if lang == "es":
        go_to(kiosk, kiosk.attract.language_buttons["es"])
        press(kiosk, Qt.Key.Key_Return)
        assert kiosk.session.language == "es"
        assert voice.heard[-1][0] == "es" and kiosk.session.pack.title("es") in voice.last
        switched = len(voice.heard) - 1
    missing = unspoken(kiosk, hear_everything(kiosk, voice))
    assert not missing, f"attract: shown but never spoken: {missing}"
    press(kiosk, Qt.Key.Key_Return)  # on Start (the arrows came round to it again)
    if kiosk.session.screen is Screen.ATTRACT:
        go_to(kiosk, kiosk.attract)
        press(kiosk, Qt.Key.Key_Return)
    screens = list(walk_visit(kiosk, voice))
    assert len(screens) >= len(kiosk.session.pack.pages) + 3
    assert all(spoken_lang == lang for spoken_lang, _ in voice.heard[switched:]), "all in the patient's language"
    missing = unspoken(kiosk, hear_everything(kiosk, voice))
    assert not missing, f"result: shown but never spoken: {missing}"
    go_to(kiosk, kiosk.session_view.next_button)  # Finish
    press(kiosk, Qt.Key.Key_Return)
    assert not kiosk.session.speech and not kiosk.speech_mode.active, "speech mode ends with the visit"


def test_arrows_say_what_each_answer_is_and_enter_says_only_chosen(kiosk: KioskWindow, voice: RecordingVoice) -> None:
    kiosk.speech_mode.start()
    kiosk.session.start_questionnaire()
    question = kiosk.session_view.current_question_screen()
    assert question is not None
    first = question.buttons[0]
    assert question.prompt.text() in voice.last and "The choices:" in voice.last
    press(kiosk, Qt.Key.Key_Down)
    assert voice.last.startswith(f"{question.buttons[1].label()}, answer 2 of {len(question.buttons) + 1}")
    press(kiosk, Qt.Key.Key_Up)
    assert voice.last.startswith(f"{first.label()}, answer 1 of")
    press(kiosk, Qt.Key.Key_Return)
    if kiosk.session_view.current_question_screen() is question:  # a multiple choice: ticked, the screen stays
        assert voice.last == "chosen"
    else:
        assert first.label() not in voice.last.split(".")[0], "the chosen answer is not said back"


def test_help_volume_repeat_and_stop(kiosk: KioskWindow, voice: RecordingVoice) -> None:
    kiosk.speech_mode.start()
    press(kiosk, Qt.Key.Key_Return)
    press(kiosk, Qt.Key.Key_F1)
    assert "The parts of this visit:" in voice.last and "Keys:" in voice.last
    before = voice.volume
    press(kiosk, Qt.Key.Key_Minus)
    assert voice.last.startswith("Volume ") and voice.volume < before
    press(kiosk, Qt.Key.Key_Plus, Qt.KeyboardModifier.KeypadModifier)
    assert voice.volume == pytest.approx(before)
    press(kiosk, Qt.Key.Key_R)
    assert voice.last.startswith("Next, button")
    press(kiosk, Qt.Key.Key_Escape)
    assert not voice.is_reading() and kiosk.isVisible(), "Escape stops the voice and nothing else"
    press(kiosk, Qt.Key.Key_8, Qt.KeyboardModifier.KeypadModifier)  # the keypad's up arrow
    assert not voice.last.startswith("Next, button")


def test_the_urgent_result_is_spoken_first_and_still_there_takes_any_key(
    kiosk: KioskWindow, voice: RecordingVoice
) -> None:
    kiosk.speech_mode.start()
    session = kiosk.session
    session.start_questionnaire()
    for _ in range(20):  # "Yes" to the first warning sign
        if session.screen is Screen.RESULT:
            break
        question = kiosk.session_view.current_question_screen()
        assert question is not None
        session.answer(question.buttons[0].value if question.question.kind != "multiple" else frozenset())
    assert session.shows_urgent_result
    result = kiosk.session_view.current_result_screen()
    assert result is not None
    assert voice.heard[-1][1][0] == result.reading_labels()[0].text(), "tell a staff member now comes first"
    kiosk._on_idle()
    kiosk._on_idle()
    if kiosk.overlay.isVisible():
        assert "Still there?" in voice.last
        press(kiosk, Qt.Key.Key_Return)
        assert not kiosk.overlay.isVisible() and session.shows_urgent_result, "the key only kept the visit"


def test_no_voice_for_the_language_falls_back_with_a_spoken_note(make_window: MakeWindow) -> None:
    window = make_window(BUNDLED_CONTENT_DIR / "rfa-facet", Settings())
    english_only = RecordingVoice(voices=("en",))
    window._reader = english_only  # type: ignore[assignment]
    window.session.set_language("es")
    assert window.speech_mode.start()
    assert window.session.language == "en"
    assert "There is no voice for Español" in english_only.last, "never silence, and the patient is told"


def test_speech_mode_ends_at_the_idle_reset_and_says_so(
    kiosk: KioskWindow, voice: RecordingVoice, qtbot: QtBot
) -> None:
    kiosk.speech_mode.start()
    press(kiosk, Qt.Key.Key_Return)
    kiosk.session.reset()
    assert not kiosk.speech_mode.active
    qtbot.waitUntil(lambda: voice.last == "Speech is off. The screen has started over.")
    press(kiosk, Qt.Key.Key_Down)  # on the attract screen again: a key starts it again
    assert kiosk.speech_mode.active


# -- touch --------------------------------------------------------------------------------------


@pytest.fixture
def touch_kiosk(qtbot: QtBot, voice: RecordingVoice) -> Iterator[tuple[KioskWindow, SteppedClock]]:
    from kiosk.core.content.reader import load_pack
    from kiosk.core.session import Preferences, Session

    pack = load_pack(BUNDLED_CONTENT_DIR / "rfa-facet").pack
    assert pack is not None
    clock = SteppedClock()
    window = KioskWindow(Session(pack, Preferences(language="en")), Settings(), clock=clock)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    window._reader = voice  # type: ignore[assignment]
    _ = window.speech_mode
    yield window, clock
    window.force_close()


def centre(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), widget.rect().center())


def test_two_fingers_held_start_speech_mode(touch_kiosk: tuple[KioskWindow, SteppedClock], qtbot: QtBot) -> None:
    window, _clock = touch_kiosk
    TwoFingerHold.HOLD_MS = 50
    try:
        device = QTest.createTouchDevice()
        QTest.touchEvent(window, device).press(0, QPoint(500, 500)).press(1, QPoint(700, 500)).commit()
        with qtbot.waitSignal(window.session.changed, timeout=2000):
            pass
        QTest.touchEvent(window, device).release(0, QPoint(500, 500)).release(1, QPoint(700, 500)).commit()
    finally:
        TwoFingerHold.HOLD_MS = 2000
    assert window.session.speech
    assert window.session.screen is Screen.ATTRACT, "the fingers that started it did not also start the visit"


def test_talking_fingertip_speaks_first_and_a_second_tap_chooses(
    touch_kiosk: tuple[KioskWindow, SteppedClock], voice: RecordingVoice
) -> None:
    window, clock = touch_kiosk
    window.speech_mode.start()
    window.session.start()
    clock.advance(1.0)
    QApplication.processEvents()  # laid out, as the screen a patient touches has long been
    view = window.session_view
    device = QTest.createTouchDevice()
    where = centre(view.next_button)

    def place() -> tuple[object, ...]:
        return (window.session.screen, window.session.page_index, window.session.check_index)

    page = place()

    def tap(point: QPoint) -> None:
        QTest.touchEvent(window, device).press(0, point).commit()
        QTest.touchEvent(window, device).release(0, point).commit()
        clock.advance(1.0)

    tap(where)
    assert voice.last.startswith("Next, button") and place() == page, "a touch speaks; nothing acts"
    tap(where)
    assert place() != page, "the second tap on the same control chooses it"
    turned = place()
    clock.advance(1.0)
    tap(where)
    assert place() == turned, "a tap on the new screen is only spoken again"
    # Sliding a finger speaks each control it crosses.
    QTest.touchEvent(window, device).press(0, centre(view.back_button)).commit()
    assert voice.last.startswith("Back, button")
    QTest.touchEvent(window, device).move(0, centre(view.next_button)).commit()
    assert voice.last.startswith(f"{view.next_button.accessibleName()}, button")
    QTest.touchEvent(window, device).release(0, centre(view.next_button)).commit()
    assert place() == turned, "a slide chooses nothing"


# -- headphones -----------------------------------------------------------------------------------


class FakeOutput:
    def __init__(self, name: str, ident: bytes) -> None:
        self._name, self._id = name, ident

    def description(self) -> str:
        return self._name

    def id(self) -> bytes:
        return self._id


class FakeDevices(QObject):
    """The system's audio outputs, as Qt Multimedia lists them."""

    audioOutputsChanged = Signal()  # noqa: N815  (Qt's name)

    def __init__(self) -> None:
        super().__init__()
        self.outputs = [FakeOutput("Built-in Audio Analog Stereo", b"alsa_output.pci.analog-stereo")]

    def audioOutputs(self) -> list[FakeOutput]:
        return self.outputs

    def defaultAudioOutput(self) -> FakeOutput:
        return self.outputs[-1]


def test_plugging_in_headphones_on_the_attract_screen_starts_speech_privately(
    kiosk: KioskWindow, voice: RecordingVoice
) -> None:
    from kiosk.ui.visit.headphones import HeadphoneWatch

    devices = FakeDevices()
    watch = HeadphoneWatch(kiosk, devices)
    watch.plugged.connect(kiosk._on_headphones)
    kiosk.speech_mode.headphones = watch.connected
    assert not watch.connected()
    devices.outputs.append(FakeOutput("USB Headset", b"alsa_output.usb-headset"))
    devices.audioOutputsChanged.emit()
    assert kiosk.session.speech and watch.connected()
    assert "Speech is on" in voice.last and "loudspeaker" not in voice.last, "no warning when only the patient hears"


def test_the_staff_pin_is_never_spoken_only_toned(kiosk: KioskWindow, voice: RecordingVoice) -> None:
    from kiosk.ui.visit.tones import LENGTH_MS, RATE, tone_samples

    kiosk.speech_mode.start()
    session = kiosk.session
    session.start_questionnaire()
    question = kiosk.session_view.current_question_screen()
    assert question is not None
    session.answer(question.buttons[0].value)  # "Yes" to a warning sign: tell a staff member now
    assert session.shows_urgent_result
    kiosk.endings.open_check()
    assert kiosk.endings.check_shown()
    heard = len(voice.heard)
    spoken_before = voice.is_reading()
    for digit in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
        press(kiosk, digit)
    assert len(voice.heard) == heard and not (voice.is_reading() and not spoken_before), "no digit is spoken"
    tone = kiosk.speech_mode.tone
    assert tone is not None and tone.played == 4, "each key gives a tone instead"
    samples = tone_samples()
    assert len(samples) == 2 * (RATE * LENGTH_MS // 1000) and max(samples) > 0
