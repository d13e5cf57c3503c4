"""Clinic settings: a small TOML file that staff change and the kiosk must never choke on."""

from __future__ import annotations

import base64
import binascii
import logging
import os
import time
import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from kiosk.core.files import Step, write_atomically
from kiosk.core.languages import is_language_tag
from kiosk.core.screen_schedule import ROTATIONS, is_hours

log = logging.getLogger(__name__)

TEXT_SIZES = ("normal", "large", "largest")
THEMES = ("default", "high-contrast")


@dataclass(frozen=True)
class Settings:
    """What a clinic can set. Every field has a safe default."""

    clinic_name: str = ""
    #: The clinic's phone number, on every take-home summary ("" leaves it off).
    clinic_phone: str = ""
    active_pack: str = "rfa-facet"
    #: The topic library (docs/staff-guide.md): the packs patients may choose from, in order. Empty
    #: shows ``active_pack`` alone; otherwise ``active_pack`` is the first of them.
    shown_packs: tuple[str, ...] = ()
    default_language: str = "en"
    idle_timeout_s: int = 90
    idle_countdown_s: int = 15
    text_size: str = "normal"
    theme: str = "default"
    #: Loudness of narration, video and read aloud (0-100); every visit starts at it.
    volume: int = 80
    #: A "Print" button on the result and on pages with a handout (off: the clinic has no printer
    #: for patients, or prefers the QR code alone). The page is sent from memory; see docs/printing.md.
    print_for_patients: bool = False
    #: The print service's name of the patients' printer ("" means the system's default printer).
    printer: str = ""
    #: When a patient's answers send them to staff, print a slip at the front desk (no answers on it).
    front_desk_slip: bool = False
    #: The front desk's printer for those slips ("" means the system's default printer).
    front_desk_printer: str = ""
    #: This kiosk's name on the slip ("" uses the computer's name).
    kiosk_name: str = ""
    #: Refuse content packs that are not signed by one of ``trusted_keys``.
    require_signed: bool = False
    #: Who may sign content packs: a name staff recognise → base64 Ed25519 public key
    #: (the line ``kiosk pack keygen`` prints).
    trusted_keys: dict[str, str] = field(default_factory=dict)
    #: Which pack ids each trusted key may sign (globs, e.g. ``["knee-*"]``); a key not named here
    #: may sign any pack. A key named here with an empty list may sign none.
    trusted_key_packs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: A folder the clinic's packs arrive in (Syncthing, a network share, a USB stick): each pack
    #: file in it is installed as from "Import from USB" ("" is off). See docs/fleet.md.
    inbox_folder: str = ""
    #: A folder this kiosk writes its status report and the result of each inbox pack to ("" is off).
    outbox_folder: str = ""
    #: Anonymous usage counts by day (kiosk/core/fleet/usage.py): visits, pages reached, languages …
    #: never an answer or a time. Staff mode's Usage page shows them and turns counting off.
    usage_counting: bool = True
    #: The screen sleeps outside the clinic's hours, on the first screen only (docs/staff-guide.md).
    #: Off: the screen never blanks.
    screen_sleep: bool = False
    #: The clinic's hours (kiosk/core/screen_schedule.py): ``"08:00-18:00"`` in 15-minute steps,
    #: or ``"closed"``. Hours that cannot be read mean the screen never sleeps.
    clinic_hours_weekdays: str = "08:00-18:00"
    clinic_hours_saturday: str = "closed"
    clinic_hours_sunday: str = "closed"
    #: How far the picture (and touch) is turned clockwise, for a screen mounted upright: 0, 90, 180, 270.
    screen_rotation: int = 0

    @property
    def shown(self) -> tuple[str, ...]:
        """The packs shown to patients, in order (one: the active pack, as before the topic library)."""
        return self.shown_packs or (self.active_pack,)

    def showing(self, pack_ids: tuple[str, ...]) -> Settings:
        """These settings showing ``pack_ids`` in that order (the first becomes the active pack)."""
        ids = tuple(dict.fromkeys(pack_ids))
        if not ids:
            return self
        return replace(self, active_pack=ids[0], shown_packs=ids if len(ids) > 1 else ())

    def may_sign(self, key_name: str, pack_id: str) -> bool:
        """Whether the trusted key ``key_name`` may sign the pack ``pack_id``."""
        import fnmatch  # noqa: PLC0415

        globs = self.trusted_key_packs.get(key_name)
        return globs is None or any(fnmatch.fnmatchcase(pack_id, glob) for glob in globs)

    def validated(self) -> tuple[Settings, list[str], list[str]]:
        """A copy with out-of-range values replaced by defaults and keys that are not keys dropped;
        then what was dropped (narrowing only) and what was out of range (damage)."""
        defaults = Settings()
        warnings: list[str] = []
        out_of_range: list[str] = []
        fixed = self
        checks = {
            "idle_timeout_s": 10 <= self.idle_timeout_s <= 3600,
            "idle_countdown_s": 3 <= self.idle_countdown_s <= 120,
            "text_size": self.text_size in TEXT_SIZES,
            "theme": self.theme in THEMES,
            "volume": 0 <= self.volume <= 100,
            "active_pack": _is_pack_id(self.active_pack),
            "shown_packs": len(self.shown_packs) <= MAX_SHOWN_PACKS
            and all(_is_pack_id(each) for each in self.shown_packs)
            and len(set(self.shown_packs)) == len(self.shown_packs)
            and (not self.shown_packs or self.shown_packs[0] == self.active_pack),
            "default_language": is_language_tag(self.default_language),
            "clinic_phone": is_phone_number(self.clinic_phone),
            "printer": is_printer_name(self.printer),
            "front_desk_printer": is_printer_name(self.front_desk_printer),
            "kiosk_name": len(self.kiosk_name) <= KIOSK_NAME_MAX and self.kiosk_name.isprintable(),
            "inbox_folder": is_folder_setting(self.inbox_folder),
            "outbox_folder": is_folder_setting(self.outbox_folder)
            and not (self.outbox_folder and same_folder(self.outbox_folder, self.inbox_folder)),
            "clinic_hours_weekdays": is_hours(self.clinic_hours_weekdays),
            "clinic_hours_saturday": is_hours(self.clinic_hours_saturday),
            "clinic_hours_sunday": is_hours(self.clinic_hours_sunday),
            "screen_rotation": self.screen_rotation in ROTATIONS,
        }
        for name, ok in checks.items():
            if not ok:
                value = repr(getattr(self, name))
                value = value if len(value) <= 80 else value[:77] + "..."  # a damaged list can be huge
                out_of_range.append(f"{name} = {value} is not allowed")
                fixed = replace(fixed, **{name: getattr(defaults, name)})
                if name.startswith("clinic_hours_"):  # hours that cannot be read: never sleep on a guess
                    fixed = replace(fixed, screen_sleep=False)
        keys = {name: key for name, key in self.trusted_keys.items() if _is_public_key(name, key)}
        if keys != self.trusted_keys:
            for name in self.trusted_keys.keys() - keys.keys():
                warnings.append(f"trusted_keys: {name!r} is not a public key made by 'kiosk pack keygen'; ignored")
            fixed = replace(fixed, trusted_keys=keys)
        return fixed, warnings, out_of_range


#: What a new kiosk shows before staff choose: both bundled packs, so patients choose a topic.
OUT_OF_THE_BOX = ("rfa-facet", "test-block-visit")


def first_settings() -> Settings:
    """The settings of a kiosk that has none yet (no settings file): the defaults, showing the
    bundled packs as a topic library. Damage never falls back to these (see :func:`read_settings`)."""
    return Settings().showing(OUT_OF_THE_BOX)


#: The most packs the topic library shows (9 fit one 1920x1080 screen; more scroll).
MAX_SHOWN_PACKS = 24


def _is_pack_id(text: str) -> bool:
    from kiosk.core.content.model import ID_PATTERN  # noqa: PLC0415

    return bool(ID_PATTERN.match(text))


#: What a phone number on a summary may hold: digits, spaces and + - ( ) . / (an extension "ext").
PHONE_CHARACTERS = frozenset("0123456789 +-().,/#*ext")
PHONE_MAX = 40


def is_phone_number(text: str) -> bool:
    """Whether ``text`` may be printed as the clinic's phone number (empty means none)."""
    return len(text) <= PHONE_MAX and set(text) <= PHONE_CHARACTERS and (not text or any(c.isdigit() for c in text))


#: The longest printer name CUPS accepts.
PRINTER_NAME_MAX = 127
KIOSK_NAME_MAX = 40


def is_printer_name(text: str) -> bool:
    """Whether ``text`` may name a printer ("" means the system's default): any printable name the
    print service can have (CUPS instances with "/", Windows names with spaces), never one read
    as a command-line option. Names are passed as their own argument, never through a shell."""
    return len(text) <= PRINTER_NAME_MAX and text.isprintable() and not text.startswith("-") and text == text.strip()


#: The longest folder name the inbox and outbox settings take.
FOLDER_MAX = 400


def is_folder_setting(text: str) -> bool:
    """Whether ``text`` may be the inbox or outbox folder: "" (off), or a full path (from the root,
    or a drive on Windows) of printable characters, without ".." and without spaces at either end."""
    if not text:
        return True
    if len(text) > FOLDER_MAX or not text.isprintable() or text != text.strip():
        return False
    pure = PureWindowsPath(text) if os.name == "nt" else PurePosixPath(text)
    return pure.is_absolute() and ".." not in pure.parts


def same_folder(one: str, other: str) -> bool:
    """Whether two folder settings name the same folder, or one holds the other (never both the
    inbox and the outbox: the kiosk would read its own reports as packs)."""
    if not one or not other:
        return False
    a, b = (os.path.normcase(os.path.normpath(x)) for x in (one, other))
    return a == b or a.startswith(b.rstrip(os.sep) + os.sep) or b.startswith(a.rstrip(os.sep) + os.sep)


def _is_public_key(name: object, key: object) -> bool:
    """A named base64 Ed25519 public key (32 bytes), as ``kiosk pack keygen`` prints it."""
    if not isinstance(name, str) or not name.strip() or not isinstance(key, str):
        return False
    try:
        return len(base64.b64decode(key.strip(), validate=True)) == 32
    except (binascii.Error, ValueError):
        return False


def _from_mapping(data: dict[str, Any]) -> tuple[Settings, list[str], list[str]]:
    """Settings from parsed TOML: (settings, what is damaged, what was only narrowed).

    Damage is anything that would silently change what the kiosk does: a key it does not know
    (a typo of ``require_signed`` must never mean "not required"), a value of the wrong type
    (``require_signed = "true"`` in quotes) or out of range. A trusted key that is not a key is
    only dropped (that narrows who may sign, it never widens it).
    """
    damage: list[str] = []
    values: dict[str, Any] = {}
    known = {f.name: f for f in fields(Settings)}
    for key, value in data.items():
        if key not in known:
            damage.append(f"unknown setting {key!r}")
            continue
        default = getattr(Settings(), key)
        if type(value) is not type(default) and not (isinstance(default, tuple) and isinstance(value, list)):
            damage.append(f"{key} should be {_kind(default)}, not {_kind(value)}")
            continue
        if isinstance(value, dict) and key == "trusted_key_packs":
            if not all(isinstance(v, list) and all(isinstance(g, str) for g in v) for v in value.values()):
                damage.append(f"{key} should name lists of pack ids")
                continue
            values[key] = {name: tuple(globs) for name, globs in value.items()}
            continue
        if key == "shown_packs":
            if not all(isinstance(each, str) for each in value):
                damage.append(f"{key} should list pack ids")
                continue
            values[key] = tuple(value)
            continue
        values[key] = value
    settings, narrowed, out_of_range = Settings(**values).validated()
    return settings, damage + out_of_range, narrowed


def _kind(value: object) -> str:
    return {bool: "true or false", int: "a whole number", str: "text", dict: "a table", tuple: "a list"}.get(
        type(value), type(value).__name__
    )


@dataclass(frozen=True)
class SettingsDamage:
    """Why the settings file could not be used as it is, and which copy is in use instead."""

    reasons: tuple[str, ...]
    #: When the last good copy in use was saved (local time, ``2026-11-30 14:05``); None if there is none.
    last_good_at: str | None


def last_good_path(path: Path) -> Path:
    """Where the last settings that were read or saved whole are kept (``settings.toml.last-good``)."""
    return path.with_name(f"{path.name}.last-good")


def _parse(raw: bytes) -> tuple[Settings, list[str], list[str]]:
    """(settings, damage, narrowed) from a file's bytes; damage is never empty when they cannot be used."""
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return Settings(), ["the file is not UTF-8 text"], []
    except tomllib.TOMLDecodeError as err:
        return Settings(), [f"the file is not valid TOML ({err})"], []
    except RecursionError:
        return Settings(), ["the file nests tables or lists too deeply to read"], []
    return _from_mapping(data)


def read_settings(path: Path) -> tuple[Settings, SettingsDamage | None]:
    """The settings to use, and what was damaged (None when the file was sound or missing).

    Fails closed: a damaged file is never read as defaults. The last good copy (kept beside the
    file by every save and every sound read) is used instead; without one, the defaults are used
    with ``require_signed = true``, so damage can never accept a pack the clinic would refuse.
    The damaged file is left as it is (and copied aside as ``settings.toml.broken-<time>``), so
    that staff can see what went wrong.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if last_good_path(path).exists():  # it was there, and went: damage, never a fresh start
            return _fall_back(path, ["the settings file is missing"])
        return first_settings(), None
    except OSError as err:
        return _fall_back(path, [f"the file cannot be read ({err.strerror or err})"])
    settings, damage, narrowed = _parse(raw)
    for warning in narrowed:
        log.warning("settings %s: %s", path, warning)
    if damage:
        _keep_broken_copy(path, raw)
        return _fall_back(path, damage)
    _keep_last_good(path, raw)
    return settings, None


def _fall_back(path: Path, reasons: list[str]) -> tuple[Settings, SettingsDamage]:
    good = last_good_path(path)
    try:
        raw = good.read_bytes()
        stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(good.stat().st_mtime))
    except OSError:
        raw, stamp = b"", ""
    settings, damage, _narrowed = _parse(raw) if raw else (Settings(), ["missing"], [])
    if damage:
        log.error(
            "settings %s are damaged (%s) and there is no good copy; using the defaults, and only signed packs",
            path,
            "; ".join(reasons),
        )
        return replace(Settings(), require_signed=True), SettingsDamage(tuple(reasons), None)
    log.error("settings %s are damaged (%s); using the last good copy from %s", path, "; ".join(reasons), stamp)
    return settings, SettingsDamage(tuple(reasons), stamp)


def _keep_broken_copy(path: Path, raw: bytes) -> None:
    backups = sorted(path.parent.glob(f"{path.name}.broken-*"))
    if backups and backups[-1].read_bytes() == raw:
        return
    backup = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        write_atomically(backup, raw)
    except OSError:
        return
    log.warning("a copy of the damaged settings is kept at %s", backup)


def _keep_last_good(path: Path, raw: bytes) -> None:
    good = last_good_path(path)
    try:
        if good.read_bytes() == raw:
            return
    except OSError:
        pass
    try:
        write_atomically(good, raw)
    except OSError as err:
        log.warning("cannot keep a good copy of the settings at %s (%s)", good, err.strerror or err)


def load_settings(path: Path) -> Settings:
    """The settings to use (see :func:`read_settings`); damage is reported to staff mode."""
    from kiosk.core import alerts  # noqa: PLC0415
    from kiosk.core.messages import msg  # noqa: PLC0415

    settings, damage = read_settings(path)
    if damage is None:
        alerts.clear(alerts.SETTINGS)
    elif damage.last_good_at is None:
        alerts.report(
            alerts.SETTINGS,
            msg(
                "The settings were damaged and no good copy was found: the kiosk's defaults are in use, "
                "and only signed packs are accepted. Check the settings and save them again."
            ),
        )
    else:
        alerts.report(
            alerts.SETTINGS,
            msg("The settings were damaged; the last good copy from {date} is in use.", date=damage.last_good_at),
        )
    return settings


def save_settings(settings: Settings, path: Path, *, step: Step | None = None) -> None:
    """Write settings atomically (a power cut leaves the old file or the new), and keep them as the last good copy."""
    import tomli_w  # noqa: PLC0415  (only staff actions save)

    data = asdict(settings)
    data["trusted_key_packs"] = {name: list(globs) for name, globs in settings.trusted_key_packs.items()}
    data["shown_packs"] = list(settings.shown_packs)
    raw = tomli_w.dumps(data).encode("utf-8")
    write_atomically(path, raw, step=step)
    write_atomically(last_good_path(path), raw, step=step)
    from kiosk.core import alerts  # noqa: PLC0415

    alerts.clear(alerts.SETTINGS)
