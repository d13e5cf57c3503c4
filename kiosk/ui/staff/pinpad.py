"""The staff PIN pad: big digit keys, and the screens that ask for the PIN or change it.

Nobody chooses the first PIN on the touch screen: it is set with ``kiosk set-pin`` or by the
installer. Staff who are in may change it (the current PIN first, then the new one twice).
"""

from __future__ import annotations

import enum
import logging

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.pin import MAX_DIGITS, MIN_DIGITS, PinFormatError, PinState, PinStore, check_format
from kiosk.ui.staff.widgets import set_tone
from kiosk.ui.widgets import accessible

log = logging.getLogger(__name__)


class PinPad(QWidget):
    """Digits 0-9, Clear and Delete, dots for what was typed, Cancel and OK.

    The pad holds the focus, so digits can be typed on a keyboard; Tab reaches every key (a tap
    gives none the focus), and Enter or Space presses the key that has it.

    Signals:
        submitted(str): OK with 4 to 8 digits typed (the pad is then cleared).
        cancelled(): Cancel.
    """

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = ""
        self.prompt = QLabel()
        self.prompt.setProperty("role", "staff-title")
        self.note = QLabel()
        self.note.setProperty("role", "staff-note")
        self.dots = QLabel()
        self.dots.setProperty("role", "pin-dots")
        self.message = QLabel()
        self.message.setProperty("role", "staff-message")
        for label in (self.prompt, self.note, self.dots, self.message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.dots.setWordWrap(False)

        grid = QGridLayout()
        grid.setSpacing(16)
        self.digit_buttons: dict[str, QPushButton] = {}
        for index, digit in enumerate("1234567890"):
            button = self._key(digit)
            button.clicked.connect(lambda _checked=False, d=digit: self.type_digit(d))
            self.digit_buttons[digit] = button
            row, column = (index // 3, index % 3) if digit != "0" else (3, 1)
            grid.addWidget(button, row, column)
        self.clear_button = self._key(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        self.delete_button = self._key("⌫")
        self.delete_button.setAccessibleName(self.tr("Delete the last digit"))
        self.delete_button.clicked.connect(self.delete_digit)
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self.delete_button, 3, 2)

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.ok_button = QPushButton(self.tr("OK"))
        self.ok_button.setProperty("role", "primary")
        self.ok_button.clicked.connect(self.submit)
        for button in (self.cancel_button, self.ok_button):
            button.setAccessibleName(button.text())
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAutoDefault(True)  # Enter presses the key that has the focus, not OK
            button.setMinimumWidth(200)
        actions = QHBoxLayout()
        actions.setSpacing(24)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.ok_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(self.prompt)
        layout.addWidget(self.note)
        layout.addWidget(self.dots)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addSpacing(16)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        accessible.install()
        self._show_digits()

    def _key(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.setProperty("role", "pin-key")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reached with Tab; a tap gives no focus ring
        button.setAutoDefault(True)  # Enter presses the key that has the focus (not OK)
        button.setAutoRepeat(False)
        return button

    def set_prompt(self, title: str, note: str) -> None:
        """What the pad asks for; a screen reader knows the pad by it."""
        self.prompt.setText(title)
        self.note.setText(note)
        self.setAccessibleName(title)
        self.setAccessibleDescription(note)

    @property
    def typed_count(self) -> int:
        return len(self._digits)

    def set_locked(self, locked: bool) -> None:
        """While locked (a waiting time), no digit can be typed; Cancel still works."""
        for button in (*self.digit_buttons.values(), self.clear_button, self.delete_button):
            button.setEnabled(not locked)
        if locked:
            self.clear()
        self._show_digits()
        self.ok_button.setEnabled(not locked and len(self._digits) >= MIN_DIGITS)

    def is_locked(self) -> bool:
        return not self.digit_buttons["1"].isEnabled()

    @Slot(str)
    def type_digit(self, digit: str) -> None:
        if len(self._digits) < MAX_DIGITS and not self.is_locked():
            self._digits += digit
            self._show_digits()

    @Slot()
    def delete_digit(self) -> None:
        self._digits = self._digits[:-1]
        self._show_digits()

    @Slot()
    def clear(self) -> None:
        self._digits = ""
        self._show_digits()

    @Slot()
    def submit(self) -> None:
        if len(self._digits) >= MIN_DIGITS and not self.is_locked():
            typed, self._digits = self._digits, ""
            self._show_digits()
            self.submitted.emit(typed)

    def _show_digits(self) -> None:
        shown = "●" * len(self._digits) + "○" * max(0, MIN_DIGITS - len(self._digits))
        self.dots.setText(" ".join(shown))
        # English, Spanish and Vietnamese say "1" apart from every other count (as "Still there?" does).
        if len(self._digits) == 1:
            self.dots.setAccessibleName(self.tr("1 digit typed"))
        else:
            self.dots.setAccessibleName(self.tr("{count} digits typed").format(count=len(self._digits)))
        self.ok_button.setEnabled(len(self._digits) >= MIN_DIGITS and not self.is_locked())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt override)
        text = event.text()
        if text.isdigit() and text.isascii() and len(text) == 1:
            self.type_digit(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.delete_digit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)


class Step(enum.Enum):
    ENTER = "enter"  # the PIN, to come in
    CURRENT = "current"  # the PIN, before changing it
    CHOOSE = "choose"
    CONFIRM = "confirm"
    DAMAGED = "damaged"
    NO_PIN = "no-pin"  # none set yet: only `kiosk set-pin` or the installer sets one


class PinScreen(QWidget):
    """Asks for the PIN to come in, or for the current and a new one (Change PIN), on a PinStore.

    After too many wrong PINs the pad is locked and the remaining wait counts down.

    Signals:
        accepted(): the right PIN; staff may come in.
        changed(): a new PIN was stored from "Change PIN".
        cancelled(): staff pressed Cancel.
    """

    accepted = Signal()
    changed = Signal()
    cancelled = Signal()

    TICK_MS = 1000

    def __init__(self, store: PinStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.step = Step.ENTER
        self._changing = False
        self._first = ""
        self.pad = PinPad()
        self.pad.submitted.connect(self._on_submitted)
        self.pad.cancelled.connect(self._on_cancel)
        self._tick = QTimer(self)
        self._tick.setInterval(self.TICK_MS)
        self._tick.timeout.connect(self._show_wait)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.pad, 2)
        layout.addStretch(1)

    # -- starting ----------------------------------------------------------------------------

    def begin_entry(self) -> None:
        """Ask for the PIN (on a kiosk without one, say how to set it: nobody chooses it here)."""
        self._changing = False
        self._begin(Step.ENTER)

    def begin_change(self) -> None:
        """Change PIN: the current PIN first, then the new one twice."""
        self._changing = True
        self._begin(Step.CURRENT)

    def _begin(self, step: Step) -> None:
        self._first = ""
        state = self.store.state
        if state is PinState.DAMAGED:
            step = Step.DAMAGED
        elif state is PinState.NOT_SET:
            # Staff already in whose PIN file went missing may choose one; nobody else may.
            step = Step.CHOOSE if self._changing else Step.NO_PIN
        self._go(step)
        self._show_wait()
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go(self, step: Step, message: str = "", tone: str = "") -> None:
        self.step = step
        self.pad.clear()
        prompts = {
            Step.ENTER: (self.tr("Staff PIN"), self.tr("Enter the staff PIN, then press OK.")),
            Step.CURRENT: (self.tr("Change PIN"), self.tr("First enter the current PIN, then press OK.")),
            Step.CHOOSE: (
                self.tr("Choose a staff PIN"),
                self.tr("Use 4 to 8 digits. Staff will need it every time they open staff mode."),
            ),
            Step.CONFIRM: (
                self.tr("Enter the same PIN again"),
                self.tr("This makes sure there was no typing mistake."),
            ),
            Step.DAMAGED: (
                self.tr("The staff PIN cannot be read"),
                self.tr(
                    "Set a new PIN on this computer with the command 'kiosk set-pin', then try again. "
                    "The steps are in the staff guide."
                ),
            ),
            Step.NO_PIN: (
                self.tr("No staff PIN is set yet"),
                self.tr(
                    "Set the staff PIN with 'kiosk set-pin' on this computer, or run the installer again. "
                    "The steps are in the staff guide."
                ),
            ),
        }
        title, note = prompts[step]
        self.pad.set_prompt(title, note)
        closed = step in (Step.DAMAGED, Step.NO_PIN)
        self.pad.set_locked(closed)
        for button in (self.pad.ok_button, self.pad.dots):
            button.setVisible(not closed)
        self._tell(message, tone)

    # -- answers -----------------------------------------------------------------------------

    @Slot(str)
    def _on_submitted(self, pin: str) -> None:
        if self.step in (Step.ENTER, Step.CURRENT):
            self._check(pin)
        elif self.step is Step.CHOOSE:
            try:
                check_format(pin)
            except PinFormatError:
                self._tell(self.tr("The PIN must be 4 to 8 digits."))
                return
            self._first = pin
            self._go(Step.CONFIRM)
        elif self.step is Step.CONFIRM:
            self._confirm(pin)

    def _check(self, pin: str) -> None:
        result = self.store.check(pin)
        if result.ok:
            if self.step is Step.CURRENT:
                self._go(Step.CHOOSE)
            else:
                self.accepted.emit()
            return
        if result.wait_s > 0:
            self._show_wait()
            return
        message = self.tr("That PIN is not right.")
        if result.attempts_left == 1:
            message += " " + self.tr("One more wrong PIN and you will have to wait.")
        elif result.attempts_left > 1:
            message += " " + self.tr("{count} more tries before a wait.").format(count=result.attempts_left)
        self._tell(message)

    def _tell(self, message: str, tone: str = "bad") -> None:
        """A message under the dots, said at once by a screen reader (the focus stays on the pad)."""
        set_tone(self.pad.message, message, tone)
        accessible.announce(self.pad, message, assertive=tone == "bad")

    def _confirm(self, pin: str) -> None:
        first, self._first = self._first, ""
        if pin != first:
            self._go(Step.CHOOSE, self.tr("The two PINs were not the same. Please choose a PIN again."), "bad")
            return
        try:
            self.store.set_pin(pin)
        except (OSError, PinFormatError) as err:
            log.error("could not save the staff PIN: %s", err)
            self._go(
                Step.CHOOSE,
                self.tr("The PIN could not be saved, so nothing changed. Please tell the IT team."),
                "bad",
            )
            return
        if self._changing:
            self.changed.emit()
        else:
            self.accepted.emit()

    @Slot()
    def _on_cancel(self) -> None:
        self._first = ""
        self._tick.stop()
        self.pad.clear()
        self.cancelled.emit()

    # -- waiting after wrong PINs ------------------------------------------------------------------

    @Slot()
    def _show_wait(self) -> None:
        if self.step not in (Step.ENTER, Step.CURRENT):
            self._tick.stop()
            return
        remaining = self.store.wait_remaining()
        if remaining > 0:
            seconds = int(remaining + 0.999)
            text = self.tr("Too many wrong PINs. You can try again in {time}.").format(
                time=f"{seconds // 60}:{seconds % 60:02d}"
            )
            self.pad.set_locked(True)
            if self._tick.isActive():
                set_tone(self.pad.message, text, "bad")  # the count goes on (said once, when it began)
            else:
                self._tell(text)
                self._tick.start()
        elif self._tick.isActive() or self.pad.is_locked():
            self._tick.stop()
            self.pad.set_locked(False)
            self._tell(self.tr("You can try again now."), "")

    def stop(self) -> None:
        """Forget anything typed and stop counting (staff mode was left)."""
        self._first = ""
        self._tick.stop()
        self.pad.clear()
