"""Flick scrolling of page text and answer lists, and no memory left behind by screens that are dropped."""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QScroller, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.content.model import ContentPack
from kiosk.core.content.reader import load_pack
from kiosk.core.questionnaire.model import Option, Question
from kiosk.ui.theme import palette
from kiosk.ui.visit.page import PageBody
from kiosk.ui.visit.question import QuestionScreen

LONG_TEXT = "<p><a href='page:block'>Read about the block</a></p>" + "<p>Rest for a day.</p>" * 200


def demo_pack(pack_dir: Path) -> ContentPack:
    pack = load_pack(pack_dir).pack
    assert pack is not None
    return pack


def drag(qtbot: QtBot, widget: QWidget, start: QPoint, dy: int) -> None:
    """A finger put down on ``widget`` and moved up by ``dy`` pixels in small steps, then lifted."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    steps = 12
    for step in range(1, steps + 1):
        qtbot.mouseMove(widget, start - QPoint(0, dy * step // steps), delay=10)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=start - QPoint(0, dy), delay=10)


def settled(viewport: QWidget) -> bool:
    return QScroller.scroller(viewport).state() is QScroller.State.Inactive


def test_dragging_page_text_scrolls_it_without_following_the_link_under_the_finger(
    qtbot: QtBot, pack_dir: Path
) -> None:
    links: list[str] = []
    body = PageBody(demo_pack(pack_dir), "en", on_link=links.append)
    qtbot.addWidget(body)
    body.setHtml(LONG_TEXT)
    body.resize(600, 400)
    body.show()
    qtbot.waitExposed(body)
    cursor = QTextCursor(body.document())
    cursor.setPosition(2)
    on_link = body.cursorRect(cursor).center()

    drag(qtbot, body.viewport(), on_link + QPoint(0, 250), 240)
    qtbot.waitUntil(lambda: body.verticalScrollBar().value() > 0)
    qtbot.waitUntil(lambda: settled(body.viewport()), timeout=5000)
    assert links == []

    body.verticalScrollBar().setValue(0)
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=on_link)
    assert links == ["block"]


def long_question() -> Question:
    options = tuple(Option(f"o{n}", {"en": f"Answer {n}"}) for n in range(12))
    return Question("long", "single", {"en": "Which one?"}, {}, options, warning=False)


def test_dragging_over_an_answer_scrolls_the_list_and_does_not_answer(qtbot: QtBot) -> None:
    screen = QuestionScreen(long_question(), "en", None, palette("default"), wide=False)
    qtbot.addWidget(screen)
    screen.resize(700, 500)
    screen.show()
    qtbot.waitExposed(screen)
    answered: list[object] = []
    screen.answered.connect(answered.append)
    button = screen.buttons[3]
    area = button.parentWidget()
    assert area is not None

    drag(qtbot, button, button.rect().center(), 200)
    viewport = area.parentWidget()
    assert viewport is not None
    qtbot.waitUntil(lambda: area.y() < 0)
    qtbot.waitUntil(lambda: settled(viewport), timeout=5000)
    assert answered == []
    assert not button.isDown()

    qtbot.mouseClick(screen.buttons[5], Qt.MouseButton.LeftButton)
    assert answered == ["o5"]


def test_pages_built_and_dropped_leave_no_python_memory_behind(qtbot: QtBot, pack_dir: Path) -> None:
    """A kiosk builds a page screen for every page a patient reaches, for weeks: none may leak."""
    pack = demo_pack(pack_dir)
    app = QApplication.instance()
    assert app is not None

    def build_and_drop(count: int) -> None:
        for _ in range(count):
            PageBody(pack, "en").deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        gc.collect()

    build_and_drop(20)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        build_and_drop(200)
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 100_000, f"{grown} bytes still held after 200 page bodies were dropped"
