"""The kiosk's own words (Next, Back, Still there? …): which translation a language uses, and what it lacks.

The translations are Qt Linguist files, ``resources/translations/kiosk_<tag>.ts`` (XML, read here
without Qt) compiled to ``.qm`` (what the kiosk loads). A language without a translation of its
own uses the nearest it falls back to (``es-MX`` -> ``kiosk_es``), then the pack's default
language, then English, the language of the source. ``kiosk validate`` says which of these words
a pack's language lacks (``missing_app_strings``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kiosk.core.languages import fallbacks, own_name
from kiosk.core.paths import RESOURCES_DIR, resolve_inside

#: The language the kiosk's own words are written in.
SOURCE_LANGUAGE = "en"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
#: A translation file larger than this is not read (the kiosk's has a few hundred strings).
MAX_TS_BYTES = 4 * 1024 * 1024
#: How many untranslated words a warning quotes.
EXAMPLES = 3
#: The translation contexts of the screens a patient sees (their words are the examples quoted first).
PATIENT_CONTEXTS = frozenset({"BottomBar", "SessionView", "AttractScreen", "QuestionScreen", "ResultScreen"})


def translation_name(lang: str, suffix: str) -> str:
    """The file name of ``lang``'s translation: ``kiosk_es.qm``, ``kiosk_zh_Hans.ts`` (Qt's own naming)."""
    return f"kiosk_{lang.replace('-', '_')}.{suffix}"


def translation_file(lang: str, suffix: str, folder: Path | None = None) -> Path | None:
    """``lang``'s translation file (``suffix`` "qm" or "ts") in ``folder``, or None when there is none."""
    if not lang or "/" in lang or "\\" in lang or lang.startswith("."):
        return None
    return resolve_inside(folder if folder is not None else TRANSLATIONS_DIR, translation_name(lang, suffix))


def translation_chain(lang: str, fallback: str | None = None) -> tuple[str, ...]:
    """The languages whose translation ``lang`` looks in, in order, ending with English: ``lang``'s own
    chain (``zh-Hans-CN``, ``zh-Hans``, ``zh``), then ``fallback``'s (the pack's default language)."""
    chain = [*fallbacks(lang), *(fallbacks(fallback) if fallback else ()), SOURCE_LANGUAGE]
    return tuple(dict.fromkeys(chain))


#: (context, source text) -> the translation, or None when it has none (or is unfinished).
Messages = dict[tuple[str, str], str | None]


@lru_cache(maxsize=16)
def _read_ts(path: Path, stamp: tuple[int, int]) -> Messages:
    del stamp  # part of the cache key only: a changed file is read again
    data = path.read_bytes()[: MAX_TS_BYTES + 1]
    if len(data) > MAX_TS_BYTES or b"<!ENTITY" in data:
        return {}  # not a file lupdate wrote: nothing is taken from it
    try:
        root = ET.fromstring(data)
    except (ET.ParseError, LookupError, ValueError):  # LookupError: an encoding Python does not know
        return {}
    found: Messages = {}
    for context in root.findall("context"):  # lupdate's shape: contexts under TS, messages under each
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            text = translation.text if translation is not None else None
            finished = kind not in ("unfinished", "vanished", "obsolete") and bool(text)
            found[(name, message.findtext("source") or "")] = text if finished else None
    return found


def read_ts(path: Path) -> Messages:
    """The messages of one Qt Linguist file; empty when it cannot be read."""
    try:
        info = path.stat()
        return _read_ts(path, (info.st_mtime_ns, info.st_size))
    except OSError:
        return {}


def app_strings(folder: Path | None = None) -> set[tuple[str, str]]:
    """Every one of the kiosk's own words, as every translation file lists them."""
    root = folder if folder is not None else TRANSLATIONS_DIR
    words: set[tuple[str, str]] = set()
    try:
        files = sorted(root.glob("kiosk_*.ts"))[:100]
    except OSError:
        return words
    for path in files:
        words |= set(read_ts(path))
    return words


def _translated(lang: str, folder: Path | None) -> Messages:
    """``lang``'s finished translations; only a language the kiosk can load (its .qm is there) has any."""
    ts = translation_file(lang, "ts", folder)
    if ts is None or translation_file(lang, "qm", folder) is None:
        return {}
    return read_ts(ts)


@dataclass(frozen=True)
class MissingWords:
    """The kiosk's own words a pack's language shows in another language."""

    lang: str
    total: int
    missing: tuple[str, ...]
    #: Where the missing words come from instead: (language, how many) in order.
    shown_in: tuple[tuple[str, int], ...]
    #: A few of the missing words, from the patient's screens where there are some.
    examples: tuple[str, ...] = ()

    def message(self, default_language: str) -> str:
        name = own_name(self.lang)
        examples = ", ".join(f"'{text}'" for text in self.examples)

        def said(lang: str) -> str:
            default = " (the pack's default language)" if lang == default_language and lang != self.lang else ""
            return f"{own_name(lang)}{default}"

        if len(self.shown_in) == 1:
            instead = f"they show in {said(self.shown_in[0][0])}"
        else:
            instead = "they show in " + ", ".join(f"{said(lang)} ({count})" for lang, count in self.shown_in)
        if len(self.missing) == self.total:
            lead = f"the kiosk's own words (such as {examples}) have no translation into {name} ({self.lang})"
        else:
            lead = (
                f"{len(self.missing)} of the kiosk's {self.total} own words have no translation into "
                f"{name} ({self.lang}), such as {examples}"
            )
        return f"{lead}; {instead}"


def missing_app_strings(lang: str, default_language: str, folder: Path | None = None) -> MissingWords | None:
    """Which of the kiosk's own words ``lang`` has no translation for (in its own chain: ``es-MX`` is
    covered by Spanish), and what they show in instead; None when every word is translated."""
    words = app_strings(folder)
    if not words:
        return None
    own = fallbacks(lang)
    if SOURCE_LANGUAGE in own:
        return None  # English is the language of the source
    chain = translation_chain(lang, default_language)
    tables = {each: _translated(each, folder) for each in chain if each != SOURCE_LANGUAGE}
    missing: list[tuple[str, str]] = []
    shown_in: dict[str, int] = {}
    for key in sorted(words):
        where = next((each for each in chain if each == SOURCE_LANGUAGE or tables[each].get(key)), SOURCE_LANGUAGE)
        if where in own:
            continue
        missing.append(key)
        shown_in[where] = shown_in.get(where, 0) + 1
    if not missing:
        return None
    # Words a patient sees first, shortest (a button's) first.
    ordered = sorted(missing, key=lambda key: (key[0] not in PATIENT_CONTEXTS, len(key[1]), key[1]))
    examples = tuple(dict.fromkeys(text for _context, text in ordered))[:EXAMPLES]
    return MissingWords(lang, len(words), tuple(text for _context, text in missing), tuple(shown_in.items()), examples)
