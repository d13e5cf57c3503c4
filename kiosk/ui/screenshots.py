"""``kiosk screenshot``: every screen of a visit rendered offscreen to numbered PNG files.

After the attract screen (the choice of topics, with ``--topics``), the pages and each question
and outcome once, it renders the result of every test case in the pack's ``tests.toml`` with that
case's notes (``NN-case-MM-OUTCOME.png``), so a reviewer sees each note as patients will; then
every page that prints, as paper (``NN-print-summary-page-1.png``, ``NN-print-HANDOUT-page-N.png``),
laid out as the printer gets it. With ``--staff``, staff mode's PIN pad and pages last (``NN-staff-pin.png``,
``NN-staff-packs.png`` … ``NN-staff-usage.png`` …).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWidget

    from kiosk.core.content.model import ContentPack
    from kiosk.core.library.topics import Library
    from kiosk.core.paths import DataPaths
    from kiosk.core.questionnaire.model import Answer
    from kiosk.core.session import Session
    from kiosk.ui.window import KioskWindow

from kiosk.core.exitcodes import EXIT_OK, EXIT_REFUSED


def take_screenshots(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from kiosk.core.content.validate import validate_pack  # noqa: PLC0415
    from kiosk.core.install.locate import pack_folder  # noqa: PLC0415
    from kiosk.core.install.state import installed_pack_folder  # noqa: PLC0415
    from kiosk.core.paths import DataPaths  # noqa: PLC0415
    from kiosk.core.session import Preferences, Session  # noqa: PLC0415
    from kiosk.core.settings import Settings  # noqa: PLC0415
    from kiosk.ui import fonts  # noqa: PLC0415
    from kiosk.ui.window import KioskWindow  # noqa: PLC0415

    data_dir = getattr(args, "data_dir", None)
    paths = DataPaths.choose(data_dir)
    # With --data-dir, an id means the pack installed there, even beside a folder of that name.
    installed = installed_pack_folder(paths, args.pack) if data_dir is not None else None
    folder = installed or pack_folder(args.pack, paths)
    if folder is None:
        print(
            f"kiosk screenshot: '{args.pack}' is not a pack folder, a pack installed in {paths.packs_dir}, "
            "or a pack bundled with the kiosk (see 'kiosk pack list')",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    report = validate_pack(folder)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    if not report.ok or report.pack is None:
        print(
            f"kiosk screenshot: '{args.pack}' ({folder}) is not valid; nothing was rendered. "
            "Fix the problems above ('kiosk validate' lists them too).",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    pack = report.pack
    if installed is not None:
        print(f"The pack '{pack.id}' version {pack.version} installed in {paths.packs_dir}:")
    lang = args.lang or pack.default_language
    if lang not in pack.languages:
        print(f"kiosk screenshot: the pack has no language '{lang}' ({', '.join(pack.languages)})", file=sys.stderr)
        return EXIT_REFUSED

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = Settings(
        clinic_name=args.clinic,
        default_language=lang,
        print_for_patients=getattr(args, "printing", False),
        usage_counting=False,  # the screens walked here are no patients' visits
    )
    library = _library(pack, getattr(args, "topics", ()), paths)
    if isinstance(library, str):
        print(f"kiosk screenshot: {library}", file=sys.stderr)
        return EXIT_REFUSED
    fonts.load_for_pack(pack)
    session = Session(pack, Preferences(language=lang, text_size=args.text_size, theme=args.theme), library)
    window = KioskWindow(session, settings, kiosk_mode=False)
    window.transition.duration_ms = 0  # every picture shows a screen as it stays, not mid-fade
    window.resize(*args.size)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    written: list[str] = []

    def save(name: str) -> None:
        app.processEvents()
        if window.attract.topics is not None:
            window.attract.topics.draw_pictures_now()  # drawn after the first frame on a kiosk
        wait_for_take_home(window)
        path = args.out / f"{len(written):02d}-{name}.png"
        with keyboard_or_press(window, focus=getattr(args, "focus", False), pressed=getattr(args, "pressed", False)):
            window.grab().save(str(path))
        written.append(path.name)

    for name, show in visit_screens(session, window):
        show()
        save(name)
        if name.startswith("page-"):
            video_playing(window, save, name.removeprefix("page-"))
    if pack.questionnaire is not None:
        case_results(session, save)
    for name, image in printed_pages(session, window, getattr(args, "paper", "a4")):
        path = args.out / f"{len(written):02d}-{name}.png"
        image.save(str(path))
        written.append(path.name)
    if getattr(args, "staff", False):
        from kiosk.ui.staff.pictures import staff_pictures, staff_settings  # noqa: PLC0415

        pictures, source = staff_pictures(
            paths, staff_settings(paths, settings, args.theme), args.size, session.library.packs, lang
        )
        for name, image in pictures:
            path = args.out / f"{len(written):02d}-{name}.png"
            image.save(str(path))
            written.append(path.name)
        print(f"Staff mode's usage page shows {source}.")
    window.overlay.cancel()
    window.force_close()
    print(f"{len(written)} screens written to {args.out}")
    return EXIT_OK


def _library(pack: ContentPack, others: Sequence[str], paths: DataPaths) -> Library | str | None:
    """The topic library of ``pack`` and the packs ``others`` (folders or ids), or why there is none."""
    if not others:
        return None
    from kiosk.core.content.reader import load_pack  # noqa: PLC0415
    from kiosk.core.install.locate import pack_folder  # noqa: PLC0415
    from kiosk.core.library.topics import Library, read_topic, topic_of  # noqa: PLC0415

    topics, folders = [topic_of(pack)], {}
    for spec in others:
        folder = pack_folder(spec, paths)
        topic = read_topic(folder) if folder is not None else None
        if topic is None or folder is None:
            return f"'{spec}' is not a pack folder or the id of an installed or bundled pack"
        topics.append(topic)
        folders[topic.id] = folder

    def load(pack_id: str) -> ContentPack | None:
        return load_pack(folders[pack_id]).pack if pack_id in folders else None

    library = Library(tuple(topics), load=load)
    library.add(pack)
    return library


@contextmanager
def keyboard_or_press(window: KioskWindow, *, focus: bool, pressed: bool) -> Iterator[None]:
    """The screen after one Tab (``--focus``: the focus ring), or with its main control held down
    (``--pressed``: the pressed look); afterwards the finger slides off, so nothing acts."""
    from PySide6.QtCore import QPoint, Qt  # noqa: PLC0415
    from PySide6.QtTest import QTest  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    if focus:
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        QApplication.processEvents()
    target = main_control(window) if pressed else None
    if target is None:
        yield
        return
    window.settle.settle_now()
    QTest.mousePress(target, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    try:
        yield
    finally:
        outside = QPoint(-20, -20)
        QTest.mouseMove(target, outside)
        QTest.mouseRelease(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, outside)
        QApplication.processEvents()


def wait_for_take_home(window: KioskWindow, timeout_ms: int = 10_000) -> None:
    """On a result, until its take-home code is shown (it is made on a worker thread)."""
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: PLC0415

    if window.current_screen() is window.attract:
        return
    result = window.session_view.current_result_screen()
    code = result.take_home if result is not None else None
    if code is None or code.is_ready():
        return
    loop = QEventLoop()
    code.ready.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    if not code.is_ready():
        loop.exec()


def main_control(window: KioskWindow) -> QWidget | None:
    """What a patient touches first on the screen shown: the attract screen, a question's first
    answer, or Next (Finish on a result); None when the screen has none of them."""
    if window.staff_is_shown():
        return None
    if window.current_screen() is window.attract:
        return window.attract
    view = window.session_view
    question = view.current_question_screen()
    if question is not None and question.buttons:
        first: QWidget = question.buttons[0]
        return first
    return view.next_button if view.next_button.isVisible() else None


def video_playing(window: KioskWindow, save: Callable[[str], None], page_id: str) -> None:
    """A video page once more, playing: the frame at its second caption, with that caption."""
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: PLC0415

    screen = window.session_view.current_page_screen()
    panel = screen.video if screen is not None else None
    if panel is None:
        return
    cues = panel.cues
    moment = (cues[1].start_ms + cues[1].end_ms) // 2 if len(cues) > 1 else 1000
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    panel.first_frame.connect(loop.quit)
    timer.start(10_000)
    panel.play()
    loop.exec()
    panel.seek(moment)
    timer.start(10_000)
    loop.exec()  # first_frame comes again with the first frame after the seek
    timer.stop()
    save(f"page-{page_id}-video-playing")
    panel.stop()


def questionnaire_screens(session: Session, save: Callable[[str], None]) -> None:
    """Every question and every outcome once, walking the pack's own test cases by their answers."""


def visit_screens(session: Session, window: KioskWindow) -> list[tuple[str, Callable[[], None]]]:
    """Every screen a visit can show, each with a way to get there: the registry ``kiosk screenshot``
    renders and the touch tests walk (new screens added here are covered by both)."""
    from kiosk.core.session import Screen  # noqa: PLC0415

    pack = session.pack
    screens: list[tuple[str, Callable[[], None]]] = [("topics" if session.chooses_topic else "attract", session.reset)]

    def page(page_id: str) -> Callable[[], None]:
        def show() -> None:
            window.overlay.cancel()
            if session.screen is not Screen.PAGE:  # (pages stay built while the visit goes on)
                session.reset()
                session.start()
            session.go_to_page(page_id)

        return show

    screens += [(f"page-{p.id}", page(p.id)) for p in pack.pages]
    screens += check_screens(session, window)
    if pack.questionnaire is not None:
        paths = questionnaire_paths(session)
        for name, answers in paths:

            def show(answers: list[Answer] = answers) -> None:
                window.overlay.cancel()
                session.reset()
                session.start_questionnaire()
                for answer in answers:
                    session.answer(answer)

            screens.append((name, show))
        screens += result_endings(session, window, paths)

    def still_there() -> None:
        page(pack.pages[0].id)()
        if session.screen is Screen.PAGE:
            window.overlay.start(window.settings.idle_countdown_s)

    screens.append(("still-there", still_there))
    return screens


def check_screens(session: Session, window: KioskWindow) -> list[tuple[str, Callable[[], None]]]:
    """Every key-point check being asked, and after the first one each thing an answer can bring:
    "That's right", "Let's look at that again" and (after a second miss) "go over it with your doctor"."""
    from kiosk.core.keypoints.model import Placement  # noqa: PLC0415
    from kiosk.core.session import Screen  # noqa: PLC0415

    keypoints = session.pack.keypoints
    if keypoints is None:
        return []
    pack = session.pack

    def reach(check_id: str, tries: tuple[str, ...] = ()) -> None:
        window.overlay.cancel()
        session.reset()
        session.start()
        check = keypoints.check(check_id)
        if keypoints.placement is Placement.BEFORE_QUESTIONNAIRE:
            last = len(pack.pages) - 1
        else:
            last = max(i for i, p in enumerate(pack.pages) if p.section == check.section)
        session.go_to_page(pack.pages[last].id)
        if session.can_go_next:
            session.next()
        else:
            session.start_questionnaire()
        while session.screen is Screen.CHECK and session.check.id != check_id:
            session.answer_check(session.check.answer)
            session.continue_checks()
        for index, choice in enumerate(tries):
            if index:
                session.continue_checks()
            session.answer_check(choice)

    def asked(check_id: str) -> Callable[[], None]:
        return lambda: reach(check_id)

    screens: list[tuple[str, Callable[[], None]]] = [(f"check-{c.id}", asked(c.id)) for c in keypoints.checks]
    first = keypoints.checks[0]
    miss = next(option.id for option in first.options if option.id != first.answer)
    screens += [
        (f"check-{first.id}-right", lambda: reach(first.id, (first.answer,))),
        (f"check-{first.id}-again", lambda: reach(first.id, (miss,))),
        (f"check-{first.id}-later", lambda: reach(first.id, (miss, miss))),
    ]
    return screens


def result_endings(
    session: Session, window: KioskWindow, paths: list[tuple[str, list[Answer]]]
) -> list[tuple[str, Callable[[], None]]]:
    """ "Thank you" after Finish, and on "Please tell a staff member now" the staff PIN pad and (as
    staff see it after their PIN) the list of warning signs reported."""
    questionnaire = session.questionnaire
    assert questionnaire is not None

    def reach(answers: list[Answer]) -> None:
        window.overlay.cancel()
        session.reset()
        session.start_questionnaire()
        for answer in answers:
            session.answer(answer)

    urgent = [a for name, a in paths if name.startswith("result-") and _outcome_urgent(session, name)]
    calm = [a for name, a in paths if name.startswith("result-") and not _outcome_urgent(session, name)]
    screens: list[tuple[str, Callable[[], None]]] = []
    if calm:

        def thanks() -> None:
            reach(calm[0])
            window.endings.on_result_finished()

        def chosen() -> None:
            reach(calm[0])
            result = window.session_view.current_result_screen()
            for button in result.question_buttons[:2] if result is not None else []:
                button.setChecked(True)

        screens += [("result-questions-chosen", chosen), ("thank-you", thanks)]
    if urgent:

        def pin() -> None:
            reach(urgent[0])
            window.endings.open_check()

        def listing() -> None:
            pin()
            window.endings.check.show_list()  # (what staff see once the PIN is right)

        screens += [("result-staff_now-pin", pin), ("result-staff_now-for-staff", listing)]
    return screens


def _outcome_urgent(session: Session, name: str) -> bool:
    questionnaire = session.questionnaire
    assert questionnaire is not None
    return questionnaire.outcome(name.removeprefix("result-")).kind.urgent


def questionnaire_paths(session: Session) -> list[tuple[str, list[Answer]]]:
    """Every question and every outcome once, with the answers that reach it, found by walking the
    pack's own test cases by their answers."""
    from kiosk.core.content.cases import read_pack_cases  # noqa: PLC0415
    from kiosk.core.questionnaire.answers import parse_answers  # noqa: PLC0415
    from kiosk.core.questionnaire.model import NOT_SURE  # noqa: PLC0415

    questionnaire = session.questionnaire
    assert questionnaire is not None
    cases, _ = read_pack_cases(session.pack.root)
    answer_sets = [parse_answers(questionnaire, case.answers)[0] for case in cases] + [{}]
    found: list[tuple[str, list[Answer]]] = []
    seen: set[str] = set()
    for answers in answer_sets:
        given: dict[str, Answer] = {}
        path: list[Answer] = []
        current = questionnaire.next_question({}, None)
        while current is not None:
            if f"question-{current.id}" not in seen:
                seen.add(f"question-{current.id}")
                found.append((f"question-{current.id}", list(path)))
            value = answers.get(current.id, NOT_SURE)
            given[current.id] = value
            path.append(value)
            if questionnaire.stop_outcome(given) is not None:
                break
            current = questionnaire.next_question(given, current.id)
        outcome = questionnaire.walk(given).outcome.id
        if f"result-{outcome}" not in seen:
            seen.add(f"result-{outcome}")
            found.append((f"result-{outcome}", list(path)))
    return found


def printed_pages(session: Session, window: KioskWindow, paper: str) -> list[tuple[str, QImage]]:
    """Every page that prints, as the paper comes out: the summary of the first result that has one
    (with its questions chosen), then each handout's pages."""
    from PySide6.QtGui import QPageSize  # noqa: PLC0415

    from kiosk.core.session import Screen  # noqa: PLC0415
    from kiosk.ui.visit.printing import handout_sheet  # noqa: PLC0415
    from kiosk.ui.widgets.printed_page import to_images  # noqa: PLC0415

    size = QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)
    pages: list[tuple[str, QImage]] = []
    view = window.session_view
    paths = questionnaire_paths(session) if session.questionnaire is not None else []
    for _name, answers in [(name, answers) for name, answers in paths if name.startswith("result-")]:
        session.reset()
        session.start_questionnaire()
        for value in answers:
            session.answer(value)
        if session.screen is not Screen.RESULT or session.result.outcome.kind.urgent:
            continue
        for index in range(len(session.result.outcome.questions_to_ask(session.language))):
            session.toggle_question(index)
        sheet, count = view.summary_sheet()(size)
        pages += [(f"print-summary-page-{n}", image) for n, image in enumerate(to_images(sheet, size, pages=count), 1)]
        break
    for handout in session.pack.handouts:
        sheet, count = handout_sheet(session.pack, handout, session.language, session.text_size)(size)
        images = to_images(sheet, size, pages=count)
        pages += [(f"print-{handout.id}-page-{n}", image) for n, image in enumerate(images, 1)]
    session.reset()
    return pages


def case_results(session: Session, save: Callable[[str], None]) -> None:
    """The result of every test case in ``tests.toml``, with its notes, as the patient would see it."""
    from kiosk.core.content.cases import read_pack_cases  # noqa: PLC0415
    from kiosk.core.questionnaire.answers import parse_answers  # noqa: PLC0415
    from kiosk.core.questionnaire.model import NOT_SURE  # noqa: PLC0415
    from kiosk.core.session import Screen  # noqa: PLC0415

    questionnaire = session.questionnaire
    assert questionnaire is not None
    cases, _ = read_pack_cases(session.pack.root)
    for number, case in enumerate(cases, start=1):
        answers = parse_answers(questionnaire, case.answers)[0]
        session.reset()
        session.start_questionnaire()
        while session.screen is Screen.QUESTION:
            session.answer(answers.get(session.question.id, NOT_SURE))
        save(f"case-{number:02d}-{session.result.outcome.id}")
