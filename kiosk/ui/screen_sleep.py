"""The screen's sleep outside clinic hours: black (and switched off where the compositor can),
on the attract screen only, until opening time or the first touch. The screen's turn as the
settings say is asked for here too (kiosk/ui/display.py does it).

The touch or key that wakes the screen does nothing else: from its press to its release every
input event of the window stops here (this filter is asked before the settle guard), and the
attract screen then counts as a new screen, so the settle guard also drops a second tap and the
mouse events Qt makes from the touch. Outside the hours a woken screen sleeps again after
``QUIET_S`` without a touch. Time comes from the kiosk's clocks (kiosk/core/clock.py): the wall
clock for opening hours, the monotonic one for the quiet time; the timer only says when to look.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.clock import Clock, WallClock
from kiosk.core.screen_schedule import seconds_until, sleep_schedule
from kiosk.core.settings import Settings
from kiosk.ui.display import UNKNOWN, DisplayControl
from kiosk.ui.widgets import input_filters

log = logging.getLogger(__name__)

PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin})
RELEASES = frozenset({QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel})
OTHER_INPUT = frozenset(
    {
        QEvent.Type.MouseMove,
        QEvent.Type.TouchUpdate,
        QEvent.Type.Wheel,
        QEvent.Type.KeyRelease,
        QEvent.Type.ContextMenu,
        QEvent.Type.Gesture,
    }
)


class SleepCover(QWidget):
    """Black over the whole window while the screen sleeps."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("SleepCover")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt override)
        QPainter(self).fillRect(event.rect(), QColor("black"))

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()


class ScreenSleep(QObject):
    """Puts the screen to sleep outside the clinic's hours when ``allowed()`` (the attract screen
    with nobody at it), and wakes it.

    Signals:
        asleep_changed(bool): the screen went to sleep (True) or woke (False).
    """

    #: What it is asked about while asleep (kiosk/ui/widgets/input_filters.py).
    INPUT_EVENTS = PRESSES | RELEASES | OTHER_INPUT | {QEvent.Type.KeyPress}

    asleep_changed = Signal(bool)

    #: Outside the hours, how long the attract screen stays on after the last touch (seconds).
    QUIET_S = 120.0
    #: Look again at least this often (the computer's clock may be set, or summer time begin).
    RECHECK_S = 900.0

    def __init__(
        self,
        window: QWidget,
        display: DisplayControl,
        settings: Callable[[], Settings],
        allowed: Callable[[], bool],
        *,
        clock: Clock,
        wall_clock: WallClock,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.display = display
        self._settings = settings
        self._allowed = allowed
        self._clock = clock
        self._wall = wall_clock
        self.cover = SleepCover(window)
        self.asleep = False
        #: True from the press (or key) that woke the screen until its release.
        self._swallowing = False
        self._last_activity = clock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)

    # -- deciding ------------------------------------------------------------------------------

    def use_settings(self) -> None:
        """Turn the screen as the settings say (when the compositor can do it now) and sleep or wake
        as the hours say. Reading the outputs runs in the background, after the first frame."""
        settings, display = self._settings(), self.display
        if settings.screen_rotation != 0 or display.rotation not in (None, settings.screen_rotation):
            display.rotate(settings.screen_rotation)
        if settings.screen_sleep and display.problem == UNKNOWN:
            display.probe()  # staff mode can say at once whether the display can be switched off
        self.check()

    @Slot()
    def note_activity(self) -> None:
        """Someone touched the screen (the window's idle watch says so)."""
        self._last_activity = self._clock()

    def seconds_to_next_check(self) -> float | None:
        """In how many seconds the timer was set to look again (None: it does not; sleep is off)."""
        return self._timer.interval() / 1000 if self._timer.isActive() else None

    @Slot()
    def check(self) -> None:
        """Sleep or wake as the hours, the screen on show and the last touch say; then wait for the
        next moment that could change it."""
        self._timer.stop()
        schedule = sleep_schedule(self._settings())
        if schedule is None:
            if self.asleep:
                self.wake(recheck=False)
            return
        now = self._wall()
        is_open = schedule.is_open(now)
        if self.asleep and is_open:
            log.info("opening time: the screen wakes")
            self.wake(recheck=False)
        quiet_left = self.QUIET_S - (self._clock() - self._last_activity)
        if not self.asleep and not is_open and quiet_left <= 0 and self._allowed():
            self.sleep()
        waits = [self.RECHECK_S]
        change = schedule.next_change(now)
        if change is not None:
            waits.append(seconds_until(now, change))
        if not self.asleep and not is_open and quiet_left > 0:
            waits.append(quiet_left)
        self._timer.start(max(1000, round(min(waits) * 1000)))

    # -- sleeping and waking -------------------------------------------------------------------

    def sleep(self) -> None:
        """Black at once; switched off too when the compositor can (the display module says)."""
        if self.asleep:
            return
        self.asleep = True
        self.cover.cover()
        self.install()
        log.info("outside clinic hours: the screen sleeps until opening time or a touch")
        self.display.switch_off()
        self.asleep_changed.emit(True)

    def wake(self, *, recheck: bool = True) -> None:
        """Show the attract screen again (and switch the display on); ``recheck``: then look when
        to sleep again."""
        if not self.asleep:
            return
        self.asleep = False
        self._last_activity = self._clock()
        self.cover.hide()
        self.display.switch_on(self._settings().screen_rotation)
        if not self._swallowing:
            self._leave()
        self.asleep_changed.emit(False)
        if recheck:
            self.check()  # outside the hours: when to sleep again

    def install(self) -> None:
        """Be the first application filter while asleep and while the waking touch lasts."""
        app = QApplication.instance()
        if app is not None and (self.asleep or self._swallowing):
            input_filters.install(self)

    def keep_on_top(self) -> None:
        """After the window changed what it shows (a fade starts on top): the cover stays on top."""
        if self.asleep:
            self.cover.cover()

    def _leave(self) -> None:
        input_filters.remove(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        if not (self.asleep or self._swallowing):
            return False
        kind = event.type()
        if kind not in PRESSES and kind not in RELEASES and kind not in OTHER_INPUT and kind != QEvent.Type.KeyPress:
            return False
        if not (isinstance(watched, QWidget) and watched.window() is self._window):
            return False
        if self.asleep and (kind in PRESSES or kind == QEvent.Type.KeyPress):
            log.info("a touch woke the screen")
            self._swallowing = True
            self.wake()
            return True
        if self._swallowing and (
            kind in RELEASES
            or (kind == QEvent.Type.KeyRelease and isinstance(event, QKeyEvent) and not event.isAutoRepeat())
        ):
            self._swallowing = False
            if not self.asleep:
                QTimer.singleShot(0, self._leave)  # after this event has gone past every filter
        return True
