"""Every answer in sight, in the same place: at 1280x800 with normal text each question shows all of
its answers and "Not sure" without scrolling, and the warning-sign questions (Yes, No, Not sure) put
their answers at the same place on every screen, at all three sizes and in both languages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from kiosk.core.content.reader import load_pack
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.session import Preferences, Session
from kiosk.core.settings import Settings
from kiosk.ui.screenshots import visit_screens
from kiosk.ui.visit.question import QuestionScreen
from kiosk.ui.window import KioskWindow
from tests.events import pump

SIZES = ((1920, 1080), (1280, 800), (1080, 1920))


def question_screens(qtbot: QtBot, lang: str, size: tuple[int, int]) -> Iterator[QuestionScreen]:
    pack = load_pack(BUNDLED_CONTENT_DIR / "rfa-facet").pack
    assert pack is not None
    kiosk = KioskWindow(Session(pack, Preferences(language=lang)), Settings(), kiosk_mode=False)
    qtbot.addWidget(kiosk)
    kiosk.transition.duration_ms = 0
    kiosk.resize(*size)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    try:
        for name, show in visit_screens(kiosk.session, kiosk):
            if name.startswith("question-"):
                show()
                pump()
                screen = kiosk.session_view.current_question_screen()
                assert screen is not None
                yield screen
    finally:
        kiosk.force_close()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_at_1280x800_every_answer_and_not_sure_show_without_scrolling(qtbot: QtBot, lang: str) -> None:
    seen = 0
    for screen in question_screens(qtbot, lang, (1280, 800)):
        seen += 1
        area = screen.answers_area
        assert area.verticalScrollBar().maximum() == 0, screen.question.id
        box = area.viewport().rect()
        for button in (*screen.buttons, screen.not_sure):
            place = QRect(button.mapTo(area.viewport(), QPoint(0, 0)), button.size())
            assert box.contains(place), (screen.question.id, button.text())
    assert seen >= 10


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_warning_sign_answers_keep_their_places(qtbot: QtBot, lang: str, size: tuple[int, int]) -> None:
    places: dict[str, set[tuple[int, int, int, int]]] = {}
    for screen in question_screens(qtbot, lang, size):
        if screen.question.kind != "yes_no":
            continue
        window = screen.window()
        for button in (*screen.buttons, screen.not_sure):
            corner = button.mapTo(window, QPoint(0, 0))
            places.setdefault(str(button.value), set()).add((corner.x(), corner.y(), button.width(), button.height()))
    assert set(places) == {"yes", "no", "not_sure"}
    assert all(len(where) == 1 for where in places.values()), places
