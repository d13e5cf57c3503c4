"""A pack version that makes the kiosk restart 3 times within 10 minutes is set aside, and staff are told."""

from __future__ import annotations

from pathlib import Path

from kiosk.core import alerts
from kiosk.core.install.installer import PackInstaller
from kiosk.core.install.locate import open_pack
from kiosk.core.install.restarts import note_clean_stop, note_start, set_aside
from kiosk.core.install.store import PackStore
from kiosk.core.paths import DataPaths
from kiosk.core.settings import Settings
from tests.core.install.kpack_corpus import demo_kpack


class Clock:
    def __init__(self) -> None:
        self.now = 1_900_000_000.0

    def __call__(self) -> float:
        return self.now


def _installed(tmp_path: Path) -> tuple[PackStore, DataPaths]:
    paths = DataPaths.in_dir(tmp_path / "data")
    store = PackStore(paths)
    for version in ("1.2.0", "1.3.0"):
        PackInstaller(store).install(demo_kpack(tmp_path, version), Settings())
    return store, paths


def _start(paths: DataPaths, clock: Clock) -> str:
    """What the kiosk does at start (kiosk.app.run): open, count the start, open again if set aside."""
    opened = open_pack("demo", paths)
    assert opened.pack is not None
    if note_start(paths, opened.pack.root, clock):
        opened = open_pack("demo", paths)
        assert opened.pack is not None
    return opened.pack.version


def test_three_quick_restarts_set_the_version_aside_and_the_previous_one_is_shown(tmp_path: Path) -> None:
    store, paths = _installed(tmp_path)
    clock = Clock()
    assert _start(paths, clock) == "1.3.0"  # then the kiosk freezes and the watchdog restarts it
    clock.now += 200
    assert _start(paths, clock) == "1.3.0"
    clock.now += 200
    assert _start(paths, clock) == "1.2.0"
    assert list(set_aside(paths)) == [f"demo/{store.info('demo').folder.parent.name}"]  # type: ignore[union-attr]
    (shown,) = alerts.current()
    assert str(shown).startswith("'demo' (v1.3.0-") and "made the kiosk restart 3 times within 10 minutes" in str(shown)
    assert "version 1.2.0 of 'demo' is shown instead" in str(shown)
    assert _start(paths, clock) == "1.2.0"  # and it stays aside at the next start
    store.activate("demo", Settings(active_pack="demo"))  # staff choose it again: it is tried once more
    assert set_aside(paths) == {} and _start(paths, clock) == "1.3.0"


def test_clean_stops_and_slow_restarts_never_set_a_version_aside(tmp_path: Path) -> None:
    _store, paths = _installed(tmp_path)
    clock = Clock()
    for _ in range(5):
        assert _start(paths, clock) == "1.3.0"
        note_clean_stop(paths)  # staff restarted the kiosk on purpose
    for _ in range(5):
        clock.now += 601  # a crash now and then, more than 10 minutes apart
        assert _start(paths, clock) == "1.3.0"
    assert set_aside(paths) == {} and alerts.current() == []


def test_installing_the_pack_again_clears_the_mark(tmp_path: Path) -> None:
    store, paths = _installed(tmp_path)
    clock = Clock()
    for _ in range(3):
        _start(paths, clock)
    assert set_aside(paths)
    PackInstaller(store).install(demo_kpack(tmp_path / "again", "1.4.0"), Settings())
    assert set_aside(paths) == {} and _start(paths, clock) == "1.4.0"
