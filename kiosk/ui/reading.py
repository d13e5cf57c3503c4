"""What the kiosk window says aloud: "Read aloud" (a page's recorded narration when it has one,
else the speech engine), speech mode for patients who cannot see the screen, and the headphones
that start it.

Each part is made on first use or after the first frame, never before it: their modules bring
the speech engine and Qt Multimedia.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.core.session import Screen
from kiosk.ui.widgets import input_filters

if TYPE_CHECKING:
    from kiosk.ui.visit.narration import Narrator
    from kiosk.ui.visit.pack_views import PackViews
    from kiosk.ui.visit.speech import ReadAloud
    from kiosk.ui.visit.speech_mode import SpeechMode
    from kiosk.ui.window import KioskWindow


class Reading:
    """Read aloud, recorded narration and speech mode for one kiosk window and its ``views``."""

    def __init__(self, window: KioskWindow, views: PackViews) -> None:
        self._window = window
        self._views = views
        # Each part once it is made (``reader``, ``narrator`` and ``speech_mode`` make them).
        # Tests put a recording voice in ``made_reader`` before anything asks for one.
        self.made_reader: ReadAloud | None = None
        self.made_narrator: Narrator | None = None
        self.made_speech: SpeechMode | None = None

    @property
    def reader(self) -> ReadAloud:
        """Reading aloud, made on first use (its module stays off the way to the first frame)."""
        if self.made_reader is None:
            from kiosk.ui.visit.speech import ReadAloud  # noqa: PLC0415

            self.made_reader = ReadAloud(self._window)
            self.made_reader.finished.connect(self._on_reading_finished)
            self.made_reader.availability_changed.connect(self._on_voices_changed)
        return self.made_reader

    @property
    def narrator(self) -> Narrator:
        """Plays recorded narration, made on first use (Qt Multimedia loads only then)."""
        if self.made_narrator is None:
            from kiosk.ui.visit.narration import Narrator, shared_volume  # noqa: PLC0415

            self.made_narrator = Narrator(shared_volume(), self._window)
            self.made_narrator.finished.connect(self._on_reading_finished)
        return self.made_narrator

    @property
    def speech_mode(self) -> SpeechMode:
        """Speech mode, made (and listening for its keys and gesture) on first use."""
        if self.made_speech is None:
            from kiosk.ui.visit.speech_mode import SpeechMode  # noqa: PLC0415  (after the first frame)

            self.made_speech = SpeechMode(self._window, self._window)
            self._window.order_filters()
        return self.made_speech

    def speaking(self) -> bool:
        """Whether speech mode is on."""
        return self.made_speech is not None and self.made_speech.active

    def refresh_speech(self) -> None:
        """Speech mode, when it is on, says what the screen shows now."""
        if self.made_speech is not None:
            self.made_speech.refresh()

    def sync(self) -> None:
        """Start reading the screen when the patient asked for it (its recorded narration when it has
        one, else the speech engine); stop when that ended. In speech mode every screen is spoken
        anyway: "Read aloud" speaks it again."""
        window, session = self._window, self._window.session
        speech = self.made_speech
        if speech is not None and speech.active:
            if session.read_aloud:
                session.set_read_aloud(False)
                speech.repeat_screen()
            return
        if self.made_reader is None and self.made_narrator is None and not session.read_aloud:
            return  # nothing is being read, and nothing was asked for
        narrating = self.made_narrator is not None and self.made_narrator.is_reading()
        if session.read_aloud and not self.reader.is_reading() and not narrating:
            if self._narrate_page():
                return
            passages = window.session_view.passages() if session.is_active else []
            from kiosk.ui.visit.narration import shared_volume  # noqa: PLC0415  (loaded with the visit)

            self.reader.set_volume(shared_volume().level() / 100)
            if not self.reader.read(session.language, passages):
                session.set_read_aloud(False)
        elif not session.read_aloud:
            if self.reader.is_reading():
                self.reader.stop()
            if narrating and self.made_narrator is not None:
                self.made_narrator.stop()

    def _narrate_page(self) -> bool:
        """Play the page's recording when it has one; False when it has none."""
        view = self._views.current()
        screen = view.current_page_screen() if view is not None and self._window.session.is_active else None
        if view is None or screen is None or screen.media.narration is None or screen.narration_bar is None:
            return False
        self.narrator.play(screen.media.narration, screen.media.narration_cues, screen.passages(view.colors))
        screen.narration_bar.follow(self.narrator)
        return True

    def reset_media(self) -> None:
        """At each idle reset (and when the visit's screens are built): no video plays, and the volume
        is the clinic's default again."""
        from kiosk.ui.visit.narration import shared_volume  # noqa: PLC0415  (loaded with the visit)
        from kiosk.ui.visit.video import VideoPanel  # noqa: PLC0415

        shared_volume().set_level(self._window.settings.volume)
        view = self._views.current()
        if view is not None:
            for panel in view.findChildren(VideoPanel):
                panel.stop()

    def _on_reading_finished(self) -> None:
        self._window.session.set_read_aloud(False)

    def _on_voices_changed(self) -> None:
        """The speech engine started or failed: show or hide "Read aloud"."""
        view = self._views.current()
        if view is not None:
            view.show_settings()
            view.fit_bars()

    def warm_up(self) -> None:
        """After the first frame: start the speech engine, and let a key on the attract screen (or
        headphones plugged in) start speech mode from now on."""
        self.reader.prepare()
        speech = self.speech_mode
        from kiosk.ui.visit.headphones import HeadphoneWatch  # noqa: PLC0415  (Qt Multimedia, after the first frame)

        headphones = HeadphoneWatch(self._window)
        headphones.plugged.connect(self.on_headphones)
        speech.headphones = headphones.connected

    def on_headphones(self) -> None:
        """Headphones plugged in on the attract screen: speech mode starts, for a patient who cannot see."""
        window = self._window
        if window.session.screen is Screen.ATTRACT and window.current_screen() is window.attract:
            window.screen_sleep.wake()  # headphones plugged in at night: the screen wakes with the voice
            self.speech_mode.start()

    def close(self) -> None:
        """The window is closing: speech mode hears no more events (it asks the window's screens,
        which go with it)."""
        if self.made_speech is not None:
            input_filters.remove(self.made_speech)
