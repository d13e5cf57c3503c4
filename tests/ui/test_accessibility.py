"""Every patient can use it: touch targets, larger text without clipping, keyboard-only use, reset to defaults."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.session import Preferences, Screen
from kiosk.core.settings import Settings
from kiosk.ui.screenshots import visit_screens
from kiosk.ui.visit.keypoint import CheckScreen
from kiosk.ui.visit.question import AnswerButton
from kiosk.ui.widgets.controls import TouchButton
from kiosk.ui.window import KioskWindow
from tests.ui.conftest import MakeWindow

MIN_TARGET = 48
MIN_ANSWER = 64
MIN_GAP = 8


@pytest.fixture
def kiosk(make_window: MakeWindow) -> KioskWindow:
    """The bundled pack: every kind of page, question and result."""
    return make_window(BUNDLED_CONTENT_DIR / "rfa-facet", Settings(idle_countdown_s=2))


def walk_every_screen(window: KioskWindow, check: Callable[[str], None]) -> None:
    """Show every screen of a visit in turn, from the registry ``kiosk screenshot`` uses, and ``check`` each."""
    for name, show in visit_screens(window.session, window):
        show()
        check(name)
    window.overlay.cancel()


def target_rect(window: QWidget, widget: QWidget) -> QRect:
    """Where ``widget`` can be touched: its part inside the window and any scroll area it is in."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            rect = rect.intersected(QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size()))
        parent = parent.parentWidget()
    return rect


def gap(first: QRect, second: QRect) -> int:
    """Pixels between two rectangles (negative when they overlap)."""
    dx = max(second.left() - (first.right() + 1), first.left() - (second.right() + 1))
    dy = max(second.top() - (first.bottom() + 1), first.top() - (second.bottom() + 1))
    return max(dx, dy)


def problems_on_screen(window: KioskWindow, name: str, size: QSize) -> list[str]:
    """Everything on the screen now that a finger, an eye or a keyboard would trip over."""
    QApplication.processEvents()
    root: QWidget = window.overlay if window.overlay.isVisible() else window
    targets = [b for b in root.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    found: list[str] = []
    for button in targets:
        label = f"{name}: {button.accessibleName() or button.text()!r}"
        smallest = MIN_ANSWER if isinstance(button, AnswerButton) else MIN_TARGET
        if button.width() < smallest or button.height() < smallest:
            found.append(f"{label} is {button.width()}x{button.height()}")
        if not button.accessibleName():
            found.append(f"{name}: a button without an accessible name")
        if isinstance(button, TouchButton) and not button.words_fit():
            found.append(f"{label} cuts its words")
        whole = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        if not window.rect().contains(whole) and not _scrolls(button):
            found.append(f"{label} is outside the window")
    touchable = [b for b in targets if not target_rect(window, b).isEmpty()]  # not scrolled out of view
    for index, first in enumerate(touchable):
        for second in touchable[index + 1 :]:
            space = gap(target_rect(window, first), target_rect(window, second))
            if space < MIN_GAP:
                found.append(f"{name}: {first.accessibleName()!r} and {second.accessibleName()!r} are {space} px apart")
    for area in root.findChildren(QAbstractScrollArea):
        if area.isVisibleTo(window) and area.horizontalScrollBar().maximum() > 0:
            found.append(f"{name}: {area.objectName() or type(area).__name__} scrolls sideways")
    for label in root.findChildren(QLabel):
        plain = label.textFormat() != Qt.TextFormat.RichText
        shown = label.isVisibleTo(window) and label.text() and not label.wordWrap() and plain
        if shown and label.fontMetrics().horizontalAdvance(label.text()) > label.contentsRect().width():
            found.append(f"{name}: label {label.text()!r} is cut off")
    if window.size() != size:
        found.append(f"{name}: the window grew to {window.width()}x{window.height()} to fit it")
    screen = window.current_screen()
    if screen is not None and not window.overlay.isVisible():
        needed = screen.minimumSizeHint()
        if needed.width() > window.width() or needed.height() > window.height():
            found.append(f"{name}: needs {needed.width()}x{needed.height()}, so parts are clipped")
    return found


def _scrolls(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


SCREENS = [
    pytest.param("en", "normal", "default", (1920, 1080), id="en-normal-1920x1080"),
    pytest.param("es", "largest", "high-contrast", (1280, 800), id="es-largest-contrast-1280x800"),
    pytest.param("es", "largest", "default", (1920, 1080), id="es-largest-1920x1080"),
]


@pytest.mark.parametrize(("lang", "text_size", "theme", "size"), SCREENS)
def test_every_screen_has_big_apart_targets_and_nothing_clipped(
    kiosk: KioskWindow, lang: str, text_size: str, theme: str, size: tuple[int, int]
) -> None:
    # As the clinic's defaults, so they last through the starts-over of the walk (as in 'kiosk screenshot').
    kiosk.session.defaults = Preferences(language=lang, text_size=text_size, theme=theme)
    kiosk.session.reset()
    kiosk.resize(*size)
    found: list[str] = []
    names: list[str] = []

    def check(name: str) -> None:
        names.append(name)
        found.extend(problems_on_screen(kiosk, name, QSize(*size)))

    walk_every_screen(kiosk, check)
    assert (kiosk.session.language, kiosk.session.text_size, kiosk.session.theme) == (lang, text_size, theme)
    assert {"attract", "still-there"} <= set(names)
    assert any(n.startswith("question-") for n in names) and any(n.startswith("result-") for n in names)
    assert found == [], "\n".join(found)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab(qtbot: QtBot, window: KioskWindow, backwards: bool = False) -> QWidget | None:
    target = focused() or window
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(target, Qt.Key.Key_Tab, modifier)
    return focused()


def tab_to(qtbot: QtBot, window: KioskWindow, wanted: QWidget) -> list[QWidget]:
    """Press Tab until ``wanted`` has the focus; the widgets passed on the way."""
    passed: list[QWidget] = []
    for _ in range(60):
        if focused() is wanted:
            return passed
        widget = tab(qtbot, window)
        assert widget is not None, "Tab lost the focus"
        passed.append(widget)
    raise AssertionError(
        f"Tab never reached {wanted.accessibleName()!r}; it went {[w.accessibleName() for w in passed]}"
    )


def press(qtbot: QtBot, key: Qt.Key) -> None:
    widget = focused()
    assert widget is not None
    qtbot.keyClick(widget, key)


def test_the_whole_visit_works_with_tab_enter_and_space(qtbot: QtBot, kiosk: KioskWindow) -> None:
    session = kiosk.session
    kiosk.activateWindow()
    kiosk.attract.setFocus()
    # The attract screen: Tab reaches its controls in order, Enter on the screen itself starts.
    order = [tab(qtbot, kiosk) for _ in range(len(kiosk.attract.focus_order()))]
    assert order == [w for w in kiosk.attract.focus_order() if w.isVisible()]
    kiosk.attract.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert session.screen is Screen.PAGE
    view = kiosk.session_view
    # One full round of Tab on a page follows the reading order; Shift+Tab goes back the same way.
    expected = [w for w in view.focus_order() if w.isVisibleTo(view) and w.isEnabled()]
    forwards = [tab(qtbot, kiosk) for _ in expected]
    assert forwards == expected
    backwards = [tab(qtbot, kiosk, backwards=True) for _ in expected[:-1]]
    assert backwards == list(reversed(expected[:-1]))
    # Through every page with Enter on Next (answering each key-point check with Tab and Space), then
    # into the questions.
    checks = 0
    while session.screen in (Screen.PAGE, Screen.CHECK):
        check = view.current_check_screen()
        if session.screen is Screen.CHECK and not session.check_answered:
            assert isinstance(check, CheckScreen)
            right = next(b for b in check.buttons if b.value == session.check.answer)
            tab_to(qtbot, kiosk, right)
            press(qtbot, Qt.Key.Key_Space)
            assert session.check_answered
            checks += 1
            continue
        tab_to(qtbot, kiosk, view.next_button)
        press(qtbot, Qt.Key.Key_Return)
    assert session.screen is Screen.QUESTION
    assert session.keypoints is not None and checks == len(session.keypoints.checks)
    assert not session.missed_points()
    answered = 0
    while session.screen is Screen.QUESTION:
        screen = view.current_question_screen()
        assert screen is not None
        if screen.question.kind == "multiple":
            tab_to(qtbot, kiosk, screen.buttons[0])
            press(qtbot, Qt.Key.Key_Space)  # ticks the first answer
            assert screen.buttons[0].isChecked()
            tab_to(qtbot, kiosk, view.next_button)
            press(qtbot, Qt.Key.Key_Return)
        elif screen.question.id in ("bladder_bowel", "saddle_numbness"):  # "Not sure" there: staff now
            tab_to(qtbot, kiosk, next(b for b in screen.buttons if b.value == "no"))
            press(qtbot, Qt.Key.Key_Space)
        else:
            tab_to(qtbot, kiosk, screen.not_sure)
            press(qtbot, Qt.Key.Key_Space)
        answered += 1
        assert answered < 30
    assert session.screen is Screen.RESULT
    tab_to(qtbot, kiosk, view.next_button)
    assert view.next_button.accessibleName() == "Finish"
    press(qtbot, Qt.Key.Key_Return)
    assert session.screen is Screen.ATTRACT
    assert kiosk.current_screen() is kiosk.endings.thanks


def test_every_control_says_what_it_does(kiosk: KioskWindow) -> None:
    session = kiosk.session
    missing: list[str] = []

    def check(name: str) -> None:
        root: QWidget = kiosk.overlay if kiosk.overlay.isVisible() else kiosk
        for button in root.findChildren(QAbstractButton):
            if button.isVisibleTo(kiosk) and not (button.accessibleName() and button.accessibleName().strip()):
                missing.append(f"{name}: {button.text()!r}")
        if session.is_active:
            for button in (*kiosk.session_view.settings_buttons, kiosk.session_view.home_button):
                if button.isVisibleTo(kiosk) and not button.accessibleDescription():
                    missing.append(f"{name}: {button.accessibleName()} has no description")

    walk_every_screen(kiosk, check)
    assert missing == []
