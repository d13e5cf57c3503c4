"""Paging through the largest pages the budgets allow: the screens never convert Markdown, and the
event loop keeps turning between every step, so the watchdog keeps being fed."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from pytestqt.qtbot import QtBot

from benchmarks.hostile import LARGEST_PAGES
from kiosk.core.content import markup
from kiosk.core.content.reader import load_pack
from kiosk.core.problems import has_errors
from kiosk.core.settings import Settings
from tests.ui.conftest import MakeWindow

#: The watchdog's period is several seconds and the kiosk pings three times in each; a gap of a
#: second between two turns of the event loop is the most the kiosk may ever take.
WATCHDOG_GAP_S = 1.0


class Heartbeat(QObject):
    """Counts turns of the event loop, and keeps the longest gap between two of them."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.clock = clock
        self.beats = 0
        self.longest_gap_s = 0.0
        self._last = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        self._last = self.clock()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _beat(self) -> None:
        now = self.clock()
        self.longest_gap_s = max(self.longest_gap_s, now - self._last)
        self._last = now
        self.beats += 1


@pytest.fixture
def heartbeat() -> Iterator[Heartbeat]:
    beat = Heartbeat()
    yield beat
    beat.stop()


def largest_pages_pack(make_pack: Callable[..., Path]) -> Path:
    pack = make_pack()
    names = [f"big-{n}" for n in range(len(LARGEST_PAGES))]
    toml = (pack / "pack.toml").read_text(encoding="utf-8")
    listed = ", ".join(f'"{name}"' for name in names)
    toml = toml.replace('pages = ["welcome", "joints", "block", "after"]', f'pages = ["welcome", {listed}]')
    (pack / "pack.toml").write_text(toml, encoding="utf-8")
    for name, text in zip(names, LARGEST_PAGES.values(), strict=True):
        (pack / "en" / f"{name}.md").write_text(f"title: {name}\nsection: about\n\n{text}\n", encoding="utf-8")
        (pack / "es" / f"{name}.md").write_text(f"title: {name}\nsection: about\n\nUna página.\n", encoding="utf-8")
    assert not has_errors(load_pack(pack).problems)
    return pack


def test_paging_through_the_largest_allowed_pages_never_blocks_the_event_loop(
    qtbot: QtBot,
    make_window: MakeWindow,
    make_pack: Callable[..., Path],
    heartbeat: Heartbeat,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(largest_pages_pack(make_pack), Settings())
    conversions: list[str] = []
    # From here on, converting Markdown would be a bug: the pack's HTML was made when it loaded.
    monkeypatch.setattr(markup, "_converter", lambda: conversions.append("converted") or None)
    heartbeat.start()
    qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() is window.session_view)
    view = window.session_view
    pages = len(window.session.pack.pages)
    for index in range(1, pages):
        before = heartbeat.beats
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda index=index: window.session.page_index == index)  # type: ignore[misc]
        qtbot.waitUntil(lambda before=before: heartbeat.beats > before + 1)  # type: ignore[misc]
        screen = view.current_page_screen()
        assert screen is not None and screen.body.toPlainText()
    assert conversions == []
    assert heartbeat.beats >= pages
    assert heartbeat.longest_gap_s < WATCHDOG_GAP_S, f"the event loop stopped for {heartbeat.longest_gap_s:.2f} s"


def test_a_touch_before_the_pages_were_converted_still_shows_the_page(
    qtbot: QtBot, pack_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kiosk starts with unconverted pages (its first frame comes first): a quick touch still shows text."""
    from kiosk.core.session import Preferences, Session
    from kiosk.ui.visit.idle import StillThereOverlay
    from kiosk.ui.window import KioskWindow

    monkeypatch.setattr(StillThereOverlay, "TICK_MS", 10)
    pack = load_pack(pack_dir, convert=False).pack
    assert pack is not None and not pack.converted
    window = KioskWindow(Session(pack, Preferences(language="en")), Settings(), kiosk_mode=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() is window.session_view)
    screen = window.session_view.current_page_screen()
    assert screen is not None and "This is a short demo" in screen.body.toPlainText()
    window.force_close()
