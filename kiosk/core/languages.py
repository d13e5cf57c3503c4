"""A language's name as its own speakers write it ("English", "Español", "Français"), from CLDR.

Babel carries the CLDR names of every language, so a pack in a new language is offered under
its own name without new code.
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError


@lru_cache(maxsize=64)
def own_name(code: str) -> str:
    """``code``'s name written in that language, capitalised for a button; the code itself when CLDR
    does not know it."""
    try:
        name = Locale.parse(code).get_display_name(code)
    except (ValueError, TypeError, UnknownLocaleError):
        name = None
    if not name:
        return code
    return name[:1].upper() + name[1:]
