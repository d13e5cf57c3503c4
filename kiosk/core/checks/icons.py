"""The icon fonts a pack may name, found in QtAwesome's folder without importing Qt or QtAwesome.

Only these are ever loaded: QtAwesome on its own loads all of its thirteen fonts and their name
lists (about 10 MiB) the first time any icon is drawn.
"""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path

#: Icon prefixes a pack may use, and the start of their font's file names in QtAwesome's folder.
ICON_FONTS = {
    "fa6s": "fontawesome6-solid-webfont",
    "fa6": "fontawesome6-regular-webfont",
    "mdi6": "materialdesignicons6-webfont",
    "ph": "phosphor",
}


@lru_cache(maxsize=1)
def _fonts_folder() -> Path | None:
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@lru_cache(maxsize=len(ICON_FONTS))
def font_files(prefix: str) -> tuple[Path, Path] | None:
    """The font file and the name list (charmap) of ``prefix``; None for another prefix or when missing."""
    folder = _fonts_folder()
    stem = ICON_FONTS.get(prefix)
    if folder is None or stem is None:
        return None
    charmaps = sorted(folder.glob(f"{stem}-charmap-*.json"))
    fonts = sorted(folder.glob(f"{stem}-*.ttf"))
    if not charmaps or not fonts:
        return None
    return fonts[-1], charmaps[-1]


@lru_cache(maxsize=8)
def _icon_names(prefix: str) -> frozenset[str] | None:
    """Icon names QtAwesome knows for ``prefix``, read without importing Qt."""
    files = font_files(prefix)
    if files is None:
        return None
    return frozenset(json.loads(files[1].read_text(encoding="utf-8")))


def icon_problem(icon: str) -> str | None:
    prefix, _, name = icon.partition(".")
    if prefix not in ICON_FONTS:
        return f"icon '{icon}' must start with one of {', '.join(ICON_FONTS)} (for example fa6s.bone)"
    names = _icon_names(prefix)
    if names is not None and name not in names:
        return f"there is no icon named '{icon}'"
    return None
