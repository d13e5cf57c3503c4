"""What the kiosk window's attract screen shows of the session: the pack (or the topic choice),
the languages and the patient's preferences; and the same screen rendered off screen, as the
status report's picture.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from kiosk.core.session import Session
from kiosk.ui import theme
from kiosk.ui.visit.attract import AttractScreen


def show_session(screen: AttractScreen, session: Session, clinic: str) -> None:
    """Show the session's attract screen (or topic choice) on ``screen``, as it stands now."""
    lang = session.language
    if session.chooses_topic:
        screen.show_topics(session.library.topics, lang, clinic, session.high_contrast)
    else:
        screen.show_pack(
            session.pack.title(lang),
            session.pack.subtitle(lang),
            clinic,
            has_questions=session.questionnaire is not None,
        )
    screen.show_languages(session.languages, lang)
    colors = theme.palette(session.theme)
    screen.show_preferences(*session.text_size_level, session.high_contrast)
    screen.set_mark_colors(colors.on_attract, colors.attract)


def render(session: Session, clinic: str, window: QWidget) -> QImage | None:
    """The attract screen as the next patient will see it, rendered off screen on a screen of its
    own at ``window``'s size, direction and style (never a grab of what is on the display); None
    while a visit is under way, since the patient's language, text size or contrast would show in it."""
    if session.has_choices:
        return None
    screen = AttractScreen()
    screen.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    screen.setLayoutDirection(window.layoutDirection())
    screen.setStyleSheet(window.styleSheet())
    try:
        show_session(screen, session, clinic)
        screen.resize(window.size())
        screen.show()
        if screen.topics is not None:
            screen.topics.draw_pictures_now()
        return screen.grab().toImage()
    finally:
        for timer in screen.findChildren(QTimer):
            timer.stop()
        screen.close()
        screen.deleteLater()
