"""A minimal observer list, so Qt-free models can tell widgets that they changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Event:
    """Callbacks connected to one kind of change; ``emit`` calls them in order."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[..., Any]] = []

    def connect(self, callback: Callable[..., Any]) -> None:
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[..., Any]) -> None:
        self._callbacks.remove(callback)

    def emit(self, *args: Any) -> None:
        for callback in list(self._callbacks):
            callback(*args)
