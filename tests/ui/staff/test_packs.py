"""Staff and packs: the list, switching the pack on screen, preview, roll back, remove, and USB import."""

from __future__ import annotations

import errno
import re
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk.core.install import store as packstore
from kiosk.core.install.build import write_kpack
from kiosk.core.install.installer import PackInstaller
from kiosk.core.install.store import PackStore
from kiosk.core.install.unpack import KpackReader
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.session import Screen
from kiosk.core.settings import Settings, load_settings
from kiosk.ui.staff import actions as pack_actions_module
from kiosk.ui.staff.area import StaffArea
from kiosk.ui.window import KioskWindow
from tests.core.install.kpack_corpus import rezip
from tests.ui.conftest import MakeWindow
from tests.ui.staff.support import copy_pack, data_paths, enter_staff, quick_timers, set_pin, tap, wait_done

RFA_TITLE = "Radiofrequency ablation for back and neck pain"


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    quick_timers(monkeypatch)


@pytest.fixture
def kiosk(make_window: MakeWindow, pack_dir: Path, tmp_path: Path) -> KioskWindow:
    """The demo pack installed from a pack file and on screen; the bundled RFA pack is there too."""
    set_pin()
    settings = Settings(clinic_name="Riverside Spine Clinic", active_pack="demo")
    info = (
        PackInstaller(PackStore(data_paths()))
        .install(make_kpack(pack_dir, tmp_path / "demo.kpack", "1.2.0"), settings)
        .info
    )
    return make_window(info.folder, settings)


def make_kpack(folder: Path, out: Path, version: str, title: str = "Demo topic") -> Path:
    """A pack file of ``folder`` with another version number (and title)."""
    toml = folder / "pack.toml"
    text = re.sub(r'(?m)^version = ".*"$', f'version = "{version}"', toml.read_text(encoding="utf-8"))
    toml.write_text(text.replace('en = "Demo topic"', f'en = "{title}"'), encoding="utf-8")
    write_kpack(folder, "demo", version, out)
    return out


def test_the_list_shows_every_pack_and_marks_the_one_on_screen(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = enter_staff(qtbot, kiosk)
    cards = staff.packs_page.cards
    assert set(cards) == {"demo", "rfa-facet", "test-block-visit"}
    demo, rfa = cards["demo"], cards["rfa-facet"]
    assert demo.badge.isVisible() and not rfa.badge.isVisible()
    assert demo.title.text() == "Demo topic"
    assert demo.details.text().splitlines() == [
        "Languages: English, Español",
        "Version 1.2.0, reviewed 2026-11-01 by Dr Demo",
        "Not signed by a trusted key",
    ]
    assert demo.checks.text() == "Checked: ready to show."
    assert not demo.use_button.isVisible() and rfa.use_button.isVisible()
    assert not rfa.remove_button.isVisible()  # it came with the kiosk


def test_a_pack_with_mistakes_lists_them_and_cannot_be_shown(
    qtbot: QtBot, kiosk: KioskWindow, make_pack: Callable[..., Path]
) -> None:
    broken = copy_pack(make_pack(), "broken")
    (broken / "en" / "joints.md").unlink()
    staff = enter_staff(qtbot, kiosk)
    card = staff.packs_page.cards["broken"]
    assert card.checks.text().startswith("This pack has mistakes and cannot be shown:\n• ")
    assert "joints" in card.checks.text()
    assert not card.use_button.isEnabled()
    assert not card.preview_button.isEnabled()


def test_switching_packs_changes_the_attract_screen_at_once_and_is_kept(qtbot: QtBot, kiosk: KioskWindow) -> None:
    assert kiosk.attract.title.text() == "Demo topic"
    staff = enter_staff(qtbot, kiosk)
    rfa = staff.packs_page.cards["rfa-facet"]
    tap(qtbot, rfa.use_button)
    tap(qtbot, rfa.confirm_button)  # the bundled pack is a draft until the medical lead reviews it
    qtbot.waitUntil(lambda: kiosk.attract.title.text() == RFA_TITLE)
    wait_done(qtbot, staff)
    assert staff.packs_page.message.text() == f"{RFA_TITLE} is on screen now."
    assert staff.packs_page.cards["rfa-facet"].badge.isVisible()
    assert load_settings(data_paths().settings_file).active_pack == "rfa-facet"
    assert load_settings(data_paths().settings_file).clinic_name == "Riverside Spine Clinic"
    tap(qtbot, staff.leave_button)
    assert kiosk.current_screen() is kiosk.attract
    tap(qtbot, kiosk.attract)
    assert kiosk.session.pack.id == "rfa-facet"
    assert kiosk.session.screen is Screen.PAGE


def test_preview_walks_a_pack_without_leaving_staff_mode(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = enter_staff(qtbot, kiosk)
    tap(qtbot, staff.packs_page.cards["rfa-facet"].preview_button)
    preview = staff.preview
    assert staff.current_page() is preview
    assert preview.attract.title.text() == RFA_TITLE
    assert preview.attract.clinic.text() == "Riverside Spine Clinic"
    tap(qtbot, preview.attract)
    assert preview.view is not None
    assert preview.screens.currentWidget() is preview.view
    tap(qtbot, preview.view.next_button)  # to the welcome's key-point check, then past it
    assert preview.session is not None and preview.session.screen is Screen.CHECK
    tap(qtbot, preview.view.next_button)
    assert preview.session.page_index == 1
    # The patients' screens did not move, and staff mode is still open.
    assert kiosk.session.screen is Screen.ATTRACT
    assert kiosk.attract.title.text() == "Demo topic"
    assert kiosk.current_screen() is staff and staff.is_open
    tap(qtbot, preview.close_button)
    assert staff.current_page() is staff.packs_page
    assert preview.session is None


def test_show_this_pack_from_the_preview(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = enter_staff(qtbot, kiosk)
    tap(qtbot, staff.packs_page.cards["rfa-facet"].preview_button)
    tap(qtbot, staff.preview.use_button)
    qtbot.waitUntil(lambda: asks_to_confirm(staff, "rfa-facet"))
    tap(qtbot, staff.packs_page.cards["rfa-facet"].confirm_button)
    qtbot.waitUntil(lambda: kiosk.attract.title.text() == RFA_TITLE)
    wait_done(qtbot, staff)
    assert staff.current_page() is staff.packs_page


def test_remove_refuses_the_pack_on_screen(qtbot: QtBot, kiosk: KioskWindow) -> None:
    staff = enter_staff(qtbot, kiosk)
    tap(qtbot, staff.packs_page.cards["demo"].remove_button)
    notice = staff.notice
    assert notice.isVisible()
    assert notice.title.text() == "Demo topic is on screen now"
    assert notice.text.text() == "Show another pack first, then remove this one."
    assert not notice.confirm_button.isVisible()
    tap(qtbot, notice.cancel_button)
    assert PackStore(data_paths()).info("demo") is not None
    assert staff.is_open


def test_remove_another_pack_after_confirming(qtbot: QtBot, kiosk: KioskWindow, make_pack: Callable[..., Path]) -> None:
    copy_pack(make_pack(), "spare")
    staff = enter_staff(qtbot, kiosk)
    tap(qtbot, staff.packs_page.cards["spare"].remove_button)
    assert staff.notice.title.text() == "Remove Demo topic?"
    tap(qtbot, staff.notice.cancel_button)
    assert (data_paths().packs_dir / "spare").is_dir()
    tap(qtbot, staff.packs_page.cards["spare"].remove_button)
    tap(qtbot, staff.notice.confirm_button)
    wait_done(qtbot, staff)
    assert not (data_paths().packs_dir / "spare").exists()
    assert set(staff.packs_page.cards) == {"demo", "rfa-facet", "test-block-visit"}
    assert staff.packs_page.message.text() == "Demo topic was removed."


def test_roll_back_in_one_tap_updates_the_attract_screen(
    qtbot: QtBot, make_window: MakeWindow, make_pack: Callable[..., Path], tmp_path: Path
) -> None:
    set_pin()
    store = PackStore(data_paths())
    settings = Settings(active_pack="demo")
    PackInstaller(store).install(make_kpack(make_pack(), tmp_path / "v1.kpack", "1.2.0"), settings)
    info = (
        PackInstaller(store)
        .install(make_kpack(make_pack(), tmp_path / "v2.kpack", "1.3.0", "Demo topic, new"), settings)
        .info
    )
    kiosk = make_window(info.folder, settings)
    assert kiosk.attract.title.text() == "Demo topic, new"
    staff = enter_staff(qtbot, kiosk)
    card = staff.packs_page.cards["demo"]
    assert card.rollback_button.accessibleName() == "Go back to version 1.2.0"
    tap(qtbot, card.rollback_button)
    wait_done(qtbot, staff)
    assert kiosk.attract.title.text() == "Demo topic"
    assert staff.packs_page.message.text() == "Demo topic is back to version 1.2.0."
    assert "Version 1.2.0" in staff.packs_page.cards["demo"].details.text()


@pytest.fixture
def usb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A USB stick: find_kpacks() lists the .kpack files in this folder."""
    stick = tmp_path / "media" / "STICK"
    stick.mkdir(parents=True)
    monkeypatch.setattr(pack_actions_module, "find_kpacks", lambda: sorted(stick.glob("*.kpack")))
    return stick


def open_import(qtbot: QtBot, staff: StaffArea) -> None:
    tap(qtbot, staff.nav_buttons["import"])
    wait_done(qtbot, staff)


def test_import_lists_pack_files_and_installs_one_on_a_worker_thread(
    qtbot: QtBot, kiosk: KioskWindow, usb: Path, make_pack: Callable[..., Path]
) -> None:
    make_kpack(make_pack(), usb / "demo-2.kpack", "2.0.0", "Demo topic, second edition")
    staff = enter_staff(qtbot, kiosk)
    open_import(qtbot, staff)
    page = staff.import_page
    assert list(page.file_buttons) == [usb / "demo-2.kpack"]
    assert page.status.text() == "Choose the pack to install."
    tap(qtbot, page.file_buttons[usb / "demo-2.kpack"])
    assert page.busy.isVisible()
    assert page.status.text().startswith("Installing demo-2.kpack.")
    wait_done(qtbot, staff)
    assert not page.busy.isVisible()
    assert page.status.text() == "Installed: Demo topic, second edition, version 2.0.0."
    # The pack on screen was this pack: the new version shows at once.
    assert page.reasons.text() == "Patients see this version now. You can remove the USB stick."
    assert not page.use_button.isVisible()
    assert kiosk.attract.title.text() == "Demo topic, second edition"


def test_importing_the_version_already_installed_says_so_and_changes_nothing(
    qtbot: QtBot, kiosk: KioskWindow, usb: Path, pack_dir: Path
) -> None:
    kpack = make_kpack(pack_dir, usb / "demo.kpack", "1.2.0")  # the very file the kiosk was set up with
    versions = sorted(p.name for p in (data_paths().packs_dir / "demo").iterdir())
    staff = enter_staff(qtbot, kiosk)
    open_import(qtbot, staff)
    page = staff.import_page
    tap(qtbot, page.file_buttons[kpack])
    wait_done(qtbot, staff)
    assert page.status.text() == "This version is already installed: Demo topic, version 1.2.0. Nothing was changed."
    assert page.status.property("tone") == "good"
    assert page.reasons.text() == "It is on screen now. You can remove the USB stick."
    assert not page.use_button.isVisible() and page.back_button.isVisible()
    assert sorted(p.name for p in (data_paths().packs_dir / "demo").iterdir()) == versions
    assert kiosk.attract.title.text() == "Demo topic"


def test_a_refused_pack_is_explained_in_the_staff_screens_language(qtbot: QtBot, kiosk: KioskWindow, usb: Path) -> None:
    kiosk.use_settings(replace(kiosk.settings, default_language="es"))
    (usb / "holiday-photos.kpack").write_bytes(b"this is not a zip file")
    staff = enter_staff(qtbot, kiosk)
    open_import(qtbot, staff)
    page = staff.import_page
    tap(qtbot, page.file_buttons[usb / "holiday-photos.kpack"])
    wait_done(qtbot, staff)
    assert page.status.text() == "holiday-photos.kpack no se instaló. No ha cambiado nada en el quiosco."
    assert page.reasons.text() == "• «holiday-photos.kpack» no es un archivo de paquete de contenido, o está dañado."


def test_import_refused_shows_every_reason_and_changes_nothing(qtbot: QtBot, kiosk: KioskWindow, usb: Path) -> None:
    (usb / "holiday-photos.kpack").write_bytes(b"this is not a zip file")
    staff = enter_staff(qtbot, kiosk)
    open_import(qtbot, staff)
    page = staff.import_page
    tap(qtbot, page.file_buttons[usb / "holiday-photos.kpack"])
    wait_done(qtbot, staff)
    assert page.status.text() == "holiday-photos.kpack was not installed. Nothing on the kiosk has changed."
    assert page.reasons.isVisible()
    assert page.reasons.text() == "• 'holiday-photos.kpack' is not a content-pack file, or it is damaged."
    assert not page.use_button.isVisible()
    assert kiosk.attract.title.text() == "Demo topic"
    assert sorted(p.name for p in data_paths().packs_dir.iterdir() if not p.name.startswith(".")) == ["demo"]
    tap(qtbot, page.back_button)
    wait_done(qtbot, staff)
    assert list(page.file_buttons) == [usb / "holiday-photos.kpack"]
    # Staff mode goes on working: another pack can still be put on screen.
    tap(qtbot, staff.nav_buttons["packs"])
    wait_done(qtbot, staff)
    tap(qtbot, staff.packs_page.cards["rfa-facet"].use_button)
    tap(qtbot, staff.packs_page.cards["rfa-facet"].confirm_button)
    qtbot.waitUntil(lambda: kiosk.attract.title.text() == RFA_TITLE)


def test_a_long_refusal_scrolls_instead_of_being_cut_on_a_small_screen(
    qtbot: QtBot, kiosk: KioskWindow, usb: Path, pack_dir: Path, tmp_path: Path
) -> None:
    kiosk.resize(1280, 800)
    good = make_kpack(pack_dir, tmp_path / "good.kpack", "1.2.0")
    rezip(good, usb / "tampered.kpack", add=[(f"../outside-{n}.txt", b"x") for n in range(16)])
    staff = enter_staff(qtbot, kiosk)
    open_import(qtbot, staff)
    page = staff.import_page
    tap(qtbot, page.file_buttons[usb / "tampered.kpack"])
    wait_done(qtbot, staff)
    QApplication.processEvents()  # the layout settles at the next turn of the event loop
    assert page.reasons.text().count("•") == 16
    assert page.reasons.height() >= page.reasons.heightForWidth(page.reasons.width())  # no line cut off
    tap(qtbot, page.back_button)
    wait_done(qtbot, staff)
    assert list(page.file_buttons) == [usb / "tampered.kpack"]


def test_a_stick_pulled_out_before_installing_gives_a_plain_message(
    qtbot: QtBot, kiosk: KioskWindow, usb: Path, make_pack: Callable[..., Path]
) -> None:
    kpack = make_kpack(make_pack(), usb / "demo-2.kpack", "2.0.0")
    staff = enter_staff(qtbot, kiosk)
    open_import(qtbot, staff)
    kpack.unlink()
    tap(qtbot, staff.import_page.file_buttons[kpack])
    wait_done(qtbot, staff)
    assert staff.import_page.status.text() == "demo-2.kpack was not installed. Nothing on the kiosk has changed."
    assert staff.import_page.reasons.text() == (
        "• 'demo-2.kpack' cannot be found. If it is on a USB stick, check that the stick is plugged in."
    )
    assert staff.is_open
    tap(qtbot, staff.import_page.back_button)
    wait_done(qtbot, staff)
    assert staff.import_page.status.text().startswith("No pack files were found.")


class PulledStick:
    """The open pack file of a USB stick that is pulled out once unpacking starts: every read then fails."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle
        self.pulled = False

    def read(self, size: int = -1) -> bytes:
        if self.pulled:
            raise OSError(errno.EIO, "Input/output error")
        data: bytes = self.handle.read(size)
        return data

    def __getattr__(self, name: str) -> Any:
        return getattr(self.handle, name)


def test_a_stick_pulled_out_while_installing_gives_a_plain_message(
    qtbot: QtBot, kiosk: KioskWindow, usb: Path, make_pack: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    kpack = make_kpack(make_pack(), usb / "demo-2.kpack", "2.0.0", "Demo topic, second edition")
    sticks: list[PulledStick] = []
    real_open = KpackReader.open.__func__  # type: ignore[attr-defined]

    def open_on_a_loose_stick(cls: type[KpackReader], path: Path) -> KpackReader:
        reader: KpackReader = real_open(cls, path)
        sticks.append(PulledStick(reader.zip.fp))
        reader.zip.fp = sticks[-1]  # type: ignore[assignment]
        return reader

    def pull_when_unpacking(step: str) -> None:
        if step == "checked" and len(sticks) == 1:
            sticks[0].pulled = True

    monkeypatch.setattr(KpackReader, "open", classmethod(open_on_a_loose_stick))
    monkeypatch.setattr(packstore, "step_hook", pull_when_unpacking)
    staff = enter_staff(qtbot, kiosk)
    open_import(qtbot, staff)
    page = staff.import_page
    tap(qtbot, page.file_buttons[kpack])
    wait_done(qtbot, staff)
    assert sticks and sticks[0].pulled
    assert page.status.text() == "demo-2.kpack was not installed. Nothing on the kiosk has changed."
    assert page.reasons.text() == (
        "• 'demo-2.kpack' could not be read to the end (Input/output error). "
        "If it is on a USB stick, check that the stick is still plugged in, then try again."
    )
    assert kiosk.attract.title.text() == "Demo topic"
    assert PackStore(data_paths()).verify("demo") == []
    assert not any(data_paths().staging_dir.iterdir())
    # Plugged in again, the same file installs.
    tap(qtbot, page.back_button)
    wait_done(qtbot, staff)
    tap(qtbot, page.file_buttons[kpack])
    wait_done(qtbot, staff)
    assert page.status.text() == "Installed: Demo topic, second edition, version 2.0.0."
    assert kiosk.attract.title.text() == "Demo topic, second edition"


def test_import_with_no_stick_says_so(qtbot: QtBot, kiosk: KioskWindow, usb: Path) -> None:
    staff = enter_staff(qtbot, kiosk)
    open_import(qtbot, staff)
    assert staff.import_page.file_buttons == {}
    assert staff.import_page.status.text().startswith("No pack files were found.")


def test_an_installed_pack_can_be_shown_from_the_import_screen(
    qtbot: QtBot, make_window: MakeWindow, usb: Path, make_pack: Callable[..., Path]
) -> None:
    set_pin()
    kiosk = make_window(BUNDLED_CONTENT_DIR / "rfa-facet", Settings())
    make_kpack(make_pack(), usb / "demo.kpack", "1.2.0")
    staff = enter_staff(qtbot, kiosk)
    open_import(qtbot, staff)
    tap(qtbot, staff.import_page.file_buttons[usb / "demo.kpack"])
    wait_done(qtbot, staff)
    assert kiosk.attract.title.text() == RFA_TITLE  # installed, not shown yet
    tap(qtbot, staff.import_page.use_button)
    qtbot.waitUntil(lambda: kiosk.attract.title.text() == "Demo topic")


def test_staff_see_the_install_stages_and_can_cancel_it(
    qtbot: QtBot, kiosk: KioskWindow, usb: Path, make_pack: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    kpack = make_kpack(make_pack(), usb / "demo-2.kpack", "2.0.0", "Demo topic, second edition")
    reached, go = threading.Event(), threading.Event()

    def hold_after_checking(step: str) -> None:
        if step == "checked":
            reached.set()
            go.wait(10)

    monkeypatch.setattr(packstore, "step_hook", hold_after_checking)
    staff = enter_staff(qtbot, kiosk)
    open_import(qtbot, staff)
    page = staff.import_page
    tap(qtbot, page.file_buttons[kpack])
    qtbot.waitUntil(reached.is_set)
    qtbot.waitUntil(lambda: page.stage.text() == "Checking the file…")
    assert page.cancel_button.isVisible()
    tap(qtbot, page.cancel_button)
    assert page.stage.text() == "Stopping…" and not page.cancel_button.isEnabled()
    go.set()
    wait_done(qtbot, staff)
    assert page.status.text() == "demo-2.kpack was not installed. Nothing on the kiosk has changed."
    assert page.reasons.text() == "• The install was cancelled. Nothing was changed."
    assert not page.cancel_button.isVisible() and not page.stage.isVisible()
    assert kiosk.attract.title.text() == "Demo topic"


def asks_to_confirm(staff: StaffArea, pack_id: str) -> bool:
    card = staff.packs_page.cards.get(pack_id)
    return card is not None and card.confirm.isVisible()


def make_draft(folder: Path) -> Path:
    toml = folder / "pack.toml"
    text = toml.read_text(encoding="utf-8").replace("format = 1", "format = 2").replace('id = "demo"', 'id = "draft"')
    toml.write_text(text.replace('reviewed_by = "Dr Demo"', 'status = "draft"'), encoding="utf-8")
    return folder


def test_a_draft_says_so_and_is_shown_only_after_staff_confirm(
    qtbot: QtBot, kiosk: KioskWindow, make_pack: Callable[..., Path]
) -> None:
    make_draft(copy_pack(make_pack(), "draft"))
    staff = enter_staff(qtbot, kiosk)
    card = staff.packs_page.cards["draft"]
    assert card.draft_note.isVisible()
    assert card.draft_note.text() == "Draft: the clinic's medical lead has not reviewed this pack yet."
    assert "Version 1.2.0, draft, not reviewed yet" in card.details.text().splitlines()
    assert not staff.packs_page.cards["demo"].draft_note.isVisible()
    tap(qtbot, card.use_button)
    assert card.confirm.isVisible() and "Show it to patients anyway?" in card.confirm_text.text()
    tap(qtbot, card.cancel_button)
    assert not card.confirm.isVisible()
    assert kiosk.attract.title.text() == "Demo topic", "nothing changes until staff confirm"
    tap(qtbot, card.use_button)
    tap(qtbot, card.confirm_button)
    qtbot.waitUntil(lambda: load_settings(data_paths().settings_file).active_pack == "draft")
    wait_done(qtbot, staff)
    qtbot.waitUntil(lambda: (shown := staff.packs_page.cards.get("draft")) is not None and shown.badge.isVisible())
    texts = " ".join(label.text() for label in kiosk.attract.findChildren(type(card.details)))
    assert "draft" not in texts.lower() and "review" not in texts.lower()


def test_a_draft_from_the_preview_still_asks_to_confirm(
    qtbot: QtBot, kiosk: KioskWindow, make_pack: Callable[..., Path]
) -> None:
    make_draft(copy_pack(make_pack(), "draft"))
    staff = enter_staff(qtbot, kiosk)
    tap(qtbot, staff.packs_page.cards["draft"].preview_button)
    tap(qtbot, staff.preview.use_button)
    qtbot.waitUntil(lambda: asks_to_confirm(staff, "draft"))
    assert staff.current_page() is staff.packs_page
    assert staff.settings.active_pack == "demo", "nothing changes until staff confirm"


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800), (1080, 1920)])
def test_a_pack_card_shows_every_line_whole_at_every_screen_size(
    qtbot: QtBot, make_window: MakeWindow, size: tuple[int, int]
) -> None:
    """In portrait the bundled pack's long title wrapped to three lines in the room of two, over its details."""
    set_pin()
    window = make_window(BUNDLED_CONTENT_DIR / "rfa-facet", Settings())
    window.resize(*size)
    staff = enter_staff(qtbot, window)
    card = staff.packs_page.cards["rfa-facet"]
    qtbot.waitUntil(card.isVisible)
    QApplication.processEvents()  # the layout settles at the next turn of the event loop
    labels = [label for label in card.findChildren(QLabel) if label.isVisible() and label.text()]
    assert len(labels) >= 4
    cut = [label.text() for label in labels if label.height() < label.heightForWidth(label.width())]
    assert cut == []
    boxes = [(label.text(), QRect(label.mapTo(card, QPoint(0, 0)), label.size())) for label in labels]
    overlaps = [(a, b) for n, (a, box) in enumerate(boxes) for b, other in boxes[n + 1 :] if box.intersects(other)]
    assert overlaps == []
