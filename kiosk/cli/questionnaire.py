"""``kiosk questionnaire export|import``: a pack's questionnaire as an HL7 FHIR R4 Questionnaire and back.

Exit codes: 0 done, 1 refused (the reason is printed), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.core.exitcodes import EXIT_OK, EXIT_REFUSED, EXIT_USAGE


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``kiosk questionnaire`` and its two actions to the ``kiosk`` command line."""
    questionnaire = commands.add_parser(
        "questionnaire", help="a pack's questionnaire as a FHIR R4 Questionnaire (JSON), and back"
    )
    actions = questionnaire.add_subparsers(dest="questionnaire_command", metavar="ACTION")
    export = actions.add_parser("export", help="write a pack's questionnaire as a FHIR R4 Questionnaire")
    export.add_argument("pack", metavar="PACK", help="content pack folder, or the id of an installed or bundled pack")
    export.add_argument("-o", "--output", metavar="FILE.json", required=True, help="the file to write")
    export.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="the kiosk's data folder (as given to the kiosk)"
    )
    imported = actions.add_parser("import", help="read a FHIR R4 Questionnaire into a questionnaire.toml")
    imported.add_argument("file", metavar="FILE.json", help="a FHIR R4 Questionnaire resource in JSON")
    imported.add_argument("-o", "--output", metavar="questionnaire.toml", required=True, help="the file to write")


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    if args.questionnaire_command == "export":
        return _export(args)
    if args.questionnaire_command == "import":
        return _import(args)
    _say("kiosk questionnaire: choose an action: export, import (see kiosk questionnaire --help)")
    return EXIT_USAGE


def _refuse_existing(out: Path, command: str) -> bool:
    if out.exists():
        _say(f"kiosk questionnaire {command}: {out} already exists; it is never overwritten (choose another -o)")
        return True
    return False


def _export(args: argparse.Namespace) -> int:
    from kiosk.core.content.reader import load_pack  # noqa: PLC0415
    from kiosk.core.install.locate import pack_folder  # noqa: PLC0415
    from kiosk.core.paths import DataPaths  # noqa: PLC0415
    from kiosk.core.problems import has_errors  # noqa: PLC0415
    from kiosk.core.questionnaire.fhir import export_questionnaire  # noqa: PLC0415

    out = Path(args.output)
    if _refuse_existing(out, "export"):
        return EXIT_REFUSED
    folder = pack_folder(args.pack, DataPaths.choose(getattr(args, "data_dir", None)))
    loaded = load_pack(folder) if folder is not None else None
    if loaded is None or loaded.pack is None or has_errors(loaded.problems):
        for problem in loaded.problems if loaded else []:
            _say(str(problem))
        _say(f"kiosk questionnaire export: '{args.pack}' is not a valid pack ('kiosk validate' says why)")
        return EXIT_REFUSED
    pack = loaded.pack
    if pack.questionnaire is None:
        _say(f"kiosk questionnaire export: the pack '{pack.id}' has no questionnaire.toml")
        return EXIT_REFUSED
    text, notes = export_questionnaire(
        pack.questionnaire,
        pack_id=pack.id,
        version=pack.version,
        titles=pack.titles,
        default_language=pack.default_language,
    )
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as err:
        _say(f"kiosk questionnaire export: cannot write {out}: {err.strerror or err}")
        return EXIT_REFUSED
    for note in notes:
        print(f"note: {note}")
    count = len(pack.questionnaire.questions)
    print(f"{out}: FHIR R4 Questionnaire '{pack.id}' version {pack.version}, {count} questions")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    import tempfile  # noqa: PLC0415

    from kiosk.core.questionnaire.fhir_import import ImportRefused, import_questionnaire  # noqa: PLC0415
    from kiosk.core.questionnaire.reader import load_questionnaire  # noqa: PLC0415

    out = Path(args.output)
    if _refuse_existing(out, "import"):
        return EXIT_REFUSED
    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        _say(f"kiosk questionnaire import: cannot read {args.file}: {err}")
        return EXIT_USAGE
    try:
        imported = import_questionnaire(text)
    except ImportRefused as err:
        _say(f"kiosk questionnaire import: {args.file}: {err}; nothing written")
        return EXIT_REFUSED
    try:
        out.write_text(imported.toml, encoding="utf-8")
    except OSError as err:
        _say(f"kiosk questionnaire import: cannot write {out}: {err.strerror or err}")
        return EXIT_REFUSED
    for line in imported.report:
        print(f"not taken: {line}")
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "questionnaire.toml").write_text(imported.toml, encoding="utf-8")
        _questionnaire, problems = load_questionnaire(Path(folder), tuple(imported.languages), check_words=False)
    for problem in problems:
        print(f"to fix: {out.name}{str(problem).removeprefix('questionnaire.toml')}")
    print(
        f"{out}: written ({len(imported.report)} thing(s) not taken, {len(problems)} to fix). "
        "Put it in your pack folder as questionnaire.toml and run 'kiosk validate' on the pack."
    )
    return EXIT_OK
