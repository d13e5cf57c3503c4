"""The app's own words (Next, Back, Still there? …) in the patient's language, with Qt's translator."""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.core.paths import RESOURCES_DIR, resolve_inside

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"


class UiLanguage:
    """Installs the compiled translation (``resources/translations/kiosk_<lang>.qm``) for one language."""

    def __init__(self) -> None:
        self.current = SOURCE_LANGUAGE
        self._translator: QTranslator | None = None

    def set(self, lang: str) -> bool:
        """Switch the app's words to ``lang``; returns True when something changed."""
        if lang == self.current:
            return False
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        self.current = lang
        if lang == SOURCE_LANGUAGE or app is None:
            return True
        path = resolve_inside(TRANSLATIONS_DIR, f"kiosk_{lang}.qm")
        translator = QTranslator()
        if path is None or not translator.load(str(path)):
            log.warning("no translation of the kiosk's own words for %r; they stay in English", lang)
            return True
        app.installTranslator(translator)
        self._translator = translator
        return True


@lru_cache(maxsize=8)
def _translator(lang: str) -> QTranslator | None:
    path = resolve_inside(TRANSLATIONS_DIR, f"kiosk_{lang}.qm")
    translator = QTranslator()
    if path is None or not translator.load(str(path)):
        return None
    return translator


def translate_in(lang: str, context: str, text: str) -> str:
    """``text`` (of translation ``context``) in ``lang``, whatever the app's words are in now.

    For a screen that shows two languages at once (the staff's and the patient's), or words in the
    language a visit had after it ended. Mark each text for lupdate with ``QT_TRANSLATE_NOOP``.
    """
    if lang == SOURCE_LANGUAGE:
        return text
    translator = _translator(lang)
    found = translator.translate(context, text) if translator is not None else ""
    return found or text
