"""``kiosk icons``: the icon names a pack may use, read from the four fonts' name lists (no Qt)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from kiosk.core.checks.icons import ICON_FONTS, font_files

#: What each icon font is, as an author would look for it.
FONT_NAMES = {
    "fa6s": "Font Awesome 6, solid",
    "fa6": "Font Awesome 6, regular (outlines)",
    "mdi6": "Material Design Icons 6",
    "ph": "Phosphor",
}


@dataclass(frozen=True, slots=True)
class IconName:
    """One icon: the name a pack writes (``fa6s.bone``) and its character in the font."""

    name: str
    codepoint: int

    @property
    def prefix(self) -> str:
        return self.name.partition(".")[0]


@lru_cache(maxsize=len(ICON_FONTS))
def _font_icons(prefix: str) -> tuple[IconName, ...]:
    files = font_files(prefix)
    if files is None:
        return ()
    charmap: dict[str, str] = json.loads(files[1].read_text(encoding="utf-8"))
    return tuple(IconName(f"{prefix}.{name}", int(code, 16)) for name, code in sorted(charmap.items()))


def find_icons(word: str = "", prefix: str | None = None) -> list[IconName]:
    """Every icon whose name contains ``word`` (any case; dashes or spaces between words), font by font."""
    needle = word.strip().lower().replace(" ", "-")
    prefixes = [prefix] if prefix else list(ICON_FONTS)
    return [icon for p in prefixes for icon in _font_icons(p) if needle in icon.name.partition(".")[2]]
