"""Which formats this kiosk reads, and the sentence for a pack written for a newer one."""

from __future__ import annotations

from kiosk import __version__
from kiosk.core.formats import KIOSK_VERSION_FOR_FORMAT, NEWEST_FORMAT, format_problem


def test_every_known_format_is_read() -> None:
    assert [format_problem(n) for n in range(1, NEWEST_FORMAT + 1)] == [""] * NEWEST_FORMAT
    assert KIOSK_VERSION_FOR_FORMAT[NEWEST_FORMAT] == __version__


def test_a_newer_format_names_the_kiosk_version_it_needs() -> None:
    assert format_problem(3, "0.3.0").startswith(
        "this pack needs kiosk version 0.3.0 or later: it is written in format 3"
    )
    assert format_problem(7).startswith(f"this pack needs a kiosk newer than version {__version__}")


def test_a_format_that_is_not_a_number() -> None:
    for value in ("2", 0, -1, True, 2.0):
        assert "is not a format number" in format_problem(value), value
