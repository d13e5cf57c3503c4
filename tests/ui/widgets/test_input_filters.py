"""The kiosk's input watchers share one application filter that asks each only about its own events."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.widgets import input_filters


class Watcher(QObject):
    """Notes what it was asked about; takes the event when told to."""

    INPUT_EVENTS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease})

    def __init__(self, name: str, log: list[tuple[str, QEvent.Type]], take: bool = False) -> None:
        super().__init__()
        self.name = name
        self.log = log
        self.take = take

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.log.append((self.name, event.type()))
        return self.take


@pytest.fixture
def log() -> Iterator[list[tuple[str, QEvent.Type]]]:
    entries: list[tuple[str, QEvent.Type]] = []
    yield entries


@pytest.fixture
def button(qtbot: QtBot) -> QPushButton:
    shown = QPushButton("Next")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_watchers_are_asked_only_about_their_events_last_installed_first(
    qtbot: QtBot, log: list[tuple[str, QEvent.Type]], button: QPushButton
) -> None:
    first, second = Watcher("first", log), Watcher("second", log)
    input_filters.install(first)
    input_filters.install(second)
    try:
        assert input_filters.watchers()[:2] == [second, first]
        button.update()  # a paint, a layout: nobody is asked
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        kinds = {kind for _, kind in log}
        assert kinds == {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease}
        assert [name for name, kind in log if kind == QEvent.Type.MouseButtonPress][:2] == ["second", "first"]
        input_filters.install(first)  # again: now in front
        log.clear()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert [name for name, kind in log if kind == QEvent.Type.MouseButtonPress][:2] == ["first", "second"]
    finally:
        input_filters.remove(first)
        input_filters.remove(second)
    assert first not in input_filters.watchers() and second not in input_filters.watchers()


def test_a_watcher_that_takes_a_press_stops_it_before_the_others_and_the_button(
    qtbot: QtBot, log: list[tuple[str, QEvent.Type]], button: QPushButton
) -> None:
    behind, taker = Watcher("behind", log), Watcher("taker", log, take=True)
    input_filters.install(behind)
    input_filters.install(taker)
    try:
        with qtbot.assertNotEmitted(button.clicked):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert log and all(name == "taker" for name, _ in log)
    finally:
        input_filters.remove(taker)
        input_filters.remove(behind)


def test_a_watcher_deleted_with_its_window_is_forgotten(qtbot: QtBot, log: list[tuple[str, QEvent.Type]]) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    owner = QObject()
    watcher = Watcher("gone", log)
    watcher.setParent(owner)
    input_filters.install(watcher)
    shiboken6.delete(owner)  # the watcher goes with it, as a window's watchers do
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton)  # no call into a deleted object
    assert log == []
    assert all(shiboken6.isValid(each) for each in input_filters.watchers())
