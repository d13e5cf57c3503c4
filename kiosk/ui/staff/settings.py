"""Staff settings: clinic name and phone number (typed on an on-screen keyboard), idle time, start
language, printing for patients and the front-desk slip, unsigned packs, this kiosk's name, and the
inbox and outbox folders it shares with the clinic's other machines (docs/fleet.md)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.core.languages import own_name
from kiosk.core.settings import FOLDER_MAX, KIOSK_NAME_MAX, PHONE_CHARACTERS, PHONE_MAX, Settings, is_printer_name
from kiosk.ui.staff.keyboard import OnScreenKeyboard
from kiosk.ui.staff.widgets import set_tone, staff_button, staff_label
from kiosk.ui.widgets.reading import kinetic_scroll

# The waiting times staff can choose before "Still there?", in seconds.
IDLE_CHOICES = (30, 45, 60, 90, 120, 180, 300, 600)
CLINIC_NAME_MAX = 80


class SettingsPage(QWidget):
    """Each change is offered at once as new Settings; the staff area saves them.

    Signals:
        changed(object): the new Settings.
        clinic_name_requested(): open the on-screen keyboard for the clinic name.
        clinic_phone_requested(): open it for the clinic's phone number.
        test_print_requested(str): print a test page on this printer ("" the system's default).
        kiosk_name_requested(): open the on-screen keyboard for this kiosk's name.
        folder_requested(str): type the folder of "inbox_folder" or "outbox_folder".
        report_requested(): write the status report to the outbox now.
    """

    changed = Signal(object)
    clinic_name_requested = Signal()
    clinic_phone_requested = Signal()
    test_print_requested = Signal(str)
    kiosk_name_requested = Signal()
    folder_requested = Signal(str)
    report_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = Settings()
        self._languages: tuple[str, ...] = ()
        self.heading = staff_label(self.tr("Settings"), "staff-title")
        self.message = staff_label(role="staff-message")
        self.message.hide()

        self.clinic_value = staff_label(role="staff-heading")
        self.clinic_button = staff_button(self.tr("Change the name"))
        self.clinic_button.clicked.connect(self.clinic_name_requested)
        self.phone_value = staff_label(role="staff-heading")
        self.phone_button = staff_button(self.tr("Change the number"))
        self.phone_button.clicked.connect(self.clinic_phone_requested)

        self.idle_value = staff_label(role="staff-heading")
        self.idle_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle_value.setMinimumWidth(260)
        self.idle_less = staff_button("−")
        self.idle_less.setAccessibleName(self.tr("Shorter"))
        self.idle_more = staff_button("+")
        self.idle_more.setAccessibleName(self.tr("Longer"))
        for button in (self.idle_less, self.idle_more):
            button.setFixedWidth(120)
        self.idle_value.setWordWrap(False)
        self.idle_less.clicked.connect(lambda: self._step_idle(-1))
        self.idle_more.clicked.connect(lambda: self._step_idle(+1))

        self.language_row = QHBoxLayout()
        self.language_row.setSpacing(16)
        self.language_buttons: dict[str, QPushButton] = {}

        self.accept_unsigned = staff_button(self.tr("Accept them"), checkable=True)
        self.refuse_unsigned = staff_button(self.tr("Refuse them"), checkable=True)
        self.accept_unsigned.clicked.connect(lambda: self._set_require_signed(False))
        self.refuse_unsigned.clicked.connect(lambda: self._set_require_signed(True))
        self.signing_note = staff_label(role="staff-note")

        # Printing: for patients (their summary and the pack's handouts), and the front-desk slip.
        self.print_off = staff_button(self.tr("Off"), checkable=True)
        self.print_on = staff_button(self.tr("On"), checkable=True)
        self.print_off.clicked.connect(lambda: self._offer(replace(self.settings, print_for_patients=False)))
        self.print_on.clicked.connect(lambda: self._offer(replace(self.settings, print_for_patients=True)))
        self.printer_button = staff_button("")
        self.printer_button.clicked.connect(lambda: self._next_printer("printer"))
        self.print_test = staff_button(self.tr("Test page"))
        self.print_test.clicked.connect(lambda: self.test_print_requested.emit(self.settings.printer))
        self.slip_off = staff_button(self.tr("Off"), checkable=True)
        self.slip_on = staff_button(self.tr("On"), checkable=True)
        self.slip_off.clicked.connect(lambda: self._offer(replace(self.settings, front_desk_slip=False)))
        self.slip_on.clicked.connect(lambda: self._offer(replace(self.settings, front_desk_slip=True)))
        self.slip_printer_button = staff_button("")
        self.slip_printer_button.clicked.connect(lambda: self._next_printer("front_desk_printer"))
        self.slip_test = staff_button(self.tr("Test page"))
        self.slip_test.clicked.connect(lambda: self.test_print_requested.emit(self.settings.front_desk_printer))
        #: The print service's printers, read when the page is shown (through Qt's print support).
        self.printers: list[str] = []

        # The clinic's other machines: this kiosk's name in reports, the inbox and the outbox.
        self.kiosk_value = staff_label(role="staff-heading")
        self.kiosk_button = staff_button(self.tr("Change the name"))
        self.kiosk_button.clicked.connect(self.kiosk_name_requested)
        self.inbox_value = staff_label(role="staff-heading")
        self.inbox_button = staff_button(self.tr("Choose the folder"))
        self.inbox_button.clicked.connect(lambda: self.folder_requested.emit("inbox_folder"))
        self.inbox_off = staff_button(self.tr("Turn off"))
        self.inbox_off.clicked.connect(lambda: self._offer(replace(self.settings, inbox_folder="")))
        self.outbox_value = staff_label(role="staff-heading")
        self.outbox_button = staff_button(self.tr("Choose the folder"))
        self.outbox_button.clicked.connect(lambda: self.folder_requested.emit("outbox_folder"))
        self.outbox_off = staff_button(self.tr("Turn off"))
        self.outbox_off.clicked.connect(lambda: self._offer(replace(self.settings, outbox_folder="")))
        self.report_button = staff_button(self.tr("Write a report now"))
        self.report_button.clicked.connect(self.report_requested)

        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(28)
        grid.setColumnStretch(1, 1)
        rows: list[tuple[str, str, list[QWidget] | QHBoxLayout]] = [
            (
                self.tr("Clinic name"),
                self.tr("Shown at the top of the first screen."),
                [self.clinic_value, self.clinic_button],
            ),
            (
                self.tr("Clinic phone number"),
                self.tr("On the summary patients take home (the QR code on the result)."),
                [self.phone_value, self.phone_button],
            ),
            (
                self.tr("Time before “Still there?”"),
                self.tr("How long without a touch before the kiosk asks, then starts over."),
                [self.idle_less, self.idle_value, self.idle_more],
            ),
            (
                self.tr("Language at the start"),
                self.tr("Patients can still change it on every screen."),
                self.language_row,
            ),
            (
                self.tr("Printing for patients"),
                self.tr(
                    "A Print button on the result and on pages with a handout. "
                    "Pages are sent from memory; docs/printing.md says how the printer keeps nothing."
                ),
                [self.print_off, self.print_on, self.printer_button, self.print_test],
            ),
            (
                self.tr("Warning-sign slip at the front desk"),
                self.tr(
                    "When answers send a patient to staff, a slip with this kiosk's name and the time prints here. "
                    "It never shows an answer."
                ),
                [self.slip_off, self.slip_on, self.slip_printer_button, self.slip_test],
            ),
            (
                self.tr("Packs without a trusted signature"),
                self.tr("When refused, only packs signed with a key this kiosk trusts can be installed."),
                [self.accept_unsigned, self.refuse_unsigned],
            ),
            (
                self.tr("This kiosk's name"),
                self.tr("Names this kiosk in its reports to the clinic's office and on the front-desk slip."),
                [self.kiosk_value, self.kiosk_button],
            ),
            (
                self.tr("Inbox folder"),
                self.tr(
                    "Packs that arrive in this folder (through Syncthing, a network share or a USB stick) are "
                    "installed as from a USB stick, with the same checks. They are not put on screen, except a "
                    "new version of a pack already on screen."
                ),
                [self.inbox_value, self.inbox_button, self.inbox_off],
            ),
            (
                self.tr("Outbox folder"),
                self.tr(
                    "This kiosk writes its status report here every hour and after every pack change, and what "
                    "became of each pack from the inbox. Reports never hold anything a patient chose."
                ),
                [self.outbox_value, self.outbox_button, self.outbox_off, self.report_button],
            ),
        ]
        for index, (title, note, controls) in enumerate(rows):
            words = QVBoxLayout()
            words.setSpacing(4)
            words.addWidget(staff_label(title, "staff-heading"))
            words.addWidget(staff_label(note, "staff-note"))
            grid.addLayout(words, index, 0)
            if isinstance(controls, QHBoxLayout):
                row = controls
            else:
                row = QHBoxLayout()
                row.setSpacing(16)
                for widget in controls:
                    row.addWidget(widget)
            row.addStretch(1)
            grid.addLayout(row, index, 1)

        # Long words (another language, a small screen) scroll instead of overlapping.
        content = QWidget()
        rows_layout = QVBoxLayout(content)
        rows_layout.setContentsMargins(0, 0, 16, 0)
        rows_layout.setSpacing(20)
        rows_layout.addLayout(grid)
        rows_layout.addWidget(self.signing_note)  # below the grid: a spanning grid cell would not grow with its lines
        rows_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(kinetic_scroll(content, name=self.heading.text()), 1)

    def show_settings(self, settings: Settings, languages: tuple[str, ...]) -> None:
        """Show ``settings``; ``languages`` are those of the pack on screen."""
        self.settings = settings
        self.clinic_value.setText(settings.clinic_name or self.tr("(no name)"))
        self.phone_value.setText(settings.clinic_phone or self.tr("(no number)"))
        self.idle_value.setText(self._idle_text(settings.idle_timeout_s))
        self.idle_less.setEnabled(settings.idle_timeout_s > IDLE_CHOICES[0])
        self.idle_more.setEnabled(settings.idle_timeout_s < IDLE_CHOICES[-1])
        if languages != self._languages:
            self._languages = languages
            for button in self.language_buttons.values():
                button.deleteLater()
            self.language_buttons = {}
            for code in languages:
                button = staff_button(own_name(code), checkable=True)
                button.clicked.connect(
                    lambda _checked=False, c=code: self._offer(replace(self.settings, default_language=c))
                )
                self.language_row.insertWidget(len(self.language_buttons), button)
                self.language_buttons[code] = button
        for code, button in self.language_buttons.items():
            button.setChecked(code == settings.default_language)
        self.print_off.setChecked(not settings.print_for_patients)
        self.print_on.setChecked(settings.print_for_patients)
        self.printer_button.setText(self._printer_text(settings.printer))
        self.print_test.setEnabled(settings.print_for_patients)
        self.slip_off.setChecked(not settings.front_desk_slip)
        self.slip_on.setChecked(settings.front_desk_slip)
        self.slip_printer_button.setText(self._printer_text(settings.front_desk_printer))
        self.slip_test.setEnabled(settings.front_desk_slip)
        self.kiosk_value.setText(settings.kiosk_name or self.tr("(the computer's name)"))
        self.inbox_value.setText(settings.inbox_folder or self.tr("Off"))
        self.inbox_off.setEnabled(bool(settings.inbox_folder))
        self.outbox_value.setText(settings.outbox_folder or self.tr("Off"))
        self.outbox_off.setEnabled(bool(settings.outbox_folder))
        self.report_button.setEnabled(bool(settings.outbox_folder))
        self.accept_unsigned.setChecked(not settings.require_signed)
        self.refuse_unsigned.setChecked(settings.require_signed)
        # With no trusted key, refusing unsigned packs would refuse every pack: not offered.
        self.refuse_unsigned.setEnabled(bool(settings.trusted_keys) or settings.require_signed)
        if settings.trusted_keys:
            names = ", ".join(sorted(settings.trusted_keys))
            self.signing_note.setText(self.tr("Keys this kiosk trusts: {names}.").format(names=names))
        else:
            self.signing_note.setText(
                self.tr(
                    "This kiosk trusts no signing keys yet, so refusing unsigned packs would refuse every pack. "
                    "The staff guide explains how to add a key."
                )
            )

    def read_printers(self) -> None:
        """The printers the print service knows now (staff may have just plugged one in)."""
        from PySide6.QtPrintSupport import QPrinterInfo  # noqa: PLC0415  (the print plugin: only here)

        self.printers = sorted(name for name in QPrinterInfo.availablePrinterNames() if is_printer_name(name))

    def _printer_text(self, name: str) -> str:
        if not name:
            return self.tr("Printer: the default")
        if self.printers and name not in self.printers:
            return self.tr("Printer: {name} (not found)").format(name=name)
        return self.tr("Printer: {name}").format(name=name)

    def _next_printer(self, key: str) -> None:
        """Each tap chooses the next printer: the system's default, then each printer by name."""
        choices = ["", *self.printers]
        current = getattr(self.settings, key)
        following = choices[(choices.index(current) + 1) % len(choices)] if current in choices else ""
        if key == "printer":
            self._offer(replace(self.settings, printer=following))
        else:
            self._offer(replace(self.settings, front_desk_printer=following))

    def _idle_text(self, seconds: int) -> str:
        if seconds < 60:
            return self.tr("{count} seconds").format(count=seconds)
        if seconds % 60:
            return self.tr("{minutes} min {seconds} s").format(minutes=seconds // 60, seconds=seconds % 60)
        return self.tr("{count} min").format(count=seconds // 60)

    def show_message(self, text: str, tone: str = "") -> None:
        set_tone(self.message, text, tone)

    def _step_idle(self, direction: int) -> None:
        current = self.settings.idle_timeout_s
        if direction > 0:
            choice = next((c for c in IDLE_CHOICES if c > current), IDLE_CHOICES[-1])
        else:
            choice = next((c for c in reversed(IDLE_CHOICES) if c < current), IDLE_CHOICES[0])
        self._offer(replace(self.settings, idle_timeout_s=choice))

    def _set_require_signed(self, required: bool) -> None:
        self._offer(replace(self.settings, require_signed=required))

    def _offer(self, new: Settings) -> None:
        # Buttons that were tapped show the saved value, not just the tap.
        self.show_settings(self.settings, self._languages)
        if new != self.settings:
            self.changed.emit(new)


class ClinicNameEditor(QWidget):
    """A line typed on the on-screen keyboard: the clinic's name (``kind="clinic"``), its phone number
    (``"phone"``), this kiosk's name (``"kiosk"``) or a folder (``"folder"``, its heading given to
    :meth:`edit`).

    Signals:
        saved(str): the new text (spaces at either end removed; in a name, runs of spaces made one).
        cancelled(): nothing changes.
    """

    saved = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None, *, phone: bool = False, kind: str = "clinic") -> None:
        super().__init__(parent)
        kind = "phone" if phone else kind
        self.kind = kind
        if kind == "phone":  # the same editor for the clinic's phone number: only what a number may hold
            self.heading = staff_label(self.tr("Clinic phone number"), "staff-title")
            note = self.tr("On the summary patients take home. Leave it empty to show no number.")
        elif kind == "kiosk":
            self.heading = staff_label(self.tr("This kiosk's name"), "staff-title")
            note = self.tr(
                "Names this kiosk in its reports and on the front-desk slip, for example “Waiting room 2”. "
                "Leave it empty to use the computer's name."
            )
        elif kind == "folder":
            self.heading = staff_label("", "staff-title")
            note = ""
        else:
            self.heading = staff_label(self.tr("Clinic name"), "staff-title")
            note = self.tr("Shown at the top of the first screen. Leave it empty to show no name.")
        self.note = staff_label(note, "staff-note")
        self.entry = QLineEdit()
        self.entry.setProperty("role", "staff-entry")
        most = {"phone": PHONE_MAX, "kiosk": KIOSK_NAME_MAX, "folder": FOLDER_MAX}
        self.entry.setMaxLength(most.get(kind, CLINIC_NAME_MAX))
        if kind == "phone":
            allowed = "".join(sorted(PHONE_CHARACTERS)).replace("-", "")
            pattern = QRegularExpression(f"[{QRegularExpression.escape(allowed)}-]*")
            self.entry.setValidator(QRegularExpressionValidator(pattern, self.entry))
        self.entry.setClearButtonEnabled(False)
        self.keyboard = OnScreenKeyboard(self.entry)
        self.cancel_button = staff_button(self.tr("Cancel"))
        self.save_button = staff_button(self.tr("Save"), "primary")
        self.clear_button = staff_button(self.tr("Clear"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.save_button.clicked.connect(self._on_save)
        self.clear_button.clicked.connect(self._on_clear)
        self.entry.returnPressed.connect(self._on_save)
        actions = QHBoxLayout()
        actions.setSpacing(16)
        actions.addWidget(self.clear_button)
        actions.addStretch(1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 28)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.entry)
        layout.addLayout(actions)
        layout.addStretch(1)
        layout.addWidget(self.keyboard)

    def edit(self, name: str, heading: str = "", note: str = "") -> None:
        """Start typing, from ``name``; ``heading`` and ``note`` (a folder's) replace the usual words."""
        if heading:
            self.heading.setText(heading)
        if note:
            self.note.setText(note)
        self.entry.setText(name)
        self.entry.end(False)
        self.keyboard.reset()
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_clear(self) -> None:
        self.entry.clear()
        self.keyboard.reset()
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_save(self) -> None:
        text = self.entry.text()
        self.saved.emit(text.strip() if self.kind == "folder" else " ".join(text.split()))
