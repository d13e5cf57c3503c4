"""Staff build the topic library on the packs' cards: add a pack, move its tile, take it out."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.session import Screen
from kiosk.core.settings import load_settings
from kiosk.ui.window import KioskWindow
from tests.ui.staff.support import data_paths, enter_staff, quick_timers, tap, wait_done
from tests.ui.staff.test_packs import RFA_TITLE, kiosk  # noqa: F401  (the demo pack installed and on screen)


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    quick_timers(monkeypatch)


def test_a_second_pack_added_to_the_topics_gives_patients_a_choice(qtbot: QtBot, kiosk: KioskWindow) -> None:  # noqa: F811
    staff = enter_staff(qtbot, kiosk)
    rfa = staff.packs_page.cards["rfa-facet"]
    assert rfa.add_topic_button.isVisible() and not rfa.drop_topic_button.isVisible()
    tap(qtbot, rfa.add_topic_button)
    tap(qtbot, rfa.confirm_button)  # the bundled pack is a draft: staff confirm it, as for "Show this pack"
    wait_done(qtbot, staff)
    qtbot.waitUntil(lambda: staff.packs_page.message.text() == "Patients now choose from 2 topics.")
    assert load_settings(data_paths().settings_file).shown == ("demo", "rfa-facet")
    cards = staff.packs_page.cards
    assert list(cards)[:2] == ["demo", "rfa-facet"]
    assert cards["demo"].badge.text() == "Topic 1 of 2" and cards["rfa-facet"].badge.text() == "Topic 2 of 2"
    assert cards["rfa-facet"].up_button.isVisible() and not cards["demo"].up_button.isVisible()
    assert cards["demo"].use_button.isVisible()  # a topic can be shown alone again

    tap(qtbot, cards["rfa-facet"].up_button)
    wait_done(qtbot, staff)
    qtbot.waitUntil(lambda: load_settings(data_paths().settings_file).shown == ("rfa-facet", "demo"))
    qtbot.waitUntil(lambda: staff.packs_page.cards["rfa-facet"].badge.text() == "Topic 1 of 2")

    tap(qtbot, staff.leave_button)
    assert kiosk.current_screen() is kiosk.attract and kiosk.attract.choosing_topic()
    assert kiosk.attract.topics is not None
    tiles = {tile.topic.id: tile for tile in kiosk.attract.topics.tiles}
    assert list(tiles) == ["rfa-facet", "demo"]
    assert tiles["rfa-facet"].title_label.text() == RFA_TITLE
    tap(qtbot, tiles["demo"])
    assert kiosk.session.screen is Screen.PAGE and kiosk.session.pack.id == "demo"


def test_taking_a_pack_out_of_the_topics_leaves_the_other_alone(qtbot: QtBot, kiosk: KioskWindow) -> None:  # noqa: F811
    staff = enter_staff(qtbot, kiosk)
    tap(qtbot, staff.packs_page.cards["rfa-facet"].add_topic_button)
    tap(qtbot, staff.packs_page.cards["rfa-facet"].confirm_button)
    wait_done(qtbot, staff)
    qtbot.waitUntil(lambda: "rfa-facet" in load_settings(data_paths().settings_file).shown)
    qtbot.waitUntil(lambda: staff.packs_page.cards["demo"].drop_topic_button.isVisible())  # noqa: PLW0108  (cards are made anew)
    tap(qtbot, staff.packs_page.cards["demo"].drop_topic_button)
    wait_done(qtbot, staff)
    qtbot.waitUntil(lambda: load_settings(data_paths().settings_file).shown == ("rfa-facet",))
    qtbot.waitUntil(lambda: staff.packs_page.message.text() == f"{RFA_TITLE} is on screen now.")
    tap(qtbot, staff.leave_button)
    assert not kiosk.attract.choosing_topic()
    assert kiosk.attract.title.text() == RFA_TITLE


def test_a_shown_pack_cannot_be_removed_while_it_is_a_topic(qtbot: QtBot, kiosk: KioskWindow, tmp_path: Path) -> None:  # noqa: F811
    staff = enter_staff(qtbot, kiosk)
    tap(qtbot, staff.packs_page.cards["rfa-facet"].add_topic_button)
    tap(qtbot, staff.packs_page.cards["rfa-facet"].confirm_button)
    wait_done(qtbot, staff)
    qtbot.waitUntil(lambda: len(load_settings(data_paths().settings_file).shown) == 2)
    qtbot.waitUntil(lambda: staff.packs_page.cards["demo"].badge.text() == "Topic 1 of 2")
    tap(qtbot, staff.packs_page.cards["demo"].remove_button)
    assert staff.notice.title.text() == "Demo topic is on screen now"
    tap(qtbot, staff.notice.cancel_button)
