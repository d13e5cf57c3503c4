"""How the kiosk window marks a change of screen: where the controls are changed, so the settle
guard (kiosk/ui/widgets/settle.py) starts and the new screen fades in; another screen or language
came up, so a screen reader is told what it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect

from kiosk.core.session import Screen
from kiosk.ui.widgets import accessible

if TYPE_CHECKING:
    from kiosk.ui.visit.pack_views import PackViews
    from kiosk.ui.window import KioskWindow


class ScreenChange:
    """Remembers what ``window`` last showed of its session, to tell what the next showing changes."""

    def __init__(self, window: KioskWindow, views: PackViews) -> None:
        self._window = window
        self._views = views
        self._shown_key: tuple[object, ...] = ()
        self._said: tuple[object, ...] = ()  # the screen a screen reader was last told about

    def _screen_key(self) -> tuple[object, ...]:
        """What the patient sees, as far as where the controls are goes (a change starts the guard):
        the screen and its language (``_said_key``), then the text size and the colours."""
        session = self._window.session
        return (*self._said_key(), session.text_size, session.theme)

    def _said_key(self) -> tuple[object, ...]:
        """What a screen reader is told about again when it changes: the screen and its language."""
        s = self._window.session
        check = (s.check_index, len(s.check_tries.get(s.check.id, ())), s.check_answered) if s.check_group else ()
        return (s.screen, s.page_index, tuple(s.asked), check, s.language, self._window.staff_is_shown(), s.pack.id)

    def note(self) -> tuple[QRect | None, bool]:
        """Before the session is shown: where its screen is to fade in (None when the controls stay
        where they were; else the settle guard starts now), and whether a screen reader hears of
        it (another screen or language, not a text size)."""
        key = self._screen_key()
        fade: QRect | None = None
        said = self._said_key()
        new_screen, self._said = said != self._said, said
        if key != self._shown_key:
            fade = self._fade_area(self._shown_key, key)
            self._shown_key = key
            self._window.settle.screen_changed()
        return fade, new_screen

    def _fade_area(self, old: tuple[object, ...], new: tuple[object, ...]) -> QRect:
        """Where the new screen fades in: only the visit's screen when the header and bar stay (a
        page turn, an answer), else the whole window."""
        window, view = self._window, self._views.current()
        same_frame = bool(old) and old[0] is not Screen.ATTRACT and old[4:] == new[4:] and new[0] is not Screen.ATTRACT
        if same_frame and view is not None and window.current_screen() is view:
            return QRect(view.stack.mapTo(window, QPoint(0, 0)), view.stack.size())
        return window.rect()

    def announce(self) -> None:
        """A screen reader says what the screen that just came up is (its title, question or result),
        wherever the focus is: after Next it stays on Next (or, after a tap, where no ring shows)."""
        window = self._window
        screen, view = window.current_screen(), self._views.current()
        if screen is window.attract:
            accessible.announce(window.attract, window.attract.announcement())
        elif view is not None and screen is view:
            text, urgent = view.announcement()
            accessible.announce(view, text, assertive=urgent)
