"""The screen sleeps outside clinic hours on the attract screen only, and the touch that wakes it does nothing else."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.core.content.reader import load_pack
from kiosk.core.session import Preferences, Screen, Session
from kiosk.core.settings import Settings, read_settings
from kiosk.ui import display as display_module
from kiosk.ui.display import DisplayControl
from kiosk.ui.screen_sleep import ScreenSleep
from kiosk.ui.window import KioskWindow
from tests.clocks import SteppedClock
from tests.events import pump
from tests.ui.screen_support import FakeCompositor, WallClock
from tests.ui.staff.support import hold_corner, quick_timers, set_pin

ON = Settings(screen_sleep=True, clinic_hours_weekdays="08:00-18:00")
MONDAY_EVENING = datetime(2026, 3, 2, 20, 0)
MONDAY_MORNING = datetime(2026, 3, 2, 7, 0)


class Kiosk:
    """A kiosk window with its clocks and compositor in the test's hands."""

    def __init__(self, window: KioskWindow, clock: SteppedClock, wall: WallClock, compositor: FakeCompositor) -> None:
        self.window, self.clock, self.wall, self.compositor = window, clock, wall, compositor

    @property
    def sleep(self) -> ScreenSleep:
        return self.window.screen_sleep

    def quiet(self) -> None:
        """Nobody touched the kiosk for longer than the quiet time; the timer looks."""
        self.clock.advance(ScreenSleep.QUIET_S + 1)
        self.sleep.check()


MakeKiosk = Callable[..., Kiosk]


@pytest.fixture
def make_kiosk(qtbot: QtBot, pack_dir: Path) -> Iterator[MakeKiosk]:
    made: list[KioskWindow] = []

    def make(settings: Settings = ON, now: datetime = MONDAY_EVENING, **compositor: bool) -> Kiosk:
        pack = load_pack(pack_dir).pack
        assert pack is not None
        clock, wall, fake = SteppedClock(), WallClock(now), FakeCompositor(**compositor)
        display = DisplayControl(fake, wayland=True, environ={})
        window = KioskWindow(
            Session(pack, Preferences(language="en")), settings, clock=clock, wall_clock=wall, display=display
        )
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return Kiosk(window, clock, wall, fake)

    yield make
    for window in made:
        window.force_close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def touch_device() -> QPointingDevice:
    return QTest.createTouchDevice()


def tap(kiosk: Kiosk, device: QPointingDevice | None, point: QPoint | None = None) -> None:
    """A tap in the middle of the window (the attract screen's "Touch to start"), by mouse or by touch."""
    window = kiosk.window
    point = window.rect().center() if point is None else point
    if device is None:
        target = window.childAt(point) or window
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, point))
    else:
        handle = window.windowHandle()
        QTest.touchEvent(handle, device).press(0, point, handle).commit(False)
        pump()
        QTest.touchEvent(handle, device).release(0, point, handle).commit(False)
    pump()


@pytest.mark.parametrize("by_touch", [False, True], ids=["mouse", "touch"])
def test_outside_the_hours_the_attract_screen_sleeps_and_the_waking_tap_starts_no_visit(
    make_kiosk: MakeKiosk, touch_device: QPointingDevice, by_touch: bool
) -> None:
    kiosk = make_kiosk()
    device = touch_device if by_touch else None
    kiosk.quiet()
    assert kiosk.sleep.asleep
    assert kiosk.sleep.cover.isVisible() and kiosk.window.childAt(kiosk.window.rect().center()) is kiosk.sleep.cover
    assert kiosk.compositor.sent("--off") and kiosk.window.display.powered_off

    tap(kiosk, device)
    assert not kiosk.sleep.asleep and not kiosk.sleep.cover.isVisible()
    assert kiosk.window.session.screen is Screen.ATTRACT  # the waking tap pressed nothing
    assert kiosk.compositor.outputs["HDMI-A-1"]["enabled"] is True
    tap(kiosk, device)  # a second tap at once: the settle guard holds it, as on any new screen
    assert kiosk.window.session.screen is Screen.ATTRACT

    kiosk.clock.advance(1.0)
    tap(kiosk, device)  # then the attract screen works as always
    assert kiosk.window.session.screen is not Screen.ATTRACT


def test_a_key_wakes_the_screen_and_does_nothing_else(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    kiosk.quiet()
    assert kiosk.sleep.asleep
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Space):
        kiosk.sleep.sleep()
        QTest.keyClick(kiosk.window.focusWidget() or kiosk.window, key)
        pump()
        assert not kiosk.sleep.asleep
        assert kiosk.window.session.screen is Screen.ATTRACT
        assert not kiosk.window.session.has_choices


def test_a_corner_hold_that_wakes_the_screen_opens_no_staff_mode(
    qtbot: QtBot, make_kiosk: MakeKiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    quick_timers(monkeypatch)
    set_pin()
    kiosk = make_kiosk()
    kiosk.quiet()  # asleep, and long past the settle guard
    window = kiosk.window
    point = QPoint(window.width() - 10, 10)
    target = window.childAt(point) or window
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, point))
    assert not kiosk.sleep.asleep
    assert not window.staff_entry.is_holding()  # the corner never saw the press: no hold begins
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, point))
    assert not window.staff_is_shown()


def test_the_screen_wakes_at_opening_time_and_says_when_it_will_look_again(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(now=MONDAY_MORNING)
    kiosk.quiet()
    assert kiosk.sleep.asleep
    wait = kiosk.sleep.seconds_to_next_check()
    assert wait is not None and wait <= ScreenSleep.RECHECK_S
    kiosk.wall.now = datetime(2026, 3, 2, 7, 59)
    kiosk.sleep.check()
    next_check = kiosk.sleep.seconds_to_next_check()
    assert next_check is not None and 55 <= next_check <= 60  # opening time, a minute away
    kiosk.wall.now = datetime(2026, 3, 2, 8, 0)
    kiosk.sleep.check()
    assert not kiosk.sleep.asleep and not kiosk.sleep.cover.isVisible()
    assert kiosk.compositor.outputs["HDMI-A-1"]["enabled"] is True
    kiosk.quiet()
    assert not kiosk.sleep.asleep  # open: it stays on


def test_a_screen_woken_outside_the_hours_sleeps_again_when_nobody_uses_it(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    kiosk.quiet()
    tap(kiosk, None)
    assert not kiosk.sleep.asleep
    kiosk.clock.advance(ScreenSleep.QUIET_S - 5)
    kiosk.sleep.check()
    assert not kiosk.sleep.asleep
    kiosk.clock.advance(10)
    kiosk.sleep.check()
    assert kiosk.sleep.asleep


def test_a_visit_is_never_blanked(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(now=datetime(2026, 3, 2, 17, 50))
    kiosk.clock.advance(1.0)
    tap(kiosk, None)
    window = kiosk.window
    assert window.session.screen is not Screen.ATTRACT
    kiosk.wall.now = MONDAY_EVENING  # closing time passes during the visit
    kiosk.quiet()
    assert not kiosk.sleep.asleep and not kiosk.compositor.sent("--off")
    window.session.reset()  # the visit ends: the patient left long ago
    assert window.current_screen() is window.attract
    assert kiosk.sleep.asleep


def test_after_start_over_the_screen_sleeps_only_after_the_quiet_time(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(now=datetime(2026, 3, 2, 17, 59))
    kiosk.clock.advance(1.0)
    tap(kiosk, None)
    kiosk.wall.now = MONDAY_EVENING
    kiosk.clock.advance(1.0)
    kiosk.window.idle.activity.emit()  # a touch: "Start over"
    kiosk.window.session.reset()
    assert kiosk.window.current_screen() is kiosk.window.attract
    assert not kiosk.sleep.asleep
    kiosk.quiet()
    assert kiosk.sleep.asleep


def test_staff_mode_is_never_blanked(qtbot: QtBot, make_kiosk: MakeKiosk, monkeypatch: pytest.MonkeyPatch) -> None:
    quick_timers(monkeypatch)
    set_pin()
    kiosk = make_kiosk()
    kiosk.clock.advance(1.0)  # past the settle guard
    hold_corner(qtbot, kiosk.window)
    assert kiosk.window.staff_is_shown()
    kiosk.quiet()
    assert not kiosk.sleep.asleep


def test_screen_sleep_off_never_sleeps(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(Settings())
    kiosk.quiet()
    assert not kiosk.sleep.asleep and kiosk.compositor.commands == []
    assert kiosk.sleep.seconds_to_next_check() is None


def test_a_damaged_schedule_never_sleeps(make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('screen_sleep = true\nclinic_hours_weekdays = "8 till 6"\n')
    settings, damage = read_settings(path)
    assert damage is not None
    kiosk = make_kiosk(settings)
    kiosk.quiet()
    assert not kiosk.sleep.asleep
    unread = make_kiosk(replace(ON, clinic_hours_weekdays="8 till 6"))  # as if validation were bypassed
    unread.quiet()
    assert not unread.sleep.asleep


def test_turning_sleep_off_in_staff_mode_wakes_a_sleeping_screen(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    kiosk.quiet()
    assert kiosk.sleep.asleep
    kiosk.window.settings = replace(ON, screen_sleep=False)
    kiosk.sleep.check()
    assert not kiosk.sleep.asleep and not kiosk.sleep.cover.isVisible()


@pytest.mark.parametrize("how", ["unsupported", "fails"])
def test_a_display_that_cannot_be_switched_off_is_shown_black_and_still_wakes(make_kiosk: MakeKiosk, how: str) -> None:
    kiosk = make_kiosk(**({"supports": False} if how == "unsupported" else {"fails_off": True}))
    kiosk.quiet()
    assert kiosk.sleep.asleep and kiosk.sleep.cover.isVisible()
    display = kiosk.window.display
    assert not display.powered_off
    assert display.problem == (display_module.UNSUPPORTED if how == "unsupported" else display_module.FAILED)
    tap(kiosk, None)
    assert not kiosk.sleep.asleep
    assert kiosk.window.session.screen is Screen.ATTRACT


def test_headphones_plugged_in_at_night_wake_the_screen_for_speech_mode(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    kiosk.quiet()
    started_awake: list[bool] = []

    class SpeechMode:  # only what the window asks of it here
        active = False

        def start(self) -> None:
            started_awake.append(not kiosk.sleep.asleep)

        def refresh(self) -> None: ...

        def install(self) -> None: ...

    kiosk.window._speech = SpeechMode()  # type: ignore[assignment]
    kiosk.window._on_headphones()
    kiosk.window._speech = None
    assert started_awake == [True]


def test_after_a_failed_night_the_next_night_tries_to_switch_the_display_off_again(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(fails_off=True)
    kiosk.quiet()
    display = kiosk.window.display
    assert kiosk.sleep.asleep and not display.powered_off and display.problem == display_module.FAILED
    tap(kiosk, None)
    kiosk.compositor.fails_off = False  # the monitor's cable was pushed back in
    kiosk.quiet()
    assert kiosk.sleep.asleep and display.powered_off and display.problem == ""
