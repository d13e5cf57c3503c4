"""The ``kiosk`` command line: run the kiosk, and the authors' tools (validate, screenshot)."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import __version__, pack_cli
from kiosk.core.settings import TEXT_SIZES, THEMES

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text)
    if not match:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1920x1080")
    return int(match.group(1)), int(match.group(2))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Patient-education kiosk. With no command, runs the kiosk full screen.",
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    run_options = argparse.ArgumentParser(add_help=False)
    run_options.add_argument(
        "--windowed", action="store_true", help="a normal window that can be closed (for authors and staff testing)"
    )
    run_options.add_argument("--pack", metavar="PATH_OR_ID", help="content pack folder or installed pack id")
    run_options.add_argument(
        "--data-dir", metavar="DIR", help="keep settings, packs and logs here (default: the platform's usual places)"
    )
    run_options.add_argument(
        "--exit-after-first-frame",
        action="store_true",
        help="print milliseconds from process start to the first painted frame, then exit",
    )
    run_options.add_argument("--verbose", action="store_true", help="log debugging detail")
    for action in run_options._actions:
        parser._add_action(action)

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("run", parents=[run_options], help="run the kiosk (the default)")

    validate = commands.add_parser("validate", help="check a content pack; exit 0 only when it is valid")
    validate.add_argument("pack", metavar="PACK", help="content pack folder")
    validate.add_argument("--quiet", action="store_true", help="print problems only, no readability table")

    simulate = commands.add_parser(
        "simulate", help="walk a pack's questionnaire with answers from a JSON file and print the result as JSON"
    )
    simulate.add_argument("pack", metavar="PACK", help="content pack folder")
    simulate.add_argument(
        "answers", metavar="ANSWERS.json", help='answers such as {"area": "back", "mention": ["cancer"]}; - for stdin'
    )
    simulate.add_argument("--lang", help="also print the outcome's headline and notes in this language")

    shots = commands.add_parser("screenshot", help="render every screen of a pack to PNG files")
    shots.add_argument("pack", metavar="PACK", help="content pack folder or id")
    shots.add_argument("--out", metavar="DIR", required=True, type=Path, help="folder for the PNG files")
    shots.add_argument("--size", type=_size, default=(1920, 1080), help="window size, e.g. 1280x800")
    shots.add_argument("--lang", help="language (default: the pack's default language)")
    shots.add_argument("--text-size", choices=TEXT_SIZES, default="normal", help="text size (default: normal)")
    shots.add_argument("--theme", choices=THEMES, default="default", help="colours (default: the normal theme)")
    shots.add_argument("--clinic", default="", help="clinic name to show on the attract screen")

    set_pin = commands.add_parser("set-pin", help="choose the staff PIN (4 to 8 digits); asks for it twice")
    set_pin.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="the kiosk's data folder (as given to the kiosk)"
    )
    pack_cli.add_parser(commands)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    if args.command is None:
        args.command = "run"
    return args


def validate(args: argparse.Namespace) -> int:
    from kiosk.core.problems import Severity  # noqa: PLC0415
    from kiosk.core.validate import validate_pack  # noqa: PLC0415

    root = Path(args.pack)
    report = validate_pack(root)
    for problem in report.problems:
        print(problem)
    if report.scores and not args.quiet:
        print()
        print(f"{'page':<24} {'lang':<5} {'words':>5}  {'readability':<30} result")
        for row in report.scores:
            score = row.score
            limit = "" if score.limit is None else f" (limit {score.limit:g})"
            measure = f"{score.measure} {score.value:g}{limit}"
            print(f"{row.page:<24} {row.lang:<5} {score.words:>5}  {measure:<30} {'ok' if score.ok else 'TOO HARD'}")
        print()
    errors = sum(p.severity is Severity.ERROR for p in report.problems)
    warnings = len(report.problems) - errors
    if report.ok and report.pack is not None:
        pack = report.pack
        print(
            f"{root}: valid: pack '{pack.id}' version {pack.version}, {len(pack.pages)} pages, "
            f"languages {', '.join(pack.languages)}" + (f", {warnings} warning(s)" if warnings else "")
        )
        return EXIT_OK
    print(f"{root}: NOT valid: {errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return EXIT_REFUSED


def simulate(args: argparse.Namespace) -> int:
    """Exit 0 with the JSON result, 1 when the pack cannot be used, 2 for bad answers."""
    import json  # noqa: PLC0415

    from kiosk.core.pack import load_pack  # noqa: PLC0415
    from kiosk.core.problems import has_errors  # noqa: PLC0415
    from kiosk.core.questionnaire import simulate_json  # noqa: PLC0415

    loaded = load_pack(Path(args.pack))
    if loaded.pack is None or has_errors(loaded.problems) or loaded.pack.questionnaire is None:
        for problem in loaded.problems:
            print(problem, file=sys.stderr)
        reason = "has no questionnaire" if loaded.pack and not has_errors(loaded.problems) else "is not valid"
        print(f"kiosk simulate: {args.pack} {reason}", file=sys.stderr)
        return EXIT_REFUSED
    questionnaire = loaded.pack.questionnaire
    try:
        raw = sys.stdin.read() if args.answers == "-" else Path(args.answers).read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        print(f"kiosk simulate: cannot read answers from {args.answers}: {err}", file=sys.stderr)
        return EXIT_USAGE
    result, errors = simulate_json(questionnaire, data)
    if result is None:
        for error in errors:
            print(f"kiosk simulate: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.lang:
        if args.lang not in loaded.pack.languages:
            print(f"kiosk simulate: the pack has no language '{args.lang}'", file=sys.stderr)
            return EXIT_USAGE
        outcome = questionnaire.outcome(str(result["outcome"]))
        result["headline"] = outcome.headline(args.lang)
        notes = result.get("notes", [])
        result["note_texts"] = [
            n.text(args.lang) for n in questionnaire.notes if isinstance(notes, list) and n.id in notes
        ]
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return EXIT_OK


def set_pin(args: argparse.Namespace) -> int:
    """Ask for a new staff PIN twice without echo; exit 0 when stored, 1 when not, 2 for a bad PIN."""
    import getpass  # noqa: PLC0415

    from kiosk.core.paths import DataPaths  # noqa: PLC0415
    from kiosk.core.pin import PinFormatError, PinStore, check_format, pin_file  # noqa: PLC0415

    store = PinStore(pin_file(DataPaths.choose(args.data_dir)))
    try:
        first = getpass.getpass("New staff PIN (4 to 8 digits): ")
        check_format(first)
        if getpass.getpass("The same PIN again: ") != first:
            print("kiosk set-pin: the two PINs are not the same; nothing changed", file=sys.stderr)
            return EXIT_USAGE
        store.set_pin(first)
    except PinFormatError as err:
        print(f"kiosk set-pin: {err} Nothing changed.", file=sys.stderr)
        return EXIT_USAGE
    except (EOFError, KeyboardInterrupt):
        print("\nkiosk set-pin: nothing changed", file=sys.stderr)
        return EXIT_USAGE
    except OSError as err:
        print(f"kiosk set-pin: cannot write {store.path}: {err}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"Staff PIN saved in {store.path}.")
    return EXIT_OK
