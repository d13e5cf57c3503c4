"""What the staff gesture shows when no PIN can be asked for: how to set one, and nothing else.

A kiosk without a staff PIN never lets whoever touches it first choose one. Holding the corner
then only tells staff how to set it, on the kiosk computer or by running the installer again;
the message goes by itself after a few seconds, or at a tap anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.pin import PinState


class StaffHint(QWidget):
    """A message for staff over the whole window; a tap, or SHOW_MS, takes it away."""

    SHOW_MS = 8000

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("StaffHint")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card = QFrame()
        card.setObjectName("StaffHintCard")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel()
        self.title.setProperty("role", "hint-title")
        self.text = QLabel()
        self.text.setProperty("role", "hint-text")
        for label in (self.title, self.text):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(20)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 6)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def tell(self, state: PinState) -> None:
        """Say why staff mode cannot open (no PIN yet, or a PIN file that cannot be read) and how to fix it."""
        if state is PinState.DAMAGED:
            title = self.tr("The staff PIN cannot be read")
            text = self.tr(
                "Set a new staff PIN with 'kiosk set-pin' on this computer, or run the installer again. "
                "The steps are in the staff guide."
            )
        else:
            title = self.tr("No staff PIN is set yet")
            text = self.tr(
                "Set the staff PIN with 'kiosk set-pin' on this computer, or run the installer again. "
                "The steps are in the staff guide."
            )
        self.title.setText(title)
        self.text.setText(text)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self._timer.start(self.SHOW_MS)

    @Slot()
    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt override)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt override)
        """A tap anywhere takes the message away, and does nothing else."""
        self.dismiss()
        event.accept()
