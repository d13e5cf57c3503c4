"""Plain-language checks for patient pages: reading scores and phrases a page must never use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kiosk.core.checks import syllables

#: Phrases that diagnose, promise or tell a patient what they qualify for (CONTENT.md).
FORBIDDEN_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "you have",
        "you are a candidate",
        "you're a candidate",
        "you qualify",
        "you need",
        "diagnosis:",
        "guaranteed",
        "will cure",
        "cures your",
        "you will feel better",
        "you will be pain-free",
        "you will be pain free",
        "miracle",
        "state of the art",
    ),
    "es": (
        "usted tiene",
        "tiene usted",
        "usted es candidato",
        "usted es candidata",
        "es un candidato",
        "es una candidata",
        "usted califica",
        "califica para",
        "usted necesita",
        "necesita usted",
        "diagnóstico:",
        "garantizado",
        "garantizada",
        "le curará",
        "se sentirá mejor",
        "milagro",
    ),
}

_MARKUP = [
    # Linear: "[" and "(" end the searches, so a run of them is not searched from each one.
    (re.compile(r"!\[[^\[\]]*\]\([^()\[\]]*\)"), ""),  # pictures
    (re.compile(r"\[([^\[\]]*)\]\([^()\[\]]*\)"), r"\1"),  # links keep their words
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),  # headings
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.M), ""),  # list markers
    (re.compile(r"[*_`>|]"), ""),  # emphasis, code, quotes, tables
]
#: The item's words start with a non-space and are stripped after matching (no backtracking over spaces).
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(\S.*)$")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*(\S.*)$")


def plain_text(markdown_text: str) -> str:
    """The words of a page, for scoring: list items and headings end a sentence."""
    lines = []
    for line in markdown_text.splitlines():
        item = _LIST_ITEM.match(line) or _HEADING.match(line)
        ends_sentence = not item or item.group(1).rstrip().endswith((".", "!", "?", ":"))
        lines.append(line if ends_sentence else line.rstrip() + ".")
    text = "\n".join(lines)
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Score:
    """A page's reading score in one language, and whether it is within the pack's limit."""

    measure: str
    value: float
    limit: float | None
    words: int

    @property
    def ok(self) -> bool:
        if self.limit is None:
            return True
        if self.measure == "grade":
            return self.value <= self.limit
        return self.value >= self.limit


#: language → (measure name, limit key in pack.toml's [readability], "max" or "min")
MEASURES = {
    "en": ("grade", "en_max_grade"),
    "es": ("reading ease", "es_min_reading_ease"),
}


def score(markdown_text: str, lang: str, limits: dict[str, float]) -> Score | None:
    """Flesch-Kincaid grade (English) or Fernández-Huerta ease (Spanish); None for other languages."""
    if lang not in MEASURES:
        return None
    text = plain_text(markdown_text)
    words = len(text.split())
    if words == 0:
        return None
    measure, limit_key = MEASURES[lang]
    value = syllables.flesch_kincaid_grade(text, lang) if lang == "en" else syllables.fernandez_huerta(text, lang)
    return Score(measure, round(float(value), 1), limits.get(limit_key), words)


_EMPHASIS = re.compile(r"[*_`]")


@lru_cache(maxsize=8)
def _phrase_patterns(lang: str) -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    """One pattern that finds any of the phrases (most lines have none), and one per phrase, in order."""
    phrases = FORBIDDEN_PHRASES.get(lang, ()) + (FORBIDDEN_PHRASES["en"] if lang != "en" else ())
    each = tuple((phrase, re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")) for phrase in phrases)
    alternatives = "|".join(re.escape(phrase) for phrase in phrases) or r"(?!x)x"
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), each


def forbidden_phrases(text: str, lang: str) -> list[tuple[int, str]]:
    """(line offset, phrase) for every forbidden phrase in ``text``, case-insensitively."""
    found: list[tuple[int, str]] = []
    anything, each = _phrase_patterns(lang)
    for offset, line in enumerate(text.splitlines()):
        lowered = _EMPHASIS.sub("", line.lower()).replace("\u2019", "'")
        if anything.search(lowered):
            found.extend((offset, phrase) for phrase, pattern in each if pattern.search(lowered))
    return found
