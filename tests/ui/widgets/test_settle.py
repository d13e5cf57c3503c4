"""The settle guard: a double tap on any control that changes the screen acts once, on every screen of
the bundled pack (from the registry ``kiosk screenshot`` renders), in both languages and at three sizes,
with the mouse and with touch events; a stepped clock stands in for the time between the taps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.content.reader import load_pack
from kiosk.core.session import Preferences, Session
from kiosk.core.settings import Settings
from kiosk.ui.screenshots import visit_screens
from kiosk.ui.widgets.settle import DOUBLE_TAP_S, SETTLE_S, SettleGuard
from kiosk.ui.window import KioskWindow
from tests.clocks import SteppedClock
from tests.events import pump

BUNDLED = Path(__file__).parents[3] / "content" / "rfa-facet"
#: A page of the bundled pack whose next page is in the same section (so no key-point check between).
MID_SECTION, AFTER_IT = "facet-joints", "medial-branch"
GAPS_MS = (80, 150, 250, 400)
SIZES = ((1920, 1080), (1280, 800), (1080, 1920))


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> SteppedClock:
    monkeypatch.setattr(SettleGuard, "WAIT_FOR_FRAME", True)
    return SteppedClock()


def make_kiosk(qtbot: QtBot, clock: SteppedClock, lang: str, size: tuple[int, int], pack: Path) -> KioskWindow:
    loaded = load_pack(pack).pack
    assert loaded is not None
    kiosk = KioskWindow(Session(loaded, Preferences(language=lang)), Settings(), kiosk_mode=False, clock=clock)
    qtbot.addWidget(kiosk)
    kiosk.resize(*size)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    return kiosk


@pytest.fixture
def touch_device() -> Iterator[QPointingDevice]:
    yield QTest.createTouchDevice()


def state(kiosk: KioskWindow) -> tuple[object, ...]:
    s = kiosk.session
    return (
        s.screen,
        s.page_index,
        tuple(s.asked),
        tuple(sorted((k, str(v)) for k, v in s.answers.items())),
        s.language,
        s.text_size,
        s.theme,
        kiosk.overlay.isVisible(),
        kiosk.staff_is_shown(),
    )


def settle(qtbot: QtBot, kiosk: KioskWindow, clock: SteppedClock) -> None:
    """Let the screen's first frame out, then step past the guard."""
    qtbot.waitUntil(lambda: kiosk.settle.shown_at is not None)
    clock.advance(SETTLE_S + DOUBLE_TAP_S + 0.01)


def controls(kiosk: KioskWindow) -> list[QPoint]:
    """Where each visible control of the screen is (window coordinates), and the attract screen itself."""
    screen = kiosk.overlay if kiosk.overlay.isVisible() else kiosk.current_screen()
    assert screen is not None
    points = [
        button.mapTo(kiosk, button.rect().center())
        for button in screen.findChildren(QAbstractButton)
        if button.isVisible() and button.isEnabled() and button.window() is kiosk
    ]
    if screen is kiosk.attract:
        points.append(kiosk.attract.title.mapTo(kiosk, kiosk.attract.title.rect().center()))
    return points


def tap(kiosk: KioskWindow, point: QPoint, device: QPointingDevice | None) -> None:
    if device is None:
        target = kiosk.childAt(point) or kiosk
        QTest.mouseClick(
            target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target.mapFrom(kiosk, point)
        )
    else:
        window = kiosk.windowHandle()
        QTest.touchEvent(window, device).press(0, point, window).commit(False)
        pump()
        QTest.touchEvent(window, device).release(0, point, window).commit(False)
    pump()


def double_taps_act_once(qtbot: QtBot, kiosk: KioskWindow, clock: SteppedClock, device: QPointingDevice | None) -> int:
    """On every screen, every control: a first tap acts, and a second tap 80, 150, 250 or 400 ms
    after it does nothing (the answers and the screen stay what the first tap made them)."""
    changed = 0
    for name, show in visit_screens(kiosk.session, kiosk):
        show()
        settle(qtbot, kiosk, clock)
        for index in range(len(controls(kiosk))):
            if index:
                show()
                settle(qtbot, kiosk, clock)
            before = state(kiosk)
            point = controls(kiosk)[index]
            tap(kiosk, point, device)
            once = state(kiosk)
            changed += once != before
            start = clock.now
            for gap in GAPS_MS:
                clock.now = start + gap / 1000
                tap(kiosk, point, device)
                assert state(kiosk) == once, (name, index, gap)
    return changed


# Each run walks about 220 controls (about a minute); `make test` runs them beside the other tests.
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_a_double_tap_acts_once_on_every_screen(
    qtbot: QtBot, clock: SteppedClock, lang: str, size: tuple[int, int]
) -> None:
    kiosk = make_kiosk(qtbot, clock, lang, size, BUNDLED)
    try:
        assert double_taps_act_once(qtbot, kiosk, clock, None) > 60
    finally:
        kiosk.force_close()


@pytest.mark.parametrize("lang", ["en"])
def test_a_double_tap_with_touch_events_acts_once_on_every_screen(
    qtbot: QtBot, clock: SteppedClock, touch_device: QPointingDevice, lang: str
) -> None:
    kiosk = make_kiosk(qtbot, clock, lang, (1920, 1080), BUNDLED)
    try:
        assert double_taps_act_once(qtbot, kiosk, clock, touch_device) > 60
    finally:
        kiosk.force_close()


def test_no_on_the_bladder_question_tapped_twice_never_answers_the_next_one(qtbot: QtBot, clock: SteppedClock) -> None:
    """The reported case: a double tap on "No" recorded "Yes" to groin numbness."""
    kiosk = make_kiosk(qtbot, clock, "en", (1920, 1080), BUNDLED)
    try:
        kiosk.session.start_questionnaire()
        settle(qtbot, kiosk, clock)
        first = kiosk.session.question.id
        screen = kiosk.session_view.current_question_screen()
        assert screen is not None
        no = next(b for b in screen.buttons if b.value == "no")
        point = no.mapTo(kiosk, no.rect().center())
        for gap in GAPS_MS:
            kiosk.session.reset()
            kiosk.session.start_questionnaire()
            settle(qtbot, kiosk, clock)
            tap(kiosk, point, None)
            clock.advance(gap / 1000)
            tap(kiosk, point, None)
            assert kiosk.session.answers == {first: "no"}
        # After the guard, the next screen's answers count again.
        settle(qtbot, kiosk, clock)
        tap(kiosk, point, None)
        assert len(kiosk.session.answers) == 2
    finally:
        kiosk.force_close()


def test_a_press_from_the_last_screen_never_acts_on_the_next(qtbot: QtBot, clock: SteppedClock) -> None:
    kiosk = make_kiosk(qtbot, clock, "en", (1920, 1080), BUNDLED)
    try:
        kiosk.session.start()
        kiosk.session.go_to_page(MID_SECTION)  # (Next from it turns a page, not to a key-point check)
        settle(qtbot, kiosk, clock)
        next_button = kiosk.session_view.next_button
        QTest.mousePress(next_button, Qt.MouseButton.LeftButton)
        kiosk.session.next()  # the screen changes under the finger (a swipe, a link)
        settle(qtbot, kiosk, clock)
        QTest.mouseRelease(next_button, Qt.MouseButton.LeftButton)
        assert kiosk.session.page.id == AFTER_IT
    finally:
        kiosk.force_close()


def test_a_held_key_acts_once_and_a_single_press_at_once(qtbot: QtBot, clock: SteppedClock) -> None:
    kiosk = make_kiosk(qtbot, clock, "en", (1920, 1080), BUNDLED)
    try:
        kiosk.session.start()
        kiosk.session.go_to_page(MID_SECTION)
        QApplication.processEvents()
        next_button = kiosk.session_view.next_button
        next_button.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyPress(next_button, Qt.Key.Key_Return)  # no settle time for keys and switches
        assert kiosk.session.page.id == AFTER_IT
        for _ in range(5):
            held = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", True)
            QApplication.sendEvent(kiosk.session_view.next_button, held)
        assert kiosk.session.page.id == AFTER_IT
    finally:
        kiosk.force_close()


def test_the_guard_opens_in_real_time_after_the_first_frame(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real clock: a tap right after the change is dropped, one after the guard counts."""
    monkeypatch.setattr(SettleGuard, "WAIT_FOR_FRAME", True)
    import time

    loaded = load_pack(BUNDLED).pack
    assert loaded is not None
    kiosk = KioskWindow(Session(loaded, Preferences(language="en")), Settings(), kiosk_mode=False, clock=time.monotonic)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    try:
        kiosk.session.start()
        kiosk.session.go_to_page(MID_SECTION)
        next_button = kiosk.session_view.next_button
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        assert kiosk.session.page.id == MID_SECTION
        qtbot.waitUntil(kiosk.settle.is_settled, timeout=3000)
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        assert kiosk.session.page.id == AFTER_IT
    finally:
        kiosk.force_close()


def test_the_settle_time_stays_in_its_range(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    assert SettleGuard(window, SteppedClock(), settle_s=0.1).settle_s == 0.3
    assert SettleGuard(window, SteppedClock(), settle_s=2.0).settle_s == 0.8
    assert SettleGuard(window, SteppedClock()).settle_s == SETTLE_S == 0.5
