"""When the screen may sleep: the clinic's opening hours from the settings, in local wall time.

A clinic sets one range for Monday to Friday, one for Saturday and one for Sunday, each in
15-minute steps or "closed". A closing time earlier than the opening time runs past midnight
into the next morning; "24:00" closes at the end of the day. Anything that cannot be read
means the screen never sleeps: :func:`sleep_schedule` gives None, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.core.settings import Settings

#: Times are chosen in steps of this many minutes.
STEP_MIN = 15
DAY_MIN = 24 * 60
CLOSED = "closed"
#: The settings that hold the hours, and the weekdays each one covers (Monday is 0).
HOURS_FIELDS = (
    ("clinic_hours_weekdays", (0, 1, 2, 3, 4)),
    ("clinic_hours_saturday", (5,)),
    ("clinic_hours_sunday", (6,)),
)
ROTATIONS = (0, 90, 180, 270)

_RANGE = re.compile(r"(\d\d):(\d\d)-(\d\d):(\d\d)")

#: An opening and a closing time, in minutes after midnight (closing may be 1440, "24:00").
Hours = tuple[int, int]


def parse_hours(text: str) -> Hours | None:
    """``"08:00-18:00"`` as (480, 1080); ``"closed"`` as None. ValueError for anything else."""
    if text == CLOSED:
        return None
    match = _RANGE.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not a range like 08:00-18:00, nor {CLOSED!r}")
    hours_open, minutes_open, hours_close, minutes_close = (int(part) for part in match.groups())
    opens = hours_open * 60 + minutes_open
    closes = hours_close * 60 + minutes_close
    if hours_open > 23 or minutes_open > 59 or closes > DAY_MIN or minutes_close > 59:
        raise ValueError(f"{text!r} is not a time of day")
    if opens % STEP_MIN or closes % STEP_MIN:
        raise ValueError(f"{text!r}: times are in steps of {STEP_MIN} minutes")
    if opens == closes:
        raise ValueError(f"{text!r} opens and closes at the same time")
    return opens, closes


def is_hours(text: str) -> bool:
    """Whether ``text`` is a range of opening hours or ``"closed"``."""
    try:
        parse_hours(text)
    except ValueError:
        return False
    return True


def format_time(minutes: int) -> str:
    """480 as ``"08:00"``; 1440 as ``"24:00"``."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def format_hours(hours: Hours | None) -> str:
    return CLOSED if hours is None else f"{format_time(hours[0])}-{format_time(hours[1])}"


@dataclass(frozen=True)
class ClinicHours:
    """The hours of each weekday (Monday first): None when closed all day."""

    days: tuple[Hours | None, ...]

    @classmethod
    def from_settings(cls, settings: Settings) -> ClinicHours:
        """The settings' hours; ValueError when one of them cannot be read."""
        days: list[Hours | None] = [None] * 7
        for name, weekdays in HOURS_FIELDS:
            hours = parse_hours(getattr(settings, name))
            for weekday in weekdays:
                days[weekday] = hours
        return cls(tuple(days))

    def is_open(self, wall: datetime) -> bool:
        """Whether the clinic is open at the wall-clock time ``wall`` (its time zone, if any, is ignored)."""
        minute = wall.hour * 60 + wall.minute + wall.second / 60
        today = self.days[wall.weekday()]
        if today is not None:
            opens, closes = today
            if opens <= minute < closes or (closes < opens and minute >= opens):
                return True
        yesterday = self.days[(wall.weekday() - 1) % 7]
        return yesterday is not None and yesterday[1] < yesterday[0] and minute < yesterday[1]

    def next_change(self, wall: datetime) -> datetime | None:
        """The first wall-clock time after ``wall`` at which the clinic opens or closes; None when it
        never does (closed every day, or open all week round). In ``wall``'s time zone, if it has one."""
        now_open = self.is_open(wall)
        for moment in self._boundaries(wall.date(), wall):
            if moment > wall and self.is_open(moment) != now_open:
                return moment
        return None

    def _boundaries(self, first: date, like: datetime) -> list[datetime]:
        """Every opening and closing time from the day before ``first`` for eight days, in order."""
        moments = []
        for offset in range(-1, 9):
            day = first + timedelta(days=offset)
            hours = self.days[day.weekday()]
            if hours is None:
                continue
            midnight = datetime.combine(day, time(0), tzinfo=like.tzinfo)
            opens, closes = hours
            moments.append(midnight + timedelta(minutes=opens))
            moments.append(midnight + timedelta(minutes=closes + (DAY_MIN if closes < opens else 0)))
        return sorted(moments)


def sleep_schedule(settings: Settings) -> ClinicHours | None:
    """The hours the screen keeps to, or None when it never sleeps: screen sleep is off, or the
    hours cannot be read (damage never makes the screen go dark)."""
    if settings.screen_sleep is not True:
        return None
    try:
        return ClinicHours.from_settings(settings)
    except (ValueError, TypeError):
        return None


def seconds_until(now: datetime, then: datetime) -> float:
    """Real seconds from ``now`` to the wall-clock time ``then`` (an hour more or less across a
    change to or from summer time); never below zero. Both aware, or both local time."""
    if now.tzinfo is not None and then.tzinfo is not None:
        seconds = (then.astimezone(UTC) - now.astimezone(UTC)).total_seconds()
    else:
        seconds = then.timestamp() - now.timestamp()
    return max(0.0, seconds)
