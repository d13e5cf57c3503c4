"""Language tags: which a pack may use, what they are called, which way they read, what they fall back to.

A pack names each language with a BCP 47 tag: a language, then optionally a script and a region
(``en``, ``es-MX``, ``pt-BR``, ``zh-Hans``, ``zh-Hant-TW``). Each part is checked against the
languages, scripts and regions CLDR knows (through babel), so ``xx`` or ``en-XX`` is refused in
words an author can act on. Babel also gives each language its own name ("Español (México)") and
its direction, so a pack in a new language needs no new code.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.localedata import locale_identifiers

#: What a language tag looks like, in the words of a pack's author.
LANGUAGE_FORM = "a language tag such as 'en', 'es', 'es-MX', 'pt-BR' or 'zh-Hans'"
#: The longest tag considered at all (longer text is refused before it is looked at).
MAX_TAG_LENGTH = 35
#: language (2-3 letters), then an optional script (4 letters) and an optional region (2 letters or 3 digits).
_TAG = re.compile(r"^([A-Za-z]{2,3})(?:-([A-Za-z]{4}))?(?:-([A-Za-z]{2}|[0-9]{3}))?\Z")
#: The languages suggested for a mistyped code, most asked for in clinics first.
COMMON_LANGUAGES = (
    "en", "es", "zh", "vi", "ar", "fr", "ko", "ru", "fil", "pt", "ht", "de", "hi", "it", "pl", "ja",
    "fa", "ur", "he", "so", "am", "bn", "pa", "uk", "el", "km", "lo", "my", "ne", "sw", "th", "tr",
)  # fmt: skip
# CLDR's localeDisplayPattern where it is not "{0} ({1})" with ", " between the details (babel
# carries the names but not these two patterns).
_DISPLAY_PATTERNS = {"zh": ("{0}（{1}）", "，"), "yue": ("{0}（{1}）", "，"), "ja": ("{0} ({1})", "、")}


@dataclass(frozen=True)
class Tag:
    """A language tag split into its parts (``zh-Hans-CN``: ``zh``, ``Hans``, ``CN``)."""

    language: str
    script: str | None = None
    region: str | None = None

    def __str__(self) -> str:
        return "-".join(part for part in (self.language, self.script, self.region) if part)


@lru_cache(maxsize=1)
def _known() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """CLDR's languages, scripts and regions (by their codes), and the languages with locale data."""
    english = Locale("en")
    languages = frozenset(str(code) for code in english.languages if isinstance(code, str) and code.isalpha())
    scripts = frozenset(str(code) for code in english.scripts)
    regions = frozenset(str(code) for code in english.territories)
    with_data = frozenset(ident.split("_", 1)[0] for ident in locale_identifiers())
    return languages, scripts, regions, with_data


def _canonical(text: str) -> str:
    """``text`` with each part in the case BCP 47 recommends (``ZH-hans-cn`` -> ``zh-Hans-CN``)."""
    parts = text.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        out.append(part.title() if len(part) == 4 else part.upper() if len(part) == 2 else part)
    return "-".join(out)


def _close_language(code: str) -> str | None:
    """A language a clinic is likely to have meant by ``code`` (a typo, a letter short), or None."""
    for each in COMMON_LANGUAGES:
        if each.startswith(code):
            return each
    best = max(COMMON_LANGUAGES, key=lambda each: difflib.SequenceMatcher(None, code, each).ratio())
    return best if difflib.SequenceMatcher(None, code, best).ratio() >= 0.75 else None


def _by_name(text: str) -> str | None:
    """The tag of the language called ``text`` in English or in itself ("Spanish", "español" -> ``es``)."""
    return _names().get(text.strip().casefold())


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Every language's name in English and in itself, folded, to its tag (made once: some 10 ms)."""
    names: dict[str, str] = {}
    for code in sorted(_known()[3]):
        names.setdefault(own_name(code).casefold(), code)
    for code, name in Locale("en").languages.items():
        if isinstance(code, str) and code.isalpha():
            names[str(name).casefold()] = str(code)
    return names


def language_problem(text: object) -> str | None:
    """What is wrong with ``text`` as a pack's language tag, in plain words; None when it is fine.

    The message names the tag and, where one is close, a valid tag to use instead.
    """
    if not isinstance(text, str):
        return f"a language must be written as text, {LANGUAGE_FORM}"
    shown = text if len(text) <= MAX_TAG_LENGTH else text[:MAX_TAG_LENGTH] + "…"
    if not text or len(text) > MAX_TAG_LENGTH:
        return f"'{shown}' is not {LANGUAGE_FORM}"
    if "_" in text and _TAG.match(text.replace("_", "-")):
        better = _canonical(text.replace("_", "-"))
        if language_problem(better) is None:
            return f"'{text}' is written with '_'; language tags use '-': write '{better}'"
    match = _TAG.match(text)
    if match is None:
        named = _by_name(text)
        close = _close_language(text.lower()) if text.isalpha() and len(text) == 1 else None
        hint = f"; for {text.strip()} write '{named}'" if named else f"; did you mean '{close}'?" if close else ""
        return f"'{shown}' is not {LANGUAGE_FORM}{hint}"
    canonical = _canonical(text)
    if canonical != text:
        if language_problem(canonical) is None:
            return f"'{text}' should be written '{canonical}' (folders are named after the tag exactly as written)"
        return language_problem(canonical)
    language, script, region = match.groups()
    languages, scripts, regions, _with_data = _known()
    aliases = get_global("language_aliases")
    if language not in languages and isinstance(aliases.get(language), str):
        replacement = str(Tag(aliases[language].split("_", 1)[0], script, region))
        return f"'{text}' uses another code for its language; write '{replacement}'"
    if language not in languages:
        close = _close_language(language)
        hint = f"; did you mean '{close}' ({Locale('en').languages.get(close, close)})?" if close else ""
        return f"'{text}': '{language}' is not a language CLDR knows{hint}"
    if script is not None and script not in scripts:
        nearest = difflib.get_close_matches(script, sorted(scripts), n=1, cutoff=0.6)
        hint = f"; did you mean '{Tag(language, nearest[0] if nearest else None, region)}'?"
        return f"'{text}': '{script}' is not a script CLDR knows{hint}"
    if region is not None and region not in regions:
        return f"'{text}': '{region}' is not a country or region CLDR knows; use '{Tag(language, script)}' alone"
    return None


def is_language_tag(text: object) -> bool:
    """Whether ``text`` is a language tag a pack (or the settings) may use."""
    return language_problem(text) is None


def parse_tag(text: str) -> Tag | None:
    """``text`` split into its parts, or None when it is not a valid tag."""
    match = _TAG.match(text) if is_language_tag(text) else None
    return Tag(*match.groups()) if match else None


def fallbacks(text: str) -> tuple[str, ...]:
    """The tags to look for, most specific first: ``zh-Hans-CN`` -> ``zh-Hans-CN``, ``zh-Hans``, ``zh``;
    ``es-MX`` -> ``es-MX``, ``es``. A text that is no tag falls back to nothing but itself."""
    tag = parse_tag(text)
    if tag is None:
        return (text,)
    chain = [str(tag), str(Tag(tag.language, tag.script)), tag.language]
    return tuple(dict.fromkeys(chain))


def pick[T](texts: dict[str, T], lang: str) -> T | None:
    """``texts``' entry for ``lang``, or for the nearest tag ``lang`` falls back to; None when none."""
    for each in fallbacks(lang):
        if each in texts:
            return texts[each]
    return None


@lru_cache(maxsize=64)
def _locale(text: str) -> Locale | None:
    tag = parse_tag(text)
    if tag is None:
        return None
    for each in fallbacks(text):
        try:
            return Locale.parse(each, sep="-")
        except (ValueError, TypeError, UnknownLocaleError):
            continue
    return None


@lru_cache(maxsize=64)
def is_right_to_left(text: str) -> bool:
    """Whether ``text``'s language is written right to left (Arabic, Hebrew, Persian, Urdu …)."""
    tag = parse_tag(text)
    if tag is not None and tag.script is not None:
        return tag.script in {"Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"}
    locale = _locale(text)
    return locale is not None and locale.character_order == "right-to-left"


@lru_cache(maxsize=64)
def own_name(code: str) -> str:
    """``code``'s name written in that language, capitalised for a button ("Español (México)",
    "中文（简体）"); the code itself when CLDR does not know it."""
    tag = parse_tag(code)
    locale = _locale(code)
    if tag is None or locale is None:
        return code
    base = locale.languages.get(tag.language) or Locale("en").languages.get(tag.language) or tag.language
    details = [
        name
        for name in (
            locale.scripts.get(tag.script) if tag.script else None,
            locale.territories.get(tag.region) if tag.region else None,
        )
        if name
    ]
    pattern, separator = _DISPLAY_PATTERNS.get(tag.language, ("{0} ({1})", ", "))
    name = pattern.format(base, separator.join(details)) if details else base
    return name[:1].upper() + name[1:]
