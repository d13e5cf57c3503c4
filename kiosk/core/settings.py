"""Clinic settings: a small TOML file that staff change and the kiosk must never choke on."""

from __future__ import annotations

import base64
import binascii
import logging
import time
import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kiosk.core.files import write_atomically

log = logging.getLogger(__name__)

TEXT_SIZES = ("normal", "large", "largest")
THEMES = ("default", "high-contrast")


@dataclass(frozen=True)
class Settings:
    """What a clinic can set. Every field has a safe default."""

    clinic_name: str = ""
    active_pack: str = "rfa-facet"
    default_language: str = "en"
    idle_timeout_s: int = 90
    idle_countdown_s: int = 15
    text_size: str = "normal"
    theme: str = "default"
    #: Refuse content packs that are not signed by one of ``trusted_keys``.
    require_signed: bool = False
    #: Who may sign content packs: a name staff recognise → base64 Ed25519 public key
    #: (the line ``kiosk pack keygen`` prints).
    trusted_keys: dict[str, str] = field(default_factory=dict)

    def validated(self) -> tuple[Settings, list[str]]:
        """Return a copy with out-of-range values replaced by defaults, and what was replaced."""
        defaults = Settings()
        warnings: list[str] = []
        fixed = self
        checks = {
            "idle_timeout_s": 10 <= self.idle_timeout_s <= 3600,
            "idle_countdown_s": 3 <= self.idle_countdown_s <= 120,
            "text_size": self.text_size in TEXT_SIZES,
            "theme": self.theme in THEMES,
            "active_pack": bool(self.active_pack),
            "default_language": bool(self.default_language),
        }
        for name, ok in checks.items():
            if not ok:
                warnings.append(f"{name} = {getattr(self, name)!r} is not allowed; using the default")
                fixed = replace(fixed, **{name: getattr(defaults, name)})
        keys = {name: key for name, key in self.trusted_keys.items() if _is_public_key(name, key)}
        if keys != self.trusted_keys:
            for name in self.trusted_keys.keys() - keys.keys():
                warnings.append(f"trusted_keys: {name!r} is not a public key made by 'kiosk pack keygen'; ignored")
            fixed = replace(fixed, trusted_keys=keys)
        return fixed, warnings


def _is_public_key(name: object, key: object) -> bool:
    """A named base64 Ed25519 public key (32 bytes), as ``kiosk pack keygen`` prints it."""
    if not isinstance(name, str) or not name.strip() or not isinstance(key, str):
        return False
    try:
        return len(base64.b64decode(key.strip(), validate=True)) == 32
    except (binascii.Error, ValueError):
        return False


def _from_mapping(data: dict[str, Any]) -> tuple[Settings, list[str]]:
    warnings: list[str] = []
    values: dict[str, Any] = {}
    known = {f.name: f for f in fields(Settings)}
    for key, value in data.items():
        field = known.get(key)
        if field is None:
            warnings.append(f"unknown setting {key!r} ignored")
            continue
        expected = type(getattr(Settings(), key))
        if type(value) is not expected:
            warnings.append(f"{key} should be {expected.__name__}, not {value!r}; using the default")
            continue
        values[key] = value
    settings, more = Settings(**values).validated()
    return settings, warnings + more


def load_settings(path: Path) -> Settings:
    """Read settings; a missing or broken file gives defaults and a logged warning.

    A file that cannot be read is copied aside (``settings.toml.broken-<time>``) so that a
    later save does not destroy what staff had written.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as err:
        log.warning("cannot read settings %s (%s); using defaults", path, err)
        return Settings()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        backup = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            backup.write_bytes(raw)
        except OSError:
            backup = path
        log.warning("settings file %s is broken (%s); using defaults, copy kept at %s", path, err, backup)
        return Settings()
    settings, warnings = _from_mapping(data)
    for warning in warnings:
        log.warning("settings %s: %s", path, warning)
    return settings


def save_settings(settings: Settings, path: Path) -> None:
    """Write settings atomically: a power cut leaves either the old file or the new one."""
    import tomli_w  # noqa: PLC0415  (only staff actions save)

    write_atomically(path, tomli_w.dumps(asdict(settings)).encode("utf-8"))
