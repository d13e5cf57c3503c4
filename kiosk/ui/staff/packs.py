"""Staff screens for content packs: the installed packs, a card each (``pack_card``), and USB import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from kiosk.core.install.store import PackInfo
from kiosk.ui.staff.pack_card import PackCard
from kiosk.ui.staff.widgets import set_tone, staff_button, staff_label
from kiosk.ui.widgets.reading import kinetic_scroll


def _list_area() -> tuple[QWidget, QVBoxLayout]:
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 16, 0)
    layout.setSpacing(20)
    return content, layout


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


class PacksPage(QWidget):
    """Every pack on this kiosk, the one on screen marked.

    Signals: the same as PackCard, passed on from whichever card was used.
    """

    topics_requested = Signal(str, str)
    use_requested = Signal(str)
    preview_requested = Signal(str)
    rollback_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = staff_label(self.tr("Content packs"), "staff-title")
        self.note = staff_label(
            self.tr(
                "The pack marked 'On screen now', or the packs marked 'Topic 1 of 2' and so on, are what "
                "patients see. Preview a pack before you show it."
            ),
            "staff-note",
        )
        self.message = staff_label(role="staff-message")
        self.message.hide()
        self.cards: dict[str, PackCard] = {}
        content, self._list = _list_area()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(kinetic_scroll(content, name=self.heading.text()), 1)

    def show_message(self, text: str, tone: str = "") -> None:
        set_tone(self.message, text, tone)

    def ask_to_show(self, pack_id: str) -> bool:
        """Put ``pack_id`` on screen through its card (a draft asks staff to confirm first);
        False when the list has no card for it."""
        card = self.cards.get(pack_id)
        if card is None:
            return False
        card.ask_to_show()
        return True

    def show_loading(self) -> None:
        _clear(self._list)
        self.cards = {}
        self._list.addWidget(staff_label(self.tr("Reading the packs…"), "staff-note"))
        self._list.addStretch(1)

    def show_packs(self, packs: list[PackInfo], shown: tuple[str, ...]) -> None:
        """A card per pack, the shown ones first in their order (``shown``: the topics, or the one pack)."""
        _clear(self._list)
        self.cards = {}
        order = {pack_id: index for index, pack_id in enumerate(shown)}
        for info in sorted(packs, key=lambda p: order.get(p.id, len(order))):
            place = order.get(info.id, -1) + 1
            card = PackCard(info, place > 0, place=place, shown=len(shown))
            card.topics_requested.connect(self.topics_requested)
            card.use_requested.connect(self.use_requested)
            card.preview_requested.connect(self.preview_requested)
            card.rollback_requested.connect(self.rollback_requested)
            card.remove_requested.connect(self.remove_requested)
            self._list.addWidget(card)
            self.cards[info.id] = card
        if not packs:
            self._list.addWidget(staff_label(self.tr("No packs were found."), "staff-note"))
        self._list.addStretch(1)


class ImportPage(QWidget):
    """Pack files on USB sticks: pick one to install; then success, or every problem in plain words.

    Signals:
        rescan_requested(): look for pack files again.
        install_requested(object): install this pack file (a Path).
        use_requested(str), preview_requested(str): for the pack just installed.
        cancel_requested(): stop the install that is running (nothing is changed).
        copy_report_requested(): write this kiosk's status report on the USB stick.
    """

    rescan_requested = Signal()
    copy_report_requested = Signal()
    install_requested = Signal(object)
    cancel_requested = Signal()
    use_requested = Signal(str)
    preview_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = staff_label(self.tr("Import a pack from a USB stick"), "staff-title")
        self.note = staff_label(
            self.tr(
                "Plug the USB stick into the kiosk. Pack files (ending in .kpack) on it are listed below. "
                "Installing a pack does not put it on screen yet."
            ),
            "staff-note",
        )
        self.rescan_button = staff_button(self.tr("Look again"))
        self.rescan_button.clicked.connect(self.rescan_requested)
        # The other way round: this kiosk's status report onto the stick, for the clinic's office.
        self.report_button = staff_button(self.tr("Copy report to USB"))
        self.report_button.setAccessibleDescription(
            self.tr("Writes this kiosk's status report on the USB stick. It holds nothing a patient chose.")
        )
        self.report_button.clicked.connect(self.copy_report_requested)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.note, 1)
        top.addWidget(self.rescan_button)
        top.addWidget(self.report_button)

        self.status = staff_label(role="staff-message")
        self.busy = QProgressBar()
        self.busy.setProperty("role", "busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        # The install's stage ("Checking every page…") and the way to stop it.
        self.stage = staff_label(role="staff-note")
        self.stage.hide()
        self.cancel_button = staff_button(self.tr("Cancel the install"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.hide()
        self.reasons = staff_label()
        self.reasons.hide()
        self.use_button = staff_button(self.tr("Show it now"), "primary")
        self.preview_button = staff_button(self.tr("Preview"))
        self.back_button = staff_button(self.tr("Back to the list"))
        self.back_button.clicked.connect(self.rescan_requested)
        self._installed_id = ""
        self.use_button.clicked.connect(lambda: self.use_requested.emit(self._installed_id))
        self.preview_button.clicked.connect(lambda: self.preview_requested.emit(self._installed_id))
        # The outcome of an install (every reason, however many) scrolls, like the list of files.
        self.outcome = QWidget()
        outcome = QVBoxLayout(self.outcome)
        outcome.setContentsMargins(0, 0, 0, 0)
        outcome.setSpacing(16)
        outcome.addWidget(self.reasons)
        after = QHBoxLayout()
        after.setSpacing(16)
        for button in (self.use_button, self.preview_button, self.back_button):
            after.addWidget(button)
            button.hide()
        after.addStretch(1)
        outcome.addLayout(after)
        self.outcome.hide()

        content, scrolled = _list_area()
        scrolled.addWidget(self.outcome)
        self._list = QVBoxLayout()
        self._list.setSpacing(20)
        scrolled.addLayout(self._list, 1)
        self.file_buttons: dict[Path, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        working = QHBoxLayout()
        working.addWidget(self.stage, 1)
        working.addWidget(self.cancel_button)
        layout.addLayout(working)
        layout.addWidget(kinetic_scroll(content, name=self.heading.text()), 1)

    def _working(self, on: bool) -> None:
        self.busy.setVisible(on)
        self.cancel_button.setVisible(on)
        self.cancel_button.setEnabled(on)
        if not on:
            set_tone(self.stage, "")

    def show_stage(self, text: str) -> None:
        """The stage the install has reached, in the staff language."""
        set_tone(self.stage, text)

    def show_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        set_tone(self.stage, self.tr("Stopping…"))

    def _after(self, use: bool, back: bool) -> None:
        self.use_button.setVisible(use)
        self.preview_button.setVisible(use)
        self.back_button.setVisible(back)
        self.outcome.setVisible(back)

    def show_looking(self) -> None:
        self._show_list([])
        set_tone(self.status, self.tr("Looking for pack files…"))

    def show_files(self, files: list[Path]) -> None:
        self._show_list(files)
        if files:
            set_tone(self.status, self.tr("Choose the pack to install."))
        else:
            set_tone(
                self.status,
                self.tr("No pack files were found. Check that the USB stick is plugged in, then press 'Look again'."),
            )

    def _show_list(self, files: list[Path]) -> None:
        _clear(self._list)
        self.file_buttons = {}
        self._working(False)
        self.reasons.hide()
        self._after(use=False, back=False)
        self.rescan_button.setEnabled(True)
        for path in files:
            button = staff_button(self.tr("Install {name}").format(name=path.name), "staff-file")
            button.setAccessibleDescription(str(path.parent))
            button.clicked.connect(lambda _checked=False, p=path: self.install_requested.emit(p))
            where = staff_label(self.tr("on {folder}").format(folder=path.parent), "staff-note")
            self._list.addWidget(button)
            self._list.addWidget(where)
            self.file_buttons[path] = button
        self._list.addStretch(1)

    def show_busy(self, path: Path) -> None:
        _clear(self._list)
        self.file_buttons = {}
        self.rescan_button.setEnabled(False)
        self.reasons.hide()
        self._after(use=False, back=False)
        set_tone(
            self.status,
            self.tr("Installing {name}. This can take a minute; please leave the USB stick in.").format(name=path.name),
        )
        self._working(True)

    def show_installed(self, info: PackInfo, on_screen: bool = False, already: bool = False) -> None:
        """The pack is installed (``already``: this very version was there before, and nothing changed)."""
        self._working(False)
        self.rescan_button.setEnabled(True)
        self._installed_id = info.id
        if already:
            status = self.tr("This version is already installed: {title}, version {version}. Nothing was changed.")
        else:
            status = self.tr("Installed: {title}, version {version}.")
        set_tone(self.status, status.format(title=info.title, version=info.version), "good")
        if on_screen and already:
            after = self.tr("It is on screen now. You can remove the USB stick.")
        elif on_screen:
            after = self.tr("Patients see this version now. You can remove the USB stick.")
        else:
            after = self.tr("It is not on screen yet. Preview it, or show it now. You can remove the USB stick.")
        self.reasons.setText(after)
        self.reasons.show()
        self._after(use=info.valid and not on_screen, back=True)
        self.preview_button.setVisible(info.valid)

    def show_copying_report(self) -> None:
        self.report_button.setEnabled(False)
        set_tone(self.status, self.tr("Copying this kiosk's report to the USB stick…"))

    def show_report_copied(self, path: Path | None) -> None:
        """The report is on the stick at ``path`` (None: no stick was found)."""
        self.report_button.setEnabled(True)
        if path is None:
            set_tone(
                self.status,
                self.tr("No USB stick was found. Plug one in, wait a moment, then press 'Copy report to USB' again."),
                "bad",
            )
            return
        set_tone(
            self.status,
            self.tr("The report is on the USB stick: {file}. You can remove the stick.").format(file=str(path)),
            "good",
        )

    def show_report_not_copied(self, reasons: list[str]) -> None:
        self.report_button.setEnabled(True)
        lines = [self.tr("The report could not be copied to the USB stick."), *reasons]
        set_tone(self.status, "\n".join(lines), "bad")

    def show_refused(self, name: str, reasons: list[str]) -> None:
        self._working(False)
        self.rescan_button.setEnabled(True)
        set_tone(
            self.status,
            self.tr("{name} was not installed. Nothing on the kiosk has changed.").format(name=name),
            "bad",
        )
        self.reasons.setText("\n".join(f"• {reason}" for reason in reasons))
        self.reasons.show()
        self._after(use=False, back=True)
