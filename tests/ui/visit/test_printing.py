"""Printing, tapped like a patient, on a real CUPS queue: the summary and the pain diaries reach the
printer as one job per tap; a printer out of paper or switched off says so in plain words, keeps the
QR code, and staff mode hears about it; nothing of the visit is left in the spooler."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QColor, QImage, QPageSize
from pytestqt.qtbot import QtBot

from kiosk.core import alerts
from kiosk.core.content.reader import load_pack
from kiosk.core.handout.summary import Part
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.printing.cups import PrintOutcome
from kiosk.core.questionnaire.answers import parse_answers
from kiosk.core.session import Preferences, Session
from kiosk.core.settings import Settings
from kiosk.ui.visit.printing import FrontDesk, PrintPanel, slip_sheet
from kiosk.ui.visit.result import ResultScreen
from kiosk.ui.visit.takehome import summary_sheet
from kiosk.ui.widgets.print_jobs import print_jobs
from kiosk.ui.widgets.printed_page import Sheet, page_count, to_images
from kiosk.ui.window import KioskWindow
from tests.clocks import SteppedClock
from tests.print_service import PrintService
from tests.ui.visit.test_checks import open_bundled, walk_to_result
from tests.ui.visit.test_question import TYPICAL_RFA
from tests.ui.visit.test_result import tap

BUNDLED = BUNDLED_CONTENT_DIR / "rfa-facet"


@pytest.fixture
def clock() -> SteppedClock:
    return SteppedClock(now=1000.0)


@pytest.fixture
def kiosk(qtbot: QtBot, clock: SteppedClock, request: pytest.FixtureRequest) -> Iterator[KioskWindow]:
    settings = Settings(
        clinic_name="Riverside Spine Clinic",
        clinic_phone="555 0100",
        print_for_patients=True,
        printer=getattr(request, "param", ""),
    )
    window = open_bundled(qtbot, clock, settings)
    yield window
    window.force_close()
    alerts.clear()


def result_panel(qtbot: QtBot, kiosk: KioskWindow) -> tuple[ResultScreen, PrintPanel]:
    session = kiosk.session
    assert session.questionnaire is not None
    walk_to_result(session, parse_answers(session.questionnaire, TYPICAL_RFA)[0])
    screen = kiosk.session_view.current_result_screen()
    assert isinstance(screen, ResultScreen) and screen.take_home is not None
    panel = screen.take_home.print_panel
    assert isinstance(panel, PrintPanel)
    qtbot.waitUntil(panel.isVisible)
    return screen, panel


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def test_print_my_summary_prints_one_page_once_even_when_tapped_twice(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow, cups_service: PrintService
) -> None:
    _screen, panel = result_panel(qtbot, kiosk)
    assert panel.button.label() == "Print my summary"
    with qtbot.waitSignal(panel.printed, timeout=20_000) as printed:
        tap(qtbot, clock, panel.button)
        assert panel.button.label() == "Printing…" and not panel.button.isEnabled()  # at once, in this frame
        qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)  # the second tap of a double tap
    assert PrintOutcome(printed.args[0]).ok
    assert panel.status.text() == "Your page is printing. Please ask a staff member for it."
    assert panel.button.label() == "Sent to the printer" and not panel.button.isEnabled()
    [pdf] = cups_service.wait_printed(1)
    assert pdf_pages(pdf.read_bytes()) == 1
    assert cups_service.printed() == [pdf]  # one job for the double tap
    assert cups_service.spooled_files() == []
    assert alerts.current() == []


@pytest.mark.parametrize(
    ("kiosk", "staff_words"),
    [("No-Paper", "is out of paper"), ("Offline", "is switched off or not connected")],
    indirect=["kiosk"],
)
def test_a_printer_that_cannot_print_says_so_keeps_the_code_and_tells_staff(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow, cups_service: PrintService, staff_words: str
) -> None:
    screen, panel = result_panel(qtbot, kiosk)
    with qtbot.waitSignal(panel.printed, timeout=20_000) as printed:
        tap(qtbot, clock, panel.button)
    assert not PrintOutcome(printed.args[0]).ok
    assert panel.status.text() == (
        "The printer is not working right now. You can scan the code on this screen with your phone's camera to "
        "keep your summary."
    )
    assert panel.button.label() == "Try printing again" and panel.button.isEnabled()
    assert screen.take_home is not None and screen.take_home.isVisible()
    qtbot.waitUntil(screen.take_home.is_ready, timeout=5000)
    assert not screen.take_home.image().isNull()
    [message] = alerts.current()
    assert staff_words in message.template
    assert cups_service.spooled_files() == []  # the job was cancelled: the page is not kept waiting


@pytest.mark.parametrize("kiosk", ["Not-There"], indirect=True)
def test_a_missing_printer_gives_the_same_plain_message_at_once(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow, cups_service: PrintService
) -> None:
    _screen, panel = result_panel(qtbot, kiosk)
    with qtbot.waitSignal(panel.printed, timeout=10_000) as printed:
        tap(qtbot, clock, panel.button)
    assert printed.args[0] == PrintOutcome.MISSING.value
    assert "not working right now" in panel.status.text()
    assert cups_service.printed() == []


def test_the_pain_diaries_print_from_their_pages(
    qtbot: QtBot, clock: SteppedClock, kiosk: KioskWindow, cups_service: PrintService
) -> None:
    session = kiosk.session
    session.start()
    for page_id, title in (
        ("block-results", "My pain diary after the test block"),
        ("recovery", "My pain diary for the weeks after RFA"),
    ):
        index = session.pack.page_index(page_id)
        assert index is not None
        session.go_to_page(page_id)
        screen = kiosk.session_view.page_screen(index, "en")
        qtbot.waitUntil(screen.isVisible)
        [panel] = screen.print_panels
        assert panel.button.label() == f"Print: {title}"
        with qtbot.waitSignal(panel.printed, timeout=20_000):
            tap(qtbot, clock, panel.button)
        assert "printing" in panel.status.text()
    files = cups_service.wait_printed(2)
    assert [pdf_pages(f.read_bytes()) for f in files] == [1, 1]


def test_no_print_control_anywhere_unless_the_clinic_turns_printing_on(qtbot: QtBot, clock: SteppedClock) -> None:
    window = open_bundled(qtbot, clock, Settings())
    pack = window.session.pack
    session = window.session
    assert session.questionnaire is not None
    walk_to_result(session, parse_answers(session.questionnaire, TYPICAL_RFA)[0])
    screen = window.session_view.current_result_screen()
    assert screen is not None and screen.take_home is not None and screen.take_home.print_panel is None
    session.start()
    session.go_to_page("recovery")
    index = pack.page_index("recovery")
    assert index is not None
    assert window.session_view.page_screen(index, "en").print_panels == []
    window.force_close()


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("size", ["normal", "large", "largest"])
def test_the_longest_summary_fits_one_page_at_every_text_size_keeping_the_warning_signs(
    qapp: object, lang: str, size: str
) -> None:
    pack = load_pack(BUNDLED).pack
    assert pack is not None and pack.keypoints is not None and pack.take_home is not None
    session = Session(pack, Preferences(language=lang, text_size=size))
    assert session.questionnaire is not None
    walk_to_result(session, parse_answers(session.questionnaire, TYPICAL_RFA)[0])
    outcome = session.result.outcome
    watch_for = "After the procedure, get help:"
    # Every point missed and every question chosen: the longest summary a visit can make.
    parts = [
        Part("", ("Your visit summary - Riverside Spine Clinic",), 0),
        Part("", (outcome.headline(lang),), 0),
        Part("Points to go over with your doctor:", tuple(check.point(lang) for check in pack.keypoints.checks), 1),
        Part("Questions I want to ask:", tuple(outcome.questions_to_ask(lang)), 2),
        Part(watch_for, pack.take_home.warning_signs(lang), 0),
        Part("Clinic phone:", ("555 0100",), 0, inline=True),
    ]
    for paper in (QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter):
        sheet, pages = summary_sheet(parts, pack, lang, size)(QPageSize(paper))
        assert pages == 1
        assert page_count(sheet, QPageSize(paper)) == 1
        assert watch_for in sheet.body_html  # priority 0: never dropped to fit
        assert html.escape(pack.take_home.warning_signs(lang)[0]) in sheet.body_html


STAFF_NOW = {"bladder_bowel": "yes"}


def test_a_warning_sign_prints_one_slip_at_the_front_desk_with_no_answers_on_it(
    qtbot: QtBot, clock: SteppedClock, cups_service: PrintService
) -> None:
    settings = Settings(front_desk_slip=True, front_desk_printer="Kiosk-PDF", kiosk_name="Waiting room 2")
    window = open_bundled(qtbot, clock, settings)
    session = window.session
    assert session.questionnaire is not None
    session.set_language("es")  # the patient reads Spanish; the front desk gets the clinic's language
    with qtbot.waitSignal(print_jobs().finished, timeout=20_000) as sent:
        walk_to_result(session, parse_answers(session.questionnaire, STAFF_NOW)[0])
    assert session.result.outcome.kind.urgent
    assert PrintOutcome(sent.args[1]).ok
    session.set_language("en")  # the same result again, in another language: no second slip
    window.session_view.current_result_screen()
    [pdf] = cups_service.wait_printed(1)
    assert pdf_pages(pdf.read_bytes()) == 1
    window.force_close()


def test_the_slip_says_where_and_when_and_nothing_the_patient_answered(qapp: object) -> None:
    sheet, pages = slip_sheet(FrontDesk("", "Waiting room 2", "en"), QTime(10, 42))(QPageSize(QPageSize.PageSizeId.A4))
    assert pages == 1
    text = html.unescape(sheet.body_html).replace("\u202f", " ")  # ICU puts a narrow space before AM
    assert "Kiosk Waiting room 2: a patient reported a warning sign at 10:42 AM and was asked to speak to you." in text
    assert "Please go to the kiosk now." in text and "after 10 minutes without a touch" in text
    pack = load_pack(BUNDLED).pack
    assert pack is not None and pack.questionnaire is not None
    for question in pack.questionnaire.questions:
        assert question.text("en") not in text
    spanish, _ = slip_sheet(FrontDesk("", "Sala 2", "es"), QTime(10, 42))(QPageSize(QPageSize.PageSizeId.A4))
    assert "Quiosco Sala 2: un paciente indicó una señal de alarma (10:42)" in html.unescape(spanish.body_html)
    assert Settings().front_desk_slip is False and Settings().print_for_patients is False  # both off unless set


def test_a_printed_page_never_opens_a_picture_by_name(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A hostile handout names a picture beside the kiosk's working folder: it must not print.
    secret = QImage(400, 400, QImage.Format.Format_RGB32)
    secret.fill(QColor("#000000"))
    secret.save(str(tmp_path / "secret.png"))
    monkeypatch.chdir(tmp_path)
    size = QPageSize(QPageSize.PageSizeId.A4)
    [page] = to_images(Sheet('<p><img src="secret.png"></p>'), size)
    assert page.convertToFormat(QImage.Format.Format_Grayscale8).pixelColor(200, 200) == QColor("#ffffff")
    assert all(page.pixelColor(x, y) == QColor("#ffffff") for x in range(0, page.width(), 7) for y in range(0, 600, 7))
    # A picture handed to the sheet by name (checked from its bytes) is drawn.
    [drawn] = to_images(Sheet('<p><img src="secret.png"></p>', images=(("secret.png", secret),)), size)
    assert any(
        drawn.pixelColor(x, y) == QColor("#000000") for x in range(0, drawn.width(), 7) for y in range(0, 600, 7)
    )
