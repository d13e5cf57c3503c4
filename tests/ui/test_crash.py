"""The exception hook and the logs: types and code locations only, never what a patient answered.

Full visits (a warning-sign stop, an idle reset, an injected error, staff mode in the middle of a
visit) run with debug logging on; then no file the kiosk wrote holds an answer id or text.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.health import HealthFile, health_path
from kiosk.core.logs import describe_error, setup_logging
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.printing import cups
from kiosk.core.questionnaire.model import Questionnaire
from kiosk.core.session import Screen
from kiosk.core.settings import Settings
from kiosk.ui.crash import install_exception_hook
from kiosk.ui.visit.keypoint import CheckScreen
from kiosk.ui.visit.printing import PrintPanel
from kiosk.ui.widgets.print_jobs import print_jobs
from kiosk.ui.window import KioskWindow
from tests.ui.conftest import MakeWindow
from tests.ui.staff.support import PIN, data_paths, enter_staff, quick_timers, set_pin, type_pin
from tests.ui.staff.support import tap as staff_tap
from tests.ui.visit.test_question import TYPICAL_RFA, answer_by_touch, button, start_questions, tap


@pytest.fixture
def debug_logs() -> Iterator[Path]:
    """The kiosk's own log file, at debug level, for the length of one test."""
    paths = data_paths()
    before = sys.excepthook
    setup_logging(paths, verbose=True)
    yield paths.log_file
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.WARNING)
    sys.excepthook = before


def _answer_words(questionnaire: Questionnaire) -> set[str]:
    """Every option id and every answer's text in every language, long enough to mean something."""
    words: set[str] = set()
    for question in questionnaire.questions:
        for option in question.options:
            words.add(option.id)
            words.update(option.texts.values())
    return {word for word in words if len(word) >= 4 and word not in {"none", "back"}}


def _written(root: Path) -> dict[Path, str]:
    return {path: path.read_text(encoding="utf-8", errors="replace") for path in root.rglob("*") if path.is_file()}


def test_an_error_is_logged_by_type_and_place_never_by_its_message() -> None:
    try:
        {"leg_weakness": 1}["saddle_numbness"]
    except KeyError as err:
        text = describe_error(type(err), err.__traceback__)
    assert text.startswith("builtins.KeyError at tests/ui/test_crash.py:")
    assert "in test_an_error_is_logged_by_type_and_place_never_by_its_message" in text
    assert "saddle" not in text and "leg_weakness" not in text


def test_the_core_never_puts_an_option_id_in_an_error(make_window: MakeWindow) -> None:
    kiosk = make_window(BUNDLED_CONTENT_DIR / "rfa-facet", Settings())
    questionnaire = kiosk.session.pack.questionnaire
    assert questionnaire is not None
    with pytest.raises(KeyError) as raised:
        questionnaire.questions[0].option("implant")
    assert "implant" not in str(raised.value)


def test_full_visits_with_debug_logging_leave_no_answer_in_any_file(
    qtbot: QtBot, make_window: MakeWindow, debug_logs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quick_timers(monkeypatch)
    set_pin()
    paths = data_paths()
    # A mock print target: the print service's answers, and the pages it was given, in memory only.
    printed: list[tuple[str, bytes]] = []
    monkeypatch.setattr(cups, "available", lambda: True)
    monkeypatch.setattr(cups, "status", lambda name: cups.Status(name, cups.PrinterState.READY))
    monkeypatch.setattr(
        cups, "print_pdf", lambda name, pdf, **_kw: printed.append((name, pdf)) or cups.PrintOutcome.PRINTED
    )
    private_temp = paths.data_dir.parent / "temp"  # the temporary folder of this test alone (Qt's and Python's)
    private_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_temp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_temp))
    settings = Settings(idle_countdown_s=2, print_for_patients=True, front_desk_slip=True, front_desk_printer="Desk")
    kiosk: KioskWindow = make_window(BUNDLED_CONTENT_DIR / "rfa-facet", settings)
    health = HealthFile.start(health_path(paths))
    install_exception_hook(kiosk, on_error=health.record_error)
    questionnaire = kiosk.session.pack.questionnaire
    assert questionnaire is not None

    # 1. A warning sign: the visit stops at once with "tell a staff member now" (and a slip prints at
    # the front desk); staff dismiss it.
    start_questions(qtbot, kiosk)
    tap(qtbot, button(kiosk, "no"))
    with qtbot.waitSignal(print_jobs().finished, timeout=10_000, check_params_cb=lambda *_job: bool(printed)):
        tap(qtbot, button(kiosk, "yes"))
    assert kiosk.session.screen is Screen.RESULT
    assert [name for name, _pdf in printed] == ["Desk"]
    result = kiosk.session_view.current_result_screen()
    assert result is not None and result.staff_button is not None
    tap(qtbot, result.staff_button)  # "For staff": the PIN, the signs reported, "End this visit"
    check = kiosk.endings.check
    type_pin(qtbot, check.pin_screen.pad, PIN)
    assert check.is_listing()
    staff_tap(qtbot, check.dismiss_button)
    qtbot.waitUntil(lambda: kiosk.current_screen() is kiosk.attract)

    # 2. An error in the middle of a visit, whose message names answers.
    start_questions(qtbot, kiosk)
    for _ in range(4):
        tap(qtbot, button(kiosk, "no"))
    try:
        raise ValueError(f"cannot route {dict(kiosk.session.answers)!r} (bladder_bowel=no, leg_weakness=no)")
    except ValueError as err:
        sys.excepthook(type(err), err, err.__traceback__)
    assert kiosk.current_screen() is kiosk.attract and kiosk.session.answers == {}

    # 3. Staff mode opened in the middle of a visit.
    start_questions(qtbot, kiosk)
    answer_by_touch(qtbot, kiosk, {k: v for k, v in TYPICAL_RFA.items() if k != "mention"})
    enter_staff(qtbot, kiosk).leave()
    assert kiosk.session.answers == {}

    # 4. A visit the patient walks away from: the idle reset forgets it.
    start_questions(qtbot, kiosk)
    tap(qtbot, button(kiosk, "no"))
    kiosk.idle.set_timeout(20)
    kiosk.idle.start()
    with qtbot.waitSignal(kiosk.overlay.expired, timeout=5000):
        pass
    assert kiosk.session.answers == {}

    # 5. Key-point checks (one missed twice), questions chosen on the result, its QR code shown.
    session = kiosk.session
    view = kiosk.session_view
    tap(qtbot, kiosk.attract)
    tap(qtbot, view.next_button)  # the welcome's check
    check = view.current_check_screen()
    assert isinstance(check, CheckScreen)
    miss = next(b for b in check.buttons if b.value != session.check.answer)
    tap(qtbot, miss)
    tap(qtbot, view.next_button)  # Ask me again
    tap(qtbot, next(b for b in view.current_check_screen().buttons if b.value == miss.value))  # type: ignore[union-attr]
    assert [c.id for c in session.missed_points()] == ["warning_signs"]
    session.reset()
    session.start()
    session.go_to_page(session.pack.pages[-1].id)
    session.start_questionnaire()
    answer_by_touch(qtbot, kiosk, TYPICAL_RFA)
    shown = view.current_result_screen()
    assert shown is not None and shown.take_home is not None
    for question in shown.question_buttons:
        tap(qtbot, question)
    qtbot.waitUntil(shown.take_home.is_ready, timeout=5000)
    summary = shown.take_home.text
    assert shown.question_buttons[0].label() in summary
    panel = shown.take_home.print_panel
    assert isinstance(panel, PrintPanel)
    with qtbot.waitSignal(panel.printed, timeout=10_000):
        tap(qtbot, panel.button)  # Print my summary
    assert len(printed) == 2 and printed[1][1].startswith(b"%PDF")
    tap(qtbot, view.next_button)  # Finish
    kiosk.endings.thanks.finish()
    assert session.chosen_questions == frozenset() and session.check_tries == {}
    health.stopped(0)
    for handler in logging.getLogger().handlers:
        handler.flush()

    written = _written(paths.data_dir)
    log_text = written[debug_logs]
    assert "unexpected error; returning to the start screen: builtins.ValueError at " in log_text
    assert "DEBUG" in log_text or "INFO" in log_text
    words = _answer_words(questionnaire)
    keypoints = kiosk.session.pack.keypoints
    assert keypoints is not None
    words |= {text for c in keypoints.checks for o in c.options for text in o.texts.values()}
    words |= {line for line in summary.splitlines() if len(line) > 12}
    found = {(path.name, word) for path, text in written.items() for word in words if word in text}
    assert found == set()
    # Printing made its pages in memory: no file in the temporary folder either (Qt's own print
    # engine would spool through one there).
    assert list(private_temp.rglob("*")) == []
