"""The Screen page of staff mode: sleep and the clinic's hours by touch, rotation, and what the display can do."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.content.reader import load_pack
from kiosk.core.exitcodes import EXIT_NEW_SESSION
from kiosk.core.session import Preferences, Session
from kiosk.core.settings import Settings, load_settings
from kiosk.ui.display import DisplayControl
from kiosk.ui.staff import area as staff_module
from kiosk.ui.staff.area import StaffArea
from kiosk.ui.window import KioskWindow
from tests.ui.screen_support import FakeCompositor, WallClock
from tests.ui.staff.support import data_paths, enter_staff, quick_timers, set_pin, tap, wait_done

#: A Monday morning, open: the screen stays on for the staff.
OPEN = WallClock(datetime(2026, 3, 2, 8, 5))


Open = Callable[..., tuple[KioskWindow, StaffArea, FakeCompositor]]


@pytest.fixture
def open_screen_page(qtbot: QtBot, pack_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Open]:
    quick_timers(monkeypatch)
    set_pin()
    made: list[KioskWindow] = []

    def open_page(
        settings: Settings | None = None, environ: dict[str, str] | None = None, wayland: bool = True, **fake: bool
    ) -> tuple[KioskWindow, StaffArea, FakeCompositor]:
        pack = load_pack(pack_dir).pack
        assert pack is not None
        compositor = FakeCompositor(**fake)
        display = DisplayControl(compositor, wayland=wayland, environ=environ or {})
        window = KioskWindow(
            Session(pack, Preferences(language="en")), settings or Settings(), display=display, wall_clock=OPEN
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        staff = enter_staff(qtbot, window)
        tap(qtbot, staff.nav_buttons["screen"])
        assert staff.current_page() is staff.screen_page
        return window, staff, compositor

    yield open_page
    for window in made:
        window.force_close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def saved() -> Settings:
    return load_settings(data_paths().settings_file)


def test_sleep_is_off_until_staff_turn_it_on_and_then_says_the_display_is_switched_off(
    qtbot: QtBot, open_screen_page: Open
) -> None:
    window, staff, _compositor = open_screen_page()
    page = staff.screen_page
    assert page.sleep_off.isChecked() and not page.sleep_status.isVisible()
    assert not page.days["clinic_hours_weekdays"].open.isEnabled()  # the hours wait until sleep is on
    tap(qtbot, page.sleep_on)
    wait_done(qtbot, staff)
    assert saved().screen_sleep is True and window.settings.screen_sleep is True
    assert page.sleep_status.text() == "Outside the hours the display is switched off."


def test_while_sleep_is_off_the_hours_still_show_which_choice_is_set(qtbot: QtBot, open_screen_page: Open) -> None:
    _window, staff, _compositor = open_screen_page()
    weekdays = staff.screen_page.days["clinic_hours_weekdays"]
    assert weekdays.open.isChecked() and not weekdays.open.isEnabled()

    def middle(button: QWidget) -> str:
        image = button.grab().toImage()
        return QColor(image.pixel(image.width() // 2, 6)).name()

    # Greyed alike, staff could not tell whether the weekdays were open or closed.
    assert middle(weekdays.open) != middle(weekdays.closed)


def test_the_hours_change_by_fifteen_minutes_and_a_closed_day_opens(qtbot: QtBot, open_screen_page: Open) -> None:
    _window, staff, _compositor = open_screen_page(Settings(screen_sleep=True))
    weekdays = staff.screen_page.days["clinic_hours_weekdays"]
    assert (weekdays.opens.text(), weekdays.closes.text()) == ("8:00 AM", "6:00 PM")
    tap(qtbot, weekdays.steps[(0, -1)])
    tap(qtbot, weekdays.steps[(1, 1)])
    tap(qtbot, weekdays.steps[(1, 1)])
    wait_done(qtbot, staff)
    assert saved().clinic_hours_weekdays == "07:45-18:30"
    assert (weekdays.opens.text(), weekdays.closes.text()) == ("7:45 AM", "6:30 PM")
    sunday = staff.screen_page.days["clinic_hours_sunday"]
    assert sunday.closed.isChecked() and not sunday.opens.isVisible()
    tap(qtbot, sunday.open)
    wait_done(qtbot, staff)
    assert saved().clinic_hours_sunday == "07:45-18:30"  # opened with the weekdays' hours
    tap(qtbot, sunday.closed)
    wait_done(qtbot, staff)
    assert saved().clinic_hours_sunday == "closed"


def test_a_closing_time_never_equals_the_opening_time(qtbot: QtBot, open_screen_page: Open) -> None:
    _window, staff, _compositor = open_screen_page(Settings(screen_sleep=True, clinic_hours_weekdays="08:00-08:15"))
    weekdays = staff.screen_page.days["clinic_hours_weekdays"]
    tap(qtbot, weekdays.steps[(1, -1)])
    wait_done(qtbot, staff)
    assert saved().clinic_hours_weekdays == "08:00-07:45"  # past midnight, to the next morning
    assert weekdays.closes.text() == "7:45 AM"


def test_a_display_that_cannot_be_switched_off_is_said_plainly(qtbot: QtBot, open_screen_page: Open) -> None:
    _window, staff, _compositor = open_screen_page(Settings(screen_sleep=True), supports=False)
    text = staff.screen_page.sleep_status.text()
    assert "could not be switched off" in text and "shown black instead" in text
    assert "cage" in text


def test_rotation_turns_the_screen_through_the_compositor_at_once(qtbot: QtBot, open_screen_page: Open) -> None:
    window, staff, compositor = open_screen_page()
    page = staff.screen_page
    assert page.rotations[0].isChecked()
    tap(qtbot, page.rotations[90])
    wait_done(qtbot, staff)
    assert saved().screen_rotation == 90
    assert compositor.outputs["HDMI-A-1"]["transform"] == "90"
    assert window.display.rotation == 90
    assert not page.rotation_status.isVisible() and not page.restart_button.isVisible()


def test_where_cage_turns_only_at_start_the_page_offers_a_restart_of_the_session(
    qtbot: QtBot, open_screen_page: Open, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes: list[int] = []
    monkeypatch.setattr(staff_module, "_exit_app", codes.append)
    _window, staff, compositor = open_screen_page(environ={"KIOSK_SESSION_ROTATION": "0"}, supports=False)
    page = staff.screen_page
    tap(qtbot, page.rotations[270])
    wait_done(qtbot, staff)
    assert saved().screen_rotation == 270
    assert "next restart" in page.rotation_status.text()
    assert not any("--transform" in command for command in compositor.commands)
    tap(qtbot, page.restart_button)
    tap(qtbot, staff.notice.confirm_button)
    assert codes == [EXIT_NEW_SESSION]


def test_without_a_compositor_the_page_says_to_turn_the_screen_in_the_system(
    qtbot: QtBot, open_screen_page: Open
) -> None:
    _window, staff, compositor = open_screen_page(Settings(screen_rotation=90), wayland=False)
    assert "display settings" in staff.screen_page.rotation_status.text()
    assert compositor.commands == []
