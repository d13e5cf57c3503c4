"""``kiosk validate`` checks narration and video from their bytes: kind, codec, length, size and cues."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.checks.media import VIDEO_MAX_S, probe_audio, probe_video
from kiosk.core.content.validate import validate_pack
from kiosk.core.problems import Severity
from tests.media import ANIMATION, add_header, narrated, tone, use_format_2, vtt, with_video


def errors(pack_dir: Path) -> list[str]:
    return [str(p) for p in validate_pack(pack_dir).problems if p.severity is Severity.ERROR]


def test_the_bundled_animation_is_h264_with_sound() -> None:
    facts = probe_video(ANIMATION)
    assert (facts.container, facts.video_codec, facts.audio_codec, facts.problem) == ("mp4", "AVC", "AAC", "")
    assert 8000 < facts.duration_ms < VIDEO_MAX_S * 1000 and (facts.width, facts.height) == (800, 700)


def test_opus_and_mp3_narration_are_read_with_their_length(tmp_path: Path) -> None:
    opus = probe_audio(tone(tmp_path / "a.opus", 1.5))
    mp3 = probe_audio(tone(tmp_path / "a.mp3", 2.0, fmt="MP3", subtype="MPEG_LAYER_III", rate=44100))
    assert (opus.audio_codec, opus.problem) == ("opus", "") and abs(opus.duration_ms - 1500) < 30
    assert (mp3.audio_codec, mp3.problem) == ("mp3", "") and abs(mp3.duration_ms - 2000) < 80


def test_a_narrated_page_and_a_video_page_are_valid(pack_dir: Path) -> None:
    with_video(narrated(pack_dir))
    assert errors(pack_dir) == []


def test_media_keys_need_format_2(pack_dir: Path) -> None:
    narrated(pack_dir)
    toml = pack_dir / "pack.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("format = 2", "format = 1"), encoding="utf-8")
    assert any("en/block.md:" in e and "'narration:' needs format = 2 in pack.toml" in e for e in errors(pack_dir))


def test_narration_in_every_language_or_none(pack_dir: Path) -> None:
    use_format_2(pack_dir)
    tone(pack_dir / "media" / "en" / "welcome.opus", 1.0)
    add_header(pack_dir / "en" / "welcome.md", {"narration": "welcome.opus"})
    assert errors(pack_dir) == [
        "es/welcome.md:1: error: other languages of this page have narration; give it one too, or none"
    ]


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: tone(p, 1.0, subtype="VORBIS"), "narration must be Ogg Opus or MP3; this is OggVorbis"),
        (lambda p: p.write_bytes(b"not a sound at all" * 100), "narration must be Ogg Opus or MP3"),
    ],
)
def test_narration_of_the_wrong_kind_is_refused(pack_dir: Path, make, expected: str) -> None:  # type: ignore[no-untyped-def]
    narrated(pack_dir)
    make(pack_dir / "media" / "es" / "block.opus")
    assert any(e.startswith(f"media/es/block.opus: error: {expected}") for e in errors(pack_dir)), errors(pack_dir)


def test_word_cues_must_fall_within_the_narration(pack_dir: Path) -> None:
    narrated(pack_dir, seconds=2.0)
    vtt(pack_dir / "media" / "en" / "block.vtt", [(0.0, 1.0, "A"), (1.0, 3.5, "test")])
    assert "media/en/block.vtt:6: error: 1 cue(s) end after the media does (3.5 s, the media lasts 2.0 s)" in errors(
        pack_dir
    )


def test_a_page_edited_after_its_narration_was_made_must_be_narrated_again(pack_dir: Path) -> None:
    """Narration that no longer says the page's words would read out (and mark) what the page used to say."""
    narrated(pack_dir)
    assert errors(pack_dir) == []
    page = pack_dir / "en" / "block.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n\nTell a staff member now if you have a fever.\n", "utf-8")
    found = [e for e in errors(pack_dir) if e.startswith("media/en/block.vtt")]
    assert len(found) == 1 and "does not say this page's words" in found[0], errors(pack_dir)
    assert "'nothing more' where the page has 'tell a staff member'" in found[0]
    assert "kiosk pack narrate PACK --page block --lang en --replace" in found[0]


def test_a_missing_narration_file_is_named(pack_dir: Path) -> None:
    narrated(pack_dir)
    (pack_dir / "media" / "es" / "block.opus").unlink()
    assert "es/block.md:5: error: 'block.opus' is not in media/es/ or media/" in errors(pack_dir)


def test_a_video_needs_captions_in_every_language_within_its_length(pack_dir: Path) -> None:
    with_video(pack_dir)
    (pack_dir / "media" / "es" / "clip.vtt").unlink()
    vtt(pack_dir / "media" / "en" / "clip.vtt", [(1.0, 2.0, "Fine"), (3.0, 60.0, "Too long")])
    found = errors(pack_dir)
    assert "es/after.md:7: error: 'clip.vtt' is not in media/es/ or media/" in found
    assert any(e.startswith("media/en/clip.vtt:6: error: 1 cue(s) end after the media does (60.0 s") for e in found)


def test_a_video_needs_a_poster_alt_text_and_no_picture(pack_dir: Path) -> None:
    with_video(pack_dir, page="joints")  # a page that has a picture already
    (pack_dir / "images" / "clip-poster.svg").unlink()
    found = errors(pack_dir)
    assert "en/joints.md:7: error: a page shows a picture or a video, not both; remove 'image:' or 'video:'" in found
    assert any(line.startswith("en/joints.md:8: error: picture 'clip-poster.svg' is not in images/") for line in found)


def test_a_file_that_is_not_a_video_is_refused(pack_dir: Path) -> None:
    with_video(pack_dir)
    (pack_dir / "media" / "clip.mp4").write_bytes(b"\x00" * 4096)
    assert any(e.startswith("media/clip.mp4: error: a video must be MP4 (H.264) or WebM") for e in errors(pack_dir))
    (pack_dir / "media" / "clip.mp4").write_bytes(Path(tone(pack_dir / "t.opus", 1.0)).read_bytes())
    assert any(e.startswith("media/clip.mp4: error: a video must be MP4 (H.264) or WebM") for e in errors(pack_dir))
