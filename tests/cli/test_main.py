"""The ``kiosk`` command: validate, screenshot, and the real start-up in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.app import main
from tests.conftest import write_page


def test_validate_a_good_pack_exits_0(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(pack_dir)]) == 0
    out = capsys.readouterr().out
    assert "valid: pack 'demo' version 1.2.0, 4 pages, languages en, es" in out
    assert "reading ease" in out and "grade" in out


def test_validating_the_bundled_pack_prints_the_pack_s_problems_and_nothing_from_qt_or_ffmpeg() -> None:
    """Playing each narration and video is a check: a machine without sound or a GPU adds no noise."""
    # The kiosk makes its own choices (the platform, Qt's warnings, the sound system), as on an author's PC.
    env = {k: v for k, v in os.environ.items() if k not in ("QT_LOGGING_RULES", "QT_QPA_PLATFORM", "QT_AUDIO_BACKEND")}
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "validate", "--quiet", "content/rfa-facet"],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    assert lines[-1].startswith("content/rfa-facet: valid: pack 'rfa-facet'")
    assert all(line.startswith(("pack.toml:", "content/rfa-facet:")) for line in lines), lines


def test_validate_a_bad_pack_exits_1_naming_file_and_line(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_page(
        pack_dir,
        "en",
        "after",
        {"title": "After", "section": "after"},
        "Text.\n\n![x](https://example.org/x.png)\n<script>alert(1)</script>\n![y](../y.png)",
    )
    assert main(["validate", str(pack_dir)]) == 1
    captured = capsys.readouterr()
    assert "en/after.md:6: error: picture 'https://example.org/x.png' points to the internet" in captured.out
    assert "en/after.md:7: error: raw HTML" in captured.out
    assert "en/after.md:8: error: picture '../y.png' is outside the pack" in captured.out
    assert "NOT valid: 3 error(s)" in captured.err


def test_validate_a_missing_folder_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nothing")]) == 1
    assert "not a folder" in capsys.readouterr().out


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["screenshot", "pack", "--out", "x", "--size", "big"])
    assert exit_info.value.code == 2


def test_screenshot_writes_one_png_per_screen(
    qapp: QApplication, pack_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "shots"
    assert main(["screenshot", str(pack_dir), "--out", str(out), "--size", "1280x800", "--lang", "es"]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "00-attract.png",
        "01-page-welcome.png",
        "02-page-joints.png",
        "03-page-block.png",
        "04-page-after.png",
        "05-still-there.png",
    ]
    image = QImage(str(out / "02-page-joints.png"))
    assert (image.width(), image.height()) == (1280, 800)
    assert "6 screens written" in capsys.readouterr().out


def test_screenshot_shows_the_pressed_look_and_the_focus_ring_when_asked(
    qapp: QApplication, pack_dir: Path, tmp_path: Path
) -> None:
    """Reviewers see what a finger on "Touch to start" and Next shows, and what a keyboard user sees;
    the run still writes every screen (the press slides off: nothing acts)."""
    shots: dict[str, Path] = {}
    for name, extra in (("plain", []), ("pressed", ["--pressed"]), ("focus", ["--focus"])):
        shots[name] = tmp_path / name
        assert main(["screenshot", str(pack_dir), "--out", str(shots[name]), "--size", "1280x800", *extra]) == 0
    names = sorted(p.name for p in shots["plain"].iterdir())
    for name in ("pressed", "focus"):
        assert sorted(p.name for p in shots[name].iterdir()) == names
    for screen in ("00-attract.png", "02-page-joints.png"):
        plain = QImage(str(shots["plain"] / screen))
        assert QImage(str(shots["pressed"] / screen)) != plain, screen
        assert QImage(str(shots["focus"] / screen)) != plain, screen


def test_screenshot_refuses_an_unknown_language(qapp: QApplication, pack_dir: Path, tmp_path: Path) -> None:
    assert main(["screenshot", str(pack_dir), "--out", str(tmp_path / "x"), "--lang", "fr"]) == 1


def run_kiosk(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "--exit-after-first-frame", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_the_kiosk_starts_and_paints_its_first_frame(tmp_path: Path) -> None:
    result = run_kiosk(data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert float(result.stdout.strip()) > 0
    assert (tmp_path / "data" / "logs" / "kiosk.log").is_file()


def test_a_broken_settings_file_and_unknown_pack_still_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.toml").write_text("this is [not toml", encoding="utf-8")
    result = run_kiosk("--pack", "no-such-pack", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    log = (data / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "are damaged" in log and "'no-such-pack' cannot be shown; showing the bundled pack" in log


BUNDLED = str(Path(__file__).resolve().parents[2] / "content" / "rfa-facet")


def test_simulate_prints_outcome_notes_and_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"bladder_bowel": "no", "saddle_numbness": "yes", "fever": "no"}), encoding="utf-8")
    assert main(["simulate", BUNDLED, str(answers)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == {"outcome": "staff_now", "notes": [], "asked": ["bladder_bowel", "saddle_numbness"]}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"no_such_question": "yes"}', "no_such_question"),
        ('{"area": "knee"}', "knee"),
        ('{"bladder_bowel": 7}', "bladder_bowel"),
        ("not json", "cannot read answers"),
    ],
)
def test_simulate_refuses_bad_answers_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(content, encoding="utf-8")
    assert main(["simulate", BUNDLED, str(answers)]) == 2
    assert message in capsys.readouterr().err


def test_validate_fails_a_pack_whose_own_test_case_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    pack = tmp_path / "rfa"
    shutil.copytree(BUNDLED, pack)
    cases = (pack / "tests.toml").read_text(encoding="utf-8")
    (pack / "tests.toml").write_text(
        cases.replace('outcome = "staff_now"', 'outcome = "discuss_other"', 1), encoding="utf-8"
    )
    assert main(["validate", str(pack), "--quiet"]) == 1
    assert "tests.toml:" in capsys.readouterr().out


def test_screenshot_includes_every_question_and_outcome(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "shots"
    assert main(["screenshot", BUNDLED, "--out", str(out), "--size", "1280x800"]) == 0
    names = {p.name.split("-", 1)[1] for p in out.iterdir()}
    for outcome in ("staff_now", "discuss_rfa", "discuss_other"):
        assert f"result-{outcome}.png" in names
    from kiosk.core.content.reader import load_pack

    pack = load_pack(Path(BUNDLED)).pack
    assert pack is not None and pack.questionnaire is not None
    expected = {f"question-{q.id}.png" for q in pack.questionnaire.questions}
    assert {name for name in names if name.startswith("question-")} == expected
