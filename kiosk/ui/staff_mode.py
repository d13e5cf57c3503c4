"""Staff mode for the kiosk window, opened by holding the top corner away from "Start over"
(kiosk/ui/staff/gesture.py): the PIN, then the staff area (kiosk/ui/staff/area.py). Without a PIN,
only a message on how to set one.

The area and the message are built the first time they are needed, so the first frame does not
wait for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedLayout

from kiosk.core.pin import PinState, PinStore, pin_file

if TYPE_CHECKING:
    from kiosk.ui.staff.area import StaffArea
    from kiosk.ui.staff.hint import StaffHint
    from kiosk.ui.window import KioskWindow


class StaffMode:
    """Opens and closes staff mode over ``window``, as a screen of the window's ``stack``."""

    def __init__(self, window: KioskWindow, stack: QStackedLayout) -> None:
        self._window = window
        self._stack = stack
        # Each once it is made (``area`` and ``hint`` make them).
        self.made_area: StaffArea | None = None
        self.made_hint: StaffHint | None = None

    def shown(self) -> bool:
        return self.made_area is not None and self._stack.currentWidget() is self.made_area

    def hint_shown(self) -> bool:
        """Whether the message on how to set a PIN is on show."""
        return self.made_hint is not None and self.made_hint.isVisible()

    @property
    def area(self) -> StaffArea:
        """The staff area, built the first time staff mode is opened."""
        if self.made_area is None:
            from kiosk.ui.staff.area import StaffArea  # noqa: PLC0415  (not needed for the first frame)

            window = self._window
            language = window.ui_language.current
            self.made_area = StaffArea(
                window.paths, window.settings, parent=window, language=language, display=window.display
            )
            self.made_area.left.connect(window.close_staff)
            self.made_area.settings_changed.connect(window.use_settings)
            self.made_area.pack_files_changed.connect(self._on_pack_files_changed)
            self.made_area.reports = window.inbox_outbox.reports
            self.made_area.usage_actions.loaded_packs = lambda: window.session.library.packs
            self._stack.addWidget(self.made_area)
        return self.made_area

    @property
    def hint(self) -> StaffHint:
        """The message the staff gesture shows when there is no PIN to ask for, made on first use."""
        if self.made_hint is None:
            from kiosk.ui.staff.hint import StaffHint  # noqa: PLC0415  (not needed for the first frame)

            self.made_hint = StaffHint(self._window)
        return self.made_hint

    def open(self) -> None:
        """Show the PIN pad. Whatever a patient had chosen is forgotten first.

        On "Please tell a staff member now" the corner opens that result's own staff check instead:
        the result is never forgotten before the PIN. Without a PIN (none set yet, or its file
        cannot be read) nobody may choose one here: staff see only how to set it, over the attract
        screen, and staff mode stays closed.
        """
        window = self._window
        if window.session.shows_urgent_result:
            window.endings.open_check()
            return
        window.overlay.cancel()
        window.session.reset()
        window.idle.stop()
        state = PinStore(pin_file(window.paths)).state
        if state is not PinState.SET:
            self.hint.tell(state)
            window.changed_outside_the_visit()
            return
        if self.made_hint is not None:
            self.made_hint.dismiss()
        area = self.area
        area.begin(window.settings, window.session.pack.languages)
        self._stack.setCurrentWidget(area)
        window.changed_outside_the_visit()

    def close(self) -> None:
        """Back to the attract screen."""
        if self.made_area is not None:
            self.made_area.end()
        self._stack.setCurrentWidget(self._window.attract)
        self._window.show_session()

    def set_language(self, lang: str) -> None:
        """The app's words changed language: the staff area follows, when it has been built."""
        if self.made_area is not None:
            self.made_area.set_language(lang)

    def fit(self) -> None:
        """The window changed size: the message on how to set a PIN still covers it."""
        if self.made_hint is not None and self.made_hint.isVisible():
            self.made_hint.setGeometry(self._window.rect())

    def _on_pack_files_changed(self, pack_id: str) -> None:
        window = self._window
        if pack_id == window.session.pack.id or pack_id in window.session.library.ids:
            window.reload_pack()
        window.inbox_outbox.report("pack-change")
