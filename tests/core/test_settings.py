"""Settings: defaults when missing, never a crash when broken, atomic saves."""

import logging
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.core import alerts
from kiosk.core.install.signing import generate_key
from kiosk.core.settings import Settings, load_settings, read_settings, save_settings


@pytest.fixture(autouse=True)
def no_alerts() -> Iterator[None]:
    alerts.clear()
    yield
    alerts.clear()


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    """A new kiosk: the defaults, with both bundled packs shown as topics."""
    settings = load_settings(tmp_path / "settings.toml")
    assert settings == Settings().showing(("rfa-facet", "test-block-visit"))
    assert settings.require_signed is False


def test_a_settings_file_that_went_missing_is_damage_not_a_new_kiosk(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    save_settings(Settings(require_signed=True, clinic_name="Riverside"), path)
    path.unlink()
    settings, damage = read_settings(path)
    assert damage is not None and "missing" in damage.reasons[0]
    assert settings.require_signed is True  # the last good copy: signing stays required
    assert settings.clinic_name == "Riverside"


def test_an_active_pack_that_is_not_an_id_is_damage(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('active_pack = "/media/usb/x"\nrequire_signed = true\n', encoding="utf-8")
    settings, damage = read_settings(path)
    assert damage is not None
    assert settings.active_pack != "/media/usb/x" and settings.require_signed is True


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "settings.toml"
    settings = Settings(clinic_name="Riverside Spine Clinic", idle_timeout_s=120, default_language="es")
    save_settings(settings, path)
    assert load_settings(path) == settings
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.toml", "settings.toml.last-good"]


def test_a_broken_file_without_a_good_copy_fails_closed(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('clinic_name = "Riverside\nidle_timeout_s = = 3', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        settings, damage = read_settings(path)
    assert settings == replace(Settings(), require_signed=True)
    assert damage is not None and damage.last_good_at is None and "not valid TOML" in damage.reasons[0]
    backups = list(tmp_path.glob("settings.toml.broken-*"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8").startswith('clinic_name = "Riverside')
    assert path.read_text(encoding="utf-8").startswith('clinic_name = "Riverside')  # left for staff to see
    load_settings(path)
    assert "only signed packs are accepted" in str(alerts.current()[0])


def test_binary_garbage_is_damage_not_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    settings, damage = read_settings(path)
    assert damage is not None and settings.require_signed


@pytest.mark.parametrize(
    "text",
    [
        'require_signed = "true"\n',  # in quotes: text, not true
        "require_signd = false\n",  # a one-character typo
        'clinic_name = "North Clinic"\nidle_timeout_s = "soon"\n',
        "idle_countdown_s = 1\n",  # out of range
        'theme = "neon"\n',
        "require_signed = true\nrequire_signed = false\n",  # not TOML: the same key twice
        "deep = " + "[" * 50_000 + "]" * 50_000 + "\n",  # RecursionError inside tomllib
        'trusted_keys = ["a", "b"]\n',
    ],
)
def test_damaged_settings_use_the_last_good_copy(tmp_path: Path, text: str) -> None:
    _pem, public = generate_key()
    path = tmp_path / "settings.toml"
    good = Settings(clinic_name="Riverside", require_signed=True, trusted_keys={"Riverside IT": public})
    save_settings(good, path)
    path.write_text(text, encoding="utf-8")
    settings, damage = read_settings(path)
    assert settings == good
    assert damage is not None and damage.last_good_at is not None and damage.reasons
    assert load_settings(path) == good
    (shown,) = alerts.current()
    assert str(shown) == f"The settings were damaged; the last good copy from {damage.last_good_at} is in use."


def test_a_sound_read_becomes_the_last_good_copy_and_a_save_clears_the_alert(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('clinic_name = "North Clinic"\nrequire_signed = true\n', encoding="utf-8")
    assert load_settings(path).clinic_name == "North Clinic"
    path.write_text("require_signed = false\nmystery = 1\n", encoding="utf-8")
    assert load_settings(path).require_signed is True
    assert alerts.current()
    save_settings(Settings(clinic_name="South"), path)
    assert alerts.current() == []
    assert load_settings(path).clinic_name == "South"


def test_key_scopes_limit_which_packs_a_key_may_sign(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    _pem, public = generate_key()
    path.write_text(
        f'[trusted_keys]\n"Knee team" = "{public}"\n"IT" = "{public}"\n\n'
        '[trusted_key_packs]\n"Knee team" = ["knee-*"]\n',
        encoding="utf-8",
    )
    settings, damage = read_settings(path)
    assert damage is None
    assert settings.may_sign("Knee team", "knee-injection") and not settings.may_sign("Knee team", "rfa-facet")
    assert settings.may_sign("IT", "rfa-facet")
    save_settings(settings, path)
    assert load_settings(path) == settings


def test_settings_keep_only_trusted_keys_made_by_keygen(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    _pem, public = generate_key()
    path = tmp_path / "settings.toml"
    path.write_text(
        f'require_signed = true\n\n[trusted_keys]\n"Riverside IT" = "{public}"\n'
        '"Typo" = "not a key"\n"Short" = "AAAA"\n',
        encoding="utf-8",
    )
    settings = load_settings(path)
    assert settings.require_signed
    assert settings.trusted_keys == {"Riverside IT": public}
    assert "'Typo' is not a public key made by 'kiosk pack keygen'; ignored" in caplog.text


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("", True),
        ("Front-Desk", True),
        ("HP_LaserJet/duplex", True),  # a CUPS instance
        ("Brother HL-L2350DW", True),  # a Windows printer
        ("Impresora_Recepción", True),
        ("-oraw", False),  # never an option to lp
        ("Front\nDesk", False),
        (" Front", False),
        ("x" * 128, False),
    ],
)
def test_a_printer_name_is_any_name_the_print_service_can_have_and_never_an_option(name: str, ok: bool) -> None:
    from kiosk.core.settings import is_printer_name

    assert is_printer_name(name) is ok


def test_the_inbox_and_outbox_are_off_until_staff_name_them(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    assert (Settings().inbox_folder, Settings().outbox_folder) == ("", "")
    save_settings(Settings(inbox_folder="/var/lib/kiosk/inbox", outbox_folder="/var/lib/kiosk/outbox"), path)
    settings, damage = read_settings(path)
    assert damage is None
    assert (settings.inbox_folder, settings.outbox_folder) == ("/var/lib/kiosk/inbox", "/var/lib/kiosk/outbox")


@pytest.mark.parametrize(
    ("inbox", "outbox"),
    [
        ("inbox", ""),  # not a whole path
        ("/var/lib/kiosk/../../etc", ""),
        (" /var/lib/kiosk/inbox", ""),
        ("/var/lib/kiosk/in\nbox", ""),
        ("/srv/" + "x" * 500, ""),
        ("/srv/clinic", "/srv/clinic"),  # the kiosk would read its own reports as packs
        ("/srv/clinic", "/srv/clinic/reports"),
        ("/srv/clinic/packs", "/srv/clinic"),
    ],
)
def test_a_damaged_folder_setting_is_damage_and_the_last_good_copy_is_used(
    tmp_path: Path, inbox: str, outbox: str
) -> None:
    path = tmp_path / "settings.toml"
    save_settings(Settings(require_signed=True, inbox_folder="/srv/clinic/inbox"), path)
    text = path.read_text(encoding="utf-8").replace('inbox_folder = "/srv/clinic/inbox"', "")
    path.write_text(
        text + f"inbox_folder = {json_string(inbox)}\noutbox_folder = {json_string(outbox)}\n", encoding="utf-8"
    )
    settings, damage = read_settings(path)
    assert damage is not None
    assert (settings.inbox_folder, settings.outbox_folder, settings.require_signed) == ("/srv/clinic/inbox", "", True)


def test_a_damaged_folder_setting_without_a_good_copy_turns_both_folders_off(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('inbox_folder = "packs"\noutbox_folder = "/srv/out"\n', encoding="utf-8")
    settings, damage = read_settings(path)
    assert damage is not None
    assert (settings.inbox_folder, settings.outbox_folder, settings.require_signed) == ("", "", True)


def json_string(text: str) -> str:
    """``text`` as a TOML basic string (TOML's escapes are JSON's)."""
    import json

    return json.dumps(text)
