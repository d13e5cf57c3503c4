"""Staff mode's pack actions: list, show, preview, roll back, remove and import packs.

Each one runs on staff mode's worker thread and tells staff how it went in plain words. They
act on the pages and the store of :class:`kiosk.ui.staff.area.StaffArea`, which connects them.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from kiosk.core.content.reader import load_pack
from kiosk.core.fleet import outbox
from kiosk.core.install.installer import Installed, PackInstaller
from kiosk.core.install.removable import find_kpacks
from kiosk.core.install.store import PackInfo
from kiosk.core.problems import has_errors
from kiosk.core.settings import Settings
from kiosk.ui.staff.core_messages import translate
from kiosk.ui.staff.jobs import InstallControl

if TYPE_CHECKING:
    from kiosk.ui.staff.area import StaffArea


class PackActions(QObject):
    """The pack and import actions of staff mode, on the pages and store of ``area``."""

    def __init__(self, area: StaffArea) -> None:
        super().__init__(area)
        # A proxy, not a reference: the area owns this object, and a reference cycle between the
        # two wrappers would be left to Python's garbage collector, which may run on staff mode's
        # worker thread and must never be the one to let Qt objects go.
        self.area = weakref.proxy(area)

    def _refused(self, title: str) -> Callable[[list[str]], None]:
        def show(reasons: list[str]) -> None:
            self.area.notice.tell(title, "\n".join(f"• {reason}" for reason in reasons))

        return show

    # -- packs -----------------------------------------------------------------------------------

    @Slot()
    def refresh_packs(self) -> None:
        self.area.packs_page.show_loading()
        settings = self.area.settings
        self.area.runner.run(lambda: self.area.store.list(settings), self._show_packs, self._packs_unreadable)

    def _show_packs(self, infos: list[PackInfo]) -> None:
        self.area.packs = {info.id: info for info in infos}
        self.area.packs_page.show_packs(infos, self.area.settings.shown)
        waiting, self.area._show_after_listing = self.area._show_after_listing, ""
        if waiting and not self.area.packs_page.ask_to_show(waiting):
            self.area.packs_page.show_message(self.tr("That pack is no longer in the list."), "bad")

    def _packs_unreadable(self, reasons: list[str]) -> None:
        self.area.packs_page.show_packs([], self.area.settings.shown)
        self.area.packs_page.show_message("\n".join(reasons), "bad")

    def _title(self, pack_id: str) -> str:
        info = self.area.packs.get(pack_id)
        return info.title if info is not None else pack_id

    @Slot(str)
    @Slot(str)
    def show_pack_checked(self, pack_id: str) -> None:
        """Put ``pack_id`` on screen from the import or preview screens: a draft, or a pack not
        yet in the list, goes through its card in the list, which asks staff to confirm a draft."""
        info = self.area.packs.get(pack_id) or self.area.store.info(pack_id, self.area.settings)
        if info is not None and not info.draft:
            self.use_pack(pack_id)
            return
        if self.area.current_page() is self.area.preview:
            self.area.preview.close_preview(quietly=True)
        self.area._show_after_listing = pack_id  # the list is read again; its card asks once it is there
        self.area.show_page("packs")

    def use_pack(self, pack_id: str) -> None:
        """Put ``pack_id`` on the attract screen now, and keep it there after a restart."""
        title = self._title(pack_id)
        settings = self.area.settings
        self.area.runner.run(
            lambda: self.area.store.activate(pack_id, settings),
            lambda new: self._activated(new, title),
            self._refused(self.tr("{title} cannot be shown").format(title=title)),
        )

    @Slot(str, str)
    def change_topics(self, pack_id: str, how: str) -> None:
        """The topic library: ``how`` is "add" (a tile at the end), "drop" or "up" (one place earlier)."""
        settings = self.area.settings
        shown = list(settings.shown)
        if how == "add" and pack_id not in shown:
            shown.append(pack_id)
        elif how == "drop" and pack_id in shown and len(shown) > 1:
            shown.remove(pack_id)
        elif how == "up" and pack_id in shown and shown.index(pack_id) > 0:
            place = shown.index(pack_id)
            shown[place - 1], shown[place] = shown[place], shown[place - 1]
        else:
            return
        ids = tuple(shown)
        self.area.runner.run(
            lambda: self.area.store.show(ids, settings),
            self._topics_changed,
            self._refused(self.tr("The topics were not changed")),
        )

    def _topics_changed(self, new: Settings) -> None:
        merged = replace(self.area.settings, active_pack=new.active_pack, shown_packs=new.shown_packs)
        self.area.settings = merged
        if merged != new:
            self.area.settings_actions.save()
        self.area.settings_changed.emit(merged)
        self.area.show_page("packs")
        if len(merged.shown) > 1:
            text = self.tr("Patients now choose from {count} topics.").format(count=len(merged.shown))
        else:
            text = self.tr("{title} is on screen now.").format(title=self._title(merged.active_pack))
        self.area.packs_page.show_message(text, "good")

    def _activated(self, new: Settings, title: str) -> None:
        merged = replace(self.area.settings, active_pack=new.active_pack, shown_packs=new.shown_packs)
        self.area.settings = merged
        if merged != new:
            self.area.settings_actions.save()  # another setting changed meanwhile; save the two together
        self.area.settings_changed.emit(merged)
        if self.area.current_page() is self.area.preview:
            self.area.preview.close_preview(quietly=True)
        self.area.show_page("packs")
        self.area.packs_page.show_message(self.tr("{title} is on screen now.").format(title=title), "good")

    @Slot(str)
    def preview_pack(self, pack_id: str) -> None:
        info = self.area.packs.get(pack_id) or self.area.store.info(pack_id, self.area.settings)
        loaded = load_pack(info.folder) if info is not None else None
        if loaded is None or loaded.pack is None or has_errors(loaded.problems):
            self.area.notice.tell(self.tr("This pack cannot be previewed"), self.tr("It has mistakes; see its card."))
            return
        self.area.preview.show_pack(
            loaded.pack,
            self.area.settings.clinic_name,
            active=pack_id == self.area.settings.active_pack,
            language=self.area.settings.default_language,
        )
        self.area.show_screen(self.area.preview)

    @Slot(str)
    def roll_back(self, pack_id: str) -> None:
        title = self._title(pack_id)
        self.area.runner.run(
            lambda: self.area.store.rollback(pack_id),
            self._rolled_back,
            self._refused(self.tr("{title} was not changed").format(title=title)),
        )

    def _rolled_back(self, info: PackInfo) -> None:
        self.area.pack_files_changed.emit(info.id)
        self.refresh_packs()
        self.area.packs_page.show_message(
            self.tr("{title} is back to version {version}.").format(title=info.title, version=info.version), "good"
        )

    @Slot(str)
    def remove_pack(self, pack_id: str) -> None:
        title = self._title(pack_id)
        if pack_id in self.area.settings.shown:
            self.area.notice.tell(
                self.tr("{title} is on screen now").format(title=title),
                self.tr("Show another pack first, then remove this one."),
            )
            return
        self.area.notice.ask(
            self.tr("Remove {title}?").format(title=title),
            self.tr("It is deleted from this kiosk, with its earlier version. You can import it again later."),
            self.tr("Remove"),
            lambda: self._remove(pack_id, title),
            danger=True,
        )

    def _remove(self, pack_id: str, title: str) -> None:
        settings = self.area.settings
        self.area.runner.run(
            lambda: self.area.store.remove(pack_id, settings),
            lambda _none: self._removed(pack_id, title),
            self._refused(self.tr("{title} was not removed").format(title=title)),
        )

    def _removed(self, pack_id: str, title: str) -> None:
        self.area.pack_files_changed.emit(pack_id)  # (never a shown pack: the status report follows)
        self.refresh_packs()
        self.area.packs_page.show_message(self.tr("{title} was removed.").format(title=title), "good")

    # -- import ------------------------------------------------------------------------------------

    @Slot()
    def look_for_packs(self) -> None:
        self.area.import_page.show_looking()
        self.area.runner.run(find_kpacks, self._show_files, lambda _reasons: self._show_files([]))

    def _show_files(self, files: list[Path]) -> None:
        # The page is looked up when the answer comes: the screens may have been built again meanwhile.
        self.area.import_page.show_files(files)

    @Slot(object)
    def install(self, kpack: Path) -> None:
        self.area.import_page.show_busy(kpack)
        settings = self.area.settings
        control = self.area.install_control = InstallControl(self)
        control.stage.connect(lambda message: self.area.import_page.show_stage(translate(message)))
        self.area.runner.run(
            lambda: PackInstaller(self.area.store, progress=control.report, cancelled=control.cancelled).install(
                kpack, settings
            ),
            self._installed,
            lambda reasons: self.area.import_page.show_refused(kpack.name, reasons),
        )

    @Slot()
    def cancel_install(self) -> None:
        """Stop the install that is running; it ends as refused ("cancelled"), and nothing changes."""
        if self.area.install_control is not None:
            self.area.install_control.cancel()
            self.area.import_page.show_cancelling()

    def _installed(self, installed: Installed) -> None:
        info = installed.info
        self.area.packs[info.id] = info
        on_screen = info.id in self.area.settings.shown
        self.area.import_page.show_installed(info, on_screen=on_screen, already=installed.already_installed)
        if on_screen and not installed.already_installed:
            self.area.pack_files_changed.emit(info.id)

    # -- the status report -------------------------------------------------------------------------

    @Slot()
    def copy_report_to_usb(self) -> None:
        """Write this kiosk's status report on the USB stick (docs/fleet.md), for the clinic's office."""
        reports = self.area.reports
        if reports is None:
            self.area.import_page.show_report_not_copied([])
            return
        write = reports.prepare("staff")  # the attract screen's picture, here on the UI thread
        self.area.import_page.show_copying_report()
        self.area.runner.run(
            lambda: outbox.copy_to_usb(write),
            self._report_copied,
            self._report_not_copied,
        )

    # The page is looked up when the answer comes: the screens may have been built again meanwhile.
    def _report_copied(self, path: Path | None) -> None:
        self.area.import_page.show_report_copied(path)

    def _report_not_copied(self, reasons: list[str]) -> None:
        self.area.import_page.show_report_not_copied(reasons)
