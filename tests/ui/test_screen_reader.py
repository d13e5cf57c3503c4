"""What a screen reader gets from the kiosk through Qt's accessibility interfaces: names, roles,
states, working actions, announcements when the screen changes, and the patient's language.

These are the interfaces Qt's AT-SPI bridge reads on Linux; tests/test_atspi.py reads the same
through AT-SPI itself, as Orca does.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QApplication, QProgressBar, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.session import Screen
from kiosk.core.settings import Settings
from kiosk.ui import theme
from kiosk.ui.visit.pictures import Illustration
from kiosk.ui.visit.question import QuestionScreen
from kiosk.ui.visit.speech import ReadAloud
from kiosk.ui.window import KioskWindow
from tests.ui.conftest import MakeWindow
from tests.ui.test_accessibility import walk_every_screen

PRESS = QAccessibleActionInterface.pressAction()
TOGGLE = QAccessibleActionInterface.toggleAction()


@pytest.fixture
def kiosk(make_window: MakeWindow) -> KioskWindow:
    """The bundled pack (pages, pictures, questions, results), with a long "Still there?" count."""
    return make_window(BUNDLED_CONTENT_DIR / "rfa-facet", Settings(idle_countdown_s=120))


def interface(widget: QWidget) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None
    return found


def actions(widget: QWidget) -> list[str]:
    acting = interface(widget).actionInterface()
    return list(acting.actionNames()) if acting is not None else []


def act(widget: QWidget, action: str = PRESS) -> None:
    """What a screen reader does to a control: one of its accessible actions."""
    assert action in actions(widget), f"{interface(widget).text(QAccessible.Text.Name)!r} has no {action}"
    acting = interface(widget).actionInterface()
    assert acting is not None
    acting.doAction(action)


def name(widget: QWidget) -> str:
    return interface(widget).text(QAccessible.Text.Name)


def question(kiosk: KioskWindow) -> QuestionScreen:
    screen = kiosk.session_view.current_question_screen()
    assert screen is not None
    return screen


def answer(screen: QuestionScreen, value: str) -> QAbstractButton:
    return next(button for button in screen.buttons if button.value == value)


def test_touch_to_start_can_be_pressed_by_a_screen_reader(kiosk: KioskWindow) -> None:
    assert name(kiosk.attract) == "Touch to start"
    act(kiosk.attract, PRESS)
    assert kiosk.session.screen is Screen.PAGE


def test_toggle_does_what_a_tap_does_on_every_check_box(
    qtbot: QtBot, kiosk: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ReadAloud, "ENGINE", "mock")
    session = kiosk.session
    # The language boxes of the attract screen switch the language (one box stays ticked).
    spanish = kiosk.attract.language_buttons["es"]
    assert interface(spanish).role() == QAccessible.Role.CheckBox
    act(spanish, TOGGLE)
    assert session.language == "es"
    assert spanish.isChecked() and not kiosk.attract.language_buttons["en"].isChecked()
    assert name(kiosk.attract) == "Toque para empezar"
    act(kiosk.attract.language_buttons["en"], TOGGLE)
    assert session.language == "en"
    # High contrast changes the colours, as a tap does.
    act(kiosk.attract, PRESS)
    view = kiosk.session_view
    act(view.contrast_button, TOGGLE)
    assert session.high_contrast and view.contrast_button.isChecked()
    assert view.colors == theme.palette("high-contrast")
    act(view.contrast_button, TOGGLE)
    assert not session.high_contrast and view.colors == theme.palette("default")
    # Read aloud reads (with the speech engine: this page has no recorded narration).
    assert kiosk.reader.prepare()
    session.go_to_page("facet-joints")
    with qtbot.waitSignal(kiosk.reader.progress):
        act(view.read_button, TOGGLE)
    assert session.read_aloud and kiosk.reader.is_reading() and name(view.read_button) == "Stop reading"
    act(view.read_button, TOGGLE)
    assert not session.read_aloud and not kiosk.reader.is_reading()


def test_the_answer_given_before_shows_as_checked_after_back(kiosk: KioskWindow) -> None:
    kiosk.session.start_questionnaire()
    first = question(kiosk)
    assert [interface(b).role() for b in first.buttons] == [QAccessible.Role.RadioButton] * len(first.buttons)
    act(answer(first, "no"))
    assert kiosk.session.screen is Screen.QUESTION and question(kiosk) is not first
    act(kiosk.session_view.back_button)
    assert question(kiosk) is first
    checked = {b.value: interface(b).state().checked for b in (*first.buttons, first.not_sure)}
    assert checked == {"yes": False, "no": True, "not_sure": False}


def test_answers_are_a_group_named_by_their_question(kiosk: KioskWindow) -> None:
    kiosk.session.start_questionnaire()
    screen = question(kiosk)
    ancestor = interface(screen.buttons[0]).parent()
    groups = []
    while ancestor is not None and ancestor.isValid():
        if ancestor.role() == QAccessible.Role.Grouping:
            groups.append(ancestor.text(QAccessible.Text.Name))
        ancestor = ancestor.parent()
    assert groups == [screen.prompt.text()]


def test_every_focusable_object_is_named_and_pictures_are_images(kiosk: KioskWindow) -> None:
    problems: list[str] = []
    pictures: list[str] = []

    def check(screen: str) -> None:
        QApplication.processEvents()
        root: QWidget = kiosk.overlay if kiosk.overlay.isVisible() else kiosk
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            found = interface(widget)
            role, label = found.role(), found.text(QAccessible.Text.Name).strip()
            kind = type(widget).__name__
            if found.state().focusable and not label:
                problems.append(f"{screen}: a focusable {kind} ({role.name}) has no name")
            if role == QAccessible.Role.Graphic and not label:
                problems.append(f"{screen}: an image ({kind}) has no name")
            if isinstance(widget, Illustration):
                pictures.append(screen)
                if (role, label) != (QAccessible.Role.Graphic, widget.alt) or PRESS not in actions(widget):
                    problems.append(f"{screen}: the picture is {role.name} {label!r}, actions {actions(widget)}")
            if isinstance(widget, QProgressBar) and not label:
                problems.append(f"{screen}: the progress bar has no name")

    walk_every_screen(kiosk, check)
    assert pictures, "the walk showed no picture"
    assert problems == [], "\n".join(problems)
