"""What a page turn does before its frame: it paints the page and nothing that stayed, and the
screens built ahead wait until the page is on the screen (speed is measured by make bench; these
check the work, not the time)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.session import Screen
from kiosk.core.settings import Settings
from kiosk.ui.visit import screens as screens_module
from kiosk.ui.visit.keypoint import CheckScreen
from kiosk.ui.window import KioskWindow
from tests.ui.conftest import MakeWindow
from tests.ui.visit.test_checks import BUNDLED


class Painted(QObject):
    """Every widget that gets a Paint event while ``on``, and the order of what happened."""

    def __init__(self) -> None:
        super().__init__()
        self.on = False
        self.widgets: list[QWidget] = []
        #: Notes "<name> painted" in ``order`` when a widget of that class is first painted.
        self.order: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.on and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            if watched not in self.widgets:
                self.order.append(f"{type(watched).__name__} painted")
            self.widgets.append(watched)
        return False


@pytest.fixture
def kiosk(make_window: MakeWindow) -> KioskWindow:
    return make_window(BUNDLED, Settings(clinic_name="Riverside Spine Clinic"))


@pytest.fixture
def painted() -> Iterator[Painted]:
    recorder = Painted()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(recorder)
    yield recorder
    app.removeEventFilter(recorder)


def tap(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_page(qtbot: QtBot, kiosk: KioskWindow) -> None:
    """Next, and past the key-point checks it may bring (their own Next skips them)."""
    tap(qtbot, kiosk.session_view.next_button)
    while kiosk.session.screen is Screen.CHECK:
        tap(qtbot, kiosk.session_view.next_button)


def settle(qtbot: QtBot, kiosk: KioskWindow) -> None:
    """The fade of the last change over and the pages ahead built."""
    qtbot.waitUntil(lambda: not kiosk.transition.is_running(), timeout=3000)
    cache = kiosk.session_view.screens
    index, lang = kiosk.session.page_index, kiosk.session.language
    qtbot.waitUntil(lambda: (index + 1, lang) in cache.pages, timeout=3000)


def test_a_page_turn_paints_the_page_and_the_counter_not_the_bars_that_stayed(
    qtbot: QtBot, kiosk: KioskWindow, painted: Painted
) -> None:
    tap(qtbot, kiosk.attract)
    view = kiosk.session_view
    next_page(qtbot, kiosk)  # page 2: Back is now enabled, and stays so
    settle(qtbot, kiosk)
    while kiosk.session.checks_on_next():  # a page turn, not a check
        next_page(qtbot, kiosk)
        settle(qtbot, kiosk)
    painted.on = True
    tap(qtbot, view.next_button)
    page = view.current_page_screen()
    assert page is not None
    qtbot.waitUntil(lambda: page in painted.widgets, timeout=3000)
    settle(qtbot, kiosk)
    painted.on = False
    assert view.counter in painted.widgets  # "3 of 18", "4 of 18"...
    stayed = [view.back_button, view.home_button, view.bar.text_size_button, view.bar.contrast_button]
    stayed += [view.language_button]
    assert [widget for widget in stayed if widget in painted.widgets] == []


def test_the_pages_ahead_are_built_after_the_page_on_show_is_painted(
    qtbot: QtBot, kiosk: KioskWindow, painted: Painted, monkeypatch: pytest.MonkeyPatch
) -> None:
    order = painted.order
    build = screens_module.PageScreen

    def building(*args: object, **kwargs: object) -> object:
        screen = build(*args, **kwargs)  # type: ignore[arg-type]
        order.append(f"built {screen.page.id} {screen.lang}")
        return screen

    monkeypatch.setattr(screens_module, "PageScreen", building)
    tap(qtbot, kiosk.attract)
    view = kiosk.session_view
    settle(qtbot, kiosk)
    while kiosk.session.checks_on_next():
        next_page(qtbot, kiosk)
        settle(qtbot, kiosk)
    painted.on = True
    order.clear()
    tap(qtbot, view.next_button)
    page = view.current_page_screen()
    assert page is not None
    qtbot.waitUntil(lambda: page in painted.widgets, timeout=3000)
    settle(qtbot, kiosk)
    pack = kiosk.session.pack
    following = pack.pages[kiosk.session.page_index + 1].id
    # Nothing was built before the frame; then the next page, and this page in Spanish (the globe's).
    built = [entry for entry in order if entry.startswith("built")]
    assert built and order.index("PageScreen painted") < order.index(built[0])
    assert f"built {following} en" in built and f"built {page.page.id} es" in built


def test_a_sections_first_check_is_built_while_the_page_before_it_is_read(qtbot: QtBot, kiosk: KioskWindow) -> None:
    tap(qtbot, kiosk.attract)
    view = kiosk.session_view
    session = kiosk.session
    while not session.checks_on_next():
        next_page(qtbot, kiosk)
    built: list[CheckScreen] = []
    qtbot.waitUntil(lambda: bool(built.extend(view.stack.findChildren(CheckScreen)) or built), timeout=3000)
    ahead = built[0]
    tap(qtbot, view.next_button)
    assert view.current_check_screen() is ahead  # shown, not built in the tap
