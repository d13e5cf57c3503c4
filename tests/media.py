"""Small media files made on demand for tests: tones as Ogg Opus, MP3 or Ogg Vorbis, and WebVTT."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import soundfile

from kiosk.core.paths import BUNDLED_CONTENT_DIR

#: The bundled animation: a real H.264 + AAC video with English and Spanish captions.
ANIMATION = BUNDLED_CONTENT_DIR / "rfa-facet" / "media" / "en" / "probe-animation.mp4"
ANIMATION_POSTER = BUNDLED_CONTENT_DIR / "rfa-facet" / "images" / "en" / "probe-animation-poster.svg"


def tone(path: Path, seconds: float, *, subtype: str = "OPUS", fmt: str = "OGG", rate: int = 48000) -> Path:
    """A 440 Hz tone of ``seconds`` written with soundfile (Ogg Opus unless told otherwise)."""
    times = np.arange(int(seconds * rate)) / rate
    samples = (0.3 * np.sin(2 * np.pi * 440 * times)).astype(np.float32)
    path.parent.mkdir(parents=True, exist_ok=True)
    soundfile.write(str(path), samples, rate, format=fmt, subtype=subtype)
    return path


def vtt(path: Path, cues: list[tuple[float, float, str]]) -> Path:
    lines = ["WEBVTT", ""]
    for start, end, text in cues:
        lines += [f"{stamp(start)} --> {stamp(end)}", text, ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def stamp(seconds: float) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes):02d}:{rest:06.3f}"


def add_header(page_file: Path, values: dict[str, str]) -> None:
    """Add header lines to a page file (before its blank line)."""
    text = page_file.read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    extra = "".join(f"\n{key}: {value}" for key, value in values.items())
    page_file.write_text(f"{head}{extra}\n\n{body}", encoding="utf-8")


def use_format_2(pack: Path) -> None:
    toml = pack / "pack.toml"
    text = toml.read_text(encoding="utf-8")
    if "format = 1" in text:  # format 2 also names the review's status (docs/content-packs.md)
        text = text.replace("format = 1", "format = 2", 1).replace("[review]\n", '[review]\nstatus = "reviewed"\n', 1)
    toml.write_text(text, encoding="utf-8")


def narrated(pack: Path, page: str = "block", seconds: float = 2.0) -> Path:
    """Give ``page`` of a demo pack a narration (a tone) with a cue for each of its words in both languages."""
    from kiosk.core.content.narrate import page_passages
    from kiosk.core.content.reader import load_pack

    use_format_2(pack)
    for lang in ("en", "es"):
        add_header(pack / lang / f"{page}.md", {"narration": f"{page}.opus", "narration-cues": f"{page}.vtt"})
    loaded = load_pack(pack, check_words=False).pack
    assert loaded is not None
    shown = next(p for p in loaded.pages if p.id == page)
    for lang in ("en", "es"):
        tone(pack / "media" / lang / f"{page}.opus", seconds)
        words = " ".join(page_passages(loaded, shown, lang)).split()
        step = seconds / (len(words) + 1)
        vtt(pack / "media" / lang / f"{page}.vtt", [(i * step, (i + 1) * step, w) for i, w in enumerate(words)])
    return pack


def with_video(pack: Path, page: str = "after") -> Path:
    """Give ``page`` of a demo pack the bundled animation, its poster and captions in both languages."""
    use_format_2(pack)
    (pack / "media").mkdir(exist_ok=True)
    shutil.copy(ANIMATION, pack / "media" / "clip.mp4")
    shutil.copy(ANIMATION_POSTER, pack / "images" / "clip-poster.svg")
    captions = {"en": ("The probe moves.", "The tip warms."), "es": ("La aguja llega.", "La punta calienta.")}
    for lang, (first, second) in captions.items():
        vtt(pack / "media" / lang / "clip.vtt", [(0.5, 4.0, first), (4.5, 9.0, second)])
        header = {"video": "clip.mp4", "poster": "clip-poster.svg", "captions": "clip.vtt"}
        add_header(pack / lang / f"{page}.md", {**header, "alt": "A probe moves to a nerve"})
    return pack
