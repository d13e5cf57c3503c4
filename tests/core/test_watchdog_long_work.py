"""Long but bounded work keeps the service manager's watchdog fed; work past its limit does not."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core import watchdog
from kiosk.core.content import render
from kiosk.core.content.reader import load_pack
from kiosk.core.watchdog import Notifier

#: Only reached when a test is about to fail.
PATIENCE_S = 30


class CountingNotifier(Notifier):
    def __init__(self) -> None:
        super().__init__(address="@test", ping_interval_s=0.001)
        self.pings = 0
        self.three = threading.Event()

    def send(self, message: str) -> bool:
        self.pings += message == "WATCHDOG=1"
        if self.pings >= 3:
            self.three.set()
        return True


@pytest.fixture
def notifier() -> Iterator[CountingNotifier]:
    counting = CountingNotifier()
    watchdog.use(counting)
    yield counting
    watchdog.use(None)


def test_pings_go_on_while_long_work_holds_up_the_event_loop(notifier: CountingNotifier) -> None:
    with watchdog.long_work(limit_s=PATIENCE_S):
        assert notifier.three.wait(PATIENCE_S)  # the caller is busy; the pings still come


def test_work_past_its_limit_stops_the_pings_so_a_hang_is_still_caught(notifier: CountingNotifier) -> None:
    with watchdog.long_work(limit_s=0):
        helpers = [t for t in threading.enumerate() if t.name == "watchdog-long-work"]
        for helper in helpers:
            helper.join(PATIENCE_S)
        assert notifier.pings == 0
    assert not [t for t in threading.enumerate() if t.name == "watchdog-long-work"]


def test_without_a_watchdog_long_work_starts_no_thread() -> None:
    watchdog.use(None)
    with watchdog.long_work(limit_s=PATIENCE_S):
        assert not [t for t in threading.enumerate() if t.name == "watchdog-long-work"]


def test_converting_a_pack_keeps_the_watchdog_fed(
    notifier: CountingNotifier, pack_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loading a pack converts every page inside long_work: the pings come while it converts."""
    real = render.render_markdown

    def slow_but_bounded(text: str) -> str:
        assert notifier.three.wait(PATIENCE_S)
        return real(text)

    monkeypatch.setattr(render, "render_markdown", slow_but_bounded)
    assert load_pack(pack_dir).pack is not None
    assert notifier.pings >= 3
