"""Dates on patient screens, in the patient's language and its usual form."""

from __future__ import annotations

import datetime as dt

from kiosk.core.dates import long_date

DAY = dt.date(2026, 11, 21)


def test_each_language_writes_the_date_its_own_way() -> None:
    assert long_date(DAY, "es") == "21 de noviembre de 2026"
    assert long_date(DAY, "en") == "November 21, 2026"
    assert long_date(DAY, "fr") == "21 novembre 2026"


def test_an_unknown_language_falls_back_to_english() -> None:
    assert long_date(DAY, "zz") == "November 21, 2026"
    assert long_date(DAY, "not a code") == "November 21, 2026"
