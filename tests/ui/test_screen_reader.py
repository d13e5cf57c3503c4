"""What a screen reader gets from the kiosk through Qt's accessibility interfaces: names, roles,
states, working actions, announcements when the screen changes, and the patient's language.

These are the interfaces Qt's AT-SPI bridge reads on Linux; tests/test_atspi.py reads the same
through AT-SPI itself, as Orca does.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
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
from tests.ui.conftest import Announcements, MakeWindow
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


def test_each_new_screen_is_announced_without_a_focus_ring_for_touch(
    qtbot: QtBot, kiosk: KioskWindow, announcements: Announcements
) -> None:
    session = kiosk.session
    act(kiosk.attract)
    view = kiosk.session_view
    assert announcements[-1] == ("Welcome", False)
    session.go_to_page("facet-joints")
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert announcements[-1] == ("The nerves that carry joint pain", False)
    assert QApplication.focusWidget() is view, "a tap leaves the focus where no ring shows"
    assert name(view) == session.pack.title("en")
    heard = len(announcements)
    act(view.text_size_button)  # the same screen in larger text: nothing new to say
    assert len(announcements) == heard
    session.reset()
    act(kiosk.attract.questions_button)
    text, assertive = announcements[-1]
    assert text == f"Question 1 of about 15. {question(kiosk).prompt.text()}" and not assertive
    # "Please tell a staff member now" is said at once, interrupting whatever was being said.
    act(answer(question(kiosk), "yes"))
    assert session.shows_urgent_result
    text, assertive = announcements[-1]
    assert assertive and text.startswith("Please tell a staff member now")
    assert "Show this screen to a staff member" in text


def test_still_there_takes_the_focus_is_announced_and_a_screen_reader_action_keeps_the_visit(
    qtbot: QtBot, kiosk: KioskWindow, announcements: Announcements
) -> None:
    act(kiosk.attract)
    view = kiosk.session_view
    kiosk.idle.set_timeout(30)
    with qtbot.waitSignal(kiosk.idle.timed_out, timeout=3000):
        pass
    overlay = kiosk.overlay
    assert overlay.isVisible()
    text, assertive = announcements[-1]
    assert assertive and text.startswith("Still there?")
    assert QApplication.focusWidget() is overlay and name(overlay) == "Still there?"
    with qtbot.waitSignal(overlay.kept, timeout=1000):
        act(view.text_size_button)  # any action through the screen reader is the patient's activity
    assert not overlay.isVisible() and kiosk.session.screen is Screen.PAGE
    assert QApplication.focusWidget() is view


def test_a_screen_reader_action_restarts_the_idle_watch(qtbot: QtBot, kiosk: KioskWindow) -> None:
    act(kiosk.attract)
    with qtbot.waitSignal(kiosk.idle.activity, timeout=1000):
        act(kiosk.session_view.next_button)


def test_the_accessible_locale_follows_the_patients_language(qtbot: QtBot, kiosk: KioskWindow) -> None:
    act(kiosk.attract.language_buttons["es"])
    assert QLocale().name() == "es_ES"
    # The widgets are told once the screen in the new language is painted (it takes them a few ms).
    qtbot.waitUntil(lambda: kiosk.locale().name() == "es_ES" and kiosk.attract.locale().name() == "es_ES")
    act(kiosk.attract)
    act(kiosk.session_view.language_button)  # "English"
    assert QLocale().name().startswith("en")
    qtbot.waitUntil(lambda: kiosk.session_view.locale().name().startswith("en"))


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


def test_still_there_gives_a_keyboard_user_the_button_and_the_focus_back_after(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    kiosk.activateWindow()
    kiosk.attract.setFocus()
    qtbot.keyClick(kiosk.attract, Qt.Key.Key_Return)
    view = kiosk.session_view
    while QApplication.focusWidget() is not view.next_button:
        qtbot.keyClick(QApplication.focusWidget() or kiosk, Qt.Key.Key_Tab)
    kiosk.idle.set_timeout(30)
    with qtbot.waitSignal(kiosk.idle.timed_out, timeout=3000):
        pass
    assert QApplication.focusWidget() is kiosk.overlay.keep_button
    with qtbot.waitSignal(kiosk.overlay.kept, timeout=1000):
        qtbot.keyClick(kiosk.overlay.keep_button, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.next_button
