"""Sound for real: a PulseAudio server with a null sink, the kiosk in a process of its own playing
into it, and the sink's monitor recorded. Read aloud through the real speech engine
(speech-dispatcher with espeak-ng, not Qt's mock), a narrated page, and the bundled video's sound
track must each be heard (not silence) for within 20% of the time they should take.

Needs Debian's pulseaudio, pulseaudio-utils, speech-dispatcher and espeak-ng (deploy/ci-packages.txt);
the test fails, never skips, without them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from kiosk.core.checks.media import probe_audio
from kiosk.core.content.media import read_vtt
from kiosk.core.content.narrate import Espeak, narrate, page_passages
from kiosk.core.content.reader import load_pack
from kiosk.core.paths import BUNDLED_CONTENT_DIR, PROJECT_ROOT

RATE = 16000
#: A 20 ms frame louder than this (in dB below full scale) is sound; quieter is silence.
SOUND_DBFS = -45.0
TOLERANCE = 0.20


@dataclass
class AudioServer:
    env: dict[str, str]
    runtime: Path

    def record(self, mode: str, pack: Path, page: str) -> np.ndarray:
        """Run the kiosk child in ``mode`` and return what the null sink played, as floats at ``RATE``."""
        return self.record_with_output(mode, pack, page)[0]

    def record_with_output(self, mode: str, pack: Path, page: str) -> tuple[np.ndarray, str]:
        """What the null sink played, and what the child printed."""
        raw = self.runtime / f"{mode}.raw"
        with raw.open("wb") as out:
            recorder = subprocess.Popen(
                ["parec", "-d", "kiosk_null.monitor", f"--rate={RATE}", "--channels=1", "--format=s16le", "--raw"],
                stdout=out,
                env=self.env,
            )
            try:
                child = subprocess.run(
                    [sys.executable, "-m", "tests.sound_child", mode, str(pack), page],
                    env=self.env,
                    cwd=PROJECT_ROOT,
                    capture_output=True,
                    text=True,
                    timeout=120,
                    check=False,
                )
            finally:
                recorder.terminate()
                recorder.wait(timeout=10)
        assert child.returncode == 0, f"the kiosk could not play {mode}: {child.stderr[-2000:]}"
        return np.frombuffer(raw.read_bytes(), dtype=np.int16).astype(np.float32) / 32768.0, child.stdout


def heard_ms(samples: np.ndarray) -> int:
    """From the first to the last 20 ms frame with sound in it (0 when all of it is silence)."""
    frame = RATE // 50
    count = len(samples) // frame
    if count == 0:
        return 0
    frames = samples[: count * frame].reshape(count, frame)
    level = 20 * np.log10(np.sqrt(np.mean(frames**2, axis=1)) + 1e-9)
    loud = np.flatnonzero(level > SOUND_DBFS)
    return 0 if len(loud) == 0 else int((loud[-1] - loud[0] + 1) * 20)


def assert_lasts(samples: np.ndarray, expected_ms: int) -> None:
    heard = heard_ms(samples)
    assert heard > 0, "the recording is silent"
    assert abs(heard - expected_ms) <= TOLERANCE * expected_ms, f"heard {heard} ms, expected about {expected_ms} ms"


@pytest.fixture(scope="module")
def audio_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AudioServer]:
    """A private PulseAudio server whose default sink is a null sink; speech-dispatcher, started by
    the kiosk's first words, uses it too and is stopped with it."""
    for tool in ("pulseaudio", "parec", "speech-dispatcher"):
        assert shutil.which(tool), f"{tool} is not installed (see deploy/ci-packages.txt)"
    runtime = tmp_path_factory.mktemp("sound")
    runtime.chmod(0o700)
    socket = runtime / "pulse.sock"
    env = {
        **os.environ,
        "XDG_RUNTIME_DIR": str(runtime),
        "HOME": str(runtime),
        "PULSE_SERVER": f"unix:{socket}",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("KIOSK_DATA_DIR", None)
    env["KIOSK_DATA_DIR"] = str(runtime / "data")
    command = ["pulseaudio", "-n", "--daemonize=yes", "--use-pid-file=yes", "--exit-idle-time=-1"]
    command += [
        f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1",
        "--load=module-null-sink sink_name=kiosk_null rate=48000",
        "--load=module-always-sink",
    ]
    started = subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert started.returncode == 0, f"PulseAudio did not start: {started.stderr}"
    try:
        yield AudioServer(env, runtime)
    finally:
        speechd = runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
        if speechd.is_file():
            with contextlib.suppress(ValueError, ProcessLookupError):
                os.kill(int(speechd.read_text().strip()), signal.SIGTERM)
        subprocess.run(["pulseaudio", "--kill"], env=env, check=False, timeout=30)


def spoken_ms(pack_dir: Path, page_id: str) -> int:
    """How long espeak-ng itself takes to say the page's passages (its own samples, not a guess)."""
    pack = load_pack(pack_dir).pack
    assert pack is not None
    page = pack.pages[pack.page_index(page_id) or 0]
    cues = narrate(Espeak.shared(), page_passages(pack, page, "en"), "en").cues
    return cues[-1].end_ms - cues[0].start_ms


def test_read_aloud_speaks_through_the_real_engine(audio_server: AudioServer, pack_dir: Path) -> None:
    samples = audio_server.record("speech", pack_dir, "joints")
    assert_lasts(samples, spoken_ms(pack_dir, "joints"))


def test_a_narrated_page_is_heard_for_as_long_as_its_recording(audio_server: AudioServer, pack_dir: Path) -> None:
    from kiosk.app import main

    assert main(["pack", "narrate", str(pack_dir), "--page", "joints", "--lang", "en"]) == 0
    assert main(["pack", "narrate", str(pack_dir), "--page", "joints", "--lang", "es"]) == 0
    cues = read_vtt(pack_dir / "media" / "en" / "joints.vtt")
    assert probe_audio(pack_dir / "media" / "en" / "joints.opus").duration_ms >= cues[-1].end_ms - 100
    samples = audio_server.record("narration", pack_dir, "joints")
    assert_lasts(samples, cues[-1].end_ms - cues[0].start_ms)


def test_the_bundled_videos_sound_track_is_heard(audio_server: AudioServer) -> None:
    pack = BUNDLED_CONTENT_DIR / "rfa-facet"
    captions = read_vtt(pack / "media" / "en" / "probe-animation.vtt")
    samples = audio_server.record("video", pack, "procedure-day")
    assert_lasts(samples, captions[-1].end_ms - captions[0].start_ms)


def test_speech_mode_speaks_the_attract_screen_through_the_real_engine(audio_server: AudioServer) -> None:
    """A key on the attract screen: the welcome, the loudspeaker note and the screen are heard, for
    as long as espeak-ng takes to say them (speech-dispatcher speaks with espeak-ng here)."""
    samples, printed = audio_server.record_with_output("speech-mode", BUNDLED_CONTENT_DIR / "rfa-facet", "-")
    passages = [line for line in printed.splitlines() if line.strip()]
    assert any("Speech is on" in line for line in passages), printed
    expected = narrate(Espeak.shared(), passages, "en").cues
    assert_lasts(samples, expected[-1].end_ms - expected[0].start_ms)
