"""The app's own words (Next, Back, Still there? …) in the patient's language, with Qt's translator.

A language without a translation of its own uses the nearest one it falls back to: ``es-MX`` uses
``kiosk_es.qm``, ``zh-Hans-CN`` uses ``kiosk_zh_Hans.qm`` and then ``kiosk_zh.qm``. When none of
those exists, the words are those of the pack's default language (a Brazilian-Portuguese patient
of a Spanish-first pack reads Spanish buttons), and English, the language of the source, last.
The chain itself is Qt-free: ``kiosk.core.app_strings``.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.core.app_strings import SOURCE_LANGUAGE, TRANSLATIONS_DIR, translation_chain, translation_file

log = logging.getLogger(__name__)

__all__ = ["SOURCE_LANGUAGE", "TRANSLATIONS_DIR", "UiLanguage", "translate_in", "translation_for"]


def translation_for(lang: str, fallback: str | None = None, folder: Path | None = None) -> str:
    """The language whose app words ``lang`` shows: itself, the nearest it falls back to, ``fallback``'s
    (the pack's default language), or English."""
    for each in translation_chain(lang, fallback):
        if each == SOURCE_LANGUAGE or translation_file(each, "qm", folder) is not None:
            return each
    return SOURCE_LANGUAGE


class UiLanguage:
    """Installs the compiled translation (``resources/translations/kiosk_<lang>.qm``) for one language."""

    def __init__(self) -> None:
        #: The language asked for (the patient's, or the staff's).
        self.current = SOURCE_LANGUAGE
        #: The language whose translation is installed (``current`` or what it fell back to).
        self.words = SOURCE_LANGUAGE
        self._fallback: str | None = None
        self._translator: QTranslator | None = None

    def set(self, lang: str, fallback: str | None = None) -> bool:
        """Switch the app's words to ``lang`` (or, without a translation, to ``fallback``'s: the pack's
        default language); returns True when the language asked for changed."""
        if lang == self.current and fallback == self._fallback:
            return False
        changed = lang != self.current
        self.current = lang
        self._fallback = fallback
        words = translation_for(lang, fallback)
        if words not in (lang, SOURCE_LANGUAGE):
            log.info("no translation of the kiosk's own words for %r; using %r", lang, words)
        elif words != lang and lang.split("-", 1)[0] != SOURCE_LANGUAGE:
            log.warning("no translation of the kiosk's own words for %r; they stay in English", lang)
        if words == self.words and (self._translator is not None or words == SOURCE_LANGUAGE):
            return changed
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        self.words = words
        if words == SOURCE_LANGUAGE or app is None:
            return True
        path = translation_file(words, "qm")
        translator = QTranslator()
        if path is None or not translator.load(str(path)):
            log.warning("the translation of the kiosk's own words for %r cannot be read; they stay in English", words)
            self.words = SOURCE_LANGUAGE
            return True
        app.installTranslator(translator)
        self._translator = translator
        return True


@lru_cache(maxsize=8)
def _translator(lang: str) -> QTranslator | None:
    path = translation_file(lang, "qm")
    translator = QTranslator()
    if path is None or not translator.load(str(path)):
        return None
    return translator


def translate_in(lang: str, context: str, text: str, fallback: str | None = None) -> str:
    """``text`` (of translation ``context``) in ``lang``, whatever the app's words are in now.

    For a screen that shows two languages at once (the staff's and the patient's), or words in the
    language a visit had after it ended. ``lang`` falls back as the app's words do (``fallback`` is
    the pack's default language). Mark each text for lupdate with ``QT_TRANSLATE_NOOP``.
    """
    for each in translation_chain(lang, fallback):
        if each == SOURCE_LANGUAGE:
            return text
        translator = _translator(each)
        found = translator.translate(context, text) if translator is not None else ""
        if found:
            return found
    return text
