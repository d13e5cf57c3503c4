"""A tap on a page's picture shows it as large as the window allows, so its labels grow; a tap
anywhere, or any key, goes back. Taps count only where they began and ended; leaving the page or
the visit ending closes it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from kiosk.core.checks.picture_labels import PAGE_BOX_1280
from kiosk.core.session import Screen
from kiosk.core.settings import Settings
from kiosk.ui.visit.page import PageScreen
from kiosk.ui.visit.pictures import PictureViewer
from kiosk.ui.widgets.picture import render_picture
from kiosk.ui.window import KioskWindow
from tests.clocks import SteppedClock
from tests.ui.visit.test_checks import open_bundled
from tests.ui.visit.test_result import tap


@pytest.fixture
def clock() -> SteppedClock:
    return SteppedClock(now=1000.0)


@pytest.fixture
def kiosk(qtbot: QtBot, clock: SteppedClock) -> Iterator[KioskWindow]:
    window = open_bundled(qtbot, clock, Settings())
    window.resize(1280, 800)
    yield window
    window.force_close()


def on_picture_page(qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow) -> PageScreen:
    tap(qtbot, clock, kiosk.attract)
    qtbot.waitUntil(lambda: kiosk.session.screen is Screen.PAGE)
    kiosk.session.go_to_page("facet-joints")
    screen = kiosk.session_view.current_page_screen()
    assert screen is not None and screen.illustration is not None
    qtbot.waitUntil(screen.illustration.isVisible)
    return screen


def viewer_of(kiosk: KioskWindow) -> PictureViewer | None:
    found = [w for w in kiosk.findChildren(PictureViewer) if w.isVisible()]
    assert len(found) <= 1
    return found[0] if found else None


def drawn_width(screen: PageScreen) -> int:
    """How wide the page's picture is drawn (the widget is wider than the picture when height limits it)."""
    assert screen.illustration is not None
    return screen.illustration.drawn_size().width()


@pytest.mark.parametrize("text_size", ["normal", "largest"])
def test_a_tap_on_the_picture_shows_it_much_larger_over_the_whole_window(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow, text_size: str
) -> None:
    kiosk.session.set_text_size(text_size)
    screen = on_picture_page(qtbot, clock, kiosk)
    assert screen.illustration is not None
    qtbot.waitUntil(lambda: drawn_width(screen) > 0)
    on_page = drawn_width(screen)
    tap(qtbot, clock, screen.illustration)
    viewer = viewer_of(kiosk)
    assert viewer is not None and viewer.geometry() == kiosk.rect()
    qtbot.waitUntil(lambda: viewer.drawn_size().width() > 0)
    assert viewer.drawn_size().width() >= 1.5 * on_page  # its labels as much larger
    assert viewer.hint.text() == "Tap anywhere to go back"
    assert kiosk.session.screen is Screen.PAGE  # nothing else changed


def test_a_tap_anywhere_goes_back_and_a_double_tap_does_not_open_and_close_it(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow
) -> None:
    screen = on_picture_page(qtbot, clock, kiosk)
    assert screen.illustration is not None
    clock.advance(1.0)
    qtbot.mouseClick(screen.illustration, Qt.MouseButton.LeftButton)
    viewer = viewer_of(kiosk)
    assert viewer is not None
    clock.advance(0.2)  # the second tap of a double tap
    qtbot.mouseClick(viewer, Qt.MouseButton.LeftButton)
    assert viewer_of(kiosk) is viewer  # still open
    tap(qtbot, clock, viewer)
    assert viewer_of(kiosk) is None
    assert screen.viewer is None and screen.body.isVisible()


def test_a_press_that_ends_off_the_picture_does_nothing_and_the_press_shows_at_once(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow
) -> None:
    screen = on_picture_page(qtbot, clock, kiosk)
    picture = screen.illustration
    assert picture is not None
    clock.advance(1.0)
    badge = picture.badge_rect().center().toPoint()
    before = QColor(picture.grab().toImage().pixel(badge))
    qtbot.mousePress(picture, Qt.MouseButton.LeftButton, pos=badge)
    assert picture.pressed
    assert QColor(picture.grab().toImage().pixel(badge)).lightness() < before.lightness()  # darker while held
    outside = picture.mapFrom(kiosk, kiosk.session_view.next_button.geometry().center())
    qtbot.mouseRelease(picture, Qt.MouseButton.LeftButton, pos=QPoint(outside.x(), -40))
    assert not picture.pressed
    assert viewer_of(kiosk) is None


def test_enter_on_the_picture_opens_it_and_any_key_closes_it(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow
) -> None:
    screen = on_picture_page(qtbot, clock, kiosk)
    picture = screen.illustration
    assert picture is not None and picture in screen.focus_order()
    picture.setFocus()
    qtbot.keyClick(picture, Qt.Key.Key_Return)
    viewer = viewer_of(kiosk)
    assert viewer is not None and viewer.hasFocus()
    clock.advance(1.0)
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert viewer_of(kiosk) is None
    assert picture.hasFocus()


def test_leaving_the_page_or_the_visit_ending_closes_the_larger_picture(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow
) -> None:
    screen = on_picture_page(qtbot, clock, kiosk)
    assert screen.illustration is not None
    tap(qtbot, clock, screen.illustration)
    assert viewer_of(kiosk) is not None
    kiosk.session.next()
    qtbot.waitUntil(lambda: viewer_of(kiosk) is None)
    kiosk.session.go_to_page("facet-joints")
    again = kiosk.session_view.current_page_screen()
    assert again is not None and again.illustration is not None
    qtbot.waitUntil(again.illustration.isVisible)
    tap(qtbot, clock, again.illustration)
    assert viewer_of(kiosk) is not None
    kiosk.session.reset()  # the visit ends (idle, Start over)
    qtbot.waitUntil(lambda: viewer_of(kiosk) is None)
    assert kiosk.current_screen() is kiosk.attract


def test_high_contrast_shows_the_larger_picture_on_its_light_panel(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow
) -> None:
    kiosk.session.set_theme("high-contrast")
    screen = on_picture_page(qtbot, clock, kiosk)
    assert screen.illustration is not None and screen.illustration.framed
    tap(qtbot, clock, screen.illustration)
    viewer = viewer_of(kiosk)
    assert viewer is not None
    image = viewer.grab().toImage()
    assert QColor(image.pixel(5, 5)).name() == "#000000"  # the theme's background
    area, drawn = viewer.picture_area(), viewer.drawn_size()
    left = area.x() + (area.width() - drawn.width()) / 2
    assert QColor(image.pixel(int(left - 6), int(area.center().y()))).name() == "#ffffff"  # the panel


@pytest.mark.parametrize(
    ("text_size", "sizes"),
    [("normal", ((489, 428), (768, 672))), ("largest", ((369, 323), (733, 642)))],
)
def test_the_sizes_docs_content_packs_gives_for_1280x800(
    qtbot: QtBot,
    clock: SteppedClock,
    kiosk: KioskWindow,
    text_size: str,
    sizes: tuple[tuple[int, int], tuple[int, int]],
) -> None:
    """The table in docs/content-packs.md ("Picture proportions and label size"), within 3%."""
    on_page, larger = sizes
    kiosk.session.set_text_size(text_size)
    screen = on_picture_page(qtbot, clock, kiosk)
    assert screen.illustration is not None
    qtbot.waitUntil(lambda: drawn_width(screen) > 0)
    assert abs(drawn_width(screen) - on_page[0]) <= 0.03 * on_page[0]
    tap(qtbot, clock, screen.illustration)
    viewer = viewer_of(kiosk)
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.drawn_size().width() > 0)
    assert abs(viewer.drawn_size().width() - larger[0]) <= 0.03 * larger[0]
    doc = (Path(__file__).resolve().parents[3] / "docs" / "content-packs.md").read_text(encoding="utf-8")
    assert f"{on_page[0]} x {on_page[1]}" in doc and f"{larger[0]} x {larger[1]}" in doc


@pytest.mark.parametrize("text_size", ["normal", "largest"])
def test_the_box_kiosk_validate_measures_labels_in_is_the_pages_own(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow, text_size: str
) -> None:
    """kiosk/core/checks/picture_labels.py's PAGE_BOX_1280 is the room a page gives its picture at 1280x800."""
    kiosk.session.set_text_size(text_size)
    screen = on_picture_page(qtbot, clock, kiosk)
    assert screen.illustration is not None
    width, height = PAGE_BOX_1280[text_size]
    qtbot.waitUntil(lambda: screen.illustration is not None and screen.illustration.height() > 200)
    assert abs(screen.illustration.width() - width) <= 0.03 * width
    assert abs(screen.illustration.height() - height) <= 0.03 * height


def test_the_diagrams_labels_grow_when_the_patient_makes_the_text_larger(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow
) -> None:
    screen = on_picture_page(qtbot, clock, kiosk)
    picture = screen.illustration
    assert picture is not None
    qtbot.waitUntil(lambda: drawn_width(screen) > 0)
    assert picture.label_scale == 1.0
    bar = kiosk.session_view.bar
    while kiosk.session.text_size != "largest":  # "Aa" until the largest text, as a patient would
        tap(qtbot, clock, bar.text_size_button)
    qtbot.waitUntil(lambda: picture.text_scale == 1.5 and drawn_width(screen) > 0)
    # The spine's labels grow by all the room they have: "Spine bone" stops short of its pointer.
    assert picture.label_scale == pytest.approx(1.2)
    size = picture.drawn_size()
    as_written = render_picture(picture.path, size.width(), size.height(), 1.0)
    grown = render_picture(picture.path, size.width(), size.height(), 1.0, picture.text_scale)
    assert grown.text("label-scale") == "1.2" and grown != as_written
    # The larger picture shows the grown labels too.
    tap(qtbot, clock, picture)
    viewer = viewer_of(kiosk)
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.drawn_size().width() > 0)
    viewer.close_viewer()
    kiosk.session.set_text_size("normal")
    qtbot.waitUntil(lambda: picture.text_scale == 1.0)
    qtbot.waitUntil(lambda: drawn_width(screen) > 0 and picture.label_scale == 1.0)
