"""``kiosk pack …``: build, sign and install content-pack files, and manage the installed packs.

Exit codes: 0 done, 1 refused (every reason is printed), 2 bad usage. Only argparse is imported
here at start-up; the rest loads when a pack command runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.core.install.store import PackStore
    from kiosk.core.settings import Settings

from kiosk.core.exitcodes import EXIT_OK, EXIT_REFUSED, EXIT_USAGE


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``kiosk pack`` and its actions to the ``kiosk`` command line."""
    data = argparse.ArgumentParser(add_help=False)
    data.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="the kiosk's data folder (as given to the kiosk)"
    )
    pack = commands.add_parser(
        "pack",
        parents=[data],
        help="content packs: new, and pack files (.kpack): build, sign, install, list, activate, roll back",
    )
    actions = pack.add_subparsers(dest="pack_command", metavar="ACTION")

    new = actions.add_parser("new", parents=[data], help="write a small complete pack that validates, to edit")
    new.add_argument("pack_id", metavar="ID", help="the new pack's id: lower-case letters, digits and dashes")
    new.add_argument(
        "--languages", default="en,es", help="the pack's languages, comma-separated (default: %(default)s)"
    )
    new.add_argument("--out", metavar="DIR", help="the folder to write the pack in (default: ./ID); must not exist")

    build = actions.add_parser("build", parents=[data], help="check a pack folder and write it as a .kpack file")
    build.add_argument("folder", metavar="FOLDER", help="the pack folder")
    build.add_argument("-o", "--output", metavar="FILE.kpack", required=True, help="the file to write")
    build.add_argument(
        "--expires", metavar="YYYY-MM-DD", help="refuse to install the pack after this day (signed packs: it is signed)"
    )

    sign = actions.add_parser("sign", parents=[data], help="sign a .kpack file with a private key")
    sign.add_argument("file", metavar="FILE.kpack")
    sign.add_argument("--key", metavar="KEY", required=True, help="private key file made by 'kiosk pack keygen'")

    keygen = actions.add_parser("keygen", parents=[data], help="make a key pair for signing packs")
    keygen.add_argument("--name", default="pack signing", help="who signs, as staff will see it (default: %(default)s)")
    keygen.add_argument("--out", metavar="DIR", default=".", help="folder for the two key files (default: here)")

    trust = actions.add_parser("trust", parents=[data], help="accept packs signed with a public key (settings.toml)")
    trust.add_argument("key", metavar="KEY.pub", help="public key file made by 'kiosk pack keygen', or its text")
    trust.add_argument("--name", required=True, help="who signs with it, as staff will see it")
    trust.add_argument(
        "--packs",
        metavar="GLOB",
        action="append",
        help="only packs whose id matches may be signed with it (e.g. 'knee-*'; repeat for more; default: any)",
    )

    install = actions.add_parser("install", parents=[data], help="check a .kpack file and install it")
    install.add_argument("file", metavar="FILE.kpack")

    narrate = actions.add_parser(
        "narrate", parents=[data], help="make narration for a pack folder's pages offline with espeak-ng"
    )
    narrate.add_argument("folder", metavar="PACK", help="the pack folder")
    narrate.add_argument("--lang", action="append", default=[], help="only this language (may be repeated)")
    narrate.add_argument("--page", action="append", default=[], help="only this page id (may be repeated)")
    narrate.add_argument("--replace", action="store_true", help="narrate pages that already have narration too")

    actions.add_parser("list", parents=[data], help="the installed and bundled packs")
    show = actions.add_parser(
        "show", parents=[data], help="the packs patients choose from, in order (one: that pack alone)"
    )
    show.add_argument("pack_ids", metavar="ID", nargs="+", help="pack ids in the order their tiles appear")
    for name, text in (
        ("activate", "make a pack the one on screen"),
        ("rollback", "go back to the version a pack replaced"),
        ("remove", "remove an installed pack that is not on screen"),
    ):
        action = actions.add_parser(name, parents=[data], help=text)
        action.add_argument("pack_id", metavar="ID", help="the pack's id (see 'kiosk pack list')")


def run(args: argparse.Namespace) -> int:
    """Run one ``kiosk pack`` action."""
    from kiosk.core.install.refused import PackRefused  # noqa: PLC0415

    actions: dict[str, Callable[[argparse.Namespace], int]] = {
        "new": _new,
        "build": _build,
        "sign": _sign,
        "keygen": _keygen,
        "trust": _trust,
        "install": _install,
        "narrate": _narrate,
        "list": _list,
        "show": _show,
        "activate": _activate,
        "rollback": _rollback,
        "remove": _remove,
    }
    action = actions.get(args.pack_command or "")
    if action is None:
        _say("kiosk pack: choose an action: " + ", ".join(actions) + " (see kiosk pack --help)")
        return EXIT_USAGE
    try:
        return action(args)
    except PackRefused as refused:
        _say(f"kiosk pack {args.pack_command}: refused:")
        for reason in refused.reasons:
            _say(f"  - {reason}")
        return EXIT_REFUSED


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def _store(args: argparse.Namespace) -> tuple[PackStore, Settings]:
    from kiosk.core.install.store import PackStore  # noqa: PLC0415
    from kiosk.core.paths import DataPaths  # noqa: PLC0415
    from kiosk.core.settings import load_settings  # noqa: PLC0415

    paths = DataPaths.choose(getattr(args, "data_dir", None))
    store = PackStore(paths)
    store.clean_staging()
    return store, load_settings(paths.settings_file)


def _new(args: argparse.Namespace) -> int:
    from kiosk.core.content.scaffold import ScaffoldError, write_pack  # noqa: PLC0415

    languages = [lang.strip() for lang in args.languages.split(",") if lang.strip()]
    target = Path(args.out) if args.out else Path(args.pack_id)
    try:
        files = write_pack(args.pack_id, languages, target)
    except ScaffoldError as err:
        _say(f"kiosk pack new: {err}")
        return EXIT_REFUSED
    except OSError as err:
        _say(f"kiosk pack new: cannot write {target}: {err.strerror or err}; nothing was written")
        return EXIT_REFUSED
    print(f"Wrote the pack '{args.pack_id}' in {target} ({len(files)} files, languages {', '.join(languages)}).")
    print("Next steps:")
    print(f"  kiosk preview {target}      see it as a patient does while you edit")
    print(f"  kiosk validate {target}     check every page, picture, question and test case")
    return EXIT_OK


def _build(args: argparse.Namespace) -> int:
    from kiosk.core.content.validate import validate_pack  # noqa: PLC0415
    from kiosk.core.install.build import write_kpack  # noqa: PLC0415
    from kiosk.core.problems import Severity  # noqa: PLC0415

    folder, out = Path(args.folder), Path(args.output)
    if not folder.is_dir():
        _say(f"kiosk pack build: {folder} is not a folder")
        return EXIT_USAGE
    if out.suffix.lower() != ".kpack":
        _say(f"kiosk pack build: the file to write must end in .kpack, not '{out.name}'")
        return EXIT_USAGE
    if out.resolve().is_relative_to(folder.resolve()):
        _say("kiosk pack build: write the .kpack file outside the pack folder")
        return EXIT_USAGE
    expires = None
    if args.expires:
        from datetime import date  # noqa: PLC0415

        try:
            expires = date.fromisoformat(args.expires)
        except ValueError:
            _say(f"kiosk pack build: --expires must be a date like 2027-06-30, not '{args.expires}'")
            return EXIT_USAGE
    report = validate_pack(folder)
    for problem in report.problems:
        print(problem)
    if not report.ok or report.pack is None:
        errors = sum(p.severity is Severity.ERROR for p in report.problems)
        _say(f"kiosk pack build: {folder} is not valid ({errors} error(s)); nothing written")
        return EXIT_REFUSED
    try:
        manifest = write_kpack(folder, report.pack.id, report.pack.version, out, expires=expires)
    except OSError as err:
        _say(f"kiosk pack build: cannot write {out}: {err.strerror or err}")
        return EXIT_REFUSED
    size = sum(entry.size for entry in manifest.files.values())
    print(
        f"{out}: pack '{manifest.id}' version {manifest.version}, {len(manifest.files)} files, "
        f"{size / 1_000_000:.1f} MB unpacked; not signed (kiosk pack sign {out} --key KEY)"
    )
    return EXIT_OK


def _sign(args: argparse.Namespace) -> int:
    from kiosk.core.install.build import sign_kpack  # noqa: PLC0415
    from kiosk.core.install.signing import load_private_key  # noqa: PLC0415

    try:
        pem = Path(args.key).read_bytes()
        load_private_key(pem)
    except OSError as err:
        _say(f"kiosk pack sign: cannot read the key {args.key}: {err.strerror or err}")
        return EXIT_USAGE
    except ValueError as err:
        _say(f"kiosk pack sign: {args.key}: {err}")
        return EXIT_USAGE
    try:
        public = sign_kpack(Path(args.file), pem)
    except OSError as err:
        _say(f"kiosk pack sign: cannot write {args.file}: {err.strerror or err}")
        return EXIT_REFUSED
    print(f"{args.file}: signed with the key {public}")
    return EXIT_OK


def _keygen(args: argparse.Namespace) -> int:
    import os  # noqa: PLC0415
    import re  # noqa: PLC0415
    import shlex  # noqa: PLC0415

    import tomli_w  # noqa: PLC0415

    from kiosk.core.install.signing import generate_key  # noqa: PLC0415

    name = args.name.strip()
    if not name:
        _say("kiosk pack keygen: --name must not be empty")
        return EXIT_USAGE
    stem = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "pack-signing"
    out = Path(args.out)
    private, public_file = out / f"{stem}.key", out / f"{stem}.pub"
    for path in (private, public_file):
        if path.exists():
            _say(f"kiosk pack keygen: {path} already exists; a key is never overwritten")
            return EXIT_REFUSED
    pem, public = generate_key()
    try:
        out.mkdir(parents=True, exist_ok=True)
        with os.fdopen(os.open(private, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as handle:
            handle.write(pem)
        public_file.write_text(public + "\n", encoding="ascii")
    except OSError as err:
        _say(f"kiosk pack keygen: cannot write the key files in {out}: {err.strerror or err}")
        return EXIT_REFUSED
    print(f"Private key: {private}  (keep it secret and off the kiosks: whoever has it can sign packs)")
    print(f"Public key:  {public_file}")
    print("To accept packs signed with this key, run on each kiosk:")
    print(f"  kiosk pack trust {public_file} --name {shlex.quote(name)}")
    print("or add this line under [trusted_keys] in the kiosk's settings.toml:")
    print(f"  {tomli_w.dumps({name: public}).strip()}")
    return EXIT_OK


def _trust(args: argparse.Namespace) -> int:
    from dataclasses import replace  # noqa: PLC0415

    from kiosk.core.install.signing import decode_public_key  # noqa: PLC0415
    from kiosk.core.paths import DataPaths  # noqa: PLC0415
    from kiosk.core.settings import load_settings, save_settings  # noqa: PLC0415

    name = args.name.strip()
    key_file = Path(args.key)
    try:
        text = key_file.read_text(encoding="ascii").strip() if key_file.is_file() else args.key.strip()
    except (OSError, UnicodeDecodeError) as err:
        _say(f"kiosk pack trust: cannot read {args.key}: {err}")
        return EXIT_USAGE
    if not name or decode_public_key(text) is None:
        what = "--name must not be empty" if not name else f"{args.key} is not a public key made by 'kiosk pack keygen'"
        _say(f"kiosk pack trust: {what}")
        return EXIT_USAGE
    paths = DataPaths.choose(getattr(args, "data_dir", None))
    settings = load_settings(paths.settings_file)
    keys = {
        other: key for other, key in settings.trusted_keys.items() if decode_public_key(key) != decode_public_key(text)
    }
    try:
        scopes = {other: globs for other, globs in settings.trusted_key_packs.items() if other != name}
        if args.packs:
            scopes[name] = tuple(args.packs)
        new = replace(settings, trusted_keys={**keys, name: text}, trusted_key_packs=scopes)
        save_settings(new, paths.settings_file)
    except OSError as err:
        _say(f"kiosk pack trust: cannot save {paths.settings_file}: {err.strerror or err}")
        return EXIT_REFUSED
    which = f"Packs named {', '.join(args.packs)}" if args.packs else "Packs"
    print(f"{which} signed with this key are now accepted, shown as 'Signed by {name}' ({paths.settings_file}).")
    if not settings.require_signed:
        print("Unsigned packs are still accepted; set require_signed = true (or use staff mode) to refuse them.")
    return EXIT_OK


def _install(args: argparse.Namespace) -> int:
    from kiosk.core.install.installer import PackInstaller  # noqa: PLC0415

    store, settings = _store(args)
    installed = PackInstaller(store).install(Path(args.file), settings)
    info = installed.info
    if installed.already_installed:
        print(f"'{info.title}' ({info.id}) version {info.version} is already installed; nothing was changed.")
        return EXIT_OK
    signed = f"signed by {info.signed_by}" if info.signed_by else "not signed by a trusted key"
    print(f"Installed '{info.title}' ({info.id}) version {info.version}, {signed}.")
    if info.id == settings.active_pack:
        print("It is the active pack; a running kiosk shows the new version after a restart.")
    else:
        print(f"To show it on the kiosk: kiosk pack activate {info.id}")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    store, settings = _store(args)
    rows = [("", "ID", "VERSION", "LANGUAGES", "REVIEWED", "SIGNED BY", "STATE", "TITLE")]
    for info in store.list(settings):
        state = ("valid" if info.valid else "NOT VALID") + (", bundled" if info.bundled else "")
        if info.previous_version:
            state += f", can roll back to {info.previous_version}"
        shown = settings.shown
        active = str(shown.index(info.id) + 1) if len(shown) > 1 and info.id in shown else ""
        active = "*" if info.id == settings.active_pack and len(shown) < 2 else active
        signed = info.signed_by or "-"
        rows.append(
            (active, info.id, info.version, ",".join(info.languages), info.reviewed or "-", signed, state, info.title)
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[-1])
    if len(settings.shown) > 1:
        print("\n1, 2, ...: the packs patients choose from, in that order")
    else:
        print("\n* the pack on screen")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    store, settings = _store(args)
    new = store.show(tuple(args.pack_ids), settings)
    if len(new.shown) == 1:
        print(f"'{new.active_pack}' is now the pack on screen; a running kiosk shows it after a restart.")
    else:
        print(
            f"Patients now choose from {len(new.shown)} topics: {', '.join(new.shown)}; "
            "a running kiosk shows them after a restart."
        )
    return EXIT_OK


def _activate(args: argparse.Namespace) -> int:
    store, settings = _store(args)
    store.activate(args.pack_id, settings)
    print(f"'{args.pack_id}' is now the pack on screen; a running kiosk shows it after a restart.")
    return EXIT_OK


def _rollback(args: argparse.Namespace) -> int:
    store, _settings = _store(args)
    info = store.rollback(args.pack_id)
    print(
        f"'{info.id}' is back to version {info.version}; version {info.previous_version} is kept "
        "(roll back again to return to it)."
    )
    return EXIT_OK


def _remove(args: argparse.Namespace) -> int:
    store, settings = _store(args)
    store.remove(args.pack_id, settings)
    print(f"Removed '{args.pack_id}' and all its versions.")
    return EXIT_OK


def _narrate(args: argparse.Namespace) -> int:
    """Narration for every page of a pack folder, made with espeak-ng, timed by its word events."""
    from kiosk.core.content.narrate import NarrationError, narrate_pack  # noqa: PLC0415
    from kiosk.core.content.reader import load_pack  # noqa: PLC0415
    from kiosk.core.problems import has_errors  # noqa: PLC0415

    folder = Path(args.folder)
    loaded = load_pack(folder)
    if loaded.pack is None or has_errors(loaded.problems):
        for problem in loaded.problems:
            print(problem)
        _say(f"kiosk pack narrate: {folder} is not a usable pack; nothing written")
        return EXIT_REFUSED
    unknown = [lang for lang in args.lang if lang not in loaded.pack.languages]
    unknown += [page for page in args.page if loaded.pack.page_index(page) is None]
    if unknown:
        _say(f"kiosk pack narrate: the pack has no language or page {', '.join(unknown)}")
        return EXIT_USAGE
    try:
        made = narrate_pack(loaded.pack, languages=tuple(args.lang), pages=tuple(args.page), replace=args.replace)
    except NarrationError as err:
        _say(f"kiosk pack narrate: {err}; nothing written")
        return EXIT_REFUSED
    except OSError as err:
        _say(f"kiosk pack narrate: cannot write in {folder}: {err.strerror or err}")
        return EXIT_REFUSED
    print(f"{made} narration file(s) made; check them with: kiosk validate {folder}")
    return EXIT_OK
