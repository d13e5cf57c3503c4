"""Every sentence the Qt-free core can give staff (kiosk.core.messages), and how to show one translated.

The core writes its sentences in English, as templates with named fields; this module lists each
template once, so that ``make translations`` (lupdate) finds them, and :func:`translate` looks a
template up in the staff screens' language, then fills in its values. When the core gains a
sentence, add its template here and its translation to ``resources/translations/kiosk_es.ts``
(tests/ui/staff/test_core_messages.py fails until both are done).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.core.messages import Message

log = logging.getLogger(__name__)

# The translation context of the core's sentences (written out in each entry below: lupdate reads literals only).
CONTEXT = "CoreMessages"

TEMPLATES = (
    QT_TRANSLATE_NOOP("CoreMessages", "'{id}' is chosen to be shown but cannot be found; install it again."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose at least one pack to show."),
    QT_TRANSLATE_NOOP("CoreMessages", "At most {count} packs can be shown."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The printer {printer} is not set up on this computer: a patient's page was not printed.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The printer {printer} is switched off or not connected: a patient's page was not printed.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The printer {printer} is out of paper: a patient's page was not printed."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The printer {printer} is paused or stopped after an error: a patient's page was not printed.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The print service did not take a patient's page for the printer {printer}."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The signature does not match: the file was changed after it was signed, or it is damaged.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{name}' has been changed since the pack was made (it does not match the list of contents).",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{name}' could not be read to the end ({reason}). If it is on a USB stick, check that the "
        "stick is still plugged in, then try again.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The name '{name}' uses backslashes, which could place a file outside the pack."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' would be written at a fixed place on the computer (an absolute path)."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' would be written on another drive (it starts with a drive letter)."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' would be written outside the pack (it uses '..')."),
    QT_TRANSLATE_NOOP("CoreMessages", "The name '{name}' has characters that are not allowed in a pack."),
    QT_TRANSLATE_NOOP("CoreMessages", "The name '{name}' is not a proper file name."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The pack's list of contents (manifest.json) is damaged, or it was made for another version of the kiosk.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The pack's list of contents (manifest.json) is damaged: the pack id is missing or not allowed.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The pack's list of contents (manifest.json) is damaged: the version is missing or not a version number.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The pack's list of contents (manifest.json) is damaged: it does not list {file}."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The pack has {count} files; a pack may hold at most {most}."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "'{name}' is both a file and a folder in the file; one would overwrite the other."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The pack's list of contents (manifest.json) is damaged: it cannot be read."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The pack's list of contents (manifest.json) is damaged: the entry for '{name}' is not complete.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The file holds {count} entries; a pack may hold at most {most}."),
    QT_TRANSLATE_NOOP("CoreMessages", "The file would unpack to more than {size}; that is too big."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' has no list of contents (manifest.json); it is not a content pack."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' is in the list of contents but missing from the file."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' is too large to be what it says it is."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' is a link to another place; a pack may only hold ordinary files."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{name}' is a special file (not an ordinary file); a pack may only hold ordinary files.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' is locked with a password; a pack cannot be."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' is compressed in a way the kiosk does not read."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' is a link or a special file; a pack holds ordinary files only."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "'{name}' cannot be found. If it is on a USB stick, check that the stick is plugged in."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' cannot be opened ({reason})."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' is not a content-pack file, or it is damaged."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' is in the file but not in its list of contents."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' is damaged inside the file."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' overlaps '{other}' inside the file; the file was tampered with."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' appears twice in the file."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' and '{other}' would overwrite each other."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' is a link; copy the files in."),
    QT_TRANSLATE_NOOP("CoreMessages", "The pack is larger than {size}."),
    QT_TRANSLATE_NOOP("CoreMessages", "The file unpacks to more than {size}; that is too big."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The kiosk could not save the pack on its disk ({reason}). The disk may be full."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' has mistakes, so it cannot be shown:"),
    QT_TRANSLATE_NOOP("CoreMessages", "… and {count} more; 'kiosk validate' lists them all."),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}: {problem}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{file}, line {line}: {problem}."),
    QT_TRANSLATE_NOOP("CoreMessages", "This pack is signed with a key this kiosk does not trust."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This is version {version} of '{id}', older than the signed version {newest} already "
        "installed here. An older version can only come back with 'Roll back'.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The pack file says it holds '{id}' version {version}, but its {file} says '{other_id}' "
        "version {other_version}.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "'{title}' is the pack on screen now. Switch to another pack first, then remove it."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no pack called '{id}'."),
    QT_TRANSLATE_NOOP("CoreMessages", "This pack is not signed, and this kiosk only accepts signed packs."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no installed pack called '{id}'."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no earlier version of '{id}' to go back to."),
    QT_TRANSLATE_NOOP("CoreMessages", "The choice could not be saved ({reason})."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{id}' came with the kiosk; it has no earlier version to go back to."),
    QT_TRANSLATE_NOOP("CoreMessages", "'{id}' came with the kiosk and cannot be removed."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The pack could not be checked (the check stopped with an error). Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The install was cancelled. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Checking the pack took longer than {seconds} seconds, so it was stopped and the pack was "
        "refused. Ask the pack's author to check it with 'kiosk validate'.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Checking the file…",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Checking every page…",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Switching to the new version…",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Unpacking…",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This file holds version {version} of '{id}', which is installed already, but the file is "
        "damaged. The installed version was not changed.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The record of which version of '{id}' is in use is damaged; version {version}, the newest good "
        "one installed, is shown. Install the pack again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The current version of '{id}' cannot be shown (its files are damaged or missing); version "
        "{version} is shown instead. Install the pack again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No version of '{id}' can be shown, so the pack that came with the kiosk is shown instead. "
        "Install the clinic's pack again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The settings were damaged and no good copy was found: the kiosk's defaults are in use, and only "
        "signed packs are accepted. Check the settings and save them again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The settings were damaged; the last good copy from {date} is in use.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Some files of the pack on screen ('{id}', {folder}) are damaged: {problems}. Install the pack again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{id}' ({folder}) made the kiosk restart {count} times within {minutes} minutes, so it was set "
        "aside; version {version} of '{shown}' is shown instead. Install a corrected pack, or choose the "
        "pack again to try it once more.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This pack ('{id}') is signed with the key '{name}', which this kiosk trusts only for packs named {scope}.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The pack's list of contents (manifest.json) is damaged: its expiry date is not a date.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This pack expired on {date}, so it is not installed. Ask whoever made it for a newer version.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{id}' version {version} expired on {date}. It is still shown, but ask for a newer version and install it.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{id}' version {version} expires on {date}. Ask for a newer version and install it before then.",
    ),
    # The inbox folder (kiosk.core.fleet.inbox)
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The kiosk cannot read its inbox folder {folder} ({reason}). Check the folder, or the USB stick or "
        "network share it is on.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "'{name}' is larger than {size}; it is not taken."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{name}' in the inbox folder was not installed. Its result in the outbox folder says why.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The usage counts file was damaged. It was set aside as {name}, and counting started again in a new file.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The usage counts cannot be saved: {reason}."),
)


def translate(message: Message) -> str:
    """``message`` in the language of the installed translation (English when there is none)."""
    text = QCoreApplication.translate(CONTEXT, message.template)
    try:
        return text.format_map(dict(message.values))
    except (KeyError, IndexError, ValueError):
        # A translation that names a field the sentence does not have: never lose the reason over it.
        log.warning("the translation of %r does not fit its values; shown in English", message.template)
        return str(message)


def translate_all(messages: list[Message]) -> list[str]:
    return [translate(message) for message in messages]
