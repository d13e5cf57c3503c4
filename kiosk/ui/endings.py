"""How a result ends, for the kiosk window: "Thank you" after Finish, and "For staff" on
"Please tell a staff member now" (the staff PIN, the warning signs reported, "End this visit").

Both screens are built the first time they are needed, so the first frame does not wait for them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QStackedLayout, QWidget

from kiosk.core.clock import Clock
from kiosk.core.paths import DataPaths
from kiosk.core.pin import PinStore, pin_file
from kiosk.core.session import Session
from kiosk.ui.i18n import UiLanguage
from kiosk.ui.widgets.settle import SettleGuard

if TYPE_CHECKING:
    from kiosk.ui.staff.warnings import WarningCheck
    from kiosk.ui.visit.thanks import ThankYouScreen

log = logging.getLogger(__name__)


class Window(Protocol):
    """What the endings need of the kiosk window (kiosk/ui/window.py), which sits above them."""

    @property
    def session(self) -> Session: ...
    @property
    def attract(self) -> QWidget: ...
    @property
    def paths(self) -> DataPaths: ...
    @property
    def clock(self) -> Clock: ...
    @property
    def ui_language(self) -> UiLanguage: ...

    def staff_language(self) -> str: ...
    def use_language(self, lang: str) -> bool: ...
    def stylesheet_for(self, theme_name: str, text_size: str) -> str: ...
    def back_to_visit(self) -> None: ...


class ResultEndings(QObject):
    """The thank-you screen and the staff check of a result, as screens of the window's ``stack``."""

    def __init__(self, window: Window, stack: QStackedLayout, settle: SettleGuard) -> None:
        super().__init__(stack)
        self._window = window
        self._stack = stack
        self._settle = settle
        self._thanks: ThankYouScreen | None = None
        self._check: WarningCheck | None = None

    @property
    def session(self) -> Session:
        return self._window.session

    def _show(self, screen: QWidget) -> None:
        self._stack.setCurrentWidget(screen)
        screen.setFocus()
        self._settle.screen_changed()  # a screen like any other: the guard protects its first moments

    # -- "Thank you" ---------------------------------------------------------------------------

    @property
    def thanks(self) -> ThankYouScreen:
        if self._thanks is None:
            from kiosk.ui.visit.thanks import ThankYouScreen  # noqa: PLC0415  (not needed for the first frame)

            self._thanks = ThankYouScreen()
            self._thanks.done.connect(self._on_thanks_done)
            self._stack.addWidget(self._thanks)
        return self._thanks

    def thanks_shown(self) -> bool:
        return self._thanks is not None and self._stack.currentWidget() is self._thanks

    @Slot()
    def on_result_finished(self) -> None:
        """Finish on a result: the answers are forgotten at once, then "Thank you" in the patient's
        language and colours, then the attract screen."""
        session = self.session
        lang, theme_name, text_size = session.language, session.theme, session.text_size
        session.reset()
        thanks = self.thanks
        # The window's colours are the clinic's again; the thank-you keeps the patient's for its few seconds.
        thanks.setStyleSheet(self._window.stylesheet_for(theme_name, text_size))
        thanks.begin(lang, session.pack.default_language)
        self._show(thanks)

    @Slot()
    def _on_thanks_done(self) -> None:
        if self.thanks_shown():
            self._show(self._window.attract)

    # -- "For staff" ---------------------------------------------------------------------------

    @property
    def check(self) -> WarningCheck:
        if self._check is None:
            from kiosk.ui.staff.warnings import WarningCheck  # noqa: PLC0415  (not needed for the first frame)

            self._check = WarningCheck(PinStore(pin_file(self._window.paths)), clock=self._window.clock)
            self._check.closed.connect(self._on_check_closed)
            self._check.dismissed.connect(self._on_dismissed)
            self._stack.addWidget(self._check)
        return self._check

    def check_shown(self) -> bool:
        return self._check is not None and self._stack.currentWidget() is self._check

    @Slot()
    def open_check(self) -> None:
        """ "For staff": the PIN pad, in the staff language. The result stays as it is underneath."""
        session = self.session
        if not session.shows_urgent_result or self.check_shown():
            return
        window = self._window
        staff_language = window.staff_language()
        window.use_language(staff_language)  # the app's words (PIN pad, list) and direction for staff
        check = self.check
        check.begin(session.reported_signs(), session.language, staff_language, session.theme)
        self._show(check)
        log.info("staff check opened on a 'tell a staff member now' result")

    @Slot()
    def _on_check_closed(self) -> None:
        """Cancel, "Back to the result" or a minute without a touch: the result, unchanged."""
        self._window.back_to_visit()

    @Slot()
    def _on_dismissed(self) -> None:
        log.info("staff ended a 'tell a staff member now' visit")
        self.session.reset()
        self._show(self._window.attract)

    def visit_ended(self) -> None:
        """The visit ended some other way (ten minutes idle, an error): nothing of it stays open."""
        if self._check is not None:
            self._check.end()
            if self.check_shown():
                self._stack.setCurrentWidget(self._window.attract)
