"""Staff mode's settings: a change used at once and saved on the worker thread, the name and folder
editors, the printer's test page and "Write a report now".

They act on the pages and editors of :class:`kiosk.ui.staff.area.StaffArea`, which connects them.
"""

from __future__ import annotations

import weakref
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot

from kiosk.core.settings import Settings, is_folder_setting, is_phone_number, same_folder, save_settings

if TYPE_CHECKING:
    from kiosk.ui.staff.area import StaffArea


class SettingsActions(QObject):
    """The settings actions of staff mode, on the pages, editors and settings of ``area``."""

    def __init__(self, area: StaffArea) -> None:
        super().__init__(area)
        # A proxy, not a reference: the area owns this object (see PackActions).
        self.area = weakref.proxy(area)
        self._folder_key = "inbox_folder"  # the folder setting being typed
        self._test_job = 0  # the print job of the test page last sent

    def connect_pages(self) -> None:
        """Connect the area's settings page and editors (again each time they are built)."""
        area = self.area
        page = area.settings_page
        page.changed.connect(self.change_settings)
        area.screen_page.changed.connect(self.change_settings)
        page.clinic_name_requested.connect(self._edit_clinic_name)
        page.clinic_phone_requested.connect(self._edit_clinic_phone)
        page.kiosk_name_requested.connect(self._edit_kiosk_name)
        page.folder_requested.connect(self._edit_folder)
        page.test_print_requested.connect(self._print_test_page)
        page.report_requested.connect(self._write_report_now)
        area.clinic_editor.saved.connect(self._on_clinic_name)
        area.phone_editor.saved.connect(self._on_clinic_phone)
        area.kiosk_editor.saved.connect(self._on_kiosk_name)
        area.folder_editor.saved.connect(self._on_folder)
        for editor in (area.clinic_editor, area.phone_editor, area.kiosk_editor, area.folder_editor):
            editor.cancelled.connect(lambda: self.area.show_screen(self.area.main))

    # -- saving ------------------------------------------------------------------------------------

    @Slot(object)
    def change_settings(self, new: Settings) -> None:
        """Use ``new`` at once and save it on the worker thread (after any change already queued)."""
        area = self.area
        area.settings = new
        area.settings_page.show_settings(new, area.languages)
        area.screen_page.show_settings(new)
        area.settings_changed.emit(new)
        self.save()

    def save(self) -> None:
        """Save the area's settings on the worker thread."""
        # The newest settings when the save runs, so a queued save never writes an older choice.
        self.area.runner.run(
            lambda: save_settings(self.area.settings, self.area.paths.settings_file),
            self._saved,
            self._not_saved,
        )

    def _not_saved(self, _reasons: object) -> None:
        for page in (self.area.settings_page, self.area.screen_page):
            page.show_message(self.tr("The settings could not be saved. They apply until the kiosk restarts."), "bad")

    def _saved(self, _none: object) -> None:
        for page in (self.area.settings_page, self.area.screen_page):
            page.show_message(self.tr("Saved."), "good")
        self.area.show_alerts()  # a save ends "the settings were damaged"

    # -- the printer -------------------------------------------------------------------------------

    @Slot(str)
    def _print_test_page(self, printer: str) -> None:
        """A page with no patient's words on it, to check a printer from staff mode."""
        from kiosk.ui.widgets.print_jobs import print_jobs, test_sheet  # noqa: PLC0415

        jobs = print_jobs()
        self.area.settings_page.show_message(self.tr("Sending a test page…"))
        number = jobs.send(
            printer,
            test_sheet(
                self.tr("Test page from the kiosk"), self.tr("If you can read this, pages print on this printer.")
            ),
        )
        self._test_job = number
        jobs.finished.connect(self._test_page_done, Qt.ConnectionType.UniqueConnection)

    @Slot(int, str)
    def _test_page_done(self, number: int, outcome: str) -> None:
        if number != self._test_job:
            return
        from kiosk.core.printing.cups import PrintOutcome  # noqa: PLC0415

        if PrintOutcome(outcome).ok:
            self.area.settings_page.show_message(self.tr("The test page was sent to the printer."), "good")
        else:
            self.area.settings_page.show_message(
                self.tr("The test page could not be printed. The kiosk's alerts say why."), "bad"
            )
        self.area.show_alerts()

    # -- names -------------------------------------------------------------------------------------

    @Slot()
    def _edit_clinic_name(self) -> None:
        self.area.clinic_editor.edit(self.area.settings.clinic_name)
        self.area.show_screen(self.area.clinic_editor)

    @Slot(str)
    def _on_clinic_name(self, name: str) -> None:
        self.area.show_screen(self.area.main)
        if name != self.area.settings.clinic_name:
            self.change_settings(replace(self.area.settings, clinic_name=name))

    @Slot()
    def _edit_clinic_phone(self) -> None:
        self.area.phone_editor.edit(self.area.settings.clinic_phone)
        self.area.show_screen(self.area.phone_editor)

    @Slot(str)
    def _on_clinic_phone(self, number: str) -> None:
        self.area.show_screen(self.area.main)
        if number != self.area.settings.clinic_phone and is_phone_number(number):
            self.change_settings(replace(self.area.settings, clinic_phone=number))

    @Slot()
    def _edit_kiosk_name(self) -> None:
        self.area.kiosk_editor.edit(self.area.settings.kiosk_name)
        self.area.show_screen(self.area.kiosk_editor)

    @Slot(str)
    def _on_kiosk_name(self, name: str) -> None:
        self.area.show_screen(self.area.main)
        if name != self.area.settings.kiosk_name:
            self.change_settings(replace(self.area.settings, kiosk_name=name))

    # -- the inbox and the outbox (docs/fleet.md) ---------------------------------------------------

    @Slot(str)
    def _edit_folder(self, key: str) -> None:
        self._folder_key = key
        if key == "inbox_folder":
            heading = self.tr("Inbox folder")
            note = self.tr(
                "Type the whole path of the folder packs arrive in, from the top: for example "
                "/var/lib/kiosk/inbox on Linux, or C:/KioskData/inbox on Windows."
            )
        else:
            heading = self.tr("Outbox folder")
            note = self.tr(
                "Type the whole path of the folder this kiosk writes its reports to, from the top: for example "
                "/var/lib/kiosk/outbox on Linux, or C:/KioskData/outbox on Windows."
            )
        self.area.folder_editor.edit(getattr(self.area.settings, key), heading, note)
        self.area.show_screen(self.area.folder_editor)

    @Slot(str)
    def _on_folder(self, folder: str) -> None:
        area = self.area
        area.show_screen(area.main)
        key = self._folder_key
        if key == "inbox_folder":
            new = replace(area.settings, inbox_folder=folder)
        else:
            new = replace(area.settings, outbox_folder=folder)
        if not is_folder_setting(folder):
            area.settings_page.show_message(
                self.tr(
                    "'{folder}' is not a whole folder path. Start from the top (/ on Linux, a drive such as C:/ "
                    "on Windows), without '..'. Nothing was changed."
                ).format(folder=folder),
                "bad",
            )
        elif same_folder(new.inbox_folder, new.outbox_folder):
            area.settings_page.show_message(
                self.tr("The inbox and the outbox must be two different folders, neither inside the other."),
                "bad",
            )
        elif folder != getattr(area.settings, key):
            self.change_settings(new)

    @Slot()
    def _write_report_now(self) -> None:
        """The status report to the outbox now (the attract screen's picture made here, the rest on the worker)."""
        area = self.area
        if not area.settings.outbox_folder or area.reports is None:
            return
        folder = Path(area.settings.outbox_folder)
        write = area.reports.prepare("staff")
        area.settings_page.show_message(self.tr("Writing the report…"))
        area.runner.run(
            lambda: write(folder),
            lambda path: self.area.settings_page.show_message(
                self.tr("The report was written: {file}.").format(file=str(path)), "good"
            ),
            lambda reasons: self.area.settings_page.show_message(
                "\n".join([self.tr("The report could not be written in the outbox folder."), *reasons]), "bad"
            ),
        )
