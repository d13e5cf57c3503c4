"""The kiosk window's idle reset (kiosk/core/idle.py decides what silence means for the visit):
after the idle time "Still there?" counts down over the screen, and when nobody answers it the
visit is forgotten. A touch or a key keeps the visit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from kiosk.core.idle import IdleStep, after_countdown, after_idle, idle_seconds
from kiosk.core.session import Session
from kiosk.ui.visit.idle import IdleWatcher, StillThereOverlay

if TYPE_CHECKING:
    from kiosk.ui.window import KioskWindow


class IdleReset:
    """Answers ``idle`` (the window's idle watch) with ``overlay`` ("Still there?"), then the reset."""

    def __init__(
        self, window: KioskWindow, overlay: StillThereOverlay, idle: IdleWatcher, hide_focus_ring: Callable[[], None]
    ) -> None:
        self._window = window
        self._overlay = overlay
        self._idle = idle
        self._hide_focus_ring = hide_focus_ring
        self._urgent = False  # whether the idle time is the one of "tell a staff member now"
        overlay.expired.connect(lambda: after_countdown(window.session))
        overlay.kept.connect(self._on_kept)
        idle.timed_out.connect(self.on_idle)
        idle.activity.connect(self._on_activity)

    def follow(self, session: Session) -> None:
        """ "Please tell a staff member now" waits ten minutes for staff, not the usual idle time."""
        if session.shows_urgent_result != self._urgent:
            self._urgent = session.shows_urgent_result
            self._idle.set_timeout(idle_seconds(session, self._window.settings.idle_timeout_s) * 1000)

    def on_idle(self) -> None:
        """Nobody touched the screen for the idle time: "Still there?", or the visit is forgotten."""
        window = self._window
        step = after_idle(window.session)
        if step is IdleStep.WARN:
            self._overlay.start(window.settings.idle_countdown_s, keyboard=window.settle.keyboard_in_use)
            window.settle.screen_changed()
            window.reading.refresh_speech()  # "Still there?" is spoken
        elif step is IdleStep.FORGET:
            window.session.reset()

    def _on_activity(self) -> None:
        if self._overlay.is_counting():
            self._overlay.keep()

    def _on_kept(self) -> None:
        window = self._window
        if not window.settle.keyboard_in_use:
            self._hide_focus_ring()  # the focus came back from the card: to where no ring shows
        if window.session.is_active:
            self._idle.start()
        speech = window.reading.made_speech
        if speech is not None:  # after the key or touch that kept the visit has been taken
            QTimer.singleShot(0, speech.refresh)
