"""Staff mode's usage page, by touch: patients' visits become counts staff see as charts, counting
turns off, the counts go to a USB stick as CSV, and a damaged counts file is told to staff only."""

from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core.fleet.usage import FEWER_THAN, read_counts, usage_path
from kiosk.core.settings import Settings, load_settings
from kiosk.ui.staff import usage as usage_module
from kiosk.ui.staff.area import StaffArea
from kiosk.ui.window import KioskWindow
from tests.ui.conftest import MakeWindow
from tests.ui.staff.support import data_paths, enter_staff, quick_timers, set_pin, tap, wait_done


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    quick_timers(monkeypatch)


@pytest.fixture
def kiosk(make_window: MakeWindow, pack_dir: Path) -> KioskWindow:
    set_pin()
    return make_window(pack_dir, Settings(clinic_name="Riverside Spine Clinic", kiosk_name="Desk 2"))


def visit(qtbot: QtBot, kiosk: KioskWindow, pages: int, *, spanish: bool = False) -> None:
    """A patient taps Touch to start, turns ``pages - 1`` pages (in Spanish), then Start over."""
    qtbot.mouseClick(kiosk.attract, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.current_screen() is kiosk.session_view)
    view = kiosk.session_view
    if spanish:
        qtbot.mouseClick(view.language_button, Qt.MouseButton.LeftButton)
        assert kiosk.session.language == "es"
    for _ in range(pages - 1):
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.home_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.current_screen() is kiosk.attract)


def open_usage(qtbot: QtBot, kiosk: KioskWindow) -> StaffArea:
    kiosk.finish_counting()  # the visits' counts are on the disk (a real patient leaves seconds before staff come)
    staff = enter_staff(qtbot, kiosk)
    kiosk.finish_counting()  # (holding the corner ended no visit here, but it would have counted one)
    tap(qtbot, staff.nav_buttons["usage"])
    wait_done(qtbot, staff)
    assert staff.current_page() is staff.usage_page
    return staff


def test_visits_are_counted_and_staff_see_them_as_charts_with_small_counts_as_fewer_than_five(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    for _ in range(5):
        visit(qtbot, kiosk, 3)
    visit(qtbot, kiosk, 2, spanish=True)
    page = open_usage(qtbot, kiosk).usage_page
    assert page.visits_chart is not None and page.places_chart is not None and page.languages_chart is not None
    assert page.visits_chart.bars[-1][1] == 6  # today
    assert all(value == 0 for _day, value in page.visits_chart.bars[:-1])
    assert page.places_chart.bars == [("The block", 5), ("Your joints", FEWER_THAN)]
    assert page.languages_chart.bars == [("English", 5), ("Español", FEWER_THAN)]
    assert page.counting_on.isChecked() and not page.counting_off.isChecked()
    assert "never keeps answers" in page.what.text()
    assert page.places_chart.plot_widget.isVisible() and not page.places_chart.empty.isVisible()


def test_staff_turn_counting_off_it_is_saved_and_the_next_visit_is_not_counted(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    visit(qtbot, kiosk, 2)
    staff = open_usage(qtbot, kiosk)
    tap(qtbot, staff.usage_page.counting_off)
    wait_done(qtbot, staff)
    assert load_settings(data_paths().settings_file).usage_counting is False
    assert "Counting is off" in staff.usage_page.counting_note.text()
    tap(qtbot, staff.leave_button)
    visit(qtbot, kiosk, 4)
    kiosk.finish_counting()
    assert read_counts(usage_path(data_paths()), 1).per_day() == {dt.date.today().isoformat(): 1}


def test_export_csv_writes_every_count_to_the_usb_stick_with_small_counts_hidden(
    qtbot: QtBot, kiosk: KioskWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "media" / "KINGSTON"
    stick.mkdir(parents=True)
    sticks: list[Path] = []
    monkeypatch.setattr(usage_module, "find_sticks", lambda: list(sticks))
    for _ in range(6):
        visit(qtbot, kiosk, 1)
    visit(qtbot, kiosk, 2)
    staff = open_usage(qtbot, kiosk)
    tap(qtbot, staff.usage_page.export_button)
    wait_done(qtbot, staff)
    assert "No USB stick was found" in staff.usage_page.message.text()
    read_only = tmp_path / "media" / "EXT4-DISK"  # mounted read-only (deploy/kiosk-usb.rules)
    read_only.mkdir()
    access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != read_only and access(path, mode))
    sticks.append(read_only)
    tap(qtbot, staff.usage_page.export_button)
    wait_done(qtbot, staff)
    assert "can only be read" in staff.usage_page.message.text() and "EXT4-DISK" in staff.usage_page.message.text()
    assert not list(read_only.iterdir())
    sticks.append(stick)
    tap(qtbot, staff.usage_page.export_button)
    wait_done(qtbot, staff)
    (written,) = stick.glob("*.csv")
    assert written.name == f"usage-counts-Desk-2-{dt.date.today().isoformat()}.csv"
    assert written.name in staff.usage_page.message.text() and "KINGSTON" in staff.usage_page.message.text()
    rows = list(csv.DictReader(written.read_text(encoding="utf-8").splitlines()))
    counts = {(row["metric"], row["key"]): row["count"] for row in rows}
    assert counts[("visits", "all")] == "7"
    assert counts[("page_reached", "demo/joints")] == FEWER_THAN
    assert {row["day"] for row in rows} == {dt.date.today().isoformat()}  # a day, never a time


def test_a_damaged_counts_file_is_told_to_staff_and_patients_see_nothing_of_it(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    path = usage_path(data_paths())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00not a database at all" * 100)
    visit(qtbot, kiosk, 2)  # counted in a new file; the patient's screens go on as ever
    assert kiosk.current_screen() is kiosk.attract
    page = open_usage(qtbot, kiosk).usage_page
    assert "damaged" in page.message.text() and page.message.isVisible()
    assert "damaged" in kiosk.staff.alerts_label.text()
    assert page.visits_chart is not None and page.visits_chart.bars[-1][1] == FEWER_THAN
    assert list(path.parent.glob("usage.sqlite3.damaged-*"))
