"""A kiosk window on the small demo pack, at 1920x1080, with short timers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.pack import load_pack
from kiosk.core.session import Preferences, Session
from kiosk.core.settings import Settings
from kiosk.ui.idle import StillThereOverlay
from kiosk.ui.window import KioskWindow


@pytest.fixture
def window(qtbot: QtBot, pack_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[KioskWindow]:
    monkeypatch.setattr(StillThereOverlay, "TICK_MS", 10)
    pack = load_pack(pack_dir).pack
    assert pack is not None
    session = Session(pack, Preferences(language="en"))
    settings = Settings(clinic_name="Riverside Spine Clinic", idle_countdown_s=3)
    kiosk = KioskWindow(session, settings, kiosk_mode=True)
    qtbot.addWidget(kiosk)
    kiosk.resize(1920, 1080)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    yield kiosk
    kiosk.force_close()
