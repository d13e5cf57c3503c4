"""The screen's sleep schedule: the clinic's hours in wall time, and damage that never makes it sleep."""

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest

from kiosk.core.screen_schedule import (
    ClinicHours,
    format_hours,
    is_hours,
    parse_hours,
    seconds_until,
    sleep_schedule,
)
from kiosk.core.settings import Settings, read_settings, save_settings

# 2026-03-02 is a Monday.
MONDAY = datetime(2026, 3, 2)
ON = Settings(screen_sleep=True, clinic_hours_weekdays="08:00-18:00", clinic_hours_saturday="09:00-12:30")


def at(day: int, clock: str, base: datetime = MONDAY) -> datetime:
    hours, minutes = (int(part) for part in clock.split(":"))
    return base + timedelta(days=day, hours=hours, minutes=minutes)


def hours(settings: Settings) -> ClinicHours:
    schedule = sleep_schedule(settings)
    assert schedule is not None
    return schedule


def test_screen_sleep_is_off_by_default_and_then_there_is_no_schedule() -> None:
    assert Settings().screen_sleep is False
    assert sleep_schedule(Settings()) is None


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        (at(0, "07:59"), False),
        (at(0, "08:00"), True),
        (at(0, "17:59"), True),
        (at(0, "18:00"), False),
        (at(4, "12:00"), True),  # Friday
        (at(5, "08:30"), False),  # Saturday opens later
        (at(5, "09:00"), True),
        (at(5, "12:30"), False),
        (at(6, "12:00"), False),  # Sunday: closed
    ],
)
def test_weekdays_saturday_and_sunday_keep_their_own_hours(moment: datetime, is_open: bool) -> None:
    assert hours(ON).is_open(moment) is is_open


def test_the_next_change_is_the_next_opening_or_closing() -> None:
    schedule = hours(ON)
    assert schedule.next_change(at(0, "07:00")) == at(0, "08:00")
    assert schedule.next_change(at(0, "08:00")) == at(0, "18:00")
    assert schedule.next_change(at(4, "18:30")) == at(5, "09:00")  # Friday evening: Saturday morning
    assert schedule.next_change(at(5, "13:00")) == at(7, "08:00")  # Saturday: past a closed Sunday


def test_hours_past_midnight_run_into_the_next_morning() -> None:
    late = hours(replace(ON, clinic_hours_weekdays="16:00-02:00", clinic_hours_saturday="closed"))
    assert late.is_open(at(0, "23:30"))
    assert late.is_open(at(1, "01:59"))  # Tuesday early morning: still Monday's hours
    assert not late.is_open(at(1, "02:00"))
    assert late.is_open(at(5, "01:00"))  # Saturday early morning: Friday's hours, though Saturday is closed
    assert not late.is_open(at(5, "16:00"))
    assert late.next_change(at(0, "20:00")) == at(1, "02:00")


def test_open_until_midnight_and_all_day() -> None:
    evening = hours(replace(ON, clinic_hours_weekdays="12:00-24:00"))
    assert evening.is_open(at(0, "23:59"))
    assert not evening.is_open(at(1, "00:00"))
    round_the_clock = hours(replace(ON, clinic_hours_weekdays="00:00-24:00", clinic_hours_saturday="closed"))
    assert round_the_clock.next_change(at(0, "12:00")) == at(5, "00:00")  # open until the weekend


def test_closed_every_day_never_changes() -> None:
    closed = hours(replace(ON, clinic_hours_weekdays="closed", clinic_hours_saturday="closed"))
    assert not closed.is_open(at(2, "10:00"))
    assert closed.next_change(at(2, "10:00")) is None


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("08:00-18:00", True),
        ("closed", True),
        ("00:00-24:00", True),
        ("22:00-06:00", True),
        ("08:10-18:00", False),  # not a 15-minute step
        ("08:00-08:00", False),
        ("24:00-08:00", False),
        ("08:00-25:00", False),
        ("8:00-18:00", False),
        ("open", False),
        ("", False),
    ],
)
def test_what_a_range_of_hours_may_be(text: str, ok: bool) -> None:
    assert is_hours(text) is ok
    if ok:
        assert format_hours(parse_hours(text)) == text


def test_hours_that_cannot_be_read_mean_never_sleep() -> None:
    broken = replace(ON, clinic_hours_sunday="all day")  # as a damaged file gives them, before validation
    assert sleep_schedule(broken) is None
    fixed, _narrowed, damage = broken.validated()
    assert damage and "clinic_hours_sunday" in damage[0]
    assert fixed.screen_sleep is False


@pytest.mark.parametrize(
    "line",
    [
        'clinic_hours_weekdays = "8 to 6"',
        'clinic_hours_weekdays = "08:07-18:00"',
        "screen_sleep = 1",
        "screen_rotation = 45",
        'screen_sleep = "false"',
    ],
)
def test_a_damaged_screen_setting_never_turns_sleep_on(tmp_path: Path, line: str) -> None:
    """Without a good copy, damage gives the defaults: the screen never sleeps and is not turned."""
    path = tmp_path / "settings.toml"
    path.write_text(f"screen_sleep = true\n{line}\n" if not line.startswith("screen_sleep") else f"{line}\n")
    settings, damage = read_settings(path)
    assert damage is not None
    assert settings.screen_sleep is False
    assert settings.screen_rotation == 0


def test_a_damaged_file_uses_the_last_good_schedule(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    save_settings(replace(ON, screen_rotation=90), path)
    path.write_text('screen_sleep = true\nclinic_hours_weekdays = "nonsense"\n')
    settings, damage = read_settings(path)
    assert damage is not None and damage.last_good_at is not None
    assert (settings.screen_sleep, settings.clinic_hours_weekdays, settings.screen_rotation) == (
        True,
        "08:00-18:00",
        90,
    )


def test_the_screen_settings_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    chosen = replace(ON, clinic_hours_sunday="10:00-14:15", screen_rotation=270)
    save_settings(chosen, path)
    assert read_settings(path) == (chosen, None)


# -- summer time ------------------------------------------------------------------------------------


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:
        pytest.skip(f"no time zone data for {name} (Debian: tzdata)")


def test_opening_after_the_clocks_go_forward_is_an_hour_sooner() -> None:
    """US clocks go forward on Sunday 2026-03-08: from Saturday evening, Monday 08:00 is 36 real hours away, not 37."""
    chicago = zone("America/Chicago")
    schedule = hours(ON)
    saturday_evening = datetime(2026, 3, 7, 19, 0, tzinfo=chicago)
    opening = schedule.next_change(saturday_evening)
    assert opening == datetime(2026, 3, 9, 8, 0, tzinfo=chicago)
    assert seconds_until(saturday_evening, opening) == 36 * 3600


def test_opening_after_the_clocks_go_back_is_an_hour_later() -> None:
    """Europe's clocks go back on Sunday 2026-10-25: from Friday 18:00 to Monday 08:00 is 63 real hours, not 62."""
    madrid = zone("Europe/Madrid")
    schedule = hours(replace(ON, clinic_hours_saturday="closed"))
    friday_closing = datetime(2026, 10, 23, 18, 0, tzinfo=madrid)
    assert not schedule.is_open(friday_closing)
    opening = schedule.next_change(friday_closing)
    assert opening == datetime(2026, 10, 26, 8, 0, tzinfo=madrid)
    assert seconds_until(friday_closing, opening) == 63 * 3600


def test_a_night_that_loses_an_hour_still_closes() -> None:
    """Open until 02:30 on the night the clocks skip from 02:00 to 03:00: 02:30 never comes, and 03:00 is past it."""
    chicago = zone("America/Chicago")
    schedule = hours(replace(ON, clinic_hours_saturday="18:00-02:30"))
    assert schedule.is_open(datetime(2026, 3, 8, 1, 59, tzinfo=chicago))
    assert not schedule.is_open(datetime(2026, 3, 8, 3, 0, tzinfo=chicago))
    change = schedule.next_change(datetime(2026, 3, 8, 1, 0, tzinfo=chicago))
    assert change is not None
    assert seconds_until(datetime(2026, 3, 8, 1, 0, tzinfo=chicago), change) <= 2.5 * 3600
