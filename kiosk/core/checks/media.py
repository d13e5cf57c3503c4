"""Narration and video checked from their bytes: container, codec, duration, size, and the cues.

Audio is read with mutagen, video with pymediainfo (MediaInfo's library, carried in its wheel).
Nothing here decodes a picture or a sound; whether Qt can play a file is checked by
``kiosk/ui/checks/media.py``, which ``kiosk validate`` runs after these checks pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.content.media import (
    CUES_SUFFIX,
    NARRATION_SUFFIXES,
    VIDEO_SUFFIXES,
    Cue,
    header_value,
    media_path,
    parse_vtt,
    read_vtt,
)
from kiosk.core.content.model import MEDIA_HEADER_KEYS, ContentPack, Page, PageText
from kiosk.core.content.narrate import page_passages
from kiosk.core.problems import Problem, Severity

#: Longest narration, and its largest file (a page read slowly takes about two minutes).
NARRATION_MAX_S = 300
NARRATION_MAX_BYTES = 8 * 1024 * 1024
#: Longest video and its largest file: a kiosk shows short clips, and a pack stays small.
VIDEO_MAX_S = 180
VIDEO_MAX_BYTES = 25 * 1024 * 1024
VIDEO_MAX_WIDTH, VIDEO_MAX_HEIGHT = 1920, 1080
#: How far past the end of the media a cue may run (encoders round the length to a frame).
CUE_SLACK_MS = 100

AUDIO_CODECS = {"opus": "Ogg Opus", "mp3": "MP3"}
VIDEO_CODECS = {"mp4": ("AVC",), "webm": ("VP8", "VP9", "AV1")}
VIDEO_AUDIO_CODECS = {"mp4": ("AAC", "Opus", "MPEG Audio"), "webm": ("Opus", "Vorbis")}


@dataclass(frozen=True)
class MediaFacts:
    """What the bytes of a media file say; ``problem`` is "" when the file is of a kind the kiosk plays."""

    container: str = ""
    video_codec: str = ""
    audio_codec: str = ""
    duration_ms: int = 0
    width: int = 0
    height: int = 0
    problem: str = ""


def probe_audio(path: Path) -> MediaFacts:
    """Ogg Opus or MP3, with its length; anything else says what it is not."""
    import mutagen  # noqa: PLC0415  (only validate and narrate read media)
    from mutagen.mp3 import MP3  # noqa: PLC0415
    from mutagen.oggopus import OggOpus  # noqa: PLC0415

    try:
        found = mutagen.File(path)
    except (mutagen.MutagenError, OSError, ValueError) as err:
        return MediaFacts(problem=f"cannot be read as audio ({err})")
    length = float(getattr(getattr(found, "info", None), "length", 0) or 0)
    if isinstance(found, OggOpus):
        facts = MediaFacts("ogg", audio_codec="opus", duration_ms=round(length * 1000))
    elif isinstance(found, MP3):
        facts = MediaFacts("mp3", audio_codec="mp3", duration_ms=round(length * 1000))
    else:
        kind = type(found).__name__ if found is not None else "not a sound file the kiosk knows"
        return MediaFacts(problem=f"narration must be Ogg Opus or MP3; this is {kind}")
    if facts.duration_ms <= 0:
        return MediaFacts(problem="the recording has no sound in it (length 0)")
    return facts


def probe_video(path: Path) -> MediaFacts:
    """MP4 with H.264 or WebM with VP8/VP9/AV1 video, its length and picture size."""
    from pymediainfo import MediaInfo  # noqa: PLC0415  (only validate reads media)

    try:
        info = MediaInfo.parse(path)
    except (OSError, RuntimeError, ValueError) as err:
        return MediaFacts(problem=f"cannot be read as a video ({err})")
    general = next((t for t in info.tracks if t.track_type == "General"), None)
    video = next((t for t in info.tracks if t.track_type == "Video"), None)
    audio = next((t for t in info.tracks if t.track_type == "Audio"), None)
    container = {"MPEG-4": "mp4", "WebM": "webm"}.get(str(getattr(general, "format", "") or ""), "")
    if not container:
        what = getattr(general, "format", None) or "not a video file"
        return MediaFacts(problem=f"a video must be MP4 (H.264) or WebM; this is {what}")
    if video is None:
        return MediaFacts(container, problem="the file has no video track")
    codec = str(video.format or "")
    if codec not in VIDEO_CODECS[container]:
        allowed = " or ".join(VIDEO_CODECS[container])
        return MediaFacts(container, codec, problem=f"its video is {codec or 'of no known kind'}; use {allowed}")
    sound = str(audio.format or "") if audio is not None else ""
    if sound and sound not in VIDEO_AUDIO_CODECS[container]:
        allowed = " or ".join(VIDEO_AUDIO_CODECS[container])
        return MediaFacts(container, codec, sound, problem=f"its sound is {sound}; in this container use {allowed}")
    duration = float(getattr(general, "duration", None) or getattr(video, "duration", None) or 0)
    width, height = int(video.width or 0), int(video.height or 0)
    if duration <= 0:
        return MediaFacts(container, codec, sound, problem="the video has no length")
    return MediaFacts(container, codec, sound, round(duration), width, height)


def _size_problem(path: Path, limit: int) -> str:
    size = path.stat().st_size
    if size > limit:
        return f"the file is {size / 1_048_576:.1f} MiB; at most {limit / 1_048_576:.0f} MiB is allowed"
    return ""


def cue_problems(path: Path, duration_ms: int) -> list[tuple[int | None, str]]:
    """Problems of a WebVTT file whose cues must fall within ``duration_ms`` (0: no limit)."""
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        return [(None, f"cannot be read as UTF-8 text ({err})")]
    cues, found = parse_vtt(source)
    problems: list[tuple[int | None, str]] = [(line, message) for line, message in found]
    if duration_ms:
        late: list[Cue] = [cue for cue in cues if cue.end_ms > duration_ms + CUE_SLACK_MS]
        if late:
            problems.append(
                (
                    late[0].line,
                    f"{len(late)} cue(s) end after the media does ({late[0].end_ms / 1000:.1f} s, "
                    f"the media lasts {duration_ms / 1000:.1f} s)",
                )
            )
    return problems


class _MediaChecker:
    def __init__(self, pack: ContentPack) -> None:
        self.pack = pack
        self.problems: list[Problem] = []
        self._facts: dict[Path, MediaFacts] = {}

    def add(self, file: str, line: int | None, message: str, severity: Severity = Severity.ERROR) -> None:
        self.problems.append(Problem(file, line, message, severity))

    def facts(self, path: Path, video: bool) -> MediaFacts:
        if path not in self._facts:
            self._facts[path] = probe_video(path) if video else probe_audio(path)
        return self._facts[path]

    def rel(self, path: Path) -> str:
        return path.relative_to(self.pack.root).as_posix()

    def run(self) -> list[Problem]:
        for page in self.pack.pages:
            self.page(page)
        return self.problems

    def page(self, page: Page) -> None:
        texts = list(page.texts.values())
        used = [(t, k) for t in texts for k in MEDIA_HEADER_KEYS if header_value(t, k)]
        if used and self.pack.format < 2:
            text, key = min(used, key=lambda pair: (pair[0].file, pair[0].header[pair[1]][1]))
            self.add(text.file, text.header[key][1], f"'{key}:' needs format = 2 in pack.toml")
            return
        narrated = [t for t in texts if header_value(t, "narration")]
        if narrated and len(narrated) < len(texts):
            for text in texts:
                if text not in narrated:
                    self.add(text.file, 1, "other languages of this page have narration; give it one too, or none")
        with_video = [t for t in texts if header_value(t, "video")]
        if with_video and len(with_video) < len(texts):
            for text in texts:
                if text not in with_video:
                    self.add(text.file, 1, "other languages of this page show a video; this one needs 'video:' too")
        for text in texts:
            self.narration(page, text)
            self.video(page, text)

    def _file(self, text: PageText, key: str, suffixes: tuple[str, ...]) -> Path | None:
        name = header_value(text, key)
        line = text.header[key][1]
        if not name.lower().endswith(suffixes):
            self.add(text.file, line, f"'{key}: {name}' must end in {' or '.join(suffixes)}")
            return None
        path = media_path(self.pack, name, text.lang)
        if path is None:
            self.add(text.file, line, f"'{name}' is not in media/{text.lang}/ or media/")
        return path

    def narration(self, page: Page, text: PageText) -> None:
        if header_value(text, "narration-cues") and not header_value(text, "narration"):
            self.add(text.file, text.header["narration-cues"][1], "'narration-cues:' needs a 'narration:' line")
        if not header_value(text, "narration"):
            return
        path = self._file(text, "narration", NARRATION_SUFFIXES)
        if path is None:
            return
        facts = self.facts(path, video=False)
        problem = facts.problem or _size_problem(path, NARRATION_MAX_BYTES)
        if not problem and facts.duration_ms > NARRATION_MAX_S * 1000:
            problem = f"the narration lasts {facts.duration_ms / 1000:.0f} s; at most {NARRATION_MAX_S} s is allowed"
        if problem:
            self.add(self.rel(path), None, problem)
            return
        if header_value(text, "narration-cues"):
            cues = self._file(text, "narration-cues", (CUES_SUFFIX,))
            if cues is not None:
                problems = cue_problems(cues, facts.duration_ms)
                for line, message in problems:
                    self.add(self.rel(cues), line, message)
                if not problems:
                    self.cues_say_the_page(page, text, cues)

    def cues_say_the_page(self, page: Page, text: PageText, cues: Path) -> None:
        """Narration cues mark the page's words as they are heard: they must be the page's words.

        A page edited after its narration was made would otherwise be read out (and marked) with
        its old words, which may leave out a warning sign added since.
        """
        heard = _words(" ".join(cue.text for cue in read_vtt(cues)))
        shown = _words(" ".join(page_passages(self.pack, page, text.lang)))
        if heard == shown:
            return
        pairs = enumerate(zip(heard, shown, strict=False))
        at = next((n for n, (a, b) in pairs if a != b), min(len(heard), len(shown)))
        said = " ".join(heard[at : at + 4]) or "nothing more"
        written = " ".join(shown[at : at + 4]) or "nothing more"
        self.add(
            self.rel(cues),
            None,
            f"the narration does not say this page's words (at word {at + 1} it says '{said}' where "
            f"the page has '{written}'); make it again: kiosk pack narrate PACK --page {page.id} "
            f"--lang {text.lang} --replace",
        )

    def video(self, page: Page, text: PageText) -> None:
        if not header_value(text, "video"):
            for key in ("poster", "captions"):
                if header_value(text, key):
                    self.add(text.file, text.header[key][1], f"'{key}:' is for a video; this page has none")
            return
        line = text.header["video"][1]
        if page.image:
            self.add(text.file, line, "a page shows a picture or a video, not both; remove 'image:' or 'video:'")
        if not text.alt:
            self.add(text.file, line, "a video needs an 'alt:' line that says what it shows")
        poster = header_value(text, "poster")
        if not poster:
            self.add(text.file, line, "a video needs a 'poster:' picture, shown before it plays")
        elif self.pack.image_path(poster, text.lang) is None:
            self.add(text.file, text.header["poster"][1], self.pack.missing_picture(poster, text.lang))
        path = self._file(text, "video", VIDEO_SUFFIXES)
        duration = 0
        if path is not None:
            facts = self.facts(path, video=True)
            problem = facts.problem or _size_problem(path, VIDEO_MAX_BYTES)
            if not problem and facts.duration_ms > VIDEO_MAX_S * 1000:
                problem = f"the video lasts {facts.duration_ms / 1000:.0f} s; at most {VIDEO_MAX_S} s is allowed"
            if not problem and (facts.width > VIDEO_MAX_WIDTH or facts.height > VIDEO_MAX_HEIGHT):
                problem = f"the video is {facts.width}x{facts.height}; at most {VIDEO_MAX_WIDTH}x{VIDEO_MAX_HEIGHT}"
            if problem:
                self.add(self.rel(path), None, problem)
            else:
                duration = facts.duration_ms
        if not header_value(text, "captions"):
            self.add(text.file, line, f"a video needs 'captions:' (WebVTT) in every language; '{text.lang}' has none")
            return
        captions = self._file(text, "captions", (CUES_SUFFIX,))
        if captions is not None:
            for cue_line, message in cue_problems(captions, duration):
                self.add(self.rel(captions), cue_line, message)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def media_problems(pack: ContentPack) -> list[Problem]:
    """Every problem with the narration and video of ``pack``'s pages, from their bytes."""
    return _MediaChecker(pack).run()


def media_files(pack: ContentPack) -> list[tuple[Path, bool]]:
    """Every narration and video file the pack's pages use, once each, with True for a video."""
    found: dict[Path, bool] = {}
    for page in pack.pages:
        for text in page.texts.values():
            for key, video in (("narration", False), ("video", True)):
                path = media_path(pack, header_value(text, key), text.lang)
                if path is not None:
                    found.setdefault(path, video)
    return list(found.items())
