"""Taps that cannot be misread: the settle guard, one application-wide event filter.

An older hand taps twice when nothing seems to happen. Without this guard the second tap of a
double tap on "No" landed on the next question's "Yes". So:

- after the screen changes, pointer input (touch, and the mouse events Qt makes from touch) is
  ignored until the new screen's first frame has been on show for ``SETTLE_S`` (a setting may
  choose 0.3-0.8 s);
- a press that began before the screen changed never acts on the new screen (its release is
  swallowed, wherever it lands);
- a second tap that follows the end of the last tap within ``DOUBLE_TAP_S`` is ignored, on any
  screen, so a double tap on a check box or on "Aa" acts once;
- a held-down key (auto-repeat) acts once; a single key or switch press acts at once.

Time comes from an injected monotonic clock (``kiosk.core.clock``), the one the idle timers read,
so tests can step past the guard without waiting. It must be the first application filter to see
an event: ``install`` puts it (back) in front of the others.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from kiosk.core.clock import Clock
from kiosk.ui.widgets import input_filters

#: How long the new screen's first frame must have been visible before a touch counts (seconds).
SETTLE_S = 0.5
#: The range a clinic may choose in settings.
SETTLE_RANGE_S = (0.3, 0.8)
#: A press this soon after the end of the last tap is the second half of a double tap (seconds).
DOUBLE_TAP_S = 0.4

PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin})
RELEASES = frozenset({QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel})
MOVES = frozenset({QEvent.Type.MouseMove, QEvent.Type.TouchUpdate})
#: Keys that press a button; their auto-repeat is dropped.
ACTIVATION_KEYS = frozenset({0x01000004, 0x01000005, 0x20, 0x01010000})  # Return, Enter, Space, Select


class SettleGuard(QObject):
    """Drops the pointer events a patient did not mean, for every widget of ``window``."""

    #: What it is asked about (kiosk/ui/widgets/input_filters.py); the frame tells it the screen is up.
    INPUT_EVENTS = (
        PRESSES | RELEASES | MOVES | {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.UpdateRequest}
    )

    #: Count the settle time from the new screen's first frame (tests of other things that tap
    #: without running the event loop count it from the change instead).
    WAIT_FOR_FRAME = True

    def __init__(
        self,
        window: QWidget,
        clock: Clock,
        settle_s: float = SETTLE_S,
        *,
        on_pointer: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._on_pointer = on_pointer
        #: True after Tab, arrows or another key; False after a touch or click (focus rings follow it).
        self.keyboard_in_use = False
        self._window = window
        self._clock = clock
        self.settle_s = min(max(settle_s, SETTLE_RANGE_S[0]), SETTLE_RANGE_S[1])
        #: When the current screen's first frame was shown; None while it waits for that frame.
        self.shown_at: float | None = None
        self._generation = 0
        self._press_generation = -1
        #: True from a dropped press until the next press (its release is dropped too).
        self._dropping = False
        self._last_tap_end = -1e9
        self.dropped = 0

    def install(self) -> None:
        """Be asked first about input (the most recently installed is asked first)."""
        input_filters.install(self)

    def screen_changed(self) -> None:
        """A new screen is about to be shown: wait for its first frame, then ``settle_s``."""
        self._generation += 1
        self.shown_at = None if self.WAIT_FOR_FRAME else self._clock()
        self._window.update(0, 0, 1, 1)  # an UpdateRequest comes, without repainting everything

    def settle_now(self) -> None:
        """Count the screen as shown long enough and the last tap as long past (``kiosk screenshot
        --pressed`` shows a press as a patient's press after the settle time)."""
        self.shown_at = self._clock() - self.settle_s
        self._last_tap_end = -1e9

    def is_settled(self) -> bool:
        """True once the screen has been visible long enough for a tap to count."""
        return self.shown_at is not None and self._clock() - self.shown_at >= self.settle_s

    def _in_window(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self._window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        kind = event.type()
        if kind == QEvent.Type.UpdateRequest and watched is self._window and self.shown_at is None:
            self.shown_at = self._clock()  # the frame being painted now is the new screen's first
            return False
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            if kind == QEvent.Type.KeyPress and self._in_window(watched):
                self.keyboard_in_use = True
            return isinstance(event, QKeyEvent) and event.isAutoRepeat() and event.key() in ACTIVATION_KEYS
        if not (kind in PRESSES or kind in RELEASES or kind in MOVES) or not self._in_window(watched):
            return False
        if kind in PRESSES:
            self.keyboard_in_use = False
            if self._on_pointer is not None:
                self._on_pointer()
            return self._on_press()
        if kind in RELEASES:
            return self._on_release()
        return self._dropping  # the moves of a dropped press go nowhere either

    def _on_press(self) -> bool:
        now = self._clock()
        self._dropping = not self.is_settled() or now - self._last_tap_end < DOUBLE_TAP_S
        self._press_generation = self._generation
        if self._dropping:
            self.dropped += 1
        return self._dropping

    def _on_release(self) -> bool:
        """A release counts only when its press counted and the screen has not changed since.

        A dropped press keeps its release, and the mouse release Qt makes from its touch, from
        every widget (until the next press decides again).
        """
        dropped = self._dropping or self._press_generation != self._generation
        if not dropped:
            self._last_tap_end = self._clock()
        return dropped
