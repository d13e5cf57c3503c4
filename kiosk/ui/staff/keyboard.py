"""A simple on-screen keyboard, so staff can type a clinic name on a screen with no physical keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

# Rows of keys; shift gives the capital of each letter.
LETTERS = ("1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm,.-")
ACCENTS = ("1234567890", "áéíóúüñçàè", "&()/+#@:!?", "âêîôûëïöß·")


class OnScreenKeyboard(QWidget):
    """Big keys that type into one line edit: letters, digits, accents, Shift, Space and Delete.

    After one capital, Shift lets go by itself; an empty field starts with Shift on.
    """

    def __init__(self, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.keys: dict[str, QPushButton] = {}
        self._accents = False
        self._rows: list[list[QPushButton]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for _ in LETTERS:
            row = QHBoxLayout()
            row.setSpacing(10)
            buttons = []
            for _index in range(10):
                button = self._button("")
                button.clicked.connect(self._on_character)
                row.addWidget(button)
                buttons.append(button)
            self._rows.append(buttons)
            layout.addLayout(row)

        self.shift_button = self._button(self.tr("Shift"))
        self.shift_button.setCheckable(True)
        self.shift_button.toggled.connect(self._label_keys)
        self.accents_button = self._button("áé…")
        self.accents_button.setAccessibleName(self.tr("Accents and symbols"))
        self.accents_button.setCheckable(True)
        self.accents_button.toggled.connect(self._set_accents)
        self.space_button = self._button(self.tr("Space"))
        self.space_button.clicked.connect(lambda: self._type(" "))
        self.delete_button = self._button("⌫ " + self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete"))
        self.delete_button.clicked.connect(self.target.backspace)
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(self.shift_button, 2)
        bottom.addWidget(self.accents_button, 2)
        bottom.addWidget(self.space_button, 5)
        bottom.addWidget(self.delete_button, 3)
        layout.addLayout(bottom)
        self.reset()

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setProperty("role", "key")
        # The line edit keeps the focus and its cursor; keys never take it.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    def reset(self) -> None:
        """Letters, with Shift on for an empty field."""
        self.accents_button.setChecked(False)
        self.shift_button.setChecked(not self.target.text())
        self._label_keys()

    @Slot(bool)
    def _set_accents(self, on: bool) -> None:
        self._accents = on
        self._label_keys()

    @Slot()
    def _label_keys(self) -> None:
        shifted = self.shift_button.isChecked()
        self.keys = {}
        for characters, buttons in zip(ACCENTS if self._accents else LETTERS, self._rows, strict=True):
            for character, button in zip(characters, buttons, strict=True):
                shown = (
                    character.upper()
                    if shifted and character.upper() != character and len(character.upper()) == 1
                    else character
                )
                button.setText("&&" if shown == "&" else shown)
                button.setAccessibleName(shown)
                self.keys[shown] = button

    @Slot()
    def _on_character(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self._type(button.accessibleName())

    def _type(self, text: str) -> None:
        self.target.insert(text)
        if self.shift_button.isChecked() and text.strip():
            self.shift_button.setChecked(False)
