"""Staff settings by touch alone (clinic name on the screen keyboard, idle time, language, signing), a new PIN,
and leaving the kiosk for the desktop or a restart."""

from __future__ import annotations

import base64
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk.core.content.reader import load_pack
from kiosk.core.exitcodes import EXIT_RESTART, EXIT_TO_DESKTOP
from kiosk.core.pin import PinStore, pin_file
from kiosk.core.session import Preferences, Session
from kiosk.core.settings import Settings, load_settings, save_settings
from kiosk.ui.staff import area as staff_module
from kiosk.ui.staff.area import StaffArea
from kiosk.ui.window import KioskWindow
from tests.ui.conftest import MakeWindow
from tests.ui.staff.support import PIN, data_paths, enter_staff, quick_timers, set_pin, tap, type_pin, wait_done

#: A public key as ``kiosk pack keygen`` prints it (any 32 bytes, base64).
TRUSTED = {"Riverside clinical education": base64.b64encode(bytes(range(32))).decode("ascii")}


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    quick_timers(monkeypatch)


def open_kiosk(make_window: MakeWindow, pack_dir: Path, **settings: object) -> KioskWindow:
    set_pin()
    return make_window(pack_dir, Settings(clinic_name="Riverside Spine Clinic", **settings))  # type: ignore[arg-type]


@pytest.fixture
def kiosk(make_window: MakeWindow, pack_dir: Path) -> KioskWindow:
    return open_kiosk(make_window, pack_dir)


def open_settings(qtbot: QtBot, kiosk: KioskWindow) -> StaffArea:
    staff = enter_staff(qtbot, kiosk)
    tap(qtbot, staff.nav_buttons["settings"])
    assert staff.current_page() is staff.settings_page
    return staff


def saved() -> Settings:
    return load_settings(data_paths().settings_file)


def test_the_clinic_name_is_typed_on_the_screen_keyboard(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = open_settings(qtbot, kiosk)
    tap(qtbot, staff.settings_page.clinic_button)
    editor = staff.clinic_editor
    assert staff.current_page() is editor
    assert editor.entry.text() == "Riverside Spine Clinic"
    tap(qtbot, editor.clear_button)
    keyboard = editor.keyboard
    tap(qtbot, keyboard.keys["H"])  # an empty field starts with a capital
    for letter in "ill":
        tap(qtbot, keyboard.keys[letter])
    tap(qtbot, keyboard.space_button)
    tap(qtbot, keyboard.shift_button)
    tap(qtbot, keyboard.keys["C"])
    tap(qtbot, keyboard.accents_button)
    tap(qtbot, keyboard.keys["í"])
    tap(qtbot, keyboard.accents_button)
    for letter in "nicx":
        tap(qtbot, keyboard.keys[letter])
    tap(qtbot, keyboard.delete_button)
    assert editor.entry.text() == "Hill Cínic"
    tap(qtbot, editor.save_button)
    wait_done(qtbot, staff)
    assert staff.current_page() is staff.settings_page
    assert staff.settings_page.clinic_value.text() == "Hill Cínic"
    assert kiosk.attract.clinic.text() == "Hill Cínic"
    assert saved().clinic_name == "Hill Cínic"


def test_cancel_keeps_the_clinic_name(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = open_settings(qtbot, kiosk)
    tap(qtbot, staff.settings_page.clinic_button)
    tap(qtbot, staff.clinic_editor.clear_button)
    tap(qtbot, staff.clinic_editor.cancel_button)
    assert staff.settings_page.clinic_value.text() == "Riverside Spine Clinic"
    assert kiosk.attract.clinic.text() == "Riverside Spine Clinic"


def test_the_idle_time_and_the_first_language_are_used_at_once_and_kept(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = open_settings(qtbot, kiosk)
    page = staff.settings_page
    assert page.idle_value.text() == "1 min 30 s"
    tap(qtbot, page.idle_more)
    wait_done(qtbot, staff)
    assert page.idle_value.text() == "2 min"
    assert kiosk.settings.idle_timeout_s == 120
    assert saved().idle_timeout_s == 120
    assert page.message.text() == "Saved."
    tap(qtbot, page.language_buttons["es"])
    wait_done(qtbot, staff)
    page = staff.settings_page  # built again in Spanish
    assert page.language_buttons["es"].isChecked() and not page.language_buttons["en"].isChecked()
    assert saved().default_language == "es"
    assert saved().clinic_name == "Riverside Spine Clinic"
    tap(qtbot, staff.leave_button)
    assert kiosk.session.language == "es"


def test_the_staff_screens_and_the_attract_screen_follow_the_start_language_at_once(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    staff = open_settings(qtbot, kiosk)
    tap(qtbot, staff.settings_page.language_buttons["es"])
    wait_done(qtbot, staff)
    page = staff.settings_page
    assert staff.current_page() is page
    assert page.heading.text() == "Ajustes"
    assert page.message.text() == "Guardado."
    assert page.language_buttons["es"].isChecked()
    assert staff.leave_button.accessibleName() == "Salir del modo del personal"
    tap(qtbot, staff.nav_buttons["packs"])
    wait_done(qtbot, staff)
    assert staff.packs_page.heading.text() == "Paquetes de contenido"
    assert staff.packs_page.cards[kiosk.settings.active_pack].badge.text() == "En pantalla ahora"
    tap(qtbot, staff.leave_button)
    assert kiosk.attract.touch.text() == "Toque para empezar"
    assert kiosk.attract.accessibleName() == "Toque para empezar"
    # Next time, the staff screens open in Spanish, and go back to English with the setting.
    staff = enter_staff(qtbot, kiosk)
    assert staff.packs_page.heading.text() == "Paquetes de contenido"
    tap(qtbot, staff.nav_buttons["settings"])
    tap(qtbot, staff.settings_page.language_buttons["en"])
    wait_done(qtbot, staff)
    assert staff.settings_page.heading.text() == "Settings"
    assert staff.nav_buttons["packs"].accessibleName() == "Content packs"
    tap(qtbot, staff.leave_button)
    assert kiosk.attract.touch.text() == "Touch to start"


def test_unsigned_packs_can_be_refused_only_when_a_key_is_trusted(
    qtbot: QtBot, make_window: MakeWindow, pack_dir: Path
) -> None:
    staff = open_settings(qtbot, open_kiosk(make_window, pack_dir))
    page = staff.settings_page
    assert page.accept_unsigned.isChecked()
    assert not page.refuse_unsigned.isEnabled()
    assert page.signing_note.text().startswith("This kiosk trusts no signing keys yet")
    tap(qtbot, staff.leave_button)

    staff = open_settings(qtbot, open_kiosk(make_window, pack_dir, trusted_keys=TRUSTED))
    page = staff.settings_page
    assert page.signing_note.text() == "Keys this kiosk trusts: Riverside clinical education."
    tap(qtbot, page.refuse_unsigned)
    wait_done(qtbot, staff)
    assert page.refuse_unsigned.isChecked() and not page.accept_unsigned.isChecked()
    assert saved().require_signed
    assert saved().trusted_keys == TRUSTED


def test_change_pin_asks_the_current_one_then_the_new_one_twice(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = enter_staff(qtbot, kiosk)
    tap(qtbot, staff.nav_buttons["pin"])
    pad = staff.pin_screen.pad
    assert pad.prompt.text() == "Change PIN"
    type_pin(qtbot, pad, "1111")
    assert pad.message.text() == "That PIN is not right. 4 more tries before a wait."
    type_pin(qtbot, pad, PIN)
    assert pad.prompt.text() == "Choose a staff PIN"
    type_pin(qtbot, pad, "86420")
    type_pin(qtbot, pad, "86420")
    assert staff.notice.title.text() == "PIN saved"
    assert staff.is_open
    pins = PinStore(pin_file(data_paths()))
    assert pins.check("86420").ok
    assert not pins.check(PIN).ok


@pytest.mark.parametrize(
    "case",
    [("exit_button", "Exit to the desktop?", EXIT_TO_DESKTOP), ("restart_button", "Restart the kiosk?", EXIT_RESTART)],
)
def test_exit_and_restart_ask_first(
    qtbot: QtBot, kiosk: KioskWindow, monkeypatch: pytest.MonkeyPatch, case: tuple[str, str, int]
) -> None:
    button, title, code = case
    codes: list[int] = []
    monkeypatch.setattr(staff_module, "_exit_app", codes.append)
    staff = enter_staff(qtbot, kiosk)
    tap(qtbot, staff.nav_buttons["system"])
    tap(qtbot, getattr(staff.system_page, button))
    assert staff.notice.title.text() == title
    tap(qtbot, staff.notice.cancel_button)
    assert codes == []
    assert staff.is_open
    tap(qtbot, getattr(staff.system_page, button))
    tap(qtbot, staff.notice.confirm_button)
    assert codes == [code]


def test_settings_in_spanish_on_a_small_screen_never_overlap(qtbot: QtBot, pack_dir: Path) -> None:
    set_pin()
    pack = load_pack(pack_dir).pack
    assert pack is not None
    kiosk = KioskWindow(Session(pack, Preferences(language="es")), Settings(default_language="es"), kiosk_mode=True)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    try:
        staff = open_settings(qtbot, kiosk)
        page = staff.settings_page
        assert page.heading.text() == "Ajustes"
        QApplication.processEvents()  # the layout settles at the next turn of the event loop
        labels = [label for label in page.findChildren(QLabel) if label.isVisible() and label.text()]
        boxes = [QRect(label.mapTo(page, QPoint(0, 0)), label.size()) for label in labels]
        overlaps = [
            (labels[i].text(), labels[j].text())
            for i in range(len(boxes))
            for j in range(i + 1, len(boxes))
            if boxes[i].intersects(boxes[j])
        ]
        assert overlaps == []
        cut = [label.text() for label in labels if label.height() < label.heightForWidth(label.width())]
        assert cut == []
    finally:
        kiosk.force_close()


def test_staff_mode_says_the_settings_were_damaged_and_which_copy_is_in_use(
    qtbot: QtBot, make_window: MakeWindow, pack_dir: Path
) -> None:
    path = data_paths().settings_file
    save_settings(Settings(clinic_name="Riverside Spine Clinic", require_signed=True, trusted_keys=TRUSTED), path)
    path.write_text('require_signed = "true"\n', encoding="utf-8")  # in quotes: text, not true
    settings = load_settings(path)
    assert settings.require_signed and settings.trusted_keys == TRUSTED
    set_pin()
    staff = enter_staff(qtbot, make_window(pack_dir, settings))
    assert staff.alerts_label.isVisible()
    text = staff.alerts_label.text()
    assert "The settings were damaged; the last good copy from" in text and "is in use." in text
    staff.change_settings(replace(staff.settings, clinic_name="North"))
    wait_done(qtbot, staff)
    assert not staff.alerts_label.isVisible()
    assert saved().require_signed and saved().clinic_name == "North"


def test_the_clinic_phone_is_typed_on_the_screen_keyboard_and_only_a_number_is_taken(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    staff = open_settings(qtbot, kiosk)
    assert staff.settings_page.phone_value.text() == "(no number)"
    tap(qtbot, staff.settings_page.phone_button)
    editor = staff.phone_editor
    assert staff.current_page() is editor
    keyboard = editor.keyboard
    for key in "555":
        tap(qtbot, keyboard.keys[key])
    tap(qtbot, keyboard.keys["q"])  # not part of a phone number: not typed
    tap(qtbot, keyboard.keys["-"])
    for key in "0100":
        tap(qtbot, keyboard.keys[key])
    assert editor.entry.text() == "555-0100"
    tap(qtbot, editor.save_button)
    wait_done(qtbot, staff)
    assert staff.current_page() is staff.settings_page
    assert staff.settings_page.phone_value.text() == "555-0100"
    assert saved().clinic_phone == "555-0100"
