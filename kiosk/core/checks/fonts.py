"""Which characters the kiosk's bundled fonts can draw, read from their character maps (cmap).

Atkinson Hyperlegible draws the Latin text; the other bundled families are fallbacks for the
characters it lacks (docs/pack-format.md, "Fonts"). fontTools is imported only when a text holds
a character outside the few hundred every pack uses, so checking an English or Spanish pack
never reads a font file.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kiosk.core.paths import resource_path


@dataclass(frozen=True)
class BundledFamily:
    """A font family in ``resources/fonts/``: its name as Qt knows it, its files (Regular first)
    and the characters it is bundled for, as ranges (``start``, ``end``, both included) that
    tests/core/checks/test_fonts.py checks against its cmap."""

    family: str
    files: tuple[str, ...]
    scripts: str
    blocks: tuple[tuple[int, int], ...] = ()

    def serves(self, code: int) -> bool:
        return any(start <= code <= end for start, end in self.blocks)


PRIMARY = BundledFamily(
    "Atkinson Hyperlegible",
    ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf", "AtkinsonHyperlegible-Italic.ttf"),
    "Latin (the letters of English, Spanish and most western European languages)",
)
#: The symbols of GB 2312 that only the Chinese font draws (Roman numerals, arrows, some maths,
#: circled and bracketed numbers, box drawing, shapes, stars).
_GB2312_SYMBOLS = (
    (0x2160, 0x216B), (0x2190, 0x2193), (0x2208, 0x2208), (0x220B, 0x220B), (0x221D, 0x221D),
    (0x2220, 0x2220), (0x2225, 0x2225), (0x2227, 0x222A), (0x222E, 0x222E), (0x2234, 0x2237),
    (0x223D, 0x223D), (0x2245, 0x2245), (0x224C, 0x224C), (0x2261, 0x2261), (0x226E, 0x226F),
    (0x2299, 0x2299), (0x22A5, 0x22A5), (0x2312, 0x2312), (0x2460, 0x2469), (0x2474, 0x249B),
    (0x2500, 0x254B), (0x25A0, 0x25A1), (0x25B2, 0x25B3), (0x25C6, 0x25C7), (0x25CB, 0x25CB),
    (0x25CE, 0x25CF), (0x2605, 0x2606), (0x2640, 0x2640), (0x2642, 0x2642),
)  # fmt: skip
#: The fallbacks, in the order Qt tries them for a character Atkinson Hyperlegible lacks.
FALLBACKS = (
    BundledFamily(
        "Noto Sans",
        ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
        "extended Latin (Vietnamese and others), Greek and Cyrillic",
        # Used for any character the other fallbacks are not for (see ``fallbacks_for``).
    ),
    BundledFamily(
        "Noto Sans Arabic",
        ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
        "Arabic (also Persian and Urdu letters)",
        ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    ),
    BundledFamily(
        "Noto Sans Hebrew",
        ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
        "Hebrew",
        ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)),
    ),
    BundledFamily(
        "Noto Sans CJK SC",
        ("NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf"),
        "Simplified Chinese (the characters of GB 2312)",
        (
            (0x2E80, 0x2FDF),  # radicals
            (0x3000, 0x303F),  # CJK punctuation
            (0x3040, 0x312F),  # kana and bopomofo
            (0x3190, 0x33FF),  # CJK letters, months and compatibility forms
            (0x3400, 0x4DBF),  # extension A
            (0x4E00, 0x9FFF),  # unified ideographs
            (0xF900, 0xFAFF),  # compatibility ideographs
            (0xFE30, 0xFE4F),  # compatibility forms
            (0xFF00, 0xFFEF),  # half-width and full-width forms
            *_GB2312_SYMBOLS,
        ),
    ),
)
_GENERAL_FALLBACK = FALLBACKS[0]

#: Characters Atkinson Hyperlegible is known to draw (tests check each against its cmap): printable
#: ASCII, Latin-1 and the punctuation English and Spanish pages use. A text made only of these
#: needs no font file read and no fallback.
ALWAYS_DRAWN = frozenset(
    [chr(code) for code in range(0x20, 0x7F)] + [chr(code) for code in range(0xA0, 0x100)] + list("–—‘’‚“”„†‡•…‰‹›€™")
)
#: Marks that choose a glyph's look (emoji or text style) and draw nothing themselves.
_SELECTORS = ((0xFE00, 0xFE0F), (0xE0100, 0xE01EF))


def draws_nothing(char: str) -> bool:
    """Whether ``char`` is a space, a line break, a control or format character (direction marks,
    joiners) or a variation selector: nothing a font has to draw."""
    if char.isspace() or unicodedata.category(char) in {"Cc", "Cf", "Zs", "Zl", "Zp"}:
        return True
    code = ord(char)
    return any(start <= code <= end for start, end in _SELECTORS)


def _characters(text: str) -> set[str]:
    """The characters of ``text`` that a font must draw and that are not in ``ALWAYS_DRAWN``."""
    return {char for char in set(text) - ALWAYS_DRAWN if not draws_nothing(char)}


@lru_cache(maxsize=1)
def covered() -> frozenset[int]:
    """Every code point some bundled font draws: the union of the Regular files' cmaps (each
    family's other weights map the same characters; a test keeps it so)."""
    from fontTools.ttLib import TTFont  # noqa: PLC0415  (only for a text beyond ALWAYS_DRAWN)

    codes: set[int] = set()
    for family in (PRIMARY, *FALLBACKS):
        font = TTFont(resource_path(f"fonts/{family.files[0]}"), lazy=True)
        try:
            codes.update(font.getBestCmap() or {})
        finally:
            font.close()
    return frozenset(codes)


def undrawable(text: str) -> list[str]:
    """The characters of ``text`` no bundled font can draw, each once, in the order they appear."""
    candidates = _characters(text)
    if not candidates:
        return []
    codes = covered()
    missing = {char for char in candidates if ord(char) not in codes}
    if not missing:
        return []
    return [char for char in dict.fromkeys(text) if char in missing]  # in order, in one pass


def fallbacks_for(text: str) -> tuple[BundledFamily, ...]:
    """The fallback families a text may need, judged from the blocks they are for (no font file is
    read): Noto Sans for any character beyond ``ALWAYS_DRAWN`` that no other fallback is for."""
    needed: list[BundledFamily] = []
    for char in _characters(text):
        code = ord(char)
        family = next((f for f in FALLBACKS[1:] if f.serves(code)), _GENERAL_FALLBACK)
        if family not in needed:
            needed.append(family)
            if len(needed) == len(FALLBACKS):
                break
    return tuple(f for f in FALLBACKS if f in needed)


#: Languages (primary subtags) written in a script only a fallback draws, and that fallback.
_LANGUAGE_SCRIPTS = {
    **dict.fromkeys(("ar", "fa", "ur", "ps", "ckb", "sd", "ug"), "Noto Sans Arabic"),
    **dict.fromkeys(("he", "iw", "yi"), "Noto Sans Hebrew"),
    **dict.fromkeys(("zh", "ja"), "Noto Sans CJK SC"),
    **dict.fromkeys(("vi", "el", "ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg"), "Noto Sans"),
}


def fallbacks_for_languages(languages: Iterable[str]) -> tuple[BundledFamily, ...]:
    """The fallback families pages in ``languages`` (BCP 47 tags such as ``zh-Hans``) will need,
    so their fonts can be ready before the first such page (the language's own name included)."""
    wanted = {_LANGUAGE_SCRIPTS.get(lang.split("-", 1)[0].lower(), "") for lang in languages}
    return tuple(family for family in FALLBACKS if family.family in wanted)


#: How many characters one message names.
NAME_AT_MOST = 6


def describe(char: str) -> str:
    """A character as a message names it: ``'က' (U+1000 MYANMAR LETTER KA)``."""
    name = unicodedata.name(char, "")
    return f"'{char}' (U+{ord(char):04X}{' ' + name if name else ''})"


def undrawable_message(chars: list[str]) -> str:
    """What ``kiosk validate`` says about characters no bundled font can draw."""
    named = ", ".join(describe(char) for char in chars[:NAME_AT_MOST])
    more = f" and {len(chars) - NAME_AT_MOST} more" if len(chars) > NAME_AT_MOST else ""
    one = len(chars) == 1
    return (
        f"the kiosk has no font that can draw {named}{more}: patients would see "
        f"{'an empty box in its place' if one else 'empty boxes in their place'}. Write "
        f"{'it' if one else 'them'} another way, or ask for a font with "
        f"{'this character' if one else 'these characters'} to be added to the kiosk"
    )
