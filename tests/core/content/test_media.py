"""WebVTT cues read and written, and where a page's narration and video are found."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.content.media import Cue, cue_at, format_vtt, page_media, parse_vtt
from kiosk.core.content.reader import load_pack
from tests.media import narrated, with_video


def test_cues_written_are_read_back_the_same() -> None:
    cues = [Cue(0, 480, "Una"), Cue(480, 1210, "prueba"), Cue(3_600_000 + 61_005, 3_600_000 + 62_000, "más")]
    again, problems = parse_vtt(format_vtt(cues))
    assert problems == []
    assert [(c.start_ms, c.end_ms, c.text) for c in again] == [(c.start_ms, c.end_ms, c.text) for c in cues]


def test_cue_settings_tags_notes_and_identifiers_are_understood() -> None:
    source = "WEBVTT - words\n\nNOTE made by hand\n\nintro\n00:01.000 --> 00:02.500 line:90%\n<b>Rest</b> now\n"
    cues, problems = parse_vtt(source)
    assert problems == [] and [(c.start_ms, c.end_ms, c.text, c.line) for c in cues] == [(1000, 2500, "Rest now", 6)]


def test_broken_cues_are_located_by_line() -> None:
    assert parse_vtt("00:01.000 --> 00:02.000\nHi\n")[1] == [(1, "a WebVTT file starts with the line 'WEBVTT'")]
    source = "WEBVTT\n\n00:03.000 --> 00:02.000\nBackwards\n\n1 to 2\nHi\n\n00:05.000 --> 00:06.000\n\n"
    cues, problems = parse_vtt(source)
    assert cues == []
    assert problems == [
        (3, "a cue must end after it starts"),
        (7, "a cue needs a timing line such as '00:01.000 --> 00:02.500'"),
        (9, "a cue has no text"),
    ]
    assert parse_vtt("WEBVTT\n")[1] == [(1, "the WebVTT file has no cues")]


def test_the_cue_showing_at_a_moment() -> None:
    cues = [Cue(0, 1000, "one"), Cue(1500, 2500, "two")]
    assert [getattr(cue_at(cues, ms), "text", None) for ms in (0, 999, 1200, 1500, 2499, 2500)] == [
        "one", "one", None, "two", "two", None,
    ]  # fmt: skip


def test_narration_and_video_are_found_per_language(pack_dir: Path) -> None:
    with_video(narrated(pack_dir))
    pack = load_pack(pack_dir).pack
    assert pack is not None and pack.format == 2
    block = pack.pages[pack.page_index("block") or 0]
    media = page_media(pack, block, "es")
    assert media.narration == pack_dir / "media" / "es" / "block.opus"
    assert media.narration_cues == pack_dir / "media" / "es" / "block.vtt"
    assert media.video is None
    after = page_media(pack, pack.pages[-1], "es")
    assert after.video == pack_dir / "media" / "clip.mp4", "a file shared by every language"
    assert after.captions == pack_dir / "media" / "es" / "clip.vtt"
    assert after.poster == pack_dir / "images" / "clip-poster.svg"
    assert page_media(pack, pack.pages[0], "en").empty
