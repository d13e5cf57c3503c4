"""Staff mode and the clinic's other machines: this kiosk's name, the inbox and outbox folders on the
settings page, "Write a report now", and "Copy report to USB" beside the USB import."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.fleet import outbox
from kiosk.core.settings import Settings, load_settings
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
    return make_window(pack_dir, Settings(clinic_name="Riverside Spine Clinic"))


def open_settings(qtbot: QtBot, kiosk: KioskWindow) -> StaffArea:
    staff = enter_staff(qtbot, kiosk)
    tap(qtbot, staff.nav_buttons["settings"])
    return staff


def saved() -> Settings:
    return load_settings(data_paths().settings_file)


def type_folder(qtbot: QtBot, staff: StaffArea, button_name: str, folder: str) -> None:
    """Tap the row's "Choose the folder", clear the line, type ``folder`` on the screen keyboard, save."""
    tap(qtbot, getattr(staff.settings_page, button_name))
    editor = staff.folder_editor
    assert staff.current_page() is editor
    tap(qtbot, editor.clear_button)
    keyboard = editor.keyboard
    for character in folder:
        if character in keyboard.keys:
            tap(qtbot, keyboard.keys[character])
            continue
        tap(qtbot, keyboard.accents_button)  # "/" is with the symbols
        tap(qtbot, keyboard.keys[character])
        tap(qtbot, keyboard.accents_button)
    if keyboard.shift_button.isChecked():
        tap(qtbot, keyboard.shift_button)
    assert editor.entry.text() == folder
    tap(qtbot, editor.save_button)
    wait_done(qtbot, staff)


def test_staff_choose_the_inbox_and_outbox_folders_on_the_screen_keyboard(
    qtbot: QtBot, kiosk: KioskWindow, tmp_path: Path
) -> None:
    staff = open_settings(qtbot, kiosk)
    page = staff.settings_page
    assert (page.inbox_value.text(), page.outbox_value.text()) == ("Off", "Off")
    assert not page.report_button.isEnabled()
    tap(qtbot, page.inbox_button)
    assert "/var/lib/kiosk/inbox" in staff.folder_editor.note.text()
    assert staff.folder_editor.heading.text() == "Inbox folder"
    tap(qtbot, staff.folder_editor.cancel_button)
    type_folder(qtbot, staff, "inbox_button", "/srv/in")
    assert staff.current_page() is page
    assert page.inbox_value.text() == "/srv/in"
    type_folder(qtbot, staff, "outbox_button", "/srv/out")
    assert (saved().inbox_folder, saved().outbox_folder) == ("/srv/in", "/srv/out")
    assert kiosk.settings.inbox_folder == "/srv/in"
    assert page.report_button.isEnabled()
    tap(qtbot, page.inbox_off)
    wait_done(qtbot, staff)
    assert page.inbox_value.text() == "Off" and saved().inbox_folder == ""


@pytest.mark.parametrize(
    ("folder", "says"),
    [
        ("srv-in", "is not a whole folder path"),
        ("/srv/../etc", "is not a whole folder path"),
        ("/srv/out/in", "two different folders"),
    ],
)
def test_a_folder_that_cannot_be_used_is_refused_in_plain_words(
    qtbot: QtBot, make_window: MakeWindow, pack_dir: Path, folder: str, says: str
) -> None:
    set_pin()
    kiosk = make_window(pack_dir, Settings(outbox_folder="/srv/out"))
    staff = open_settings(qtbot, kiosk)
    tap(qtbot, staff.settings_page.inbox_button)
    staff.folder_editor.entry.setText(folder)  # (typed as above)
    tap(qtbot, staff.folder_editor.save_button)
    assert staff.current_page() is staff.settings_page
    assert says in staff.settings_page.message.text()
    assert "Nothing was changed" in staff.settings_page.message.text() or "different" in says
    assert kiosk.settings.inbox_folder == "" and staff.settings_page.inbox_value.text() == "Off"


def test_this_kiosks_name_is_typed_and_names_its_reports(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = open_settings(qtbot, kiosk)
    page = staff.settings_page
    assert page.kiosk_value.text() == "(the computer's name)"
    tap(qtbot, page.kiosk_button)
    editor = staff.kiosk_editor
    assert staff.current_page() is editor
    tap(qtbot, editor.keyboard.keys["L"])
    for letter in "obby":
        tap(qtbot, editor.keyboard.keys[letter])
    tap(qtbot, editor.save_button)
    wait_done(qtbot, staff)
    assert page.kiosk_value.text() == "Lobby" and saved().kiosk_name == "Lobby"
    assert outbox.kiosk_id(kiosk.settings) == "Lobby"


def test_write_a_report_now_puts_the_report_in_the_outbox(
    qtbot: QtBot, make_window: MakeWindow, pack_dir: Path, tmp_path: Path
) -> None:
    set_pin()
    kiosk = make_window(pack_dir, Settings(kiosk_name="Lobby", outbox_folder=str(tmp_path / "out")))
    staff = open_settings(qtbot, kiosk)
    tap(qtbot, staff.settings_page.report_button)
    wait_done(qtbot, staff)
    report = tmp_path / "out" / "Lobby" / "status.json"
    assert staff.settings_page.message.text() == f"The report was written: {report}."
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["reason"] == "staff" and data["attract_screen"]["png_base64"]


def test_write_a_report_now_says_plainly_when_the_outbox_cannot_be_written(
    qtbot: QtBot, make_window: MakeWindow, pack_dir: Path, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    set_pin()
    kiosk = make_window(pack_dir, Settings(outbox_folder=str(blocked)))
    staff = open_settings(qtbot, kiosk)
    tap(qtbot, staff.settings_page.report_button)
    wait_done(qtbot, staff)
    text = staff.settings_page.message.text()
    assert text.startswith("The report could not be written in the outbox folder.")
    assert "Traceback" not in text


def test_copy_report_to_usb_writes_the_report_on_the_stick(
    qtbot: QtBot, kiosk: KioskWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "media" / "kiosk-usb-sdb1"
    stick.mkdir(parents=True)
    monkeypatch.setattr(outbox, "usb_folders", lambda: [stick])
    staff = enter_staff(qtbot, kiosk)
    tap(qtbot, staff.nav_buttons["import"])
    wait_done(qtbot, staff)
    page = staff.import_page
    tap(qtbot, page.report_button)
    wait_done(qtbot, staff)
    (report,) = (stick / "kiosk-reports").glob("*/status.json")
    assert page.status.text() == f"The report is on the USB stick: {report}. You can remove the stick."
    data = json.loads(report.read_text(encoding="utf-8"))
    assert (data["kind"], data["reason"]) == ("kiosk-status", "staff")
    assert data["attract_screen"]["width"] == 1280


def test_copy_report_to_usb_without_a_stick_or_on_a_read_only_one_says_so(
    qtbot: QtBot, kiosk: KioskWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outbox, "usb_folders", list)
    staff = enter_staff(qtbot, kiosk)
    tap(qtbot, staff.nav_buttons["import"])
    wait_done(qtbot, staff)
    page = staff.import_page
    tap(qtbot, page.report_button)
    wait_done(qtbot, staff)
    assert page.status.text().startswith("No USB stick was found.")
    read_only = tmp_path / "stick"
    read_only.mkdir()

    def mounted_read_only(folder: Path, kiosk_id: str, report: dict[str, object]) -> Path:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(folder))

    monkeypatch.setattr(outbox, "usb_folders", lambda: [read_only])
    monkeypatch.setattr(outbox, "write_report", mounted_read_only)
    tap(qtbot, page.report_button)
    wait_done(qtbot, staff)
    assert page.status.text().startswith("The report could not be copied to the USB stick.\nA file could not be")
    assert "(Read-only file system)" in page.status.text()
    assert page.report_button.isEnabled()
