"""One application event filter for the kiosk's input watchers, asked only about input.

The settle guard, the idle watch, the staff corner, the swipe, speech mode, screen sleep and the
window itself each look at the touches and keys of the whole application. As application event
filters, each was a call into Python for *every* event Qt delivers, paints and layouts included:
about 700 events for a text-size change, 150 for a page turn, six Python calls each. Here they
share one filter, which asks a watcher only about the kinds of event it declares
(``INPUT_EVENTS``), in the order they were installed (the one installed last is asked first, as
Qt asks application filters), and lets every other event pass with one call.

A watcher is held weakly: one deleted with its window is simply forgotten.
"""

from __future__ import annotations

import weakref
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject


class InputWatcher(Protocol):
    """What a watcher provides: the events it wants, and Qt's ``eventFilter``."""

    INPUT_EVENTS: frozenset[QEvent.Type]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool: ...  # noqa: N802  (Qt's name)


class _InputFilters(QObject):
    """The application's one input filter (made for the running application when first needed)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("KioskInputFilters")
        self._app = app
        #: (watcher, the events it wants), first asked first.
        self._watchers: list[tuple[weakref.ref[QObject], frozenset[QEvent.Type]]] = []
        self._kinds: frozenset[QEvent.Type] = frozenset()

    def install(self, watcher: QObject) -> None:
        self._drop(watcher)
        kinds: frozenset[QEvent.Type] = getattr(watcher, "INPUT_EVENTS")  # noqa: B009  (every watcher declares it)
        self._watchers.insert(0, (weakref.ref(watcher), kinds))
        self._changed()
        # In front of the application's other filters, as the watcher itself would have been.
        self._app.removeEventFilter(self)
        self._app.installEventFilter(self)

    def remove(self, watcher: QObject) -> None:
        self._drop(watcher)
        self._changed()

    def watchers(self) -> list[QObject]:
        """The watchers, first asked first (tests check the order)."""
        alive = [ref() for ref, _ in self._watchers]
        return [watcher for watcher in alive if watcher is not None and shiboken6.isValid(watcher)]

    def _drop(self, watcher: QObject) -> None:
        self._watchers = [(ref, kinds) for ref, kinds in self._watchers if ref() not in (watcher, None)]

    def _changed(self) -> None:
        self._kinds = frozenset().union(*(kinds for _, kinds in self._watchers))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        kind = event.type()
        if kind not in self._kinds:
            return False
        for ref, kinds in list(self._watchers):
            if kind not in kinds:
                continue
            watcher = ref()
            if watcher is None or not shiboken6.isValid(watcher):
                self._drop_dead()
                continue
            if watcher.eventFilter(watched, event):
                return True
        return False

    def _drop_dead(self) -> None:
        self._watchers = [(ref, kinds) for ref, kinds in self._watchers if _alive(ref)]
        self._changed()


def _alive(ref: weakref.ref[QObject]) -> bool:
    watcher = ref()
    return watcher is not None and shiboken6.isValid(watcher)


def _filters() -> _InputFilters | None:
    app = QCoreApplication.instance()
    if app is None:
        return None
    found = app.findChild(_InputFilters, "KioskInputFilters")
    return found if isinstance(found, _InputFilters) else _InputFilters(app)


def install(watcher: QObject) -> None:
    """Ask ``watcher`` about its ``INPUT_EVENTS`` from now on, before the watchers installed earlier."""
    filters = _filters()
    if filters is not None:
        filters.install(watcher)


def remove(watcher: QObject) -> None:
    """Ask ``watcher`` about nothing more."""
    filters = _filters()
    if filters is not None:
        filters.remove(watcher)


def watchers() -> list[QObject]:
    """The installed watchers, first asked first."""
    filters = _filters()
    return filters.watchers() if filters is not None else []
