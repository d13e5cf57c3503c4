"""One patient's visit: which screen they are on and what they chose, in memory only.

The session is the single source of truth for the screens; widgets call its methods and
re-render when ``changed`` fires. ``reset`` forgets everything the patient chose.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kiosk.core.events import Event
from kiosk.core.pack import ContentPack, Page


class Screen(Enum):
    ATTRACT = "attract"
    PAGE = "page"


@dataclass(frozen=True)
class Preferences:
    """The clinic's defaults that a patient may change for their own visit."""

    language: str = "en"
    text_size: str = "normal"
    theme: str = "default"


class Session:
    """Where a patient is in the pack.

    Events:
        changed(): the screen, page or a patient choice changed.
        reset(): the session ended (start over, idle, staff); everything chosen is forgotten.
    """

    def __init__(self, pack: ContentPack, defaults: Preferences | None = None) -> None:
        self.changed = Event()
        self.ended = Event()
        self.pack = pack
        self.defaults = defaults or Preferences(language=pack.default_language)
        self.screen = Screen.ATTRACT
        self.page_index = 0
        self.language = self._language_or_default(self.defaults.language)
        self.text_size = self.defaults.text_size
        self.theme = self.defaults.theme

    def _language_or_default(self, lang: str) -> str:
        return lang if lang in self.pack.languages else self.pack.default_language

    @property
    def page(self) -> Page:
        return self.pack.pages[self.page_index]

    @property
    def section_index(self) -> int:
        return self.pack.section_index(self.page.section) if self.screen is Screen.PAGE else -1

    @property
    def can_go_back(self) -> bool:
        return self.screen is Screen.PAGE

    @property
    def can_go_next(self) -> bool:
        return self.screen is Screen.PAGE and self.page_index < len(self.pack.pages) - 1

    @property
    def is_active(self) -> bool:
        """True once a patient has started; the attract screen is not a session."""
        return self.screen is not Screen.ATTRACT

    def start(self) -> None:
        self.screen = Screen.PAGE
        self.page_index = 0
        self.changed.emit()

    def next(self) -> None:
        if self.can_go_next:
            self.page_index += 1
            self.changed.emit()

    def back(self) -> None:
        if self.screen is not Screen.PAGE:
            return
        if self.page_index == 0:
            self.reset()
            return
        self.page_index -= 1
        self.changed.emit()

    def go_to_page(self, page_id: str) -> bool:
        index = self.pack.page_index(page_id)
        if index is None:
            return False
        self.screen = Screen.PAGE
        self.page_index = index
        self.changed.emit()
        return True

    def set_language(self, lang: str) -> None:
        if lang in self.pack.languages and lang != self.language:
            self.language = lang
            self.changed.emit()

    def reset(self) -> None:
        """End the visit: back to the attract screen with the clinic's defaults."""
        self.screen = Screen.ATTRACT
        self.page_index = 0
        self.language = self._language_or_default(self.defaults.language)
        self.text_size = self.defaults.text_size
        self.theme = self.defaults.theme
        self.ended.emit()
        self.changed.emit()

    def replace_pack(self, pack: ContentPack, defaults: Preferences | None = None) -> None:
        """Show another pack (staff switched it); always starts from the attract screen."""
        self.pack = pack
        if defaults is not None:
            self.defaults = defaults
        self.reset()
