"""The ``kiosk`` commands other than running the kiosk, and the one table that dispatches them."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.exitcodes import EXIT_OK, EXIT_REFUSED, EXIT_USAGE

if TYPE_CHECKING:
    from kiosk.core.content.model import ContentPack
    from kiosk.core.content.validate import Report
    from kiosk.core.problems import Problem


def validate(args: argparse.Namespace) -> int:
    from kiosk.core.content.validate import validate_pack  # noqa: PLC0415
    from kiosk.core.problems import Severity  # noqa: PLC0415

    root = Path(args.pack)
    report = validate_pack(root, packs_beside=_installed_packs())
    if report.ok and report.pack is not None:
        report.problems.extend(_playback_problems(report.pack))
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
    if report.plain and not args.quiet:
        _print_plain_language(report)
    if report.conversion_s and not args.quiet:
        print(report.conversion_line())
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


def _installed_packs() -> list[Path]:
    """The folders of the packs installed on this computer (links to their pages are checked)."""
    from kiosk.core.install.state import installed_pack_folder  # noqa: PLC0415
    from kiosk.core.paths import DataPaths  # noqa: PLC0415

    paths = DataPaths.choose(None)
    try:
        ids = sorted(entry.name for entry in paths.packs_dir.iterdir() if entry.is_dir())
    except OSError:
        return []
    return [folder for folder in (installed_pack_folder(paths, pack_id) for pack_id in ids) if folder is not None]


def _print_plain_language(report: Report) -> None:
    """The plain-language items a program can judge, per page: never a PEMAT score (people score PEMAT)."""
    from kiosk.core.checks.plain_language import LEFT_FOR_A_PERSON, PACK_ITEMS, PAGE_ITEMS  # noqa: PLC0415

    print("plain language: PEMAT-P items a program can judge (not a PEMAT score; docs/content-packs.md)")
    print(f"{'page':<24} {'lang':<5} {'met':>5}  not met")
    for row in report.plain:
        missed = [f"{f.item} {PAGE_ITEMS[f.item]}: {f.detail}" for f in row.findings if not f.met]
        print(f"{row.page:<24} {row.lang:<5} {row.met:>2}/{len(row.findings):<2}  {'; '.join(missed) or '-'}")
    for lang, finding in report.plain_pack:
        said = "met" if finding.met else "NOT met"
        print(
            f"{'whole pack':<24} {lang:<5} item {finding.item} {PACK_ITEMS[finding.item]}: {said}"
            + (f" ({finding.detail})" if finding.detail else "")
        )
    print(f"left for a person: items {', '.join(map(str, LEFT_FOR_A_PERSON))}")
    print()


def _playback_problems(pack: ContentPack) -> list[Problem]:
    """Every narration and video of ``pack`` played with Qt (only when the pack has any)."""
    from kiosk.core.checks.media import media_files  # noqa: PLC0415

    files = media_files(pack)
    if not files:
        return []
    import os  # noqa: PLC0415

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Playing each file is only a check: the machine's lack of a sound card or a GPU is not the
    # author's problem, and Qt's warnings about it would hide the pack's own.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false;qt.rhi*=false;default.warning=false")
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415  (Qt loads only for a pack with media)

    from kiosk.ui.checks.media import playback_problems  # noqa: PLC0415

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    return playback_problems(pack.root, files)


def simulate(args: argparse.Namespace) -> int:
    """Exit 0 with the JSON result, 1 when the pack cannot be used, 2 for bad answers."""
    import json  # noqa: PLC0415

    from kiosk.core.content.reader import load_pack  # noqa: PLC0415
    from kiosk.core.problems import has_errors  # noqa: PLC0415
    from kiosk.core.questionnaire.answers import simulate_json  # noqa: PLC0415

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


#: ``kiosk set-pin --check``: the PIN file exists but cannot be read.
EXIT_PIN_DAMAGED = 3


def set_pin(args: argparse.Namespace) -> int:
    """Ask for a new staff PIN twice without echo (or read it once with ``--stdin``); exit 0 when
    stored, 1 when not, 2 for a bad PIN. ``--check`` only says whether a PIN is set."""
    import getpass  # noqa: PLC0415

    from kiosk.core.paths import DataPaths  # noqa: PLC0415
    from kiosk.core.pin import PinFormatError, PinState, PinStore, check_format, pin_file  # noqa: PLC0415

    store = PinStore(pin_file(DataPaths.choose(args.data_dir)))
    if getattr(args, "check", False):
        state = store.state
        print(
            {PinState.SET: "A staff PIN is set.", PinState.NOT_SET: "No staff PIN is set yet."}.get(
                state, f"The staff PIN file {store.path} cannot be read; set a new PIN with 'kiosk set-pin'."
            )
        )
        return {PinState.SET: EXIT_OK, PinState.NOT_SET: EXIT_REFUSED}.get(state, EXIT_PIN_DAMAGED)
    try:
        if getattr(args, "stdin", False):
            first = sys.stdin.readline().strip()
            if not first:
                raise EOFError
            check_format(first)
        else:
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


def screen(args: argparse.Namespace) -> int:
    """Print the screen settings as the kiosk reads them (a damaged file: the last good copy, or the
    defaults: no sleep, no rotation); ``--rotation`` prints only the degrees, for kiosk-session."""
    from kiosk.core.paths import DataPaths  # noqa: PLC0415
    from kiosk.core.screen_schedule import HOURS_FIELDS, sleep_schedule  # noqa: PLC0415
    from kiosk.core.settings import read_settings  # noqa: PLC0415

    settings, damage = read_settings(DataPaths.choose(args.data_dir).settings_file)
    if args.rotation:
        print(settings.screen_rotation)
        return EXIT_OK
    if damage is not None:
        print("The settings file is damaged; these are the settings in use:", "; ".join(damage.reasons))
    sleeps = sleep_schedule(settings) is not None
    print(f"Screen sleep outside clinic hours: {'on' if sleeps else 'off (the screen never blanks)'}")
    for name, _days in HOURS_FIELDS:
        print(f"  {name.removeprefix('clinic_hours_')}: {getattr(settings, name)}")
    print(f"Rotation: {settings.screen_rotation} degrees clockwise")
    return EXIT_OK


def screenshot(args: argparse.Namespace) -> int:
    """Render every screen of a pack to PNG files (the only command here that needs Qt)."""
    from kiosk.ui.screenshots import take_screenshots  # noqa: PLC0415  (Qt loads only for this command)

    return take_screenshots(args)


def icons(args: argparse.Namespace) -> int:
    """List the icon names a pack may use (those containing WORD); with --sheet, draw them too."""
    from kiosk.core.checks.icon_catalog import FONT_NAMES, find_icons  # noqa: PLC0415

    found = find_icons(args.word or "", args.font)
    if not found:
        print(f"kiosk icons: no icon name contains '{args.word}'; try a shorter or other word", file=sys.stderr)
        return EXIT_REFUSED
    if args.sheet is not None and args.sheet.suffix.lower() != ".png":
        print(f"kiosk icons: the sheet is a PNG picture; name it FILE.png, not '{args.sheet.name}'", file=sys.stderr)
        return EXIT_USAGE
    if args.sheet is not None:
        from kiosk.ui.icon_sheet import MAX_ICONS, draw_sheet  # noqa: PLC0415  (Qt loads only for a sheet)

        if len(found) > MAX_ICONS:
            print(
                f"kiosk icons: {len(found)} icons are too many for one sheet (at most {MAX_ICONS}); "
                "add a WORD or --font to choose fewer",
                file=sys.stderr,
            )
            return EXIT_USAGE
        if not draw_sheet(found, args.sheet):
            print(f"kiosk icons: cannot write {args.sheet}", file=sys.stderr)
            return EXIT_REFUSED
    for prefix in dict.fromkeys(icon.prefix for icon in found):
        names = [icon.name for icon in found if icon.prefix == prefix]
        print(f"{FONT_NAMES[prefix]} ({len(names)}):")
        for name in names:
            print(f"  {name}")
    example = found[0].name if args.word else "fa6s.circle-info"
    print(f"{len(found)} icon(s). Write one in a page's header, such as 'icon: {example}'.")
    if args.sheet is not None:
        print(f"Picture sheet: {args.sheet}")
    return EXIT_OK


def questionnaire(args: argparse.Namespace) -> int:
    from kiosk.cli import questionnaire as questionnaire_cli  # noqa: PLC0415

    return questionnaire_cli.run(args)


def preview(args: argparse.Namespace) -> int:
    """A window showing a pack folder as patients see it, redrawn whenever one of its files is saved."""
    from kiosk.ui.author_preview import run_preview  # noqa: PLC0415  (Qt loads only for this command)

    return run_preview(args)


def pack(args: argparse.Namespace) -> int:
    from kiosk.cli import pack as pack_cli  # noqa: PLC0415

    return pack_cli.run(args)


#: Every command but ``run`` (which :mod:`kiosk.app` starts), by the name the parser gives it.
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "validate": validate,
    "simulate": simulate,
    "set-pin": set_pin,
    "screen": screen,
    "screenshot": screenshot,
    "pack": pack,
    "icons": icons,
    "questionnaire": questionnaire,
    "preview": preview,
}


def dispatch(args: argparse.Namespace) -> int:
    """Run the command ``args`` names; ``run`` is not in the table."""
    return COMMANDS[args.command](args)
