"""Settings: defaults when missing, never a crash when broken, atomic saves."""

import logging
from pathlib import Path

import pytest

from kiosk.core.install.signing import generate_key
from kiosk.core.settings import Settings, load_settings, save_settings


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "settings.toml") == Settings()


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "settings.toml"
    settings = Settings(clinic_name="Riverside Spine Clinic", idle_timeout_s=120, default_language="es")
    save_settings(settings, path)
    assert load_settings(path) == settings
    assert [p.name for p in path.parent.iterdir()] == ["settings.toml"]


def test_broken_file_gives_defaults_a_warning_and_a_kept_copy(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('clinic_name = "Riverside\nidle_timeout_s = = 3', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert load_settings(path) == Settings()
    assert "is broken" in caplog.text
    backups = list(tmp_path.glob("settings.toml.broken-*"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8").startswith('clinic_name = "Riverside')


def test_binary_garbage_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert load_settings(path) == Settings()


def test_wrong_types_and_values_fall_back_per_key(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'clinic_name = "North Clinic"\nidle_timeout_s = "soon"\nidle_countdown_s = 1\ntheme = "neon"\nmystery = true\n',
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING):
        settings = load_settings(path)
    assert settings.clinic_name == "North Clinic"
    assert settings.idle_timeout_s == Settings().idle_timeout_s
    assert settings.idle_countdown_s == Settings().idle_countdown_s
    assert settings.theme == "default"
    for word in ("idle_timeout_s", "idle_countdown_s", "theme", "mystery"):
        assert word in caplog.text


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
