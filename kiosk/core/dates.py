"""Dates as a patient reads them: in their own language and its usual form ("21 de noviembre de 2026").

Babel carries the CLDR date patterns and month names of every language, so a pack in a new
language gets the right form without new code.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date


@lru_cache(maxsize=16)
def _locale(lang: str) -> Locale:
    try:
        return Locale.parse(lang)
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en")


def long_date(day: dt.date, lang: str) -> str:
    """``day`` written out in ``lang`` (English when babel does not know the language)."""
    return format_date(day, format="long", locale=_locale(lang))


def short_date(day: dt.date, lang: str) -> str:
    """``day`` as a day and a short month in ``lang`` ("7 Dec", "Dec 7", "7 dic"), for a chart's axis."""
    from babel.dates import format_skeleton  # noqa: PLC0415

    return format_skeleton("MMMd", day, locale=_locale(lang))
