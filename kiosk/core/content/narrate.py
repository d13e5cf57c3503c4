"""``kiosk pack narrate``: narration files made offline with espeak-ng, timed by the engine itself.

espeak-ng's library (libespeak-ng.so.1, Debian's libespeak-ng1) is driven through ctypes in its
synchronous mode: it hands back the samples and, with them, an event for every word it speaks,
holding the word's place in the text and the millisecond it starts. Those events become the
WebVTT word cues; nothing is estimated from the length of the text. The sound is written as Ogg
Opus with soundfile (its wheels carry libsndfile with Opus), so no ffmpeg is needed.

A page is read as the kiosk reads it aloud: its title, then each paragraph, heading and list
item, with a short pause between them.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from kiosk.core.content.markup import render_markdown
from kiosk.core.content.media import MEDIA_FOLDER, Cue, format_vtt
from kiosk.core.content.model import ContentPack, Page

#: Silence between the title, paragraphs and list items, as a reader pauses.
PAUSE_MS = 400
#: Opus takes 8, 12, 16, 24 or 48 kHz; espeak-ng speaks at 22.05 kHz and is resampled to this.
OPUS_RATE = 24000

#: Left at the end of a word's stretch of text: punctuation after it, and the opening bracket or
#: quote of the next word ("ARF (en inglés").
_TRAILING = ".,;:!?…)»”\"' ([«“¿¡"
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_EVENT_LIST_TERMINATED = 0
_EVENT_WORD = 1


class NarrationError(Exception):
    """The speech engine cannot be used here (not installed, no voice for a language)."""


class _EventId(ctypes.Union):
    _fields_ = [("number", ctypes.c_int), ("name", ctypes.c_char_p), ("string", ctypes.c_char * 8)]


class _Event(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", _EventId),
    ]


_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event))


@dataclass(frozen=True)
class Word:
    """A word the engine spoke: ``text[start:start + length]``, heard from ``ms`` on."""

    start: int
    length: int
    ms: int


@dataclass
class Speech:
    """One piece of text spoken: its samples (16-bit), their rate, and the engine's word events."""

    samples: list[int]
    rate: int
    words: list[Word] = field(default_factory=list)

    @property
    def duration_ms(self) -> int:
        return len(self.samples) * 1000 // self.rate


class Espeak:
    """espeak-ng's library in synchronous mode. The library is global to a process and is started
    once: use :meth:`shared` (a second ``espeak_Initialize`` reloads the phoneme tables under the
    first, and espeak-ng then reads garbage: "Invalid instruction … for phoneme", near-silent audio)."""

    _shared: Espeak | None = None

    @classmethod
    def shared(cls) -> Espeak:
        """The process's one engine, started on first use."""
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    def __init__(self) -> None:
        name = ctypes.util.find_library("espeak-ng") or "libespeak-ng.so.1"
        try:
            self._lib: Any = ctypes.CDLL(name)
        except OSError as err:
            raise NarrationError(f"espeak-ng is not installed ({err}); on Debian: apt-get install espeak-ng") from err
        self.rate = int(self._lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, None, 0))
        if self.rate <= 0:
            raise NarrationError("espeak-ng could not start (its voice data may be missing)")
        self._samples: list[int] = []
        self._words: list[Word] = []
        self._callback = _CALLBACK(self._on_synth)  # kept: the library calls it later
        self._lib.espeak_SetSynthCallback(self._callback)
        self._voice = ""

    def _on_synth(self, wav: Any, count: int, events: Any) -> int:
        if count > 0:
            self._samples.extend(wav[:count])
        index = 0
        while events[index].type != _EVENT_LIST_TERMINATED:
            event = events[index]
            if event.type == _EVENT_WORD and event.length > 0:
                # text_position counts characters from 1; audio_position is in milliseconds.
                self._words.append(Word(event.text_position - 1, event.length, event.audio_position))
            index += 1
        return 0

    def set_voice(self, lang: str) -> None:
        if lang != self._voice:
            if self._lib.espeak_SetVoiceByName(lang.encode("ascii")) != 0:
                raise NarrationError(f"espeak-ng has no voice for language '{lang}'")
            self._voice = lang

    def speak(self, text: str, lang: str) -> Speech:
        """The samples and word events for ``text`` in ``lang``."""
        self.set_voice(lang)
        self._samples, self._words = [], []
        data = text.encode("utf-8")
        self._lib.espeak_Synth(data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
        self._lib.espeak_Synchronize()
        return Speech(self._samples, self.rate, self._words)


class _Blocks(HTMLParser):
    """The text of each paragraph, heading, list item and table cell of rendered page HTML."""

    BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "pre", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self._flush()
        elif tag == "br" and self._open:
            self._open.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS or tag in ("ul", "ol"):
            self._flush()

    def handle_data(self, data: str) -> None:
        self._open.append(data)

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._open)).strip()
        if text:
            self.blocks.append(text)
        self._open = []

    def close(self) -> None:
        super().close()
        self._flush()


def page_passages(pack: ContentPack, page: Page, lang: str) -> list[str]:
    """What is read aloud on ``page`` in ``lang``: the title, then each block of its text."""
    text = page.texts[lang]
    parser = _Blocks()
    parser.feed(text.html or render_markdown(text.markdown))  # converted when the pack loaded
    parser.close()
    return [passage for passage in (text.title.strip(), *parser.blocks) if passage]


@dataclass(frozen=True)
class Narration:
    samples: list[int]
    rate: int
    cues: list[Cue]

    @property
    def duration_ms(self) -> int:
        return len(self.samples) * 1000 // self.rate


def narrate(engine: Espeak, passages: list[str], lang: str) -> Narration:
    """Speak ``passages`` one after another with a pause between; a cue per word the engine reported."""
    samples: list[int] = []
    cues: list[Cue] = []
    pause = [0] * (engine.rate * PAUSE_MS // 1000)
    for number, passage in enumerate(passages):
        if number:
            samples.extend(pause)
        offset_ms = len(samples) * 1000 // engine.rate
        speech = engine.speak(passage, lang)
        samples.extend(speech.samples)
        end_ms = offset_ms + speech.duration_ms
        words = _in_order(speech.words, passage)
        for index, word in enumerate(words):
            start = offset_ms + word.ms
            stop = offset_ms + words[index + 1].ms if index + 1 < len(words) else end_ms
            # Up to the next word the engine reports: it joins a short unstressed word to the one
            # before it ("for a"), and both are marked together.
            until = words[index + 1].start if index + 1 < len(words) else word.start + word.length
            text = passage[word.start : max(until, word.start + word.length)].strip().rstrip(_TRAILING).strip()
            if text and stop > start:
                cues.append(Cue(start, stop, text))
    return Narration(samples, engine.rate, cues)


def _in_order(words: list[Word], passage: str) -> list[Word]:
    """The engine's words with each one starting after the one before.

    espeak-ng sometimes reports a word as starting inside the word before it ("for a while." gives
    "for" and then "or "); such a word is moved to the next word of the passage after the last one.
    """
    ordered: list[Word] = []
    end = 0
    for word in words:
        start, length = word.start, max(word.length, 1)
        if start < end:
            start = end + len(passage[end:]) - len(passage[end:].lstrip())
            if start >= len(passage):
                continue
            stop = start + length  # to the end of the word it reaches into
            while stop < len(passage) and not passage[stop].isspace():
                stop += 1
            length = stop - start
        ordered.append(Word(start, length, word.ms))
        end = start + length
    return ordered


def write_opus(narration: Narration, path: Path) -> None:
    """Write ``narration`` as Ogg Opus (resampled to ``OPUS_RATE``)."""
    import numpy as np  # noqa: PLC0415  (soundfile's own dependency; only narrate needs it)
    import soundfile  # noqa: PLC0415

    source = np.asarray(narration.samples, dtype=np.float32) / 32768.0
    count = max(1, round(len(source) * OPUS_RATE / narration.rate))
    times = np.arange(count) * (narration.rate / OPUS_RATE)
    resampled = np.interp(times, np.arange(len(source)), source).astype(np.float32)
    path.parent.mkdir(parents=True, exist_ok=True)
    soundfile.write(str(path), resampled, OPUS_RATE, format="OGG", subtype="OPUS")
    # libsndfile leaves room after the file's (empty) tags, and every FFmpeg player, Qt's
    # included, then prints "bytes of comment header remain"; writing the tags again without it
    # leaves the sound as it is.
    from mutagen.oggopus import OggOpus  # noqa: PLC0415

    OggOpus(path).save(padding=lambda _info: 0)  # type: ignore[no-untyped-call]


_FORMAT_LINE = re.compile(r"^format\s*=\s*\d+\s*$", re.MULTILINE)


def _set_header(path: Path, values: dict[str, str]) -> None:
    """Set header lines of a page file (replacing the same keys), keeping everything else as it was."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    header = [line for line in lines[:end] if line.split(":", 1)[0].strip().lower() not in values]
    header += [f"{key}: {value}" for key, value in values.items()]
    path.write_text("\n".join(header + lines[end:]), encoding="utf-8")


_REVIEW_TABLE = re.compile(r"^\[review\]\s*$", re.MULTILINE)
_STATUS_LINE = re.compile(r"^status\s*=", re.MULTILINE)


def _next_table(text: str, start: int) -> int:
    """Where the next ``[table]`` header after ``start`` begins (the end of the text when none does)."""
    found = re.compile(r"^\[", re.MULTILINE).search(text, start)
    return found.start() if found else len(text)


def use_format_2(pack_root: Path, status: str) -> None:
    """Make ``pack.toml`` say ``format = 2`` (narration is a format 2 key).

    Format 2 also names the review's ``status`` in ``[review]``, which format 1 read from who reviewed
    it and when: ``status`` is the one format 1 gave, so the pack means what it meant before.
    """
    toml = pack_root / "pack.toml"
    text = toml.read_text(encoding="utf-8")
    found = _FORMAT_LINE.search(text)
    text = _FORMAT_LINE.sub("format = 2", text, count=1) if found else "format = 2\n" + text
    table = _REVIEW_TABLE.search(text)
    if table is None:
        text = text.rstrip("\n") + f'\n\n[review]\nstatus = "{status}"\n'
    elif _STATUS_LINE.search(text, table.end(), _next_table(text, table.end())) is None:
        text = text[: table.end()] + f'\nstatus = "{status}"' + text[table.end() :]
    toml.write_text(text, encoding="utf-8")


def narrate_pack(
    pack: ContentPack,
    *,
    languages: tuple[str, ...] = (),
    pages: tuple[str, ...] = (),
    replace: bool = False,
    engine: Espeak | None = None,
    say: Callable[[str], None] = print,
) -> int:
    """Narrate every page (of ``pages``, or all; in ``languages``, or all) that has none yet (all with
    ``replace``); the count made.

    Writes ``media/<lang>/<page>.opus`` and ``.vtt`` and adds ``narration:`` and ``narration-cues:``
    to each page file. A page already narrated in some language keeps its recordings.
    """
    engine = engine or Espeak.shared()
    chosen = languages or pack.languages
    for lang in chosen:
        engine.set_voice(lang)  # fail before writing anything when a voice is missing
    made = 0
    for page in pack.pages:
        if pages and page.id not in pages:
            continue
        for lang in chosen:
            text = page.texts.get(lang)
            if text is None or (text.header.get("narration") and not replace):
                continue
            narration = narrate(engine, page_passages(pack, page, lang), lang)
            folder = pack.root / MEDIA_FOLDER / lang
            write_opus(narration, folder / f"{page.id}.opus")
            (folder / f"{page.id}.vtt").write_text(format_vtt(narration.cues), encoding="utf-8")
            _set_header(pack.root / text.file, {"narration": f"{page.id}.opus", "narration-cues": f"{page.id}.vtt"})
            say(f"{text.file}: {narration.duration_ms / 1000:.1f} s, {len(narration.cues)} word cues")
            made += 1
    if made and pack.format < 2:
        use_format_2(pack.root, pack.review.status.value)
    return made
