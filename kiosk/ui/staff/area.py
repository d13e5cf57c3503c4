"""Staff mode: one full-screen area behind the PIN pad, for packs, USB import, settings, usage counts and exit.

Every pack operation runs on one worker thread, one after the other, so the screen never
freezes and two changes never overlap. Staff mode leaves by itself after two minutes
without a touch, and whatever was open (a preview, a question) is forgotten.

Here: the screens and the way between them, the PIN flow, the timeout and exit. The main screen's
header and menu are in ``menu``; the actions in ``actions`` (packs), ``settings_actions`` and ``usage``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QStackedLayout, QWidget

from kiosk.core import alerts
from kiosk.core.exitcodes import EXIT_NEW_SESSION, EXIT_RESTART, EXIT_TO_DESKTOP
from kiosk.core.install.store import PackInfo, PackStore
from kiosk.core.paths import DataPaths
from kiosk.core.pin import PinStore, pin_file
from kiosk.core.settings import THEMES, Settings
from kiosk.ui import theme
from kiosk.ui.display import DisplayControl
from kiosk.ui.staff.actions import PackActions
from kiosk.ui.staff.core_messages import translate_all
from kiosk.ui.staff.jobs import InstallControl, JobRunner
from kiosk.ui.staff.menu import StaffMenu
from kiosk.ui.staff.packs import ImportPage, PacksPage
from kiosk.ui.staff.pinpad import PinScreen
from kiosk.ui.staff.preview import PreviewPage
from kiosk.ui.staff.screen import ScreenPage
from kiosk.ui.staff.settings import ClinicNameEditor, SettingsPage
from kiosk.ui.staff.settings_actions import SettingsActions
from kiosk.ui.staff.style import staff_stylesheet
from kiosk.ui.staff.usage import UsageActions, UsagePage
from kiosk.ui.staff.widgets import StaffNotice, SystemPage
from kiosk.ui.visit.idle import IdleWatcher
from kiosk.ui.widgets import input_filters

if TYPE_CHECKING:
    from kiosk.ui.reports import ReportMaker

log = logging.getLogger(__name__)


def _exit_app(code: int) -> None:
    """Leave the event loop with ``code``; kiosk.app decides what the code means."""
    QApplication.exit(code)


class StaffArea(QWidget):
    """Staff mode, filling the kiosk window: the PIN pad first, then the staff screens.

    Signals:
        left(): staff mode ended ("Leave staff mode", or no touch for TIMEOUT_MS).
        settings_changed(object): new Settings, already saved (active pack, clinic name, idle time …).
        pack_files_changed(str): an installed pack's files changed (install or roll back); its id.
    """

    left = Signal()
    settings_changed = Signal(object)
    pack_files_changed = Signal(str)

    TIMEOUT_MS = 120_000

    def __init__(
        self,
        paths: DataPaths,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        store: PackStore | None = None,
        pins: PinStore | None = None,
        language: str = "en",
        display: DisplayControl | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("StaffArea")
        #: The screen's compositor controls (kiosk/ui/display.py): what the Screen page can say it does.
        self.display = display if display is not None else DisplayControl(parent=self)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.paths = paths
        self.settings = settings
        self.store = store if store is not None else PackStore(paths)
        self.pins = pins if pins is not None else PinStore(pin_file(paths))
        self.packs: dict[str, PackInfo] = {}
        self._show_after_listing = ""  # a pack to show (or confirm) once the list is read again
        self.languages: tuple[str, ...] = ()
        self._style_key: tuple[str, float] | None = None
        self._authenticated = False
        # The language of the app's words now (``language``), and the one the screens were built in.
        self._language = self._words_language = language

        #: Makes this kiosk's status report ("Copy report to USB", "Write a report now"); the window sets it.
        self.reports: ReportMaker | None = None
        self.runner = JobRunner(self)
        self.install_control: InstallControl | None = None
        self.runner.busy_changed.connect(self._on_busy)
        self.pack_actions = PackActions(self)
        self.usage_actions = UsageActions(self)
        self.settings_actions = SettingsActions(self)
        self.idle = IdleWatcher(self.TIMEOUT_MS, self)
        self.idle.timed_out.connect(self._on_timeout)

        self._outer = QStackedLayout(self)
        self._build_screens()
        self.notice = StaffNotice(self)

    # -- building ------------------------------------------------------------------------------

    def _build_screens(self) -> None:
        """The PIN pad and every staff screen, their words in the app's language at this moment."""
        self.pin_screen = PinScreen(self.pins)
        self.pin_screen.accepted.connect(self._on_pin_accepted)
        self.pin_screen.changed.connect(self._on_pin_changed)
        self.pin_screen.cancelled.connect(self._on_pin_cancelled)
        self.packs_page = PacksPage()
        self.import_page = ImportPage()
        self.settings_page = SettingsPage()
        self.usage_page = UsagePage()
        self.screen_page = ScreenPage(self.display, language=self._language)
        self.system_page = SystemPage()
        self.preview = PreviewPage(theme.palette(self._theme_name()))
        self.clinic_editor = ClinicNameEditor()
        self.phone_editor = ClinicNameEditor(phone=True)
        self.kiosk_editor = ClinicNameEditor(kind="kiosk")
        self.folder_editor = ClinicNameEditor(kind="folder")
        self.main = StaffMenu(
            {
                "packs": self.packs_page,
                "import": self.import_page,
                "settings": self.settings_page,
                "usage": self.usage_page,
                "screen": self.screen_page,
                "pin": None,
                "system": self.system_page,
            }
        )
        self.main.page_requested.connect(self.show_page)
        self.main.leave_button.clicked.connect(self.leave)
        self._connect_pages()
        for widget in self._screens():
            self._outer.addWidget(widget)

    def _screens(self) -> tuple[QWidget, ...]:
        return (
            self.pin_screen,
            self.main,
            self.preview,
            self.clinic_editor,
            self.phone_editor,
            self.kiosk_editor,
            self.folder_editor,
        )

    def set_language(self, language: str) -> None:
        """The app's words are now in ``language`` (staff changed the start language, or a visit ended).

        Open staff screens are built again in it at once, staying on the same page; closed ones
        wait until staff mode opens again.
        """
        self._language = language
        if not self._authenticated or language == self._words_language:
            return
        shown = self.main.chosen()
        self._rebuild_screens()
        self._outer.setCurrentWidget(self.main)
        self.show_page(shown)

    def _rebuild_screens(self) -> None:
        self._words_language = self._language
        self.pin_screen.stop()
        self.preview.close_preview(quietly=True)
        for widget in self._screens():
            self._outer.removeWidget(widget)
            widget.deleteLater()  # one of them may be handling the tap that changed the language
        self._build_screens()
        self._on_busy(self.runner.busy)
        if self.notice.isVisible():
            self.notice.raise_()

    def _connect_pages(self) -> None:
        packs, imports = self.packs_page, self.import_page
        packs.use_requested.connect(self.pack_actions.use_pack)  # a card asks to confirm a draft itself
        packs.topics_requested.connect(self.pack_actions.change_topics)
        imports.use_requested.connect(self.pack_actions.show_pack_checked)
        for page in (packs, imports):
            page.preview_requested.connect(self.pack_actions.preview_pack)
        packs.rollback_requested.connect(self.pack_actions.roll_back)
        packs.remove_requested.connect(self.pack_actions.remove_pack)
        imports.rescan_requested.connect(self.pack_actions.look_for_packs)
        imports.install_requested.connect(self.pack_actions.install)
        imports.cancel_requested.connect(self.pack_actions.cancel_install)
        imports.copy_report_requested.connect(self.pack_actions.copy_report_to_usb)
        self.settings_actions.connect_pages()
        self.screen_page.restart_requested.connect(self._ask_new_session)
        self.preview.use_requested.connect(self.pack_actions.show_pack_checked)
        self.preview.closed.connect(lambda: self.show_page("packs"))
        self.usage_page.counting_changed.connect(self.usage_actions.set_counting)
        self.usage_page.export_requested.connect(self.usage_actions.export)
        self.system_page.exit_requested.connect(self._ask_exit)
        self.system_page.restart_requested.connect(self._ask_restart)

    # -- coming in and going out -----------------------------------------------------------------

    def begin(self, settings: Settings, languages: tuple[str, ...]) -> None:
        """Show the PIN pad; ``languages`` are those of the pack on screen (for the settings)."""
        self.settings = settings
        self.languages = languages
        self._authenticated = False
        if self._language != self._words_language:
            self._rebuild_screens()
        self.notice.hide()
        self._outer.setCurrentWidget(self.pin_screen)
        self.pin_screen.begin_entry()
        self._watch(True)

    @property
    def is_open(self) -> bool:
        """True while staff are in (the PIN was accepted)."""
        return self._authenticated and self.isVisible()

    @Slot()
    def leave(self) -> None:
        """Close staff mode and say so (the window then shows the attract screen)."""
        self.end()
        self.left.emit()

    def end(self) -> None:
        """Forget that staff are in, and anything open; the PIN is asked again next time."""
        self._authenticated = False
        self._watch(False)
        self.notice.hide()
        self.preview.close_preview(quietly=True)
        self.pin_screen.stop()
        self._outer.setCurrentWidget(self.pin_screen)

    def _watch(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None:
            return
        if on:
            self.idle.set_timeout(self.TIMEOUT_MS)
            input_filters.install(self.idle)
            self.idle.start()
        else:
            self.idle.stop()
            input_filters.remove(self.idle)

    @Slot()
    def _on_timeout(self) -> None:
        if self.runner.busy:
            self.idle.start()  # never walk away from an install that is still running
            return
        log.info("staff mode closed after %d s without a touch", self.TIMEOUT_MS // 1000)
        self.leave()

    @Slot()
    def _on_pin_accepted(self) -> None:
        self._authenticated = True
        log.info("staff mode opened")
        self.show_alerts()
        self._outer.setCurrentWidget(self.main)
        self.show_page("packs")

    @Slot()
    def _on_pin_cancelled(self) -> None:
        if self._authenticated:
            self._outer.setCurrentWidget(self.main)
        else:
            self.leave()

    @Slot()
    def _on_pin_changed(self) -> None:
        self._outer.setCurrentWidget(self.main)
        self.notice.tell(self.tr("PIN saved"), self.tr("Use the new PIN next time you open staff mode."))

    def show_alerts(self) -> None:
        """Show what the kiosk must tell staff now (kiosk.core.alerts), in the staff language."""
        self.main.show_alerts(translate_all(alerts.current()))

    @property
    def nav_buttons(self) -> dict[str, QPushButton]:
        """The menu's buttons by page key, in the menu's order."""
        return self.main.nav_buttons

    @property
    def leave_button(self) -> QPushButton:
        return self.main.leave_button

    @property
    def alerts_label(self) -> QLabel:
        return self.main.alerts_label

    # -- pages -----------------------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        if not self._authenticated:
            return
        if key == "pin":
            self._outer.setCurrentWidget(self.pin_screen)
            self.pin_screen.begin_change()
            return
        self._outer.setCurrentWidget(self.main)
        self.main.select(key)
        if key == "packs":
            self.pack_actions.refresh_packs()
        elif key == "import":
            self.pack_actions.look_for_packs()
        elif key == "settings":
            self.settings_page.show_message("")
            self.settings_page.read_printers()
            self.settings_page.show_settings(self.settings, self.languages)
        elif key == "usage":
            self.usage_actions.refresh()
        elif key == "screen":
            self.screen_page.show_message("")
            self.screen_page.show_settings(self.settings)
            self.display.probe()  # what the display can do now (it says so when the answer comes)

    @property
    def language(self) -> str:
        """The language of the staff screens' words now."""
        return self._language

    def current_page(self) -> QWidget:
        """What staff see now: a page of the main area, or the PIN pad, preview or name editor."""
        outer = self._outer.currentWidget()
        shown = self.main.current_page() if outer is self.main else outer
        assert shown is not None  # the stack always holds screens
        return shown

    def show_screen(self, screen: QWidget) -> None:
        """Bring one of the area's screens to the front: ``main``, or an editor."""
        self._outer.setCurrentWidget(screen)

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self.main.show_busy(busy)
        for card in self.packs_page.cards.values():
            card.setEnabled(not busy)

    # -- settings ----------------------------------------------------------------------------------

    @Slot(object)
    def change_settings(self, new: Settings) -> None:
        """Use ``new`` at once and save it on the worker thread (after any change already queued)."""
        self.settings_actions.change_settings(new)

    # -- exit and restart ------------------------------------------------------------------------

    @Slot()
    def _ask_exit(self) -> None:
        self.notice.ask(
            self.tr("Exit to the desktop?"),
            self.tr("The kiosk closes. Patients see the computer's desktop until someone starts the kiosk again."),
            self.tr("Exit to the desktop"),
            lambda: self._quit(EXIT_TO_DESKTOP),
            danger=True,
        )

    @Slot()
    def _ask_restart(self) -> None:
        self.notice.ask(
            self.tr("Restart the kiosk?"),
            self.tr("The screen goes blank for a few seconds, then the kiosk starts again."),
            self.tr("Restart the kiosk"),
            lambda: self._quit(EXIT_RESTART),
        )

    @Slot()
    def _ask_new_session(self) -> None:
        self.notice.ask(
            self.tr("Restart the kiosk to turn the screen?"),
            self.tr("The screen goes dark for a few seconds, then the kiosk starts again, turned."),
            self.tr("Restart the kiosk"),
            lambda: self._quit(EXIT_NEW_SESSION),
        )

    def _quit(self, code: int) -> None:
        done = {EXIT_RESTART: "restart the kiosk", EXIT_NEW_SESSION: "restart the kiosk's session"}
        log.info("staff chose to %s", done.get(code, "exit to the desktop"))
        self.runner.wait_for_done(10_000)
        _exit_app(code)

    # -- looks -------------------------------------------------------------------------------------

    @property
    def theme_name(self) -> str:
        """The staff screens' colours: the clinic's theme (normal or high contrast)."""
        return self.settings.theme if self.settings.theme in THEMES else "default"

    def _theme_name(self) -> str:
        return self.theme_name

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt override)
        key = (self._theme_name(), round(theme.screen_scale(self.size()), 2))
        if key != self._style_key:
            self._style_key = key
            self.setStyleSheet(staff_stylesheet(*key))
        if self.notice.isVisible():
            self.notice.setGeometry(self.rect())
        super().resizeEvent(event)
