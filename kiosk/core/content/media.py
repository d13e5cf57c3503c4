"""A page's narration and video (pack format 2), and the WebVTT cues that time their words.

Page header keys, each in the page file of the language it belongs to:

- ``narration``: a recording of the page (Ogg Opus or MP3) in ``media/<lang>/`` or ``media/``;
- ``narration-cues``: optional WebVTT cues, one per word or sentence, that mark the words as
  they are heard;
- ``video``: a short video (MP4 with H.264, or WebM) in ``media/<lang>/`` or ``media/``;
- ``poster``: the picture shown before the video starts, in ``images/`` like any picture;
- ``captions``: the video's WebVTT captions in this language (required with a video).

Authors read about them in ``docs/content-packs.md`` ("Narration and video (format 2)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.content.model import ContentPack, Page, PageText
from kiosk.core.paths import resolve_inside

MEDIA_FOLDER = "media"
NARRATION_SUFFIXES = (".opus", ".ogg", ".mp3")
VIDEO_SUFFIXES = (".mp4", ".webm")
CUES_SUFFIX = ".vtt"

_TIMING = re.compile(
    r"^\s*((?:\d+:)?\d{2}:\d{2}\.\d{3})\s+-->\s+((?:\d+:)?\d{2}:\d{2}\.\d{3})(?:\s+.*)?$",
)
_TAG = re.compile(r"<[^>]*>")
_EXAMPLE = "00:01.000 --> 00:02.500"


@dataclass(frozen=True, slots=True)
class Cue:
    """Words heard (or a caption shown) from ``start_ms`` until ``end_ms``."""

    start_ms: int
    end_ms: int
    text: str
    line: int = 0


@dataclass(frozen=True)
class PageMedia:
    """What a page plays in one language; every path is inside the pack, or None."""

    narration: Path | None = None
    narration_cues: Path | None = None
    video: Path | None = None
    poster: Path | None = None
    captions: Path | None = None

    @property
    def empty(self) -> bool:
        return self.narration is None and self.video is None


def media_path(pack: ContentPack, name: str, lang: str) -> Path | None:
    """The media file ``name`` for ``lang``: ``media/<lang>/name`` first, then ``media/name``."""
    if not name:
        return None
    folder = pack.root / MEDIA_FOLDER
    found = resolve_inside(folder / lang, name) or resolve_inside(folder, name)
    return found if found is not None and found.is_file() else None


def header_value(text: PageText, key: str) -> str:
    return text.header.get(key, ("", 0))[0].strip()


def page_media(pack: ContentPack, page: Page, lang: str) -> PageMedia:
    """The narration and video of ``page`` in ``lang`` (missing files are left out: validate reports them)."""
    text = page.texts.get(lang)
    if text is None:
        return PageMedia()
    poster = header_value(text, "poster")
    return PageMedia(
        narration=media_path(pack, header_value(text, "narration"), lang),
        narration_cues=media_path(pack, header_value(text, "narration-cues"), lang),
        video=media_path(pack, header_value(text, "video"), lang),
        poster=pack.image_path(poster, lang) if poster else None,
        captions=media_path(pack, header_value(text, "captions"), lang),
    )


# -- WebVTT -----------------------------------------------------------------------------------------


def _ms(stamp: str) -> int:
    parts = stamp.split(":")
    seconds = float(parts[-1])
    minutes = int(parts[-2])
    hours = int(parts[-3]) if len(parts) == 3 else 0
    return round(((hours * 60 + minutes) * 60 + seconds) * 1000)


def parse_vtt(source: str) -> tuple[list[Cue], list[tuple[int, str]]]:
    """The cues of a WebVTT file, and its problems as (line, message); tags inside cue text are dropped."""
    lines = source.lstrip("\ufeff").splitlines()
    problems: list[tuple[int, str]] = []
    if not lines or not (lines[0] == "WEBVTT" or lines[0].startswith(("WEBVTT ", "WEBVTT\t"))):
        return [], [(1, "a WebVTT file starts with the line 'WEBVTT'")]
    cues: list[Cue] = []
    index = 1
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        block_start = index
        block: list[str] = []
        while index < len(lines) and lines[index].strip():
            block.append(lines[index])
            index += 1
        if block[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        timing_at = 0 if "-->" in block[0] else 1
        if timing_at >= len(block) or not (match := _TIMING.match(block[timing_at])):
            problems.append((block_start + 1 + timing_at, f"a cue needs a timing line such as '{_EXAMPLE}'"))
            continue
        start, end = _ms(match.group(1)), _ms(match.group(2))
        text = " ".join(_TAG.sub("", part).strip() for part in block[timing_at + 1 :]).strip()
        number = block_start + 1 + timing_at
        if end <= start:
            problems.append((number, "a cue must end after it starts"))
            continue
        if cues and start < cues[-1].start_ms:
            problems.append((number, "cues must be in time order"))
        if not text:
            problems.append((number, "a cue has no text"))
            continue
        cues.append(Cue(start, end, text, number))
    if not cues and not problems:
        problems.append((1, "the WebVTT file has no cues"))
    return cues, problems


def read_vtt(path: Path) -> list[Cue]:
    """The cues of ``path``; an unreadable file gives none (``kiosk validate`` says why)."""
    try:
        return parse_vtt(path.read_text(encoding="utf-8"))[0]
    except (OSError, UnicodeDecodeError):
        return []


def _stamp(ms: int) -> str:
    hours, rest = divmod(max(0, ms), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def format_vtt(cues: list[Cue]) -> str:
    """WebVTT text for ``cues`` (``parse_vtt`` reads it back unchanged)."""
    parts = ["WEBVTT", ""]
    for cue in cues:
        parts += [f"{_stamp(cue.start_ms)} --> {_stamp(cue.end_ms)}", cue.text.replace("\n", " "), ""]
    return "\n".join(parts)


def cue_at(cues: list[Cue], ms: int) -> Cue | None:
    """The cue showing at ``ms`` (the latest one to start, while it lasts)."""
    found = None
    for cue in cues:
        if cue.start_ms > ms:
            break
        if cue.end_ms > ms:
            found = cue
    return found
