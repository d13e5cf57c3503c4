"""How the kiosk window makes the visit's screens of a pack (a SessionView, kiosk/ui/visit/view.py)
and brings one up to date as it comes back on screen (kiosk/ui/visit/pack_views.py keeps them).

A view is made on first use, so the attract screen appears fast (its code too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedLayout

from kiosk.ui import fonts, theme

if TYPE_CHECKING:
    from kiosk.ui.visit.printing import FrontDesk
    from kiosk.ui.visit.view import SessionView
    from kiosk.ui.window import KioskWindow


class VisitScreens:
    """Makes ``window``'s SessionViews, each a screen of the window's ``stack``."""

    def __init__(self, window: KioskWindow, stack: QStackedLayout) -> None:
        self._window = window
        self._stack = stack

    def build(self) -> SessionView:
        """A view of the session's pack as it is now, on the stack and wired to the window."""
        from kiosk.ui.visit.view import SessionView  # noqa: PLC0415

        window, session = self._window, self._window.session
        fonts.load_for_pack(session.pack)  # the fallback fonts this pack's words need (once)
        view = SessionView(session, theme.palette(session.theme), parent=window, reader=window.reader)
        view.keyboard_in_use = lambda: window.settle.keyboard_in_use
        view.clinic = lambda: (window.settings.clinic_name, window.settings.clinic_phone)
        view.screens.patient_printer = self._patient_printer
        view.screens.front_desk = self._front_desk
        view.result_finished.connect(window.endings.on_result_finished)
        view.staff_requested.connect(window.endings.open_check)
        self._stack.addWidget(view)
        window.order_filters()  # in front of the view's swipe filter
        window.reading.reset_media()
        return view

    def catch_up(self, view: SessionView, was: tuple[object, str], now: tuple[object, str]) -> None:
        """A view coming back on screen after the colours, text size or language changed elsewhere."""
        if was[0] != now[0]:
            view.set_colors(theme.palette(self._window.session.theme))
            view.restyle()
        if was[1] != now[1]:
            view.retranslate()

    def _patient_printer(self) -> str | None:
        """The printer patients print on ("" the system's default), or None when they may not print."""
        settings = self._window.settings
        return settings.printer if settings.print_for_patients else None

    def _front_desk(self) -> FrontDesk | None:
        """Where the warning-sign slip prints, when the clinic turned it on."""
        from kiosk.ui.visit.printing import FrontDesk  # noqa: PLC0415  (with the visit's screens, not at start-up)

        settings = self._window.settings
        if not settings.front_desk_slip:
            return None
        return FrontDesk(settings.front_desk_printer, settings.kiosk_name, settings.default_language)
