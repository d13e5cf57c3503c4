"""A kiosk runs for weeks: screens built and dropped all day must leave nothing behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.checks.icons import ICON_FONTS
from kiosk.core.memory import release_free_memory
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.session import Screen
from kiosk.core.settings import Settings
from kiosk.ui import icons
from kiosk.ui.visit.keypoint import CheckScreen
from kiosk.ui.visit.page import PageScreen
from kiosk.ui.visit.question import QuestionScreen
from kiosk.ui.visit.result import ResultScreen
from kiosk.ui.window import KioskWindow
from tests.ui.conftest import MakeWindow


def test_an_icon_hands_qt_the_same_pixmap_every_time(window: KioskWindow) -> None:
    # Qt caches drawn icon pixmaps under each pixmap's own key: a new pixmap per paint fills that cache.
    for side in icons.SIDES:
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
            drawn = icons.icon("fa6s.house", "#1f4e79")
            first = drawn.pixmap(QSize(side, side), mode)
            again = drawn.pixmap(QSize(side, side), mode)
            assert not first.isNull()
            assert first.size() == QSize(side, side)
            assert first.cacheKey() == again.cacheKey()


def test_an_unknown_icon_is_empty(window: KioskWindow) -> None:
    assert icons.icon("fa6s.no-such-icon", "#000000").isNull()


def test_the_sources_button_shows_its_panel_without_a_signal_connection(window: KioskWindow) -> None:
    # PySide keeps ~50 bytes for every connection to a Qt widget's method, even after both widgets
    # are gone: one per page built, all day (the biggest growth in the soak's tracemalloc top list).
    window.session.start()
    screen = window.session_view.page_screen(0, "en")
    assert screen.sources_button is not None
    assert screen.sources_button.receivers(SIGNAL("toggled(bool)")) == 0
    screen.sources_button.setChecked(True)
    assert not screen.sources_panel.isHidden()
    screen.sources_button.click()
    assert screen.sources_panel.isHidden()
    screen.sources_button.click()
    assert not screen.sources_panel.isHidden()


def test_a_page_follows_links_without_signal_connections(qtbot: QtBot, window: KioskWindow) -> None:
    # PySide keeps ~50 bytes for some connections to anchorClicked(QUrl) and to a str signal, even
    # after both ends are gone: 2 MiB over the soak's 100,000 page turns.
    window.session.start()
    screen = window.session_view.page_screen(1, "en")
    assert screen.body.receivers(SIGNAL("anchorClicked(QUrl)")) == 0
    screen.body.follow("page:block")
    assert window.session.page.id == "block"


ICONS_IN_A_FRESH_PROCESS = """
import json, sys
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kiosk.core.checks.icons import ICON_FONTS
from kiosk.core.memory import release_free_memory
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.settings import Settings
from kiosk.ui import icons
from kiosk.ui.visit.page import PageScreen
from kiosk.ui.visit.question import QuestionScreen
from kiosk.ui.visit.result import ResultScreen
drawn = [not icons.icon(name, "#000000").isNull() for name in ("fa6s.house", "fa6.square", "mdi6.needle", "ph.heart")]
print(json.dumps({
    "drawn": drawn,
    "families": QFontDatabase.families(),
    "modules": sorted(m for m in sys.modules if m.startswith("PySide6.")),
}))
import PySide6.QtOpenGL  # still importable afterwards
"""


def test_icons_load_only_the_fonts_packs_may_use_and_no_opengl() -> None:
    # QtAwesome on its own loads all 13 of its fonts (about 10 MiB), and QtPy under it loads
    # QtOpenGL and QtDataVisualization (about 6 MiB) that the kiosk never uses.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", ICONS_IN_A_FRESH_PROCESS], capture_output=True, text=True, env=env, check=True
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["drawn"] == [True, True, True, True]
    icon_fonts = [
        f for f in found["families"] if "Awesome" in f or "Material" in f or "Phosphor" in f or "Elusive" in f
    ]
    assert len(icon_fonts) == len(ICON_FONTS), icon_fonts
    assert not [m for m in found["modules"] if "OpenGL" in m or "DataVisualization" in m]


def answer_no(screen: QuestionScreen | None) -> QWidget:
    assert screen is not None
    return next(button for button in screen.buttons if button.value == "no")


def live_widgets() -> list[QWidget]:
    """The widgets that exist once those already let go are deleted (a loaded machine deletes
    them a turn of the event loop later, which is not a widget kept)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return QApplication.allWidgets()


def whole_visit(qtbot: QtBot, kiosk: KioskWindow) -> None:
    """Every page (and the other language), every question answered "Not sure" but the two where
    "Not sure" goes straight to staff, answered "No" (the first one twice, with Back between, so it
    shows as given), then Finish."""
    view = kiosk.session_view
    qtbot.mouseClick(kiosk.attract, Qt.MouseButton.LeftButton)
    session = kiosk.session
    while session.can_go_next or session.screen is Screen.CHECK:
        check = view.current_check_screen()
        if isinstance(check, CheckScreen):  # each key-point check missed once, then answered
            button = next(b for b in check.buttons if (b.value == session.check.answer) == bool(session.check_tries))
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        else:
            qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.language_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)  # into the questions
    qtbot.mouseClick(answer_no(view.current_question_screen()), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)  # the first answer now shows as given
    assert answer_no(view.current_question_screen()).property("selected")
    while (screen := view.current_question_screen()) is not None:
        cauda_equina = screen.question.id in ("bladder_bowel", "saddle_numbness")
        qtbot.mouseClick(answer_no(screen) if cauda_equina else screen.not_sure, Qt.MouseButton.LeftButton)
    assert view.current_result_screen() is not None
    with qtbot.waitSignal(view.screens._tidy.timeout, timeout=5000):
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)  # Finish
    assert kiosk.current_screen() is kiosk.endings.thanks
    kiosk.endings.thanks.finish()
    assert kiosk.current_screen() is kiosk.attract


def test_a_visit_leaves_no_page_but_the_first_and_no_answer_marked(qtbot: QtBot, make_window: MakeWindow) -> None:
    kiosk = make_window(BUNDLED_CONTENT_DIR / "rfa-facet", Settings(idle_countdown_s=2))
    view = kiosk.session_view
    whole_visit(qtbot, kiosk)
    widgets = len(live_widgets())
    for _ in range(3):
        whole_visit(qtbot, kiosk)
    # Nothing piles up from one visit to the next: question screens are kept, not built again.
    assert len(live_widgets()) == widgets
    kept = [view.stack.widget(index) for index in range(view.stack.count())]
    assert [widget for widget in kept if isinstance(widget, PageScreen)] == [view.page_screen(0, "en")]
    assert not [widget for widget in kept if isinstance(widget, ResultScreen)]
    questions = [widget for widget in kept if isinstance(widget, QuestionScreen)]
    assert {screen.question.id for screen in questions} >= {"bladder_bowel", "mention", "before_procedure"}
    for screen in questions:
        for answer in [*screen.buttons, screen.not_sure]:
            assert not answer.isChecked() and not answer.property("selected"), screen.question.id
    # The next patient's first question was waiting.
    qtbot.mouseClick(kiosk.attract.questions_button, Qt.MouseButton.LeftButton)
    assert view.current_question_screen() in questions


def test_freed_memory_goes_back_to_the_system_on_linux() -> None:
    assert release_free_memory() is sys.platform.startswith("linux")
