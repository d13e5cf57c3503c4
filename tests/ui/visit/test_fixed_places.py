"""Places a patient can count on, on every screen of ``kiosk screenshot``'s registry: the staff corner
holds no patient control, and the bottom bar's controls never move from one screen to the next."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.session import Preferences
from kiosk.core.settings import Settings
from kiosk.ui.screenshots import visit_screens
from kiosk.ui.widgets.corner import CORNER_PX, KEEP_CLEAR_PX, corner_square
from kiosk.ui.window import KioskWindow
from tests.conftest import TEST_PACKS_DIR
from tests.ui.conftest import MakeWindow

SIZES = [(1920, 1080), (1280, 800), (1080, 1920)]
#: What a patient can touch to make something happen.
INPUTS = (QAbstractButton, QAbstractSlider, QLineEdit, QTextEdit, QComboBox, QAbstractSpinBox)


def open_kiosk(make_window: MakeWindow, size: tuple[int, int], lang: str, text_size: str = "normal") -> KioskWindow:
    # Arabic: the small right-to-left test pack (the bundled pack is in English and Spanish).
    pack = TEST_PACKS_DIR / "ar-demo" if lang == "ar" else BUNDLED_CONTENT_DIR / "rfa-facet"
    kiosk = make_window(pack, Settings(clinic_name="Riverside Spine Clinic"))
    kiosk.session.defaults = Preferences(language=lang, text_size=text_size)
    kiosk.session.reset()
    kiosk.resize(*size)
    QApplication.processEvents()
    return kiosk


def walk(kiosk: KioskWindow, check: Callable[[str], None]) -> int:
    """Show every screen of the registry in turn and ``check`` it; how many were shown."""
    count = 0
    for name, show in visit_screens(kiosk.session, kiosk):
        show()
        QApplication.processEvents()
        check(name)
        count += 1
    kiosk.overlay.cancel()
    return count


def on_window(kiosk: KioskWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(kiosk, QPoint(0, 0)), widget.size())


def shown_widgets(root: QWidget) -> list[QWidget]:
    """Every widget on show under ``root`` (hidden screens of the stack are skipped whole)."""
    found: list[QWidget] = []
    todo = [root]
    while todo:
        for child in todo.pop().children():
            if isinstance(child, QWidget) and child.isVisible():
                found.append(child)
                todo.append(child)
    return found


def controls_in_corner(kiosk: KioskWindow, name: str) -> list[str]:
    """Every visible, enabled patient control (and the section strip) that reaches into the corner."""
    zone = corner_square(kiosk, KEEP_CLEAR_PX)
    strip = kiosk.session_view.strip.labels if kiosk.session.is_active else []
    found = []
    for widget in shown_widgets(kiosk):
        if not (isinstance(widget, INPUTS) or widget in strip) or not widget.isEnabled():
            continue
        rect = on_window(kiosk, widget)
        if rect.intersects(zone):
            label = widget.accessibleName() or type(widget).__name__
            found.append(f"{name}: {label!r} at {rect.getRect()} reaches into the corner {zone.getRect()}")
    return found


def bar_places(kiosk: KioskWindow) -> dict[str, tuple[int, int, int, int]]:
    view = kiosk.session_view
    controls = {
        "back": view.back_button,
        "text size": view.text_size_button,
        "contrast": view.contrast_button,
        "read aloud": view.read_button,
        "language": view.language_button,
        "counter": view.counter,
        "next": view.next_button,
    }
    # A hidden control keeps its room (its neighbours stay put) but is no place a finger can land.
    return {name: on_window(kiosk, widget).getRect() for name, widget in controls.items() if widget.isVisible()}


CASES = [(size, lang, "normal", Qt.LayoutDirection.LeftToRight) for size in SIZES for lang in ("en", "es")] + [
    ((1920, 1080), "en", "largest", Qt.LayoutDirection.LeftToRight),
    ((1280, 800), "es", "largest", Qt.LayoutDirection.LeftToRight),
    ((1080, 1920), "es", "largest", Qt.LayoutDirection.LeftToRight),
    ((1280, 800), "ar", "normal", Qt.LayoutDirection.RightToLeft),
    ((1080, 1920), "ar", "largest", Qt.LayoutDirection.RightToLeft),
    ((1920, 1080), "ar", "normal", Qt.LayoutDirection.RightToLeft),
]


@pytest.mark.parametrize(
    ("size", "lang", "text_size", "direction"),
    CASES,
    ids=[f"{w}x{h}-{lang}-{text}-{d.name}" for (w, h), lang, text, d in CASES],
)
def test_the_staff_corner_stays_free_and_the_bar_never_moves(
    make_window: MakeWindow, size: tuple[int, int], lang: str, text_size: str, direction: Qt.LayoutDirection
) -> None:
    """On every screen no patient control reaches into the KEEP_CLEAR_PX square of the staff corner
    (the hold's own square and a margin around it), and each control of the bottom bar is exactly
    where it was on the other screens at that size."""
    kiosk = open_kiosk(make_window, size, lang, text_size)
    assert kiosk.layoutDirection() == direction  # from the language (kiosk.core.languages)
    expected_x = 0 if direction == Qt.LayoutDirection.RightToLeft else size[0] - CORNER_PX
    assert corner_square(kiosk).x() == expected_x
    assert KEEP_CLEAR_PX >= CORNER_PX + 40
    in_corner: list[str] = []
    places: dict[str, dict[tuple[int, int, int, int], list[str]]] = {}

    def check(name: str) -> None:
        in_corner.extend(controls_in_corner(kiosk, name))
        if kiosk.session.is_active and not kiosk.overlay.isVisible():  # the bar of a page, question or result
            for control, rect in bar_places(kiosk).items():
                places.setdefault(control, {}).setdefault(rect, []).append(name)

    shown = walk(kiosk, check)
    small = lang == "ar"  # the Arabic test pack has three pages and two questions
    assert shown > (8 if small else 30)  # the attract screen, pages, questions, results and "Still there?"
    assert in_corner == []
    assert sum(len(names) for names in places["next"].values()) > (4 if small else 20)  # pages, results …
    moved = {
        control: {rect: names[:3] for rect, names in seen.items()} for control, seen in places.items() if len(seen) > 1
    }
    assert moved == {}


def test_the_language_button_always_names_the_other_language(make_window: MakeWindow) -> None:
    for size in SIZES:
        for lang, other in (("en", "Español"), ("es", "English")):
            kiosk = open_kiosk(make_window, size, lang, "largest")
            kiosk.session.start()
            QApplication.processEvents()
            button = kiosk.session_view.language_button
            assert button.label() == other
            assert not button.is_compact()  # never a bare icon
            assert button.text().strip() == other
            assert button.words_fit()
