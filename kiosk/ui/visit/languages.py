"""Choosing among three or more languages: one big button per language, each named in itself.

With two languages the bottom bar's language button simply names the other one ("Español");
with more it opens this chooser over the visit. Each language is listed by its own CLDR name
(``kiosk.core.languages``), so a patient finds theirs without reading the current one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.core.languages import own_name
from kiosk.ui.widgets.controls import TouchButton


class LanguageChooser(QWidget):
    """A panel over the whole window listing ``languages``; the current one is marked.

    Signals:
        chosen(str): the patient touched a language (its code); the panel has closed.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("LanguageChooser")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel()
        self.title.setProperty("role", "page-title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.close_button = TouchButton()
        self.close_button.set_floor_width(240)
        self.close_button.clicked.connect(self.hide)
        self.buttons: dict[str, TouchButton] = {}
        self._list = QVBoxLayout()
        self._list.setSpacing(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(32)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addLayout(self._list)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.hide()

    def open(self, languages: tuple[str, ...], current: str) -> None:
        """Show every language of ``languages``, ``current`` marked, over the whole parent."""
        if tuple(self.buttons) != languages:
            for button in self.buttons.values():
                self._list.removeWidget(button)
                button.deleteLater()
            self.buttons = {}
            for code in languages:
                button = TouchButton(own_name(code))
                button.setCheckable(True)
                button.set_floor_width(480)  # one column of equal, wide targets
                button.clicked.connect(lambda _checked=False, lang=code: self._choose(lang))
                self._list.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
                self.buttons[code] = button
        for code, button in self.buttons.items():
            button.setChecked(code == current)
        self.title.setText(self.tr("Choose your language"))
        self.close_button.set_label(self.tr("Back"), self.tr("Keep this language"))
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    @Slot(str)
    def _choose(self, code: str) -> None:
        self.hide()
        self.chosen.emit(code)
