"""Sentences for clinic staff that the screens can show in their own language.

The core has no translator (it never imports Qt), so a sentence travels as a :class:`Message`:
an English template with named fields (``"'{name}' is damaged inside the file."``) and the
values for those fields. ``str(message)`` is the English sentence, for the command line and
the logs; the staff screens look the template up in Qt's translations and fill in the values
(``kiosk/ui/staff/core_messages.py`` lists every template, so that ``make translations`` finds them).

Write templates as plain string literals in calls to :func:`msg`: a test reads them from the
source and checks that each one is listed and translated.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Message:
    """An English template with ``{named}`` fields, and the value of each field."""

    template: str
    values: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return self.template.format_map(dict(self.values))


def msg(template: str, /, **values: str | int) -> Message:
    """A translatable sentence; numbers are written out here, so a translation only moves them."""
    return Message(template, tuple((name, str(value)) for name, value in values.items()))


def verbatim(text: str) -> Message:
    """A sentence that is shown as it is in every language (it came from outside, e.g. the system)."""
    return Message("{text}", (("text", text),))
