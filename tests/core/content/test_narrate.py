"""``kiosk pack narrate``: narration made offline by espeak-ng, with the engine's own word timings."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kiosk.app import main
from kiosk.core.checks.media import probe_audio
from kiosk.core.content.media import read_vtt
from kiosk.core.content.narrate import PAUSE_MS, Espeak, narrate, page_passages
from kiosk.core.content.reader import load_pack
from kiosk.core.content.validate import validate_pack

Capture = pytest.CaptureFixture[str]


def words(text: str) -> list[str]:
    return re.findall(r"[\wáéíóúñü]+", text.lower())


def test_narrate_writes_opus_with_word_cues_and_the_pack_stays_valid(pack_dir: Path, capsys: Capture) -> None:
    assert main(["pack", "narrate", str(pack_dir), "--page", "block"]) == 0
    printed = capsys.readouterr().out
    assert "2 narration file(s) made" in printed
    assert "format = 2" in (pack_dir / "pack.toml").read_text(encoding="utf-8")
    header = (pack_dir / "es" / "block.md").read_text(encoding="utf-8").split("\n\n")[0]
    assert "narration: block.opus" in header and "narration-cues: block.vtt" in header
    report = validate_pack(pack_dir)
    assert report.ok, [str(p) for p in report.problems]
    for lang, spoken in (("en", "The block A test block numbs a nerve for a short time."),
                         ("es", "La prueba Una prueba adormece un nervio por poco tiempo.")):  # fmt: skip
        cues = read_vtt(pack_dir / "media" / lang / "block.vtt")
        heard = [words(cue.text) for cue in cues]
        assert [w for cue in heard for w in cue] == words(spoken), "every word in order, timed by the engine"
        assert all(1 <= len(cue) <= 2 for cue in heard), "a cue per word (a short one may join the word before)"
        starts = [cue.start_ms for cue in cues]
        assert starts == sorted(starts) and len(set(starts)) == len(starts)
        facts = probe_audio(pack_dir / "media" / lang / "block.opus")
        assert facts.audio_codec == "opus"
        assert cues[-1].end_ms <= facts.duration_ms + 100
        # The title and the text are read with a pause between them: the engine's timing, not a guess.
        assert cues[2].start_ms - cues[1].start_ms >= PAUSE_MS, "the two-word title, a pause, then the text"


def test_a_page_already_narrated_is_left_alone(pack_dir: Path, capsys: Capture) -> None:
    assert main(["pack", "narrate", str(pack_dir), "--page", "block", "--lang", "en"]) == 0
    made = (pack_dir / "media" / "en" / "block.opus").stat().st_mtime_ns
    assert main(["pack", "narrate", str(pack_dir), "--page", "block", "--lang", "en"]) == 0
    assert "0 narration file(s) made" in capsys.readouterr().out
    assert (pack_dir / "media" / "en" / "block.opus").stat().st_mtime_ns == made


def test_narrate_refuses_an_unknown_language_or_page(pack_dir: Path, capsys: Capture) -> None:
    assert main(["pack", "narrate", str(pack_dir), "--lang", "fr"]) == 2
    assert main(["pack", "narrate", str(pack_dir), "--page", "nowhere"]) == 2
    assert "has no language or page" in capsys.readouterr().err
    assert not (pack_dir / "media").exists()


def test_timings_grow_with_what_is_said() -> None:
    engine = Espeak.shared()
    short = narrate(engine, ["Rest."], "en")
    long = narrate(engine, ["Rest for a day. Then walk a little every morning and evening."], "en")
    assert long.duration_ms > 2 * short.duration_ms
    assert [cue.text for cue in long.cues][:3] == ["Rest", "for a", "day"] and long.cues[-1].text == "evening"


def test_every_caption_is_the_words_spoken_in_the_order_of_the_text() -> None:
    """espeak-ng reports "a while" as starting inside "for", and an opening bracket joins the word before."""
    engine = Espeak.shared()
    english = "They stop sending pain signals for a while."
    spanish = "Se llama ablación por radiofrecuencia, o ARF (en inglés, RFA). Con ondas de radio."
    said = [cue.text for cue in narrate(engine, [english], "en").cues]
    assert said[-2:] == ["for", "a while"]
    assert " ".join(said) == english.rstrip(".")
    dicho = [cue.text for cue in narrate(engine, [spanish], "es").cues]
    assert dicho[6:10] == ["ARF", "en", "inglés", "RFA"]
    assert all(not text.endswith(("(", "[", "«", "¿")) for text in dicho)


def test_page_passages_are_the_title_and_each_block(pack_dir: Path) -> None:
    pack = load_pack(pack_dir).pack
    assert pack is not None
    joints = pack.pages[1]
    assert page_passages(pack, joints, "en") == [
        "Your joints",
        "Your back has small joints. They help you bend.",
        "Read about the block.",
    ]


def test_narrating_a_format_1_pack_keeps_its_review_status(pack_dir: Path, capsys: Capture) -> None:
    """Format 2 names the status that format 1 read from who reviewed it and when: a reviewed pack
    stays reviewed, and a draft one stays a draft, once narration moves it to format 2."""
    assert main(["pack", "narrate", str(pack_dir), "--page", "block", "--lang", "en"]) == 0
    assert not validate_pack(pack_dir).pack.is_draft
    draft = pack_dir.parent / "draft"
    shutil.copytree(pack_dir, draft)
    toml = draft / "pack.toml"
    text = toml.read_text(encoding="utf-8").replace('status = "reviewed"\n', "").replace("format = 2", "format = 1")
    toml.write_text(text.replace('reviewed_by = "Dr Demo"\n', ""), encoding="utf-8")
    assert main(["pack", "narrate", str(draft), "--page", "block", "--replace"]) == 0
    report = validate_pack(draft)
    assert report.ok and report.pack.is_draft, [str(p) for p in report.problems]
    capsys.readouterr()
