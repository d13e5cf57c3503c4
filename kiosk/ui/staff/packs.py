"""Staff screens for content packs: the installed packs with what can be done to each, and USB import.

Over 400 lines: two screens (the list with its cards, and import) that share the card and message
widgets defined here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.install.store import PackInfo
from kiosk.core.languages import own_name
from kiosk.ui.staff.widgets import set_tone, staff_button, staff_label
from kiosk.ui.widgets.reading import kinetic_scroll

# Problems shown on a card; the rest are counted ('kiosk validate' lists them all).
CARD_PROBLEMS = 5


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


class PackCard(QFrame):
    """One pack: title, languages, version, review status, signature, checks, and its buttons.

    A draft (not yet signed off by the clinic's medical lead) says so in its own line, and
    "Show this pack" first asks staff to confirm; only then is ``use_requested`` sent.

    With several packs shown (the topic library) the card also adds the pack to the topics, takes
    it out, or moves its tile up one place.

    Signals:
        use_requested(str), preview_requested(str), rollback_requested(str), remove_requested(str):
        the pack id of the button that was pressed.
        topics_requested(str, str): the pack id, and "add", "drop" or "up".
    """

    use_requested = Signal(str)
    preview_requested = Signal(str)
    rollback_requested = Signal(str)
    remove_requested = Signal(str)
    topics_requested = Signal(str, str)

    def __init__(
        self, info: PackInfo, active: bool, parent: QWidget | None = None, *, place: int = 0, shown: int = 1
    ) -> None:
        super().__init__(parent)
        self.info = info
        self.setProperty("role", "staff-card")
        self.setProperty("active", active)
        self.title = staff_label(info.title, "staff-heading")
        badge = self.tr("On screen now") if shown < 2 else self.tr("Topic {place} of {count}")
        self.badge = staff_label(badge.format(place=place, count=shown), "staff-badge")
        self.badge.setWordWrap(False)
        self.badge.setVisible(active)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)

        self.details = staff_label(self._details(info))
        self.draft_note = staff_label(role="staff-message")
        set_tone(
            self.draft_note,
            self.tr("Draft: the clinic's medical lead has not reviewed this pack yet."),
            "bad",
        )
        self.draft_note.setVisible(info.draft and info.valid)
        self.checks = staff_label(role="staff-message")
        if info.valid:
            set_tone(self.checks, self.tr("Checked: ready to show."), "good")
        else:
            lines = [self.tr("This pack has mistakes and cannot be shown:")]
            lines += [f"• {problem}" for problem in info.problems[:CARD_PROBLEMS]]
            if len(info.problems) > CARD_PROBLEMS:
                lines.append(self.tr("… and {count} more.").format(count=len(info.problems) - CARD_PROBLEMS))
            set_tone(self.checks, "\n".join(lines), "bad")

        self.use_button = staff_button(self.tr("Show this pack"), "primary")
        self.use_button.setVisible(not active or shown > 1)  # a topic can also be shown alone again
        self.use_button.setEnabled(info.valid)
        self.preview_button = staff_button(self.tr("Preview"))
        self.preview_button.setEnabled(info.valid)
        self.rollback_button = staff_button(
            self.tr("Go back to version {version}").format(version=info.previous_version or "")
        )
        self.rollback_button.setVisible(info.previous_version is not None)
        self.remove_button = staff_button(self.tr("Remove"), "danger")
        self.remove_button.setVisible(not info.bundled)
        # The topic library: several packs, each a tile patients choose from.
        self.add_topic_button = staff_button(self.tr("Add to the topics"))
        self.add_topic_button.setVisible(not active)
        self.add_topic_button.setEnabled(info.valid)
        self.drop_topic_button = staff_button(self.tr("Take out of the topics"))
        self.drop_topic_button.setVisible(active and shown > 1)
        self.up_button = staff_button(self.tr("Move up"))
        self.up_button.setVisible(active and place > 1)
        self._pending = "use"  # what a confirmed draft does: "use" (show alone) or "add" (to the topics)
        self.add_topic_button.clicked.connect(lambda: self.ask_to_show("add"))
        self.drop_topic_button.clicked.connect(lambda: self.topics_requested.emit(info.id, "drop"))
        self.up_button.clicked.connect(lambda: self.topics_requested.emit(info.id, "up"))
        self.use_button.clicked.connect(self._on_use)
        self.confirm = QFrame()
        self.confirm.setProperty("role", "staff-confirm")
        self.confirm_text = staff_label(
            self.tr(
                "This pack is a draft. Patients will see it as it is, without being told that it is a draft. "
                "Show it to patients anyway?"
            ),
            "staff-message",
        )
        self.confirm_button = staff_button(self.tr("Yes, show the draft"), "primary")
        self.cancel_button = staff_button(self.tr("Cancel"))
        self.confirm_button.clicked.connect(self._on_confirmed)
        self.cancel_button.clicked.connect(self.confirm.hide)
        confirm_buttons = QHBoxLayout()
        confirm_buttons.setSpacing(16)
        confirm_buttons.addWidget(self.confirm_button)
        confirm_buttons.addWidget(self.cancel_button)
        confirm_buttons.addStretch(1)
        confirm_layout = QVBoxLayout(self.confirm)
        confirm_layout.setContentsMargins(0, 0, 0, 0)
        confirm_layout.addWidget(self.confirm_text)
        confirm_layout.addLayout(confirm_buttons)
        self.confirm.hide()
        self.preview_button.clicked.connect(lambda: self.preview_requested.emit(info.id))
        self.rollback_button.clicked.connect(lambda: self.rollback_requested.emit(info.id))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(info.id))
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        for button in (
            self.use_button,
            self.add_topic_button,
            self.up_button,
            self.drop_topic_button,
            self.preview_button,
            self.rollback_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(12)
        layout.addLayout(title_row)
        layout.addWidget(self.details)
        layout.addWidget(self.draft_note)
        layout.addWidget(self.checks)
        layout.addLayout(buttons)
        layout.addWidget(self.confirm)
        # Preferred, not Maximum: Maximum held the card to its height at its widest, so in a narrow
        # (portrait) window a title or line that wraps once more was cut and drawn over the next.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def ask_to_show(self, how: str = "use") -> None:
        """Show the pack on screen (alone, or ``how="add"`` beside the others), after staff confirm
        if it is a draft."""
        if not self.info.valid:
            return
        self._pending = how
        if self.info.draft:
            self.confirm.show()
            self.confirm_button.setFocus()
        else:
            self._request()

    def _request(self) -> None:
        if self._pending == "add":
            self.topics_requested.emit(self.info.id, "add")
        else:
            self.use_requested.emit(self.info.id)

    def _on_use(self) -> None:
        self.ask_to_show()

    def _on_confirmed(self) -> None:
        self.confirm.hide()
        self._request()

    def _details(self, info: PackInfo) -> str:
        languages = ", ".join(own_name(code) for code in info.languages) or self.tr("none")
        if info.draft:
            reviewed = self.tr("draft, not reviewed yet")
        elif info.reviewed_by:
            reviewed = self.tr("reviewed {date} by {who}").format(date=info.reviewed, who=info.reviewed_by)
        else:
            reviewed = self.tr("reviewed {date}").format(date=info.reviewed or self.tr("no review date"))
        signed = (
            self.tr("Signed by {name}").format(name=info.signed_by)
            if info.signed_by
            else self.tr("Not signed by a trusted key")
        )
        lines = [
            self.tr("Languages: {languages}").format(languages=languages),
            self.tr("Version {version}, {reviewed}").format(version=info.version or "?", reviewed=reviewed),
            signed + (" " + self.tr("(came with the kiosk)") if info.bundled else ""),
        ]
        return "\n".join(lines)


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
