"""Noticing when a patient walks away: one application-wide event filter and the countdown overlay."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.core import clock as clocks
from kiosk.core.clock import Clock
from kiosk.ui.widgets import accessible
from kiosk.ui.widgets.controls import TouchButton

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


class IdleWatcher(QObject):
    """Fires ``timed_out`` after ``timeout_ms`` without a touch, key or click anywhere, or a
    screen reader's action (Press, Toggle) on any control.

    The time is read from ``clock`` (the kiosk's one injectable clock): the timer only says when to
    look, and :meth:`check` fires once the clock says the time has passed, so tests move an
    injected clock and call ``check`` instead of waiting.

    Signals:
        activity(): the patient touched something (the timer restarted).
        timed_out(): nobody touched anything for the whole interval.
    """

    #: What it is asked about (kiosk/ui/widgets/input_filters.py).
    INPUT_EVENTS = ACTIVITY_EVENTS | {QEvent.Type.MouseMove, accessible.action_event_type()}

    activity = Signal()
    timed_out = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None, *, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self._clock: Clock = clock if clock is not None else clocks.monotonic
        self._timeout_ms = timeout_ms
        self._since = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.check)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout(self, timeout_ms: int) -> None:
        """Another interval; a running watch keeps its start and fires at the new time."""
        if timeout_ms == self._timeout_ms:
            return
        self._timeout_ms = timeout_ms
        if self._timer.isActive():
            self._wait_rest()
        else:
            self._timer.setInterval(timeout_ms)

    def start(self) -> None:
        self._since = self._clock()
        self._timer.start(self._timeout_ms)

    def stop(self) -> None:
        self._timer.stop()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def idle_ms(self) -> int:
        """How long nobody has touched anything, by the clock (while the watch runs)."""
        return round((self._clock() - self._since) * 1000)

    @Slot()
    def check(self) -> None:
        """Fire ``timed_out`` when the interval has passed by the clock; otherwise wait for the rest."""
        if self._timer.isActive() and self.idle_ms() < self._timeout_ms:
            return  # a touch restarted the watch; the timer says when to look again
        if self.idle_ms() >= self._timeout_ms:
            self._timer.stop()
            self.timed_out.emit()
        else:
            self._wait_rest()

    def _wait_rest(self) -> None:
        self._timer.start(max(0, self._timeout_ms - self.idle_ms()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        kind = event.type()
        if (
            kind in ACTIVITY_EVENTS
            or kind == accessible.action_event_type()
            or (kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent) and event.buttons())
        ):
            if self._timer.isActive():
                self.start()
            self.activity.emit()
        return False


class StillThereOverlay(QWidget):
    """ "Still there?" over the screen the patient left, dimmed behind a card with a countdown in
    seconds; a touch anywhere keeps the session.

    The screen stays in sight behind it, so a patient who comes back sees their place is kept. A
    screen reader says it at once as it comes up, and the focus moves to it (to "I'm still here"
    for a keyboard user), and back where it was when the patient stays.

    Signals:
        kept(): the patient touched the screen during the countdown.
        expired(): the countdown reached zero.
    """

    kept = Signal()
    expired = Signal()

    TICK_MS = 1000

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("StillThereOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._remaining = 0
        self._focus_before: QWidget | None = None
        # It takes the focus while it shows (no ring: the card itself draws none).
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._tick = QTimer(self)
        self._tick.setInterval(self.TICK_MS)
        self._tick.timeout.connect(self._on_tick)

        self.card = QFrame(self)
        self.card.setObjectName("StillThereCard")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel(self.card)
        self.title.setProperty("role", "overlay-title")
        self.message = QLabel(self.card)
        self.message.setWordWrap(True)
        self.count = QLabel(self.card)
        self.count.setProperty("role", "overlay-count")
        self.keep_button = TouchButton(parent=self.card)
        self.keep_button.setProperty("role", "primary")
        self.keep_button.clicked.connect(self.keep)
        for label in (self.title, self.message, self.count):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.installEventFilter(self)  # a new text size: the card and its lines fit again

        inside = self._inside = QVBoxLayout(self.card)
        inside.setContentsMargins(48, 40, 48, 40)
        inside.addWidget(self.title)
        inside.addSpacing(20)
        inside.addWidget(self.message)
        inside.addSpacing(20)
        inside.addWidget(self.count)
        inside.addSpacing(32)
        inside.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignHCenter)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.retranslate()
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt override)
        """The card keeps a readable measure: most of a narrow screen, about 60 characters on a wide one."""
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        if watched is self.message and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self._fit)  # after the new font is in place
        return False

    def _fit(self) -> None:
        measure = self.message.fontMetrics().averageCharWidth() * 60 + 96
        width = max(200, min(self.width() - 48, measure))
        self.card.setFixedWidth(width)
        # A centred box does not pass its width down to a word-wrapped label: give it the height
        # its lines need at that width, or the last line is cut.
        margins = self._inside.contentsMargins()
        inner = QRect(0, 0, width - margins.left() - margins.right(), 100_000)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter
        lines = self.message.fontMetrics().boundingRect(inner, flags, self.message.text())
        self.message.setFixedHeight(lines.height() + 4)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Still there?"))
        self.message.setText(
            self.tr(
                "Touch the screen to keep reading. Otherwise the screen will start over "
                "for the next person, and your choices will be erased."
            )
        )
        self.keep_button.set_label(self.tr("I'm still here"))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.message.text())
        self._show_count()
        self._fit()

    def start(self, seconds: int, *, keyboard: bool = False) -> None:
        """Count ``seconds`` down; ``keyboard``: the patient uses a keyboard or switch, so the focus
        goes to "I'm still here" (a touch user's focus goes to the card, which shows no ring)."""
        self._remaining = seconds
        self._show_count()
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.ensurePolished()
        self.message.ensurePolished()  # the text size of now, for the measure below
        self._fit()
        focus = QApplication.focusWidget()
        if focus is None or (focus is not self and not self.isAncestorOf(focus)):
            self._focus_before = focus  # (not the card's own, when it is started again while it shows)
        self.show()
        self.raise_()
        (self.keep_button if keyboard else self).setFocus(Qt.FocusReason.OtherFocusReason)
        accessible.announce(self, f"{self.title.text()} {self.message.text()} {self.count.text()}", assertive=True)
        self._tick.start()

    def is_counting(self) -> bool:
        return self._tick.isActive()

    @Slot()
    def keep(self) -> None:
        if self.is_counting():
            self._stop()
            self.kept.emit()

    def cancel(self) -> None:
        """Hide without a signal (the session was reset some other way)."""
        self._stop()

    def _stop(self) -> None:
        self._tick.stop()
        self._give_focus_back()
        self.hide()

    def _give_focus_back(self) -> None:
        """The focus goes back to where it was before the card came (before the card hides: a hidden
        focus would move on to the next control, and show it a ring)."""
        before, self._focus_before = self._focus_before, None
        focus = QApplication.focusWidget()
        if focus is None or not (focus is self or self.isAncestorOf(focus)):
            return
        parent = self.parentWidget()
        if before is not None and shiboken6.isValid(before) and before.isVisible():
            before.setFocus(Qt.FocusReason.OtherFocusReason)
        elif parent is not None:
            parent.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_count(self) -> None:
        # English and Spanish both say "1" apart from every other count; a language that counts
        # otherwise (issue 18) moves this to Qt's plural forms (tr's ``n``, with an English .ts).
        if self._remaining == 1:
            self.count.setText(self.tr("1 second"))
        else:
            self.count.setText(self.tr("{count} seconds").format(count=self._remaining))

    @Slot()
    def _on_tick(self) -> None:
        self._remaining -= 1
        self._show_count()
        if self._remaining <= 0:
            self._stop()
            self.expired.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt override)
        self.keep()
        event.accept()
