"""A short "Thank you" after Finish on a result, in the patient's language, then the attract screen.

The visit has already ended when it shows (the answers are forgotten at Finish), so its words are
looked up in the language the patient used, not the app's language of the moment.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui.i18n import translate_in

CONTEXT = "ThankYouScreen"
TITLE = QT_TRANSLATE_NOOP("ThankYouScreen", "Thank you")
MESSAGE = QT_TRANSLATE_NOOP(
    "ThankYouScreen", "Your answers are erased from this screen. Remember to ask your doctor your questions."
)


class ThankYouScreen(QWidget):
    """ "Thank you" for :data:`SHOW_MS`; a tap (after the settle guard lets it through) ends it at once.

    Signals:
        done(): the time is up, or the patient touched the screen.
    """

    done = Signal()

    # How long the thank-you stays before the attract screen, in milliseconds.
    SHOW_MS = 4000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ThankYouScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = QLabel()
        self.title.setProperty("role", "thanks-title")
        self.message = QLabel()
        self.message.setProperty("role", "thanks-message")
        for label in (self.title, self.message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 48, 96, 48)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(32)
        layout.addWidget(self.message)
        layout.addStretch(3)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.finish)
        self._pressed = False

    def begin(self, lang: str, fallback: str | None = None) -> None:
        """Say thank you in ``lang`` (without a translation, in ``fallback``'s: the pack's default
        language) and start counting."""
        self.title.setText(translate_in(lang, CONTEXT, str(TITLE), fallback))
        self.message.setText(translate_in(lang, CONTEXT, str(MESSAGE), fallback))
        self.setAccessibleName(self.title.text())
        self._pressed = False
        self._timer.start(self.SHOW_MS)

    def is_showing(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def finish(self) -> None:
        if self._timer.isActive() or self.isVisible():
            self._timer.stop()
            self.done.emit()

    def stop(self) -> None:
        """Without a signal (the kiosk went elsewhere, staff mode for instance)."""
        self._timer.stop()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt override)
        self._pressed = event.button() == Qt.MouseButton.LeftButton
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt override)
        """On release, and only for a press that began here: the lift never reaches the attract screen."""
        pressed, self._pressed = self._pressed, False
        if pressed and self._timer.isActive():
            self.finish()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and not event.isAutoRepeat():
            self.finish()
            return
        super().keyPressEvent(event)
