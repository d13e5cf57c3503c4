"""Speech mode: the kiosk's own way in for a patient who cannot see the screen.

Started without sight: any key on the attract screen, headphones plugged in (where the audio
system reports it), or two fingers held on the screen for two seconds. Then every screen is
spoken when it appears (where the patient is, its text, its choices: ``spoken.py``), and:

- **keys** (a keyboard or a USB numeric keypad): arrows or Tab move between the choices, each
  spoken with what it is and its state; Enter or Space chooses; F1 or the keypad's star repeats
  the screen and explains the keys; R or keypad 0 repeats; Escape or the keypad's full stop
  stops the voice; plus and minus (or the volume keys) change its loudness. Any key interrupts.
- **touch** (talking fingertip): a finger on a control speaks it and nothing acts; sliding speaks
  each control crossed; lifting and tapping the same control again within ``CONFIRM_S`` chooses it.
  The settle guard sees every touch first, so a tap on a screen that just changed still counts
  for nothing, and a tap is never confirmed across a screen change.

Speech mode belongs to the visit (``Session.speech``): the idle reset, Start over and Finish end
it. It never speaks while staff are at the PIN pad or in staff mode.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTouchEvent, QWindow
from PySide6.QtWidgets import QAbstractButton, QApplication, QTextBrowser, QWidget

from kiosk.core.languages import own_name
from kiosk.core.session import Screen
from kiosk.ui.visit.gestures import TwoFingerHold
from kiosk.ui.visit.pictures import Illustration
from kiosk.ui.visit.question import AnswerButton
from kiosk.ui.visit.speech import Passage, document_passages
from kiosk.ui.visit.speech_keys import key_action
from kiosk.ui.visit.spoken import (
    Describer,
    Host,
    SpeechWords,
    Spoken,
    control_passage,
    control_words,
    label_passages,
    said,
    visible_labels,
)
from kiosk.ui.widgets import input_filters

if TYPE_CHECKING:
    from kiosk.ui.theme import Palette
    from kiosk.ui.visit.speech import ReadAloud
    from kiosk.ui.visit.tones import KeyTone

log = logging.getLogger(__name__)


POINTER_PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick})
KEYS_AND_POINTER = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease}
)
TOUCHES = frozenset({QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel})


class SpeechMode(QObject):
    """Speaks the window's screens and controls, and takes its keys and touches while on."""

    #: What it is asked about (kiosk/ui/widgets/input_filters.py).
    INPUT_EVENTS = (
        POINTER_PRESSES
        | TOUCHES
        | {
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.MouseMove,
            QEvent.Type.MouseButtonRelease,
        }
    )

    #: A second tap on the control just spoken chooses it when it comes within this time (seconds).
    CONFIRM_S = 4.0

    def __init__(self, window: Host, widget: QWidget) -> None:
        super().__init__(widget)
        self.window = window
        #: The window as a widget (where touches land).
        self.widget = widget
        self.words = SpeechWords(self)
        #: On while the visit is in speech mode (the window says when: ``refresh``).
        self.active = False
        #: Whether headphones are plugged in (the window's audio watch sets it; False: loudspeakers).
        self.headphones: Callable[[], bool] = lambda: False
        self.spoken: Spoken | None = None
        self.index = -1
        self._key: tuple[object, ...] | None = None
        self._screens = 0  # screens spoken so far (an action that spoke a new screen says nothing more)
        self._welcome = False
        self._told_loudspeaker = False
        self._missing_voice: tuple[str, str] | None = None
        # Talking fingertip: the control under the finger, the one the press began on, the one
        # spoken by the last tap (with its time), and whether this press may confirm it.
        self._touching: QWidget | None = None
        self._pressed_on: QWidget | None = None
        self._armed: tuple[QWidget, float] | None = None
        self._confirming = False
        # Two fingers held anywhere start it (kiosk/ui/visit/gestures.py).
        self.hold = TwoFingerHold(self, allowed=lambda: not self.active and self._speaks_here())
        self.hold.held.connect(self.start)
        self.describer = Describer(window, widget, self.words)
        #: The tone for the staff PIN's keys, made on first use.
        self.tone: KeyTone | None = None

    @property
    def reader(self) -> ReadAloud:
        return self.window.reader

    def install(self) -> None:
        """Be asked about events after the filters in front of it (the window orders them)."""
        input_filters.install(self)

    # -- on and off ----------------------------------------------------------------------------

    def start(self) -> bool:
        """Turn speech mode on (a key, headphones, the gesture); False when nothing can speak here."""
        window = self.window
        if self.active or window.staff_is_shown() or window.endings.check_shown():
            return self.active
        if not self.reader.prepare():
            log.warning("speech mode asked for, but no speech engine works on this kiosk")
            return False
        session = window.session
        if not self.reader.can_read(session.language):
            other = next((lang for lang in session.languages if self.reader.can_read(lang)), None)
            if other is None:
                log.warning("speech mode asked for, but there is no voice for any of the pack's languages")
                return False
            self._missing_voice = (session.language, other)
        self._welcome = True
        window.settle.screen_changed()  # the gesture's own touch never acts on what it lands on
        session.set_speech(True)
        return True

    def _begin(self) -> None:
        self.active = True
        self._key = None
        self.describer.last_part = -1
        log.info("speech mode on")
        if self._missing_voice is not None:
            self.window.session.set_language(self._missing_voice[1])  # shows the screen again, spoken then
            if self.active and self._key is not None:
                return
        self.refresh()

    def _end(self) -> None:
        """The visit ended: say so (or the thank-you on screen), then stop taking keys and touches."""
        self.active = False
        self.spoken, self.index, self._key = None, -1, None
        self._armed = self._touching = self._pressed_on = None
        self._told_loudspeaker = False
        self._missing_voice = None
        log.info("speech mode off")
        QTimer.singleShot(0, self._say_goodbye)  # after "Thank you" is on screen, when Finish ended it

    @Slot()
    def _say_goodbye(self) -> None:
        if self.active or self.window.staff_is_shown() or self.window.endings.check_shown():
            return
        endings = self.window.endings
        if endings.thanks_shown():
            labels = visible_labels(endings.thanks)
            self._say(label_passages(labels, self._colors()))
        else:
            self._say([said(self.words.ended())])

    # -- what the window tells it ----------------------------------------------------------------

    def refresh(self) -> None:
        """The window showed its screen again: speak it when it is another screen than the last."""
        session = self.window.session
        if session.speech and not self.active:
            self._begin()
            return
        if self.active and not session.speech:
            self._end()
            return
        if not self.active:
            return
        key = self._screen_key()
        if key != self._key:
            self._key = key
            self._speak_screen()

    def _screen_key(self) -> tuple[object, ...]:
        window, session = self.window, self.window.session
        check: tuple[object, ...] = ()
        if session.check_group:
            check = (session.check_index, len(session.check_tries.get(session.check.id, ())), session.check_answered)
        return (id(window.current_screen()), window.overlay.isVisible(), session.screen, session.page_index,
                tuple(session.asked), check, session.language, session.pack.id, session.chooses_topic)  # fmt: skip

    # -- speaking --------------------------------------------------------------------------------

    def _colors(self) -> Palette:
        from kiosk.ui import theme  # noqa: PLC0415

        return theme.palette(self.window.session.theme)

    def _say(self, passages: list[Passage]) -> None:
        from kiosk.ui.visit.narration import shared_volume  # noqa: PLC0415  (loaded with the visit)

        session = self.window.session
        self.reader.set_volume(shared_volume().level() / 100)
        if not self.reader.read(session.language, passages):
            log.warning("speech mode could not speak in %s", session.language)

    def _speak_screen(self) -> None:
        self._armed = None
        self._confirming = False
        spoken = self.describe()
        self.spoken = spoken
        if spoken is None:  # staff at the PIN pad or in staff mode: nothing is spoken there
            self.index = -1
            self.reader.stop()
            return
        self._screens += 1
        passages: list[Passage] = []
        if spoken.urgent:
            passages += spoken.intro  # "Please tell a staff member now" first, and at once
        if self._welcome:
            self._welcome = False
            if self._missing_voice is not None:
                missing, used = self._missing_voice
                passages.append(said(self.words.no_voice(own_name(missing), own_name(used))))
                self._missing_voice = None
            passages.append(said(self.words.welcome()))
            if not self.headphones() and not self._told_loudspeaker:
                self._told_loudspeaker = True
                passages.append(said(self.words.loudspeaker()))
        if not spoken.urgent:
            passages += spoken.intro
        self.index = spoken.start if spoken.controls else -1
        if self.index >= 0:
            control = spoken.controls[self.index]
            self._focus(control)
            if not isinstance(control, AnswerButton):  # the choices were just listed; the first is where we are
                passages.append(self._control_passage(control))
        self._say(passages)

    def _control_passage(self, control: QWidget) -> Passage:
        spoken = self.spoken
        if spoken is not None and self.index in spoken.acts and spoken.controls[self.index] is control:
            return said(self.words.start())
        return control_passage(self.words, control, self._answers())

    def _answers(self) -> list[QWidget]:
        spoken = self.spoken
        return [c for c in spoken.controls if isinstance(c, AnswerButton)] if spoken is not None else []

    def _focus(self, control: QWidget) -> None:
        if control.focusPolicy() != Qt.FocusPolicy.NoFocus:
            control.setFocus(Qt.FocusReason.TabFocusReason)

    def describe(self) -> Spoken | None:
        """The screen on show as speech mode speaks it; None where nothing may be spoken."""
        return self.describer.describe(self._colors())

    # -- what the patient does -------------------------------------------------------------------

    def move(self, step: int) -> None:
        """To the next (or previous) control, and speak it."""
        spoken = self.spoken
        if spoken is None or not spoken.controls:
            self.repeat_screen()
            return
        self.index = (self.index + step) % len(spoken.controls)
        control = spoken.controls[self.index]
        self._focus(control)
        self._say([self._control_passage(control)])

    def act(self) -> None:
        """Enter on the control the patient is on."""
        spoken = self.spoken
        if spoken is None or not (0 <= self.index < len(spoken.controls)):
            self.repeat_screen()
            return
        self._act_on(spoken.controls[self.index])

    def _act_on(self, control: QWidget) -> None:
        spoken = self.spoken
        assert spoken is not None
        index = spoken.controls.index(control) if control in spoken.controls else -1
        if index in spoken.acts:
            spoken.acts[index]()
            return
        if isinstance(control, QTextBrowser):
            self._say(document_passages(control, self._colors()))
            return
        if isinstance(control, Illustration):
            self._say([said(control_words(self.words, control))])
            return
        if not isinstance(control, QAbstractButton) or not control.isEnabled():
            return
        before = self._screens
        control.click()
        if self._screens != before or not self.active:
            return  # the new screen (or the end of the visit) is being spoken
        if isinstance(control, AnswerButton):
            # "chosen" only: a warning-sign answer is never said back on a loudspeaker.
            chosen = control.isChecked() if control.isCheckable() else True
            self._say([said(self.words.chosen() if chosen else self.words.not_chosen())])
        else:
            self._say([self._control_passage(control)])

    def repeat_screen(self) -> None:
        self._key = None
        self.refresh()

    def repeat(self) -> None:
        """The control the patient is on, or the screen when there is none."""
        spoken = self.spoken
        if spoken is None or not (0 <= self.index < len(spoken.controls)):
            self.repeat_screen()
            return
        self._say([self._control_passage(spoken.controls[self.index])])

    def help(self) -> None:
        """The screen again, the parts of the visit, and the keys."""
        spoken = self.describe()
        if spoken is None:
            return
        self.spoken = spoken
        passages = list(spoken.intro)
        session = self.window.session
        if session.is_active and self.window.visit_shown():
            passages.append(said(self.words.parts(self.window.session_view.strip.titles)))
        passages.append(said(self.words.keys()))
        if 0 <= self.index < len(spoken.controls):
            passages.append(self._control_passage(spoken.controls[self.index]))
        self._say(passages)

    def change_volume(self, step: int) -> None:
        from kiosk.ui.visit.narration import shared_volume  # noqa: PLC0415

        volume = shared_volume()
        volume.set_level(volume.level() + step * volume.STEP)
        self._say([said(self.words.volume(round(volume.level() / 10)))])

    # -- events ----------------------------------------------------------------------------------

    def _speaks_here(self) -> bool:
        window = self.window
        return not window.staff_is_shown() and not window.endings.check_shown()

    def _in_window(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self.widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        kind = event.type()
        if kind in TOUCHES and isinstance(watched, QWindow) and isinstance(event, QTouchEvent):
            self.hold.watch(event)
            return False
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._in_window(watched):
            return self._on_key(watched, event)
        if self.active and kind in POINTER_PRESSES and self._in_window(watched) and self.window.endings.check_shown():
            if isinstance(event, QMouseEvent) and watched is self.widget.childAt(self._point(event)):
                self._tone()  # the staff PIN: a tone for each press (once, not again as it goes up), never a word
            return False
        if kind == QEvent.Type.KeyRelease and self.active and self._in_window(watched):
            return self._speaks_here()
        if not self.active or not self._in_window(watched) or not self._speaks_here():
            return False
        if kind in POINTER_PRESSES and isinstance(event, QMouseEvent):
            self._on_press(event)
            return True
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            if event.buttons():
                self._on_slide(event)
            return True
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            self._on_lift(event)
            return True
        return False

    def _on_key(self, watched: QObject, event: QKeyEvent) -> bool:
        window = self.window
        if not self._speaks_here():
            # The staff PIN: a tone once for each key (not again as the key goes up to the parents).
            if self.active and window.endings.check_shown() and watched is QApplication.focusWidget():
                self._tone()
            return False
        if not self.active:
            if window.session.screen is Screen.ATTRACT and window.current_screen() is window.attract:
                self.start()
                return True
            return False
        if self._answered_still_there():
            return True
        keypad = bool(event.modifiers() & Qt.KeyboardModifier.KeypadModifier)
        action = key_action(Qt.Key(event.key()), keypad, self.widget.isRightToLeft())
        does: dict[str, Callable[[], None]] = {
            "next": lambda: self.move(1),
            "previous": lambda: self.move(-1),
            "act": self.act,
            "help": self.help,
            "repeat": self.repeat,
            "stop": self.reader.stop,
            "louder": lambda: self.change_volume(1),
            "quieter": lambda: self.change_volume(-1),
        }
        does.get(action, lambda: None)()
        return True

    def _answered_still_there(self) -> bool:
        """A key or touch just kept the visit during "Still there?" (the idle watch saw it first):
        it does nothing else, and the screen underneath is spoken again."""
        spoken = self.spoken
        overlay = self.window.overlay
        if spoken is not None and spoken.controls == [overlay.keep_button] and not overlay.isVisible():
            self.repeat_screen()
            return True
        return False

    def _control_at(self, event: QMouseEvent) -> QWidget | None:
        spoken = self.spoken
        if spoken is None:
            return None
        window = self.widget
        point = self._point(event)
        widget = window.childAt(point) if window.rect().contains(point) else None
        while widget is not None:
            if widget in spoken.controls and widget.isVisible():
                return widget
            widget = widget.parentWidget()
        return None

    def _point(self, event: QMouseEvent) -> QPoint:
        return self.widget.mapFromGlobal(event.globalPosition().toPoint())

    def _on_press(self, event: QMouseEvent) -> None:
        if self._answered_still_there():
            self._pressed_on = self._touching = None
            return
        control = self._control_at(event)
        self._touching = self._pressed_on = control
        armed = self._armed
        now = self.window.clock()
        self._confirming = armed is not None and armed[0] is control and now - armed[1] <= self.CONFIRM_S
        if control is not None and not self._confirming:
            self._speak_control(control)

    def _on_slide(self, event: QMouseEvent) -> None:
        control = self._control_at(event)
        if control is not self._touching:
            self._touching = control
            self._confirming = False
            if control is not None:
                self._speak_control(control)

    def _on_lift(self, event: QMouseEvent) -> None:
        control = self._control_at(event)
        confirm = self._confirming and control is not None and control is self._pressed_on is self._touching
        self._pressed_on, self._confirming = None, False
        if confirm and control is not None:
            self._armed = None
            self._act_on(control)
        else:
            self._armed = (self._touching, self.window.clock()) if self._touching is not None else None
        self._touching = None

    def _speak_control(self, control: QWidget) -> None:
        spoken = self.spoken
        if spoken is None:
            return
        self.index = spoken.controls.index(control)
        self._focus(control)
        self._say([self._control_passage(control)])

    def _tone(self) -> None:
        from kiosk.ui.visit.narration import shared_volume  # noqa: PLC0415
        from kiosk.ui.visit.tones import KeyTone  # noqa: PLC0415

        if self.tone is None:
            self.tone = KeyTone(self)
        self.tone.play(shared_volume().level() / 100)
