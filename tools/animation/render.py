"""Render the bundled pack's probe animation from its own diagram, in every language of the pack.

    .venv/bin/python tools/animation/render.py [--pack content/rfa-facet] [--lang en]

The frames are the pack's ``images/<lang>/probe.svg`` with its probe, glow and nerve moved and
recoloured frame by frame (the probe travels to the nerve, its tip warms, the pain signals that
ran along the nerve stop). Each caption sentence is spoken by espeak-ng on its own; the sentence
cues (the captions) are where each one starts and ends in the sound track, and the animation's
steps start with them. Frames and sound are encoded with Debian's ffmpeg (``apt-get install
ffmpeg espeak-ng``) as H.264 + AAC in MP4, with bit-exact flags so a second run gives the same
file. Writes ``media/<lang>/probe-animation.mp4``, ``media/<lang>/probe-animation.vtt`` and the
poster ``images/<lang>/probe-animation-poster.svg`` (the first frame).
"""

from __future__ import annotations

import argparse
import math
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.core.content.media import Cue, format_vtt  # noqa: E402
from kiosk.core.content.narrate import Espeak  # noqa: E402

FPS = 24
SIZE = (800, 700)
#: Silence before the first sentence, between sentences, and after the last.
LEAD_MS, GAP_MS, TAIL_MS = 600, 500, 1200

#: One sentence per step of the animation, in each language (plain words, CONTENT.md).
SENTENCES = {
    "en": (
        "The doctor uses an X-ray to guide a thin probe.",
        "The probe moves slowly to a small nerve.",
        "Then the tip warms the nerve with radio waves.",
        "For a time, the nerve stops sending pain signals.",
    ),
    "es": (
        "El médico usa rayos X para guiar una aguja delgada.",
        "La aguja llega despacio a un nervio pequeño.",
        "Luego la punta calienta el nervio con ondas de radio.",
        "Por un tiempo, el nervio deja de enviar señales de dolor.",
    ),
}

# Where the probe lies in probe.svg: its tip at (318, 446), pointing left and a little down.
PROBE_START = (250.0, -31.6)  # how far back (up the probe's line) it starts
NERVE = ((92.0, 530.0), (150.0, 482.0), (330.0, 462.0), (400.0, 455.0), (446.0, 494.0))
NERVE_COLOUR, QUIET_NERVE = (0xD9, 0x82, 0x2B), (0xB8, 0xA8, 0x96)


@dataclass(frozen=True)
class Steps:
    """When each step starts (ms): probe shown, probe moves, tip warms, signals stop; and the end."""

    moves: int
    warms: int
    stops: int
    end: int


def ease(t: float) -> float:
    t = min(1.0, max(0.0, t))
    return t * t * (3 - 2 * t)


def on_nerve(t: float) -> tuple[float, float]:
    """A point along the nerve (two quadratic curves), ``t`` from 0 (left) to 1 (right)."""
    (x0, y0), (cx1, cy1), (x1, y1), (cx2, cy2), (x2, y2) = NERVE
    if t < 0.5:
        u = t * 2
        a, c, b = (x0, y0), (cx1, cy1), (x1, y1)
    else:
        u = (t - 0.5) * 2
        a, c, b = (x1, y1), (cx2, cy2), (x2, y2)
    return (
        (1 - u) ** 2 * a[0] + 2 * (1 - u) * u * c[0] + u * u * b[0],
        (1 - u) ** 2 * a[1] + 2 * (1 - u) * u * c[1] + u * u * b[1],
    )


def frame_svg(template: str, ms: int, steps: Steps) -> str:
    """The diagram at ``ms``: probe position, glow, nerve colour and the signals along the nerve."""
    back = 1.0 - ease((ms - steps.moves) / max(1, steps.warms - steps.moves - 300))
    dx, dy = PROBE_START[0] * back, PROBE_START[1] * back
    svg = template
    probe = re.compile(r'(<line x1="650" y1="404".*?/>\n<line x1="340" y1="438".*?/>\n<rect x="640".*?/>)', re.S)
    svg = probe.sub(lambda m: f'<g transform="translate({dx:.1f} {dy:.1f})">{m.group(1)}</g>', svg)
    heat = ease((ms - steps.warms) / 800) * (0.75 + 0.25 * math.sin(ms / 140)) if ms >= steps.warms else 0.0
    calm = ease((ms - steps.stops) / 1200)
    if ms >= steps.stops:
        heat *= 1 - calm * 0.6
    svg = svg.replace('<circle cx="318" cy="446" r="40" fill="url(#glow)"/>', "")
    glow = f'<circle cx="318" cy="446" r="{34 + 14 * heat:.1f}" fill="url(#glow)" fill-opacity="{heat:.2f}"/>'
    colour = "#" + "".join(f"{round(a + (b - a) * calm):02x}" for a, b in zip(NERVE_COLOUR, QUIET_NERVE, strict=True))
    svg = svg.replace('stroke="#d9822b" stroke-width="12"', f'stroke="{colour}" stroke-width="12"')
    signals = ""
    fade = 1 - calm
    if fade > 0:
        for number in range(3):  # pain signals running along the nerve towards the spine
            t = ((ms / 2200) + number / 3) % 1.0
            x, y = on_nerve(1 - t)
            signals += f'<circle cx="{x:.1f}" cy="{y:.1f}" r="9" fill="#c0392b" fill-opacity="{0.85 * fade:.2f}"/>'
    label = ease((ms - steps.warms) / 600)  # "Heated tip" appears when the tip warms
    svg = svg.replace(
        'fill="#a8321f" text-anchor="end"', f'fill="#a8321f" fill-opacity="{label:.2f}" text-anchor="end"'
    )
    # The probe comes in from outside the close-up: cover what is beyond its right edge, redraw the edge.
    edge = (
        '<rect x="762" y="360" width="38" height="340" fill="#ffffff"/>'
        '<rect x="40" y="380" width="720" height="300" rx="22" fill="none" stroke="#0b6e99" stroke-width="4"/>'
    )
    return svg.replace("</svg>", glow + signals + edge + "</svg>")


def sound_and_cues(lang: str) -> tuple[list[int], int, list[Cue]]:
    """Each sentence spoken on its own; the cues are where each one starts and ends in the track."""
    engine = Espeak()
    rate = engine.rate
    samples: list[int] = [0] * (rate * LEAD_MS // 1000)
    cues: list[Cue] = []
    for number, sentence in enumerate(SENTENCES[lang]):
        if number:
            samples.extend([0] * (rate * GAP_MS // 1000))
        start = len(samples) * 1000 // rate
        samples.extend(engine.speak(sentence, lang).samples)
        cues.append(Cue(start, len(samples) * 1000 // rate, sentence))
    samples.extend([0] * (rate * TAIL_MS // 1000))
    return samples, rate, cues


def render(pack: Path, lang: str) -> None:
    import soundfile  # noqa: PLC0415
    from PySide6.QtCore import QByteArray, QRectF  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    from kiosk.ui import theme  # noqa: PLC0415

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    theme.load_fonts()
    template = (pack / "images" / lang / "probe.svg").read_text(encoding="utf-8")
    samples, rate, cues = sound_and_cues(lang)
    end = len(samples) * 1000 // rate
    steps = Steps(moves=cues[1].start_ms, warms=cues[2].start_ms, stops=cues[3].start_ms, end=end)
    media = pack / "media" / lang
    media.mkdir(parents=True, exist_ok=True)
    poster = frame_svg(template, 0, steps)
    (pack / "images" / lang / "probe-animation-poster.svg").write_text(poster, encoding="utf-8")
    (media / "probe-animation.vtt").write_text(format_vtt(cues), encoding="utf-8")
    out = media / "probe-animation.mp4"
    with tempfile.TemporaryDirectory() as scratch:
        wav = Path(scratch) / "sound.wav"
        soundfile.write(str(wav), [s / 32768.0 for s in samples], rate, subtype="PCM_16")
        command = [
            "ffmpeg", "-y", "-loglevel", "error",
            "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{SIZE[0]}x{SIZE[1]}", "-r", str(FPS), "-i", "-",
            "-i", str(wav),
            "-map", "0:v", "-map", "1:a", "-shortest",
            "-c:v", "libx264", "-preset", "slow", "-crf", "30", "-tune", "animation", "-threads", "1",
            "-pix_fmt", "yuv420p", "-profile:v", "main", "-g", str(FPS * 2),
            "-c:a", "aac", "-b:a", "48k", "-ac", "1",
            "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact", "-map_metadata", "-1",
            "-movflags", "+faststart", str(out),
        ]  # fmt: skip
        encoder = subprocess.Popen(command, stdin=subprocess.PIPE)
        assert encoder.stdin is not None
        image = QImage(SIZE[0], SIZE[1], QImage.Format.Format_RGB888)
        for frame in range(end * FPS // 1000):
            image.fill(0xFFFFFF)
            renderer = QSvgRenderer(QByteArray(frame_svg(template, frame * 1000 // FPS, steps).encode()))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, *SIZE))
            painter.end()
            encoder.stdin.write(bytes(image.constBits())[: SIZE[0] * SIZE[1] * 3])
        encoder.stdin.close()
        if encoder.wait() != 0:
            raise SystemExit(f"ffmpeg failed for {out}")
    del app
    print(f"{out.relative_to(pack)}: {end / 1000:.1f} s, {out.stat().st_size / 1024:.0f} KiB, {len(cues)} captions")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pack", type=Path, default=ROOT / "content" / "rfa-facet")
    parser.add_argument("--lang", action="append", help="only this language (default: every one with sentences)")
    args = parser.parse_args()
    for lang in args.lang or list(SENTENCES):
        render(args.pack, lang)


if __name__ == "__main__":
    main()
