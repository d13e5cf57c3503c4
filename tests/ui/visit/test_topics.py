"""The topic library as a patient meets it: tiles on the attract screen, each leading to its pack."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.content.reader import load_pack
from kiosk.core.library.topics import Library, read_topic, topic_of
from kiosk.core.session import Preferences, Screen, Session
from kiosk.core.settings import Settings
from kiosk.ui.visit.idle import StillThereOverlay
from kiosk.ui.window import KioskWindow


def second_pack(make_pack: Callable[..., Path], link: str = "") -> Path:
    """The demo pack again as another topic ("knee"), optionally linking to the first pack's page."""
    root = make_pack("knee")
    toml = (root / "pack.toml").read_text(encoding="utf-8")
    toml = (
        toml.replace('id = "demo"', 'id = "knee"')
        .replace("Demo topic", "Knee pain")
        .replace("Tema de prueba", "Dolor de rodilla")
    )
    (root / "pack.toml").write_text(toml.replace("A short demo", "Shots and nerve treatments for the knee"), "utf-8")
    if link:
        page = root / "en" / "welcome.md"
        page.write_text(page.read_text(encoding="utf-8") + f"\nRead about [the first topic]({link}).\n", "utf-8")
    return root


@pytest.fixture
def library_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, make_pack: Callable[..., Path]
) -> Iterator[Callable[..., KioskWindow]]:
    monkeypatch.setattr(StillThereOverlay, "TICK_MS", 10)
    made: list[KioskWindow] = []

    def make(link: str = "", size: tuple[int, int] = (1920, 1080)) -> KioskWindow:
        first = load_pack(make_pack()).pack
        assert first is not None
        folder = second_pack(make_pack, link)
        topic = read_topic(folder)
        assert topic is not None
        loads: list[str] = []

        def load(pack_id: str):  # type: ignore[no-untyped-def]
            loads.append(pack_id)
            return load_pack(folder, convert=False).pack

        library = Library((topic_of(first), topic), load=load)
        session = Session(first, Preferences(language="en"), library)
        kiosk = KioskWindow(session, Settings(idle_countdown_s=3), kiosk_mode=True)
        kiosk.loads = loads  # type: ignore[attr-defined]
        qtbot.addWidget(kiosk)
        kiosk.resize(*size)
        kiosk.show()
        qtbot.waitExposed(kiosk)
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.force_close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def tap(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def tiles(kiosk: KioskWindow) -> dict[str, QWidget]:
    assert kiosk.attract.topics is not None
    return {tile.topic.id: tile for tile in kiosk.attract.topics.tiles}


def test_the_attract_screen_offers_each_shown_pack_as_a_tile(
    qtbot: QtBot, library_window: Callable[..., KioskWindow]
) -> None:
    kiosk = library_window()
    assert kiosk.attract.choosing_topic()
    shown = tiles(kiosk)
    assert list(shown) == ["demo", "knee"]
    assert [t.title_label.text() for t in kiosk.attract.topics.tiles] == ["Demo topic", "Knee pain"]  # type: ignore[union-attr]
    assert kiosk.attract.topics.tiles[1].summary_label.text() == "Shots and nerve treatments for the knee"  # type: ignore[union-attr]
    assert not kiosk.attract.touch.isVisible()  # no "Touch to start": the patient chooses a topic
    assert all(tile.isVisible() for tile in shown.values())
    first = kiosk.attract.topics.tiles[0]  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not first.picture.pixmap().isNull())  # drawn after the frame with the words
    assert first.picture.pixmap().width() >= 100


def test_touching_a_tile_opens_that_packs_first_page(qtbot: QtBot, library_window: Callable[..., KioskWindow]) -> None:
    kiosk = library_window()
    tap(qtbot, tiles(kiosk)["knee"])
    assert kiosk.session.screen is Screen.PAGE
    assert kiosk.session.pack.id == "knee"
    assert kiosk.current_screen() is kiosk.session_view
    assert kiosk.session_view.counter.text() == "1 of 4"


def test_start_over_and_the_idle_reset_bring_the_topic_choice_back(
    qtbot: QtBot, library_window: Callable[..., KioskWindow]
) -> None:
    kiosk = library_window()
    tap(qtbot, tiles(kiosk)["knee"])
    kiosk.session.reset()  # what "Start over" and the idle reset both do
    assert kiosk.current_screen() is kiosk.attract
    assert kiosk.attract.choosing_topic()
    tap(qtbot, tiles(kiosk)["demo"])
    assert kiosk.session.pack.id == "demo"
    with qtbot.waitSignal(kiosk.overlay.expired, timeout=5000):
        kiosk.idle.set_timeout(10)
        kiosk.idle.start()
    qtbot.waitUntil(lambda: kiosk.current_screen() is kiosk.attract and kiosk.attract.choosing_topic())


def test_a_touch_between_the_tiles_starts_nothing(qtbot: QtBot, library_window: Callable[..., KioskWindow]) -> None:
    kiosk = library_window()
    qtbot.mouseClick(kiosk.attract, Qt.MouseButton.LeftButton, pos=QPoint(5, kiosk.attract.height() - 5))
    assert kiosk.session.screen is Screen.ATTRACT


def test_a_press_on_one_tile_let_go_on_another_chooses_neither(
    qtbot: QtBot, library_window: Callable[..., KioskWindow]
) -> None:
    kiosk = library_window()
    demo, knee = tiles(kiosk)["demo"], tiles(kiosk)["knee"]
    qtbot.mousePress(demo, Qt.MouseButton.LeftButton, pos=demo.rect().center())
    assert demo.property("down")  # the tile shows the touch at once
    end = knee.mapTo(kiosk, knee.rect().center())
    qtbot.mouseRelease(demo, Qt.MouseButton.LeftButton, pos=demo.mapFrom(kiosk, end))
    assert kiosk.session.screen is Screen.ATTRACT
    assert not demo.property("down")


def test_tiles_follow_the_patients_language(qtbot: QtBot, library_window: Callable[..., KioskWindow]) -> None:
    kiosk = library_window()
    tap(qtbot, kiosk.attract.language_buttons["es"])
    assert [t.title_label.text() for t in kiosk.attract.topics.tiles] == ["Tema de prueba", "Dolor de rodilla"]  # type: ignore[union-attr]
    assert kiosk.attract.topics.heading.text() == "Elija un tema"  # type: ignore[union-attr]
    tap(qtbot, tiles(kiosk)["knee"])
    assert kiosk.session.language == "es"
    assert kiosk.session.pack.id == "knee"


def test_the_other_packs_are_made_ready_while_the_choice_shows(
    qtbot: QtBot, library_window: Callable[..., KioskWindow]
) -> None:
    kiosk = library_window()
    kiosk.warm_up()
    qtbot.waitUntil(lambda: "knee" in kiosk._views.views, timeout=5000)
    assert kiosk.loads == ["knee"]  # type: ignore[attr-defined]
    assert kiosk.session.pack.id == "demo"  # making it ready did not choose it
    tap(qtbot, tiles(kiosk)["knee"])
    assert kiosk.loads == ["knee"]  # type: ignore[attr-defined]
    assert kiosk.session.pack.id == "knee"


def test_a_link_to_another_shown_pack_opens_its_page(qtbot: QtBot, library_window: Callable[..., KioskWindow]) -> None:
    kiosk = library_window(link="pack:demo/joints")
    tap(qtbot, tiles(kiosk)["knee"])
    html = kiosk.session.pack.pages[0].text("en").html
    assert '<a href="pack:demo/joints">the first topic</a>' in html
    screen = kiosk.session_view.current_page_screen()
    assert screen is not None
    body = screen.body
    found = body.document().find("first topic")
    assert not found.isNull()
    inside = QTextCursor(body.document())
    inside.setPosition(found.selectionStart() + 3)
    point = body.cursorRect(inside).center()
    assert body.anchorAt(point) == "pack:demo/joints"
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=point)  # a real tap on the link
    assert kiosk.session.pack.id == "demo"
    assert kiosk.session.page.id == "joints"
    assert kiosk.current_screen() is kiosk.session_view
    shown = kiosk.session_view.current_page_screen()
    assert shown is not None and shown.title.text() == "Your joints"


def test_a_link_to_a_pack_not_shown_is_plain_words(qtbot: QtBot, library_window: Callable[..., KioskWindow]) -> None:
    kiosk = library_window(link="pack:hip-rfa/welcome")
    tap(qtbot, tiles(kiosk)["knee"])
    html = kiosk.session.pack.pages[0].text("en").html
    assert "the first topic" in html
    assert "pack:hip-rfa" not in html
    assert not kiosk.session.follow_link("hip-rfa/welcome")
    assert kiosk.session.pack.id == "knee"


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800), (1080, 1920)])
def test_nine_tiles_fit_without_scrolling_on_a_full_hd_screen(
    qtbot: QtBot, library_window: Callable[..., KioskWindow], size: tuple[int, int]
) -> None:
    kiosk = library_window(size=size)
    topics = kiosk.session.library.topics
    nine = tuple(topics[index % 2].__class__(**{**topics[index % 2].__dict__, "id": f"t{index}"}) for index in range(9))
    kiosk.session.library.topics = nine
    kiosk.show_session()
    choice = kiosk.attract.topics
    assert choice is not None
    qtbot.waitUntil(lambda: len(choice.tiles) == 9)
    choice.layout().activate()  # type: ignore[union-attr]
    if size == (1920, 1080):
        assert choice.scroller is None, "nine tiles scroll on a 1920x1080 screen"
    else:
        assert choice.scroller is not None  # they do not all fit: a finger scrolls them
        assert choice.scroller.verticalScrollBar().maximum() > 0
    for tile in choice.tiles:
        assert tile.height() >= 120 and tile.width() >= 300  # large targets at every size


@pytest.mark.parametrize("lang", ["en", "es"])
def test_either_bundled_pack_is_walked_to_its_result_from_the_choice_in_either_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """Both bundled packs shown: the patient picks a language and "Your test block visit", reads to
    the end, answers its questions (the first answer to each, "No" to every warning sign) and
    gets a result; Start over brings the choice back, and the other pack starts from it."""
    from kiosk.core.paths import BUNDLED_CONTENT_DIR

    monkeypatch.setattr(StillThereOverlay, "TICK_MS", 10)
    first = load_pack(BUNDLED_CONTENT_DIR / "rfa-facet", convert=False).pack
    assert first is not None
    folder = BUNDLED_CONTENT_DIR / "test-block-visit"
    topic = read_topic(folder)
    assert topic is not None
    library = Library((topic_of(first), topic), load=lambda _id: load_pack(folder, convert=False).pack)
    kiosk = KioskWindow(Session(first, Preferences(language="en"), library), Settings(), kiosk_mode=True)
    qtbot.addWidget(kiosk)
    kiosk.resize(1920, 1080)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    try:
        tap(qtbot, kiosk.attract.language_buttons[lang])
        tap(qtbot, tiles(kiosk)["test-block-visit"])
        session, view = kiosk.session, kiosk.session_view
        assert session.pack.id == "test-block-visit" and session.language == lang
        for _ in range(200):
            if session.screen is Screen.RESULT:
                break
            if session.screen is Screen.QUESTION:
                screen = view.current_question_screen()
                assert screen is not None
                if screen.question.kind == "multiple":  # none of these: Next with nothing ticked
                    tap(qtbot, view.next_button)
                    continue
                no = [button for button in screen.buttons if button.value == "no"]
                tap(qtbot, no[0] if no else screen.buttons[0])
            elif session.screen is Screen.CHECK:  # a key-point check: its right answer
                check = view.current_check_screen()
                assert check is not None
                tap(qtbot, next(b for b in check.buttons if b.value == session.check.answer))
                if session.screen is Screen.CHECK and session.check_answered:
                    tap(qtbot, view.next_button)
            else:
                tap(qtbot, view.next_button)
        assert session.screen is Screen.RESULT
        result = view.current_result_screen()
        assert result is not None and result.isVisible()
        assert not session.shows_urgent_result  # every warning sign answered "No"
        session.reset()  # Start over
        assert kiosk.attract.choosing_topic()
        tap(qtbot, tiles(kiosk)["rfa-facet"])
        assert session.pack.id == "rfa-facet" and session.screen is Screen.PAGE
    finally:
        kiosk.force_close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
