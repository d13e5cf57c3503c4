"""The ``kiosk`` command line's parser: every command and flag, in one place."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.cli import pack as pack_cli
from kiosk.cli import questionnaire as questionnaire_cli
from kiosk.core.checks.icons import ICON_FONTS
from kiosk.core.settings import TEXT_SIZES, THEMES


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
    shots.add_argument("pack", metavar="PACK", help="content pack folder, or the id of an installed or bundled pack")
    shots.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="the kiosk's data folder (as given to the kiosk)"
    )
    shots.add_argument("--out", metavar="DIR", required=True, type=Path, help="folder for the PNG files")
    shots.add_argument("--size", type=_size, default=(1920, 1080), help="window size, e.g. 1280x800")
    shots.add_argument("--lang", help="language (default: the pack's default language)")
    shots.add_argument("--text-size", choices=TEXT_SIZES, default="normal", help="text size (default: normal)")
    shots.add_argument("--theme", choices=THEMES, default="default", help="colours (default: the normal theme)")
    shots.add_argument("--clinic", default="", help="clinic name to show on the attract screen")
    shots.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help="paper for the printed pages (default: a4)"
    )
    shots.add_argument(
        "--printing", action="store_true", help="show the Print buttons, as on a kiosk with printing turned on"
    )
    shots.add_argument(
        "--focus", action="store_true", help="show each screen as a keyboard or switch user sees it after one Tab"
    )
    shots.add_argument(
        "--topics",
        nargs="+",
        metavar="PACK",
        default=(),
        help="other packs shown beside it (folders or ids): the first screen is then the choice of topics",
    )
    shots.add_argument(
        "--staff",
        action="store_true",
        help="also render staff mode: the PIN pad and each page, with the settings and counts in --data-dir",
    )
    shots.add_argument(
        "--pressed",
        action="store_true",
        help="show each screen with its main control held down (Touch to start, the first answer, Next)",
    )

    preview = commands.add_parser(
        "preview", help="see a pack folder as patients do, redrawn whenever a file in it is saved"
    )
    preview.add_argument("pack", metavar="PACK", help="content pack folder")
    preview.add_argument("--size", type=_size, default=(1280, 800), help="screen size to start with (default 1280x800)")
    preview.add_argument("--lang", help="language to start with (default: the pack's default language)")
    preview.add_argument("--text-size", choices=TEXT_SIZES, default="normal", help="text size to start with")
    preview.add_argument("--theme", choices=THEMES, default="default", help="colours to start with")

    icons = commands.add_parser("icons", help="the icon names a pack may use, searchable, and a picture sheet of them")
    icons.add_argument("word", metavar="WORD", nargs="?", help="only names containing this word, e.g. bone or heart")
    icons.add_argument("--font", choices=ICON_FONTS, help="only this icon font")
    icons.add_argument("--sheet", metavar="FILE.png", type=Path, help="also draw the icons with their names")

    screen = commands.add_parser(
        "screen", help="say how the screen is set: sleep outside clinic hours, the hours, rotation"
    )
    screen.add_argument("--data-dir", metavar="DIR", help="the kiosk's data folder (default: as the kiosk chooses it)")
    screen.add_argument(
        "--rotation", action="store_true", help="print only the rotation in degrees (deploy/kiosk-session reads it)"
    )

    set_pin = commands.add_parser("set-pin", help="choose the staff PIN (4 to 8 digits); asks for it twice")
    set_pin.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="the kiosk's data folder (as given to the kiosk)"
    )
    how = set_pin.add_mutually_exclusive_group()
    how.add_argument(
        "--stdin", action="store_true", help="read the PIN once from standard input, without asking (for scripts)"
    )
    how.add_argument(
        "--check",
        action="store_true",
        help="change nothing: exit 0 when a PIN is set, 1 when none is set yet, 3 when its file cannot be read",
    )
    pack_cli.add_parser(commands)
    questionnaire_cli.add_parser(commands)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    if args.command is None:
        args.command = "run"
    return args
