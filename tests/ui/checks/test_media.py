"""``kiosk validate`` plays every narration and video with Qt and refuses what Qt cannot play."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.app import main
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.ui.checks.media import playback_problems
from tests.media import narrated, with_video


def spoil_the_pictures(video: Path) -> None:
    """Keep the headers (so the byte checks pass) and zero every byte of the coded pictures and sound."""
    data = bytearray(video.read_bytes())
    start = data.find(b"mdat") + 4
    data[start:] = bytes(len(data) - start)
    video.write_bytes(bytes(data))


def test_a_video_qt_cannot_decode_is_refused_at_validation(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with_video(pack_dir)
    assert main(["validate", str(pack_dir), "--quiet"]) == 0
    spoil_the_pictures(pack_dir / "media" / "clip.mp4")
    assert main(["validate", str(pack_dir), "--quiet"]) == 1
    out = capsys.readouterr()
    assert "media/clip.mp4: error: Qt cannot play this file" in out.out
    assert "NOT valid: 1 error(s)" in out.err


def test_narration_and_the_bundled_animations_play(pack_dir: Path) -> None:
    narrated(pack_dir)
    files = [(pack_dir / "media" / lang / "block.opus", False) for lang in ("en", "es")]
    bundled = BUNDLED_CONTENT_DIR / "rfa-facet"
    files += [(bundled / "media" / lang / "probe-animation.mp4", True) for lang in ("en", "es")]
    assert playback_problems(Path("/"), files) == []


def test_narration_qt_cannot_decode_is_refused(pack_dir: Path) -> None:
    narrated(pack_dir)
    opus = pack_dir / "media" / "en" / "block.opus"
    data = bytearray(opus.read_bytes())
    data[200:] = bytes(len(data) - 200)  # the Ogg headers stay, the sound is gone
    opus.write_bytes(bytes(data))
    problems = playback_problems(pack_dir, [(opus, False)])
    assert [p.file for p in problems] == ["media/en/block.opus"]
