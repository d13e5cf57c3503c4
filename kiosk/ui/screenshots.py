"""``kiosk screenshot``: every screen of a visit rendered offscreen to numbered PNG files.

After the attract screen, the pages and each question and outcome once, it renders the result of
every test case in the pack's ``tests.toml`` with that case's notes (``NN-case-MM-OUTCOME.png``),
so a reviewer sees each note as patients will.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.core.session import Session

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
    settings = Settings(clinic_name=args.clinic, default_language=lang)
    session = Session(pack, Preferences(language=lang, text_size=args.text_size, theme=args.theme))
    window = KioskWindow(session, settings, kiosk_mode=False)
    window.resize(*args.size)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    written: list[str] = []

    def save(name: str) -> None:
        app.processEvents()
        path = args.out / f"{len(written):02d}-{name}.png"
        window.grab().save(str(path))
        written.append(path.name)

    save("attract")
    session.start()
    for page in pack.pages:
        session.go_to_page(page.id)
        save(f"page-{page.id}")
    if pack.questionnaire is not None:
        questionnaire_screens(session, save)
        case_results(session, save)
    window.overlay.start(settings.idle_countdown_s)
    save("still-there")
    window.overlay.cancel()
    window.force_close()
    print(f"{len(written)} screens written to {args.out}")
    return EXIT_OK


def questionnaire_screens(session: Session, save: Callable[[str], None]) -> None:
    """Every question and every outcome once, walking the pack's own test cases by their answers."""
    from kiosk.core.content.cases import read_pack_cases  # noqa: PLC0415
    from kiosk.core.questionnaire.model import NOT_SURE, parse_answers  # noqa: PLC0415
    from kiosk.core.session import Screen  # noqa: PLC0415

    questionnaire = session.questionnaire
    assert questionnaire is not None
    cases, _ = read_pack_cases(session.pack.root)
    answer_sets = [parse_answers(questionnaire, case.answers)[0] for case in cases] + [{}]
    seen_questions: set[str] = set()
    seen_outcomes: set[str] = set()
    for answers in answer_sets:
        session.reset()
        session.start_questionnaire()
        while session.screen is Screen.QUESTION:
            current = session.question.id
            if current not in seen_questions:
                seen_questions.add(current)
                save(f"question-{current}")
            session.answer(answers.get(current, NOT_SURE))
        outcome = session.result.outcome.id
        if outcome not in seen_outcomes:
            seen_outcomes.add(outcome)
            save(f"result-{outcome}")


def case_results(session: Session, save: Callable[[str], None]) -> None:
    """The result of every test case in ``tests.toml``, with its notes, as the patient would see it."""
    from kiosk.core.content.cases import read_pack_cases  # noqa: PLC0415
    from kiosk.core.questionnaire.model import NOT_SURE, parse_answers  # noqa: PLC0415
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
