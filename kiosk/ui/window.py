"""The kiosk's one window: attract screen, the visit's screens and the idle overlay.

Over 500 lines: the window is where the screens, read aloud, staff mode (and the staff gesture's
message when no PIN is set), the idle reset and the screen's sleep meet, and it decides what is
shown. What needs a heavy module is made on first use or after the first frame, and each part's
work lives in its own module: how a change of screen is marked (the settle guard, the fade, what
a screen reader is told) in ``screen_change``, the visit's screens in ``visit_screens``, what the
attract screen shows in ``attract_content``, read aloud and speech mode in ``reading``, "Still
there?" in ``idle_reset``, staff mode in ``staff_mode``, how a result ends ("Thank you" and the
staff check) in ``endings``, the inbox and the outbox in ``inbox_outbox``, the usage counts in
``counting`` and the screen's sleep and turn in ``screen_sleep``. The window keeps the names
other code and the tests use, handing each to its part.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QImage, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QLayout, QStackedLayout, QWidget

from kiosk.core import clock as clocks
from kiosk.core.clock import Clock, WallClock
from kiosk.core.idle import idle_seconds
from kiosk.core.install.locate import open_library, open_pack
from kiosk.core.languages import is_right_to_left
from kiosk.core.paths import DataPaths
from kiosk.core.session import Preferences, Screen, Session
from kiosk.core.settings import Settings
from kiosk.ui import attract_content, theme
from kiosk.ui.counting import UsageCounting
from kiosk.ui.display import DisplayControl
from kiosk.ui.endings import ResultEndings
from kiosk.ui.i18n import SOURCE_LANGUAGE, UiLanguage
from kiosk.ui.idle_reset import IdleReset
from kiosk.ui.inbox_outbox import InboxOutbox
from kiosk.ui.reading import Reading
from kiosk.ui.screen_change import ScreenChange
from kiosk.ui.screen_sleep import ScreenSleep
from kiosk.ui.staff.gesture import CornerHold
from kiosk.ui.staff_mode import StaffMode
from kiosk.ui.visit.attract import AttractScreen
from kiosk.ui.visit.idle import IdleWatcher, StillThereOverlay
from kiosk.ui.visit.pack_views import PackViews
from kiosk.ui.visit_screens import VisitScreens
from kiosk.ui.widgets import accessible, input_filters
from kiosk.ui.widgets.next_frame import after_next_frame
from kiosk.ui.widgets.settle import SettleGuard
from kiosk.ui.widgets.transition import Transition

if TYPE_CHECKING:
    from kiosk.core.fleet.tally import VisitTally
    from kiosk.ui.fleet import FleetLink
    from kiosk.ui.reports import ReportMaker
    from kiosk.ui.staff.area import StaffArea
    from kiosk.ui.staff.hint import StaffHint
    from kiosk.ui.visit.narration import Narrator
    from kiosk.ui.visit.speech import ReadAloud
    from kiosk.ui.visit.speech_mode import SpeechMode
    from kiosk.ui.visit.view import SessionView

log = logging.getLogger(__name__)


class KioskWindow(QWidget):
    """Shows a Session. In kiosk mode it cannot be closed, and no context menu ever opens."""

    #: Asked about context menus only, to swallow them (kiosk/ui/widgets/input_filters.py).
    INPUT_EVENTS = frozenset({QEvent.Type.ContextMenu})

    def __init__(
        self,
        session: Session,
        settings: Settings,
        kiosk_mode: bool = True,
        parent: QWidget | None = None,
        *,
        paths: DataPaths | None = None,
        clock: Clock | None = None,
        wall_clock: WallClock | None = None,
        display: DisplayControl | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("KioskWindow")
        #: The one monotonic clock of the kiosk: the settle guard reads it (tests inject their own).
        self.clock: Clock = clock if clock is not None else clocks.monotonic
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.session = session
        self.settings = settings
        self.kiosk_mode = kiosk_mode
        self._allow_close = False
        self._style_key: tuple[str, str, float, bool] | None = None
        if kiosk_mode:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        accessible.install()  # what a screen reader gets beyond Qt's own (kiosk/ui/widgets/accessible.py)
        # The locale a screen reader picks its voice by is the patient's language (``use_language``);
        # the one the process had comes back when the window closes.
        self._locale_before = QLocale()
        self._locale_lang = ""

        self.ui_language = UiLanguage()
        self.attract = AttractScreen()
        self.attract.start_requested.connect(self.session.start)
        self.attract.topic_requested.connect(self.session.choose_topic)
        self.attract.questions_requested.connect(self.session.start_questionnaire)
        self.attract.language_requested.connect(self.session.set_language)
        self.attract.text_size_requested.connect(self.session.next_text_size)
        self.attract.contrast_requested.connect(self.session.toggle_contrast)
        self._stack = QStackedLayout(self)
        # The visit's screens, one view per shown pack (kiosk/ui/visit_screens.py, visit/pack_views.py).
        self.visit_screens = VisitScreens(self, self._stack)
        self._views = PackViews(session, self.visit_screens.build, self._view_stamp, self.visit_screens.catch_up, self)
        # Read aloud, recorded narration and speech mode (kiosk/ui/reading.py): made, and the speech
        # engine started, after the first frame (warm_up), never before it.
        self.reading = Reading(self, self._views)
        # The window keeps the screen's size; each screen fits itself into it (never the other way round).
        self._stack.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._stack.addWidget(self.attract)

        # "Still there?" after the idle time, then the visit forgotten (kiosk/ui/idle_reset.py).
        self.overlay = StillThereOverlay(self)
        self.idle = IdleWatcher(settings.idle_timeout_s * 1000, self, clock=self.clock)
        self.idle_reset = IdleReset(self, self.overlay, self.idle, self._hide_focus_ring)
        # Staff mode: press and hold the top corner away from "Start over", then the PIN
        # (kiosk/ui/staff_mode.py); without a PIN, only a message on how to set one.
        self.paths = paths if paths is not None else DataPaths.choose(None)
        self.staff_mode = StaffMode(self, self._stack)
        # The clinic's other machines (kiosk/ui/inbox_outbox.py): started after the first frame, and
        # only when the settings name an inbox or an outbox folder.
        self.inbox_outbox = InboxOutbox(self)
        self.staff_entry = CornerHold(self, allowed=lambda: not self.staff_is_shown())
        self.staff_entry.held.connect(self.open_staff)
        self.settle = SettleGuard(self, self.clock, on_pointer=self._hide_focus_ring)
        # The screen's sleep outside clinic hours and its rotation (kiosk/ui/screen_sleep.py, display.py).
        self.display = display if display is not None else DisplayControl(parent=self)
        self.screen_sleep = ScreenSleep(
            self, self.display, lambda: self.settings, self.may_sleep, clock=self.clock,
            wall_clock=wall_clock if wall_clock is not None else clocks.local_time,
        )  # fmt: skip
        self.screen_sleep.asleep_changed.connect(self._on_asleep_changed)
        self.idle.activity.connect(self.screen_sleep.note_activity)
        # "Thank you" after Finish; "For staff" on "Please tell a staff member now" (kiosk/ui/endings.py).
        self.endings = ResultEndings(self, self._stack, self.settle)
        self.screen_change = ScreenChange(self, self._views)  # the guard, the fade and what a screen reader hears
        self.transition = Transition(self)  # the fade from one screen to the next
        for watcher in (self.idle, self, self.staff_entry):
            input_filters.install(watcher)
        self.settle.install()  # last, so it sees every event first

        self.session.changed.connect(self.show_session)
        self.session.ended.connect(self.overlay.cancel)
        self.session.ended.connect(self._on_visit_ended)
        # Anonymous counts by day (kiosk/ui/counting.py): noted in memory, written off this thread at the visit's end.
        self.counting = UsageCounting(session, self.paths, lambda: self.settings, enabled=settings.usage_counting)
        self.show_session()

    # -- what is shown -------------------------------------------------------------------

    @property
    def _session_view(self) -> SessionView | None:
        """The view of the pack the visit is in, when it has been built."""
        return self._views.current()

    @property
    def session_view(self) -> SessionView:
        """The visit's screens (of the session's pack), built on first use so the attract screen
        appears fast (its code too)."""
        return self._views.get()

    def _view_stamp(self) -> tuple[object, str]:
        """What the view on screen is drawn for now: the style and the language of the app's words."""
        return (self._style_key, self.ui_language.current)

    def current_screen(self) -> QWidget | None:
        return self._stack.currentWidget()

    def visit_shown(self) -> bool:
        """Whether the visit's screens (of the pack the visit is in) are on show."""
        view = self._session_view
        return view is not None and self._stack.currentWidget() is view

    def _hide_focus_ring(self) -> None:
        """A touch or click: no control keeps a keyboard focus ring (it would look chosen)."""
        focus = QApplication.focusWidget()
        screen = self.current_screen()
        inside = focus is not None and screen is not None and focus is not screen and screen.isAncestorOf(focus)
        if inside and screen is not None and screen.focusPolicy() != Qt.FocusPolicy.NoFocus:
            screen.setFocus(Qt.FocusReason.MouseFocusReason)

    @Slot()
    def show_session(self) -> None:
        fade, new_screen = self.screen_change.note()  # the settle guard starts when the controls moved
        self._show_screen()
        if fade is not None:  # over the screen as it now is (a view made just now is on top)
            self.transition.begin(fade, theme.palette(self.session.theme).background)
        if new_screen:
            self.screen_change.announce()
        self.reading.refresh_speech()  # the new screen spoken, when speech mode is on
        self.screen_sleep.check()  # back on the attract screen outside the hours: it may sleep
        self.screen_sleep.keep_on_top()

    def _show_screen(self) -> None:
        session = self.session
        self.apply_style()
        if self.use_language(session.language):
            self.overlay.retranslate()
            if self._session_view is not None:
                self._session_view.retranslate()
                self._views.drawn_now()
            self.staff_mode.set_language(self.ui_language.current)
        self.idle_reset.follow(session)  # "Please tell a staff member now" waits longer
        if session.screen is Screen.ATTRACT:
            self.idle.stop()
            attract_content.show_session(self.attract, self.session, self.settings.clinic_name)
            self.inbox_outbox.visit_over()  # a pack that came in during the visit is shown now
            self.reading.sync()
            if not self.staff_is_shown():
                self._stack.setCurrentWidget(self.attract)
            # A patient who only changed the language, text size or contrast is forgotten too.
            if session.has_choices and not self.staff_is_shown():
                self.idle.start()
            return
        if self.endings.check_shown():
            return  # staff are at the PIN pad or the list; the result waits underneath, unchanged
        view = self.session_view
        view.show_session()
        if self._stack.currentWidget() is not view:
            self._stack.setCurrentWidget(view)
            self.order_filters()  # in front of the swipe filter the view installs as it shows
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.idle.start()
        self.reading.sync()

    def attract_picture(self) -> QImage | None:
        """The attract screen as the next patient will see it, rendered off screen (kiosk/ui/attract_content.py);
        None while a visit is under way."""
        return attract_content.render(self.session, self.settings.clinic_name, self)

    def changed_outside_the_visit(self) -> None:
        """A screen that is not the visit's came up (staff mode, a message): the guard and the fade."""
        self.transition.begin(self.rect(), theme.palette(self.session.theme).background)
        self.settle.screen_changed()
        self.reading.refresh_speech()  # silent at the PIN pad and in staff mode

    def back_to_visit(self) -> None:
        """From the staff check back to the visit's screen, as it was (in the patient's language)."""
        self._stack.setCurrentWidget(self.session_view)
        self.order_filters()
        self.settle.screen_changed()
        self.show_session()

    def use_language(self, lang: str) -> bool:
        """The app's words in ``lang`` (or the pack's default language's, when ``lang`` has no
        translation), and the screens laid out in its direction: mirrored for Arabic or Hebrew.
        True when the language changed."""
        changed = self.ui_language.set(lang, self.session.pack.default_language)
        if lang != self._locale_lang:
            # The language a screen reader speaks in (AT-SPI's locale follows Qt's default and the window's).
            self._locale_lang = lang
            locale = QLocale(lang)
            QLocale.setDefault(locale)
            # Every widget is told (a few ms): once the new words are painted, not before.
            after_next_frame(self, lambda: self.setLocale(QLocale(self._locale_lang)))
        direction = Qt.LayoutDirection.RightToLeft if is_right_to_left(lang) else Qt.LayoutDirection.LeftToRight
        if self.layoutDirection() != direction:
            self.setLayoutDirection(direction)
            self.apply_style()  # the style sheet's sides (a quote's rule, answers' text) follow
        return changed

    def staff_language(self) -> str:
        """The kiosk's default language from settings (the pack's own when the pack lacks it)."""
        pack = self.session.pack
        lang = self.settings.default_language
        return lang if lang in pack.languages else pack.default_language

    def stylesheet_for(self, theme_name: str, text_size: str) -> str:
        """The kiosk's stylesheet in other colours or another text size, at this window's size."""
        scale = round(theme.screen_scale(self.size()), 2)
        return theme.stylesheet(theme_name, text_size, scale, self.isRightToLeft())

    def apply_style(self) -> None:
        """Restyle for the current window size, text size and theme (only when one changed)."""
        scale = round(theme.screen_scale(self.size()), 2)
        key = (self.session.theme, self.session.text_size, scale, self.isRightToLeft())
        if key == self._style_key:
            return
        self._style_key = key
        theme.load_fonts()
        if self._session_view is not None:
            self._session_view.before_restyle()  # only what is on show is styled now, the rest later
        self.setStyleSheet(theme.stylesheet(*key))
        if self._session_view is not None:
            self._session_view.set_colors(theme.palette(self.session.theme))
            self._session_view.restyle()
            self._views.drawn_now()

    # -- read aloud and speech mode (kiosk/ui/reading.py) --------------------------------------

    @property
    def reader(self) -> ReadAloud:
        """Reading aloud, made on first use (its module stays off the way to the first frame)."""
        return self.reading.reader

    @property
    def narrator(self) -> Narrator:
        """Plays recorded narration, made on first use (Qt Multimedia loads only then)."""
        return self.reading.narrator

    @property
    def speech_mode(self) -> SpeechMode:
        """Speech mode, made (and listening for its keys and gesture) on first use."""
        return self.reading.speech_mode

    @property
    def _reader(self) -> ReadAloud | None:
        """The reader once made; tests and benchmarks put their own here before it is."""
        return self.reading.made_reader

    @_reader.setter
    def _reader(self, reader: ReadAloud | None) -> None:
        self.reading.made_reader = reader

    @property
    def _speech(self) -> SpeechMode | None:
        """Speech mode once made; tests put their own here."""
        return self.reading.made_speech

    @_speech.setter
    def _speech(self, speech: SpeechMode | None) -> None:
        self.reading.made_speech = speech

    @Slot()
    def _on_headphones(self) -> None:
        """Headphones plugged in on the attract screen: speech mode starts, for a patient who cannot see."""
        self.reading.on_headphones()

    def _on_visit_ended(self) -> None:
        self.endings.visit_ended()
        # Through the window, to whichever views there are now (reload_pack replaces them).
        views = self._views.all()
        if views:
            self.reading.reset_media()
        for view in views:  # a visit may have followed a link into another pack's pages
            view.visit_ended()
        self._views.warm_all()

    @property
    def usage(self) -> VisitTally:
        """The visit under way as it is counted (kiosk/ui/counting.py); ``enabled`` follows the settings."""
        return self.counting.tally

    def finish_counting(self) -> None:
        """Wait (briefly) until the last visit's counts are on the disk: before the kiosk stops."""
        self.counting.finish()

    @Slot()
    def warm_up(self) -> None:
        """After the first frame: build the visit's screens and first page, so the first tap is quick."""
        self.session_view.page_screen(0, self.session.language).ensurePolished()
        self.reading.warm_up()  # the speech engine; a key on the attract screen starts speech mode from now on
        self._views.warm_all()  # the other shown packs, one at a time
        self.use_screen_settings()

    def order_filters(self) -> None:
        """The application's event filters in the order they must see events: the settle guard first
        (it drops the taps nobody meant), the staff corner (a tap there is nobody's activity), the
        idle watch, then speech mode (which takes keys and touches while it is on), then the rest."""
        app = QApplication.instance()
        if app is None:
            return
        if self.reading.made_speech is not None:
            self.reading.made_speech.install()
        for watcher in (self.idle, self.staff_entry):  # the one installed last is asked first
            input_filters.install(watcher)
        self.settle.install()
        self.screen_sleep.install()  # while asleep, in front of all: the waking touch does nothing else

    @Slot()
    def return_to_start(self) -> None:
        """Used after an unexpected error: forget the visit and show the attract screen."""
        self.overlay.cancel()
        self.session.reset()

    # -- staff mode (kiosk/ui/staff_mode.py) ----------------------------------------------------

    def staff_is_shown(self) -> bool:
        return self.staff_mode.shown()

    @property
    def staff(self) -> StaffArea:
        """The staff area, built the first time staff mode is opened."""
        return self.staff_mode.area

    @property
    def staff_hint(self) -> StaffHint:
        """The message the staff gesture shows when there is no PIN to ask for, made on first use."""
        return self.staff_mode.hint

    @property
    def _staff(self) -> StaffArea | None:
        """The staff area once built (tests ask whether it was)."""
        return self.staff_mode.made_area

    @property
    def _staff_hint(self) -> StaffHint | None:
        """The message on how to set a PIN once made (tests ask whether it shows)."""
        return self.staff_mode.made_hint

    @Slot()
    def open_staff(self) -> None:
        """Show the PIN pad, or the message on how to set one (``StaffMode.open`` says when)."""
        self.staff_mode.open()

    @Slot()
    def close_staff(self) -> None:
        self.staff_mode.close()

    @Slot(object)
    def use_settings(self, settings: Settings) -> None:
        """Staff changed the settings: the attract screen shows them at once (and a new active pack)."""
        pack_changed = settings.shown != self.settings.shown
        outbox_changed = settings.outbox_folder != self.settings.outbox_folder
        self.settings = settings
        self.usage.enabled = settings.usage_counting
        self.idle.set_timeout(idle_seconds(self.session, settings.idle_timeout_s) * 1000)
        self.session.defaults = Preferences(
            language=settings.default_language, text_size=settings.text_size, theme=settings.theme
        )
        if pack_changed:
            self.reload_pack()
        else:
            self.session.reset()
        self.inbox_outbox.sync()
        if pack_changed or outbox_changed:
            self.inbox_outbox.report("pack-change" if pack_changed else "settings")
        self.use_screen_settings()

    def use_screen_settings(self) -> None:
        """Turn the screen and sleep or wake as the settings say (kiosk/ui/screen_sleep.py)."""
        self.screen_sleep.use_settings()

    def may_sleep(self) -> bool:
        """Whether the screen may sleep now: the attract screen with nobody at it. Never during a
        visit, in staff mode, in speech mode or over a message."""
        session = self.session
        return (
            session.screen is Screen.ATTRACT
            and not session.has_choices
            and self.current_screen() is self.attract
            and not self.overlay.is_counting()
            and not self.staff_mode.hint_shown()
            and not self.reading.speaking()
        )

    @Slot(bool)
    def _on_asleep_changed(self, asleep: bool) -> None:
        if not asleep:  # the attract screen, shown as a new screen: the touch after the waking one waits
            self.settle.screen_changed()
            self.attract.update()

    # -- the clinic's other machines: inbox and outbox (kiosk/ui/inbox_outbox.py, docs/fleet.md) ----

    @property
    def reports(self) -> ReportMaker:
        """Makes this kiosk's status report (kiosk/ui/reports.py), for the outbox and for staff."""
        return self.inbox_outbox.reports

    @property
    def fleet(self) -> FleetLink | None:
        """The inbox watcher and report writer, while the settings name a folder (after the first frame)."""
        return self.inbox_outbox.link

    @Slot()
    def start_fleet(self) -> None:
        """After the first frame: watch the inbox and write reports, when the settings name their folders."""
        self.inbox_outbox.start()

    def stop_fleet(self) -> None:
        """The kiosk is closing: no more scans or reports (an install under way stops, nothing changed)."""
        self.inbox_outbox.stop()

    def reload_pack(self) -> None:
        """Read the shown packs again (after a switch, install or roll back) and start over with them."""
        opened = open_pack(self.settings.active_pack, self.paths)
        if opened.pack is None:
            log.error("pack %r cannot be shown; keeping %r", self.settings.active_pack, self.session.pack.id)
            return
        for view in self._views.clear():
            self._stack.removeWidget(view)
            view.deleteLater()
        self.session.use_pack(opened.pack, open_library(self.settings.shown, opened.pack, self.paths))
        self._views.warm_all()
        log.info("now showing pack %s version %s", opened.pack.id, opened.pack.version)

    # -- idle (kiosk/ui/idle_reset.py) -------------------------------------------------------------

    @Slot()
    def _on_idle(self) -> None:
        """The idle time passed: "Still there?", or the visit forgotten (``IdleReset.on_idle``)."""
        self.idle_reset.on_idle()

    # -- kiosk lock-down ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        return event.type() == QEvent.Type.ContextMenu

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt override)
        if self.kiosk_mode and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F4):
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802  (Qt override)
        if self.kiosk_mode and not self._allow_close:
            log.info("close request ignored in kiosk mode")
            event.ignore()
            return
        self.ui_language.set(SOURCE_LANGUAGE)  # the translator is application-wide; leave it as we found it
        QLocale.setDefault(self._locale_before)  # and so is the default locale
        # A closed kiosk has no patient: its idle, staff and countdown timers must not fire later
        # (on a window being deleted, or during the next window's life in tests and previews).
        for timer in self.findChildren(QTimer):
            timer.stop()
        self.reading.close()  # speech mode asks the window's screens, which go with them
        self.stop_fleet()
        self.finish_counting()
        input_filters.remove(self.screen_sleep)
        event.accept()

    def force_close(self) -> None:
        """Close even in kiosk mode (staff exit, end of a screenshot run)."""
        self._allow_close = True
        self.close()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt override)
        self.transition.finish()  # a fade over the old size would cover the wrong part
        self.apply_style()
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.rect())
        self.staff_mode.fit()
        self.screen_sleep.keep_on_top()
        super().resizeEvent(event)
