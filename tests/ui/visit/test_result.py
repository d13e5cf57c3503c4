"""The result screens, tapped like a patient: "Please tell a staff member now" stays until staff end it
with their PIN (or ten minutes pass), staff see the warning signs in two languages, "Thank you" after
Finish, and every result's text keeps to a readable line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.content.reader import load_pack
from kiosk.core.idle import STAFF_NOW_IDLE_S
from kiosk.core.paths import BUNDLED_CONTENT_DIR, DataPaths
from kiosk.core.pin import PinStore, pin_file
from kiosk.core.session import Preferences, Screen, Session
from kiosk.core.settings import Settings
from kiosk.ui.screenshots import visit_screens
from kiosk.ui.staff.gesture import CornerHold
from kiosk.ui.visit.result import ResultScreen
from kiosk.ui.visit.thanks import ThankYouScreen
from kiosk.ui.widgets.corner import corner_square
from kiosk.ui.window import KioskWindow
from tests.clocks import SteppedClock as ManualClock
from tests.ui.visit.test_question import TYPICAL_RFA

PIN = "2468"
#: Answers that reach "Please tell a staff member now": not sure about leg weakness, yes to arm weakness.
TWO_SIGNS = {
    "bladder_bowel": "no",
    "saddle_numbness": "no",
    "leg_weakness": "not_sure",
    "fever": "no",
    "area": "neck",
    "arm_weakness": "yes",
}


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(now=1000.0)


@pytest.fixture
def make_kiosk(qtbot: QtBot, clock: ManualClock) -> Iterator[object]:
    made: list[KioskWindow] = []

    def make(lang: str = "en", size: tuple[int, int] = (1920, 1080), default_language: str = "en") -> KioskWindow:
        pack = load_pack(BUNDLED_CONTENT_DIR / "rfa-facet").pack
        assert pack is not None
        settings = Settings(default_language=default_language, idle_timeout_s=90, idle_countdown_s=3)
        session = Session(pack, Preferences(language=default_language))
        kiosk = KioskWindow(session, settings, kiosk_mode=True, paths=DataPaths.choose(None), clock=clock)
        qtbot.addWidget(kiosk)
        kiosk.resize(*size)
        kiosk.show()
        qtbot.waitExposed(kiosk)
        if lang != default_language:
            session.set_language(lang)
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.force_close()


@pytest.fixture
def pin() -> PinStore:
    store = PinStore(pin_file(DataPaths.choose(None)))
    store.set_pin(PIN)
    return store


def tap(qtbot: QtBot, clock: ManualClock, widget: QWidget) -> None:
    """A patient's tap, a second after the last: the settle guard lets it through."""
    clock.advance(1.0)
    qtbot.waitUntil(widget.isVisible, timeout=2000)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def answer(
    qtbot: QtBot, clock: ManualClock, kiosk: KioskWindow, answers: dict[str, object], *, until: str = ""
) -> None:
    """From the attract screen, tap the answers given (Not sure for the rest) until a result shows,
    or until the question ``until`` is on screen."""
    tap(qtbot, clock, kiosk.attract.questions_button)
    qtbot.waitUntil(lambda: kiosk.session.screen is Screen.QUESTION)
    view = kiosk.session_view
    while kiosk.session.screen is Screen.QUESTION:
        screen = view.current_question_screen()
        assert screen is not None
        if screen.question.id == until:
            return
        value = answers.get(screen.question.id, "not_sure")
        if screen.question.kind == "multiple" and value != "not_sure":
            assert isinstance(value, list)
            for option in value:
                tap(qtbot, clock, next(b for b in screen.buttons if b.value == option))
            tap(qtbot, clock, view.next_button)
        else:
            tap(qtbot, clock, next(b for b in [*screen.buttons, screen.not_sure] if b.value == value))


def result(kiosk: KioskWindow) -> ResultScreen:
    screen = kiosk.session_view.current_result_screen()
    assert screen is not None
    return screen


def staff_now_shown(kiosk: KioskWindow) -> bool:
    screen = kiosk.session_view.current_result_screen()
    return (
        kiosk.current_screen() is kiosk.session_view
        and screen is not None
        and screen.isVisible()
        and screen.kind == "staff_now"
    )


def type_pin(qtbot: QtBot, clock: ManualClock, kiosk: KioskWindow, digits: str) -> None:
    pad = kiosk.endings.check.pin_screen.pad
    for digit in digits:
        tap(qtbot, clock, pad.digit_buttons[digit])
    tap(qtbot, clock, pad.ok_button)


# -- "Please tell a staff member now" stays ------------------------------------------------------


def test_staff_now_survives_finish_start_over_back_swipes_and_two_minutes_idle(
    qtbot: QtBot, clock: ManualClock, make_kiosk
) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    answer(qtbot, clock, kiosk, {"bladder_bowel": "yes"})
    view = kiosk.session_view
    assert staff_now_shown(kiosk)
    screen = result(kiosk)
    assert screen.instruction is not None and screen.instruction.text() == "Show this screen to a staff member"
    # Nothing that erases it is offered...
    for button in (view.next_button, view.home_button, view.back_button):
        assert not button.isVisible()
    # ...and nothing erases it, should one be reached anyway (a key press, a stray click).
    for button in (view.next_button, view.home_button, view.back_button):
        button.click()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    for dx in (-600, 600):
        clock.advance(1.0)
        centre = view.stack.rect().center()
        qtbot.mousePress(view.stack, Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseMove(view.stack, centre + QPoint(dx, 0))
        qtbot.mouseRelease(view.stack, Qt.MouseButton.LeftButton, pos=centre + QPoint(dx, 0))
    assert staff_now_shown(kiosk)
    assert kiosk.session.answers == {"bladder_bowel": "yes"}
    # Two minutes without a touch: longer than the usual idle time and its countdown together.
    assert kiosk.idle.timeout_ms == STAFF_NOW_IDLE_S * 1000
    clock.advance(120)
    kiosk.idle.check()
    assert not kiosk.overlay.isVisible()
    assert staff_now_shown(kiosk)


def test_staff_now_is_forgotten_after_ten_minutes_without_a_touch(qtbot: QtBot, clock: ManualClock, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    answer(qtbot, clock, kiosk, {"bladder_bowel": "yes"})
    clock.advance(STAFF_NOW_IDLE_S - 1)
    kiosk.idle.check()
    assert staff_now_shown(kiosk)
    clock.advance(2)
    kiosk.idle.check()
    assert kiosk.current_screen() is kiosk.attract
    assert kiosk.session.answers == {} and kiosk.session.screen is Screen.ATTRACT
    assert kiosk.idle.timeout_ms == 90_000  # the usual idle time again for the next patient


def test_no_long_press_dismisses_it(qtbot: QtBot, clock: ManualClock, make_kiosk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(CornerHold, "HOLD_MS", 30)
    kiosk = make_kiosk()
    answer(qtbot, clock, kiosk, {"bladder_bowel": "yes"})
    # A long press on the text, and the staff corner held: the result (or its staff check) stays.
    clock.advance(1.0)
    text = result(kiosk).text
    qtbot.mousePress(text, Qt.MouseButton.LeftButton, pos=text.rect().center())
    clock.advance(5.0)
    qtbot.mouseRelease(text, Qt.MouseButton.LeftButton, pos=text.rect().center())
    assert staff_now_shown(kiosk)
    clock.advance(1.0)
    corner = corner_square(kiosk).center()  # the staff corner, away from "Start over"
    target = kiosk.childAt(corner) or kiosk
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(kiosk, corner))
    qtbot.waitUntil(kiosk.endings.check_shown)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(kiosk, corner))
    assert not kiosk.staff_is_shown()  # the corner asks for the PIN of this result, not staff mode
    assert kiosk.session.shows_urgent_result and kiosk.session.answers == {"bladder_bowel": "yes"}


# -- For staff -------------------------------------------------------------------------------------


def test_for_staff_with_a_wrong_pin_or_cancel_leaves_the_result_as_it_was(
    qtbot: QtBot, clock: ManualClock, make_kiosk, pin: PinStore
) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    answer(qtbot, clock, kiosk, TWO_SIGNS)
    before = dict(kiosk.session.answers)
    tap(qtbot, clock, result(kiosk).staff_button)
    assert kiosk.endings.check_shown()
    type_pin(qtbot, clock, kiosk, "1111")
    check = kiosk.endings.check
    assert "not right" in check.pin_screen.pad.message.text()
    assert not check.is_listing()
    tap(qtbot, clock, check.pin_screen.pad.cancel_button)
    assert staff_now_shown(kiosk)
    assert kiosk.session.answers == before
    # The PIN pad left open gives way to the result again after a minute.
    tap(qtbot, clock, result(kiosk).staff_button)
    clock.advance(check.TIMEOUT_MS / 1000 + 1)
    check.idle.check()
    assert staff_now_shown(kiosk)


def test_the_right_pin_lists_the_signs_in_both_languages_then_ends_the_visit(
    qtbot: QtBot, clock: ManualClock, make_kiosk, pin: PinStore
) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(lang="es", default_language="en")
    answer(qtbot, clock, kiosk, TWO_SIGNS)
    screen = result(kiosk)
    assert screen.headline.text() == "Por favor, avise ahora a alguien del personal"
    # Before the PIN nothing on the screen names a sign.
    shown = " ".join(label.text() for label in screen.findChildren(QLabel))
    assert "brazo" not in shown and "piernas" not in shown
    assert screen.staff_button is not None and screen.staff_button.label() == "Para el personal"
    tap(qtbot, clock, screen.staff_button)
    check = kiosk.endings.check
    assert check.pin_screen.pad.prompt.text() == "Staff PIN"  # the staff language
    type_pin(qtbot, clock, kiosk, PIN)
    assert check.is_listing()
    questionnaire = kiosk.session.questionnaire
    assert questionnaire is not None
    rows = [(row.mark.text(), [label.text() for label in row.texts]) for row in check.rows]
    leg, arm = questionnaire.question("leg_weakness"), questionnaire.question("arm_weakness")
    assert rows == [
        ("Not sure / No estoy seguro/a", [leg.text("en"), leg.text("es")]),
        ("Yes / Sí", [arm.text("en"), arm.text("es")]),
    ]
    assert check.title.text() == "Warning signs the patient reported"
    tap(qtbot, clock, check.dismiss_button)
    assert kiosk.current_screen() is kiosk.attract
    assert kiosk.session.answers == {} and kiosk.session.asked == []
    assert kiosk.session.language == "en"
    assert check.rows == []


def test_staff_in_the_patients_language_see_each_sign_once(
    qtbot: QtBot, clock: ManualClock, make_kiosk, pin: PinStore
) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    answer(qtbot, clock, kiosk, {"bladder_bowel": "not_sure"})
    tap(qtbot, clock, result(kiosk).staff_button)
    type_pin(qtbot, clock, kiosk, PIN)
    check = kiosk.endings.check
    [row] = check.rows
    assert row.mark.text() == "Not sure"
    assert [label.text() for label in row.texts] == ["Have you had new trouble controlling your bladder or bowels?"]
    tap(qtbot, clock, check.back_button)
    assert staff_now_shown(kiosk)
    assert not check.is_listing()


# -- Thank you ---------------------------------------------------------------------------------------


def test_finish_says_thank_you_in_the_patients_language_then_the_attract_screen(
    qtbot: QtBot, clock: ManualClock, make_kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ThankYouScreen, "SHOW_MS", 50)
    kiosk = make_kiosk(lang="es")
    answer(qtbot, clock, kiosk, TYPICAL_RFA)
    assert result(kiosk).kind == "discuss_rfa"
    tap(qtbot, clock, kiosk.session_view.next_button)
    thanks = kiosk.endings.thanks
    assert kiosk.current_screen() is thanks
    assert thanks.title.text() == "Gracias"
    assert kiosk.session.answers == {}  # forgotten at Finish, not after the thank-you
    with qtbot.waitSignal(thanks.done, timeout=2000):
        pass
    assert kiosk.current_screen() is kiosk.attract


def test_a_tap_on_thank_you_goes_to_the_attract_screen_but_not_too_soon(
    qtbot: QtBot, clock: ManualClock, make_kiosk
) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    answer(qtbot, clock, kiosk, TYPICAL_RFA)
    tap(qtbot, clock, kiosk.session_view.next_button)
    thanks = kiosk.endings.thanks
    assert thanks.title.text() == "Thank you"
    qtbot.mouseClick(thanks, Qt.MouseButton.LeftButton)  # at once: the settle guard holds it back
    assert kiosk.current_screen() is thanks
    tap(qtbot, clock, thanks)
    assert kiosk.current_screen() is kiosk.attract
    assert kiosk.session.screen is Screen.ATTRACT  # the lift did not start a visit


# -- reading ---------------------------------------------------------------------------------------


def line_lengths(label: QLabel) -> list[int]:
    """The characters on each line of ``label`` as it is laid out now."""
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    lengths = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(label.contentsRect().width())
        lengths.append(line.textLength())
    layout.endLayout()
    return lengths


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("text_size", ["normal", "largest"])
def test_every_result_keeps_to_about_75_characters_a_line_at_1920x1080(
    qtbot: QtBot, clock: ManualClock, make_kiosk, lang: str, text_size: str
) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(lang=lang)
    kiosk.session.set_text_size(text_size)
    seen = 0
    for name, show in visit_screens(kiosk.session, kiosk):
        if not name.startswith("result-") or name.count("-") > 1:
            continue
        show()
        QApplication.processEvents()
        screen = result(kiosk)
        seen += 1
        for label in screen.reading_labels():
            assert max(line_lengths(label)) <= 76, (name, label.text())
        assert not any(label.text().startswith("•") for label in screen.reading_labels())
        assert all(not p.text.startswith("•") for p in screen.passages(kiosk.session_view.colors))
        # The disclaimer once.
        texts = [label.text() for label in screen.reading_labels()]
        assert sum("diagn" in text for text in texts) == 1, name
    assert seen == 4


def test_the_result_icon_is_never_cut(qtbot: QtBot, clock: ManualClock, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    answer(qtbot, clock, kiosk, TYPICAL_RFA)  # "fa6s.comments": wider than tall
    icon = result(kiosk).icon
    image = icon.pixmap().toImage()
    assert icon.pixmap().deviceIndependentSize().toSize() == icon.size()
    edges = [image.pixelColor(x, y).alpha() for y in range(image.height()) for x in (0, image.width() - 1)]
    assert max(edges) == 0, "the glyph touches the edge of its square"
    assert max(image.pixelColor(x, image.height() // 2).alpha() for x in range(image.width())) > 0


@pytest.mark.parametrize(("lang", "theme"), [("es", "high-contrast"), ("en", "default")])
def test_a_result_taller_than_its_box_says_more_below_and_ends_on_a_whole_line(
    qtbot: QtBot, clock: ManualClock, make_kiosk, lang: str, theme: str
) -> None:  # type: ignore[no-untyped-def]
    """Largest text at 1280x800: "Please tell a staff member now" does not fit; the patient is told
    there is more, and no line shows cut in half above the cue (it read as the end of the text)."""
    kiosk = make_kiosk(lang=lang, size=(1280, 800))
    kiosk.session.set_text_size("largest")
    kiosk.session.set_theme(theme)
    answer(qtbot, clock, kiosk, TWO_SIGNS)
    screen = result(kiosk)
    qtbot.waitUntil(screen.more_below.is_shown)
    area = screen.text
    content = area.widget()
    bottom = area.verticalScrollBar().value() + area.viewport().height()
    for label in content.findChildren(QLabel):
        if not label.isVisibleTo(content) or not label.text():
            continue
        top = label.mapTo(content, label.contentsRect().topLeft()).y()
        if top < bottom < top + label.contentsRect().height():
            assert (bottom - top) % label.fontMetrics().lineSpacing() == 0, f"a line of {label.text()!r} is cut"
    assert screen.more_below.geometry().top() >= area.viewport().geometry().bottom()
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: not screen.more_below.is_shown())
