"""The visit's screens of each shown pack: one SessionView a pack, built on first use.

With several packs shown (the topic library), a patient's tile leads straight to a view that is
ready: after the first frame each shown pack is loaded, converted and its first page built, one
pack per turn of the event loop, so a touch meanwhile waits for one pack at most. A view that was
not on screen when the colours, text size or language changed is brought up to date as it comes
on screen (only the view on screen is restyled at once: a change stays as quick as with one pack).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from kiosk.core.session import Session

if TYPE_CHECKING:
    from kiosk.ui.visit.view import SessionView

log = logging.getLogger(__name__)

#: What a view was last drawn for: (theme, text size, scale) and the language of the kiosk's words.
Stamp = tuple[object, str]


class PackViews(QObject):
    """Keeps a SessionView per shown pack. ``build`` makes one for the session's pack as it is now;
    ``stamp`` says what the view on screen is drawn for now; ``catch_up`` redraws a view for it."""

    def __init__(
        self,
        session: Session,
        build: Callable[[], SessionView],
        stamp: Callable[[], Stamp],
        catch_up: Callable[[SessionView, Stamp, Stamp], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._build = build
        self._stamp = stamp
        self._catch_up = catch_up
        self.views: dict[str, SessionView] = {}
        self._stamps: dict[str, Stamp] = {}
        self._warm = QTimer(self)
        self._warm.setSingleShot(True)
        self._warm.timeout.connect(self._warm_one)

    def current(self) -> SessionView | None:
        """The view of the pack the visit is in, when it was built."""
        return self.views.get(self.session.pack.id)

    def get(self) -> SessionView:
        """The view of the session's pack, built now if need be, drawn as the screen is now."""
        pack_id = self.session.pack.id
        view = self.views.get(pack_id)
        now = self._stamp()
        if view is None:
            view = self._build()
            self.views[pack_id] = view
        elif self._stamps.get(pack_id) != now:
            self._catch_up(view, self._stamps[pack_id], now)
        self._stamps[pack_id] = now
        return view

    def drawn_now(self) -> None:
        """The view on screen was just redrawn for the current stamp."""
        if self.session.pack.id in self.views:
            self._stamps[self.session.pack.id] = self._stamp()

    def all(self) -> list[SessionView]:
        return list(self.views.values())

    def clear(self) -> list[SessionView]:
        """Forget every view (another set of packs is shown); returns them for the window to delete."""
        self._warm.stop()
        views = list(self.views.values())
        self.views.clear()
        self._stamps.clear()
        return views

    # -- ready before the patient chooses ----------------------------------------------------------

    def warm_all(self) -> None:
        """Load, convert and build the first page of every shown pack, one per turn of the event loop."""
        if self.session.library.has_choice:
            self._warm.start(0)

    @Slot()
    def _warm_one(self) -> None:
        session = self.session
        library = session.library
        for topic in library.topics:
            if topic.id in self.views:
                continue
            if not session.chooses_topic:
                return  # a visit started: its screens come first (the rest is made at the next reset)
            pack = library.pack(topic.id)
            if pack is None:
                session.changed.emit()  # the tile of a pack that cannot be shown goes
            elif not pack.converted:
                library.convert(topic.id)
            else:
                self._build_for(topic.id)
            self._warm.start(0)
            return

    def _build_for(self, pack_id: str) -> None:
        """The view of ``pack_id`` with its first page ready, made while the topic choice shows."""
        session = self.session
        shown = session.pack
        pack = session.library.packs[pack_id]
        session.pack = pack  # only for building: the view belongs to the pack the session has
        try:
            view = self.get()
            window = view.parentWidget()
            if window is not None:  # laid out at the window's size, as it will be shown
                view.resize(window.size())
            layout = view.layout()
            if layout is not None:
                layout.activate()
            lang = session.language if session.language in pack.languages else pack.default_language
            page = view.screens.page_screen(0, lang)
            page.resize(view.stack.size())
            page.ensurePolished()
        finally:
            session.pack = shown
        log.debug("the screens of pack %s are ready", pack_id)
