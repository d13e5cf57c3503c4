"""One content pack's card on the staff list: what the pack is, its checks, and its buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.install.store import PackInfo
from kiosk.core.languages import own_name
from kiosk.ui.staff.widgets import set_tone, staff_button, staff_label

# Problems shown on a card; the rest are counted ('kiosk validate' lists them all).
CARD_PROBLEMS = 5


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
