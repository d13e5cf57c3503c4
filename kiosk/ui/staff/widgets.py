"""Small pieces shared by the staff screens: labels, buttons, a message or question box, the exit page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def set_tone(label: QLabel, text: str, tone: str = "") -> None:
    """Show ``text`` in ``label`` as good news, bad news or plain (""); hide the label when empty."""
    label.setText(text)
    label.setVisible(bool(text))
    if label.property("tone") != tone:
        label.setProperty("tone", tone)
        label.style().unpolish(label)
        label.style().polish(label)


def staff_button(text: str, role: str = "", checkable: bool = False) -> QPushButton:
    """A big button with room around its words; Tab reaches it, a tap leaves no focus ring."""
    button = QPushButton(f"  {text}  ")
    button.setAccessibleName(text)
    if role:
        button.setProperty("role", role)
    button.setCheckable(checkable)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


def staff_label(text: str = "", role: str = "") -> QLabel:
    """Plain, wrapped text (never rich text: pack titles and file names are shown as they are)."""
    label = QLabel(text)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class StaffNotice(QWidget):
    """A message or a yes/no question over the whole staff area, answered with big buttons."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("StaffNotice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card = QFrame()
        card.setProperty("role", "staff-card")
        self.title = staff_label(role="staff-title")
        self.text = staff_label()
        self.confirm_button = staff_button("")
        self.cancel_button = staff_button("")
        self.confirm_button.clicked.connect(self._on_confirm)
        self.cancel_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(24)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self._on_yes: Callable[[], None] | None = None
        self.hide()

    def tell(self, title: str, text: str) -> None:
        """A message with one button, OK."""
        self._open(title, text, None, "", "")

    def ask(self, title: str, text: str, confirm: str, on_confirm: Callable[[], None], danger: bool = False) -> None:
        """A question: Cancel, or ``confirm`` which calls ``on_confirm()``."""
        self._open(title, text, on_confirm, confirm, "danger" if danger else "primary")

    def _open(self, title: str, text: str, on_confirm: Callable[[], None] | None, confirm: str, role: str) -> None:
        self._on_yes = on_confirm
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.confirm_button.setVisible(on_confirm is not None)
        self.confirm_button.setText(f"  {confirm}  ")
        self.confirm_button.setAccessibleName(confirm)
        if self.confirm_button.property("role") != role:
            self.confirm_button.setProperty("role", role)
            self.confirm_button.style().unpolish(self.confirm_button)
            self.confirm_button.style().polish(self.confirm_button)
        cancel = self.tr("Cancel") if on_confirm is not None else self.tr("OK")
        self.cancel_button.setText(f"  {cancel}  ")
        self.cancel_button.setAccessibleName(cancel)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    @Slot()
    def _on_confirm(self) -> None:
        action, self._on_yes = self._on_yes, None
        self.hide()
        if action is not None:
            action()


class SystemPage(QWidget):
    """Exit to the desktop, or restart the kiosk (each asks first).

    Signals:
        exit_requested(), restart_requested()
    """

    exit_requested = Signal()
    restart_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exit_button = staff_button(self.tr("Exit to the desktop"), "danger")
        self.restart_button = staff_button(self.tr("Restart the kiosk"))
        self.exit_button.clicked.connect(self.exit_requested)
        self.restart_button.clicked.connect(self.restart_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addWidget(staff_label(self.tr("Close or restart"), "staff-title"))
        layout.addWidget(
            staff_label(
                self.tr("Restart the kiosk if the screen seems stuck or after changing the computer."), "staff-note"
            )
        )
        layout.addWidget(self.restart_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(24)
        layout.addWidget(
            staff_label(
                self.tr("Exit to the desktop for maintenance. The kiosk stays closed until it is started again."),
                "staff-note",
            )
        )
        layout.addWidget(self.exit_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
