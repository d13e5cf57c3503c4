"""Staff mode's main screen: the header, and the menu of pages beside the page chosen."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.staff.widgets import set_tone, staff_button, staff_label


class StaffMenu(QWidget):
    """The title, alerts, "Working…" and "Leave staff mode" above the menu and the page it shows.

    ``pages`` are the menu's entries in order, by key; an entry without a page ("pin", Change PIN)
    is a button that does not stay pressed.

    Signals:
        page_requested(str): a menu button was pressed; its key.
    """

    page_requested = Signal(str)

    def __init__(self, pages: Mapping[str, QWidget | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = staff_label(self.tr("Staff mode"), "staff-title")
        self.hint = staff_label(self.tr("Staff mode closes by itself after 2 minutes without a touch."), "staff-note")
        self.busy_label = staff_label(self.tr("Working…"), "staff-message")
        self.busy_label.hide()
        self.leave_button = staff_button(self.tr("Leave staff mode"), "primary")
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(self.title)
        words.addWidget(self.hint)
        # What staff must know first: damaged settings, a pack set aside, a pack expiring (core/alerts.py).
        self.alerts_label = staff_label("", "staff-message")
        self.alerts_label.setObjectName("StaffAlerts")
        self.alerts_label.setWordWrap(True)
        self.alerts_label.hide()
        words.addWidget(self.alerts_label)
        header = QHBoxLayout()
        header.setSpacing(24)
        header.addLayout(words, 1)
        header.addWidget(self.busy_label)
        header.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)

        nav = QWidget()
        nav.setObjectName("StaffNav")
        nav.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        nav_layout = QVBoxLayout(nav)
        nav_layout.setContentsMargins(12, 12, 12, 12)
        nav_layout.setSpacing(12)
        self.pages = QStackedWidget()
        self.nav_group = QButtonGroup(self)
        self.nav_buttons: dict[str, QPushButton] = {}
        self._pages = {key: page for key, page in pages.items() if page is not None}
        words_for = self._words()
        for key, page in pages.items():
            button = staff_button(words_for[key], "staff-nav")
            button.setCheckable(page is not None)
            if page is not None:
                self.pages.addWidget(page)
                self.nav_group.addButton(button)
            button.clicked.connect(lambda _checked=False, k=key: self.page_requested.emit(k))
            nav_layout.addWidget(button)
            self.nav_buttons[key] = button
        nav_layout.addStretch(1)

        body = QHBoxLayout()
        body.setSpacing(32)
        body.addWidget(nav)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 28)
        layout.setSpacing(24)
        layout.addLayout(header)
        layout.addLayout(body, 1)

    def _words(self) -> dict[str, str]:
        return {
            "packs": self.tr("Content packs"),
            "import": self.tr("Import from USB"),
            "settings": self.tr("Settings"),
            "usage": self.tr("Usage counts"),
            "screen": self.tr("Screen"),
            "pin": self.tr("Change PIN"),
            "system": self.tr("Close or restart"),
        }

    def select(self, key: str) -> None:
        """Show the page of ``key`` and mark its button (a key with a page; KeyError otherwise)."""
        page = self._pages[key]
        self.nav_buttons[key].setChecked(True)
        self.pages.setCurrentWidget(page)

    def chosen(self) -> str:
        """The key of the page shown, or "packs" before any was chosen."""
        return next((key for key, button in self.nav_buttons.items() if button.isChecked()), "packs")

    def current_page(self) -> QWidget:
        shown = self.pages.currentWidget()
        assert shown is not None  # the stack always holds pages
        return shown

    def show_alerts(self, lines: list[str]) -> None:
        """What the kiosk must tell staff now, one line each (none: the alerts are hidden)."""
        set_tone(self.alerts_label, "\n".join(f"⚠ {line}" for line in lines), "bad")

    def show_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
