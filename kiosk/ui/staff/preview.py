"""A pack previewed inside staff mode: its attract screen and every page, on a session of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.content.model import ContentPack
from kiosk.core.session import Preferences, Screen, Session
from kiosk.ui import fonts
from kiosk.ui.theme import Palette
from kiosk.ui.visit.attract import AttractScreen
from kiosk.ui.visit.view import SessionView


class PreviewPage(QWidget):
    """Walk a pack as a patient would, with a bar on top to use it or go back.

    The preview has its own session: nothing the kiosk's patient screens show is touched,
    and everything tapped here is forgotten when the preview closes.

    Signals:
        use_requested(str): show the previewed pack to patients (its id).
        closed(): back to the list of packs.
    """

    use_requested = Signal(str)
    closed = Signal()

    def __init__(self, colors: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors = colors
        self.session: Session | None = None
        self.view: SessionView | None = None
        self._clinic = ""

        bar = QWidget()
        bar.setObjectName("PreviewBar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel()
        self.title.setProperty("role", "staff-heading")
        self.title.setWordWrap(True)
        self.use_button = QPushButton()
        self.use_button.setProperty("role", "primary")
        self.use_button.clicked.connect(self._on_use)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self._on_close)
        for button in (self.use_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(24, 12, 24, 12)
        bar_layout.setSpacing(16)
        bar_layout.addWidget(self.title, 1)
        bar_layout.addWidget(self.use_button)
        bar_layout.addWidget(self.close_button)

        self.attract = AttractScreen()
        self.screens = QStackedWidget()
        self.screens.addWidget(self.attract)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.screens, 1)
        self.use_button.setText("  " + self.tr("Show this pack") + "  ")
        self.close_button.setText("  " + self.tr("Back to the packs") + "  ")

    def show_pack(self, pack: ContentPack, clinic: str, active: bool, language: str) -> None:
        """Start a fresh preview of ``pack`` on its attract screen."""
        self.close_preview(quietly=True)
        self._clinic = clinic
        fonts.load_for_pack(pack)
        session = Session(pack, Preferences(language=language if language in pack.languages else ""))
        self.session = session
        self.title.setText(
            self.tr("Preview: {title}, version {version}").format(
                title=pack.title(session.language), version=pack.version
            )
        )
        self.use_button.setVisible(not active)
        self.attract.start_requested.connect(session.start)
        self.attract.questions_requested.connect(session.start_questionnaire)
        self.attract.language_requested.connect(session.set_language)
        self.view = SessionView(session, self.colors)
        session.ended.connect(self.view.visit_ended)
        # Staff are already in: Finish ends the preview's visit at once, and "For staff" on
        # "Please tell a staff member now" needs no second PIN.
        self.view.result_finished.connect(session.reset)
        self.view.staff_requested.connect(session.reset)
        self.screens.addWidget(self.view)
        session.changed.connect(self._show)
        self._show()

    def _show(self) -> None:
        session, view = self.session, self.view
        if session is None or view is None:
            return
        if session.screen is Screen.ATTRACT:
            lang = session.language
            self.attract.show_pack(
                session.pack.title(lang), session.pack.subtitle(lang), self._clinic, session.questionnaire is not None
            )
            self.attract.show_languages(session.pack.languages, lang)
            self.screens.setCurrentWidget(self.attract)
            return
        view.show_session()
        self.screens.setCurrentWidget(view)

    def _on_use(self) -> None:
        if self.session is not None:
            self.use_requested.emit(self.session.pack.id)

    @Slot()
    def _on_close(self) -> None:
        self.close_preview()

    def close_preview(self, quietly: bool = False) -> None:
        """Forget the preview's session and screens."""
        session, view = self.session, self.view
        self.session, self.view = None, None
        if session is not None:
            for signal in (
                self.attract.start_requested,
                self.attract.questions_requested,
                self.attract.language_requested,
            ):
                signal.disconnect()
        if view is not None:
            self.screens.removeWidget(view)
            view.deleteLater()
        if not quietly:
            self.closed.emit()
