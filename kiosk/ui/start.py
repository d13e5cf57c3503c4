"""Which window the kiosk starts with: the kiosk's own, or a calm notice when no pack can be shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.core.install.locate import Opened, open_library
from kiosk.core.paths import DataPaths
from kiosk.core.session import Preferences, Session
from kiosk.core.settings import Settings
from kiosk.ui import fonts, theme
from kiosk.ui.window import KioskWindow


class NoticeWindow(QWidget):
    """Shown only when no content pack can be loaded at all: a calm message, never an error."""

    def __init__(self, kiosk_mode: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AttractScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.kiosk_mode = kiosk_mode
        if kiosk_mode:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        label = QLabel(
            self.tr("This screen is being set up. Please ask a member of staff.")
            + "\n\n"
            + "Esta pantalla se está preparando. Por favor, hable con el personal."
        )
        label.setProperty("role", "notice")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        theme.load_fonts()
        self.setStyleSheet(theme.stylesheet("default", "normal", 1.0))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802  (Qt override)
        if self.kiosk_mode:
            event.ignore()


def build_window(
    opened: Opened,
    settings: Settings,
    kiosk_mode: bool = True,
    paths: DataPaths | None = None,
    shown: tuple[str, ...] = (),
) -> QWidget:
    """The kiosk window for the opened pack, or a notice when there is no usable pack.

    With ``shown`` (more than one pack id), the opened pack is the first of a topic library."""
    if opened.pack is None:
        return NoticeWindow(kiosk_mode)
    fonts.load_for_pack(opened.pack)  # only the fallback fonts its words need
    defaults = Preferences(language=settings.default_language, text_size=settings.text_size, theme=settings.theme)
    library = open_library(shown, opened.pack, paths) if shown and paths is not None else None
    return KioskWindow(Session(opened.pack, defaults, library), settings, kiosk_mode, paths=paths)
