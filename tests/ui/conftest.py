"""Kiosk windows on a pack, at 1920x1080, with short timers; closed after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from pytestqt.qtbot import QtBot

from kiosk.core.content.reader import load_pack
from kiosk.core.session import Preferences, Session
from kiosk.core.settings import Settings
from kiosk.ui.visit.idle import StillThereOverlay
from kiosk.ui.widgets.settle import SettleGuard
from kiosk.ui.window import KioskWindow

MakeWindow = Callable[[Path, Settings], KioskWindow]
#: What the kiosk asked a screen reader to say, in order: (the words, whether at once).
Announcements = list[tuple[str, bool]]


@pytest.fixture
def make_window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[MakeWindow]:
    monkeypatch.setattr(StillThereOverlay, "TICK_MS", 10)
    made: list[KioskWindow] = []

    def make(pack_dir: Path, settings: Settings) -> KioskWindow:
        pack = load_pack(pack_dir).pack
        assert pack is not None
        kiosk = KioskWindow(Session(pack, Preferences(language="en")), settings, kiosk_mode=True)
        qtbot.addWidget(kiosk)
        kiosk.resize(1920, 1080)
        kiosk.show()
        qtbot.waitExposed(kiosk)
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.force_close()
    # The closed windows' widgets are deleted here, not in the next test's event loop (a walk
    # through every screen leaves thousands; deleting them took 3 s of the next test's time).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def window(make_window: MakeWindow, pack_dir: Path) -> KioskWindow:
    """The small demo pack (no questionnaire)."""
    return make_window(pack_dir, Settings(clinic_name="Riverside Spine Clinic", idle_countdown_s=3))


class SkipClock:
    """A clock that jumps a minute at every reading, so the settle guard never holds a test's taps
    back; the guard's own tests (tests/ui/widgets/test_settle.py) step a clock of their own."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        self.now += 60.0
        return self.now


@pytest.fixture(autouse=True)
def settled_taps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kiosk.core.clock.monotonic", SkipClock())
    monkeypatch.setattr(SettleGuard, "WAIT_FOR_FRAME", False)


@pytest.fixture
def announcements(monkeypatch: pytest.MonkeyPatch) -> Announcements:
    """Every announcement the kiosk sends to a screen reader from now on (the offscreen platform has
    no screen reader to hear them; tests/test_atspi.py listens to the real ones)."""
    heard: Announcements = []
    send = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append((event.message(), event.politeness() == QAccessible.AnnouncementPoliteness.Assertive))
        send(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    return heard
