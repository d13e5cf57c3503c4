"""Qt Multimedia is pointed at PipeWire only when a PipeWire server is really there."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.audio import choose_audio_backend, pipewire_server


def test_without_pipewire_s_configuration_the_kiosk_uses_pulseaudio(tmp_path: Path) -> None:
    """Debian 13 installs libpipewire for other packages without PipeWire itself: Qt crashed there."""
    (tmp_path / "pipewire-0").touch()  # even a socket is not enough without the client configuration
    env = {"XDG_RUNTIME_DIR": str(tmp_path)}
    assert not pipewire_server(env, configs=(tmp_path / "missing.conf",))
    assert choose_audio_backend(env, platform="linux", configs=(tmp_path / "missing.conf",)) == "pulseaudio"
    assert env["QT_AUDIO_BACKEND"] == "pulseaudio"  # set for Qt to read when it loads


def test_a_running_pipewire_server_is_used(tmp_path: Path) -> None:
    config = tmp_path / "client.conf"
    config.write_text("context.properties = {}\n", encoding="utf-8")
    (tmp_path / "pipewire-0").touch()
    assert pipewire_server({"XDG_RUNTIME_DIR": str(tmp_path)}, configs=(config,))
    assert not pipewire_server({"XDG_RUNTIME_DIR": str(tmp_path / "other")}, configs=(config,))
    assert pipewire_server({"PIPEWIRE_RUNTIME_DIR": str(tmp_path), "XDG_RUNTIME_DIR": "/x"}, configs=(config,))
    env = {"XDG_RUNTIME_DIR": str(tmp_path)}
    assert choose_audio_backend(env, platform="linux", configs=(config,)) == "pipewire"


def test_a_backend_set_by_hand_wins_and_other_systems_are_left_alone() -> None:
    env = {"QT_AUDIO_BACKEND": "pipewire"}
    assert choose_audio_backend(env, platform="linux") == "pipewire"
    env = {}
    assert choose_audio_backend(env, platform="win32") == "" and env == {}
