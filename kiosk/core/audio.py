"""Which sound system Qt Multimedia talks to, chosen before it loads.

Qt 6.12 prefers PipeWire whenever its client library can be loaded. Debian installs that library
as a dependency of other packages (speech-dispatcher, for one) on machines that run no PipeWire
at all, without PipeWire's own configuration; Qt then crashes the first time it plays a sound
(``kiosk validate`` on a pack with narration did, on a bare Debian 13). So PipeWire is used only
when a PipeWire server is really there to talk to; otherwise PulseAudio, which is also what
PipeWire's own PulseAudio service answers to. ``QT_AUDIO_BACKEND`` set by hand always wins.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

#: Qt's own environment variable for its Linux audio backend.
BACKEND_VARIABLE = "QT_AUDIO_BACKEND"
#: Where PipeWire keeps its client configuration (one must exist for its library to start).
CLIENT_CONFIGS = (Path("/usr/share/pipewire/client.conf"), Path("/etc/pipewire/client.conf"))


def pipewire_server(environ: MutableMapping[str, str], configs: tuple[Path, ...] = CLIENT_CONFIGS) -> bool:
    """A PipeWire server this process could reach, with the configuration its library needs."""
    if not any(path.is_file() for path in configs):
        return False
    folder = environ.get("PIPEWIRE_RUNTIME_DIR") or environ.get("XDG_RUNTIME_DIR") or ""
    name = environ.get("PIPEWIRE_REMOTE") or "pipewire-0"
    return bool(folder) and (Path(folder) / name).exists()


def choose_audio_backend(
    environ: MutableMapping[str, str] | None = None,
    platform: str = sys.platform,
    configs: tuple[Path, ...] = CLIENT_CONFIGS,
) -> str:
    """Set ``QT_AUDIO_BACKEND`` (Linux only, unless already set) and return what it is."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return env.get(BACKEND_VARIABLE, "")
    if not env.get(BACKEND_VARIABLE):
        env[BACKEND_VARIABLE] = "pipewire" if pipewire_server(env, configs) else "pulseaudio"
    return env[BACKEND_VARIABLE]
