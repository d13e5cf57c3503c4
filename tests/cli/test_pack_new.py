"""``kiosk pack new``: the starting pack validates, builds and installs as written, and nothing is overwritten."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kiosk.app import main
from kiosk.core.content.reader import load_pack
from kiosk.core.install.state import installed_pack_folder
from kiosk.core.paths import DataPaths
from kiosk.core.questionnaire.fhir import kind_of
from kiosk.core.questionnaire.model import NOT_SURE

Capture = pytest.CaptureFixture[str]


def new_pack(tmp_path: Path, capsys: Capture, *extra: str) -> Path:
    target = tmp_path / "knee-care"
    assert main(["pack", "new", "knee-care", "--out", str(target), *extra]) == 0
    printed = capsys.readouterr().out
    assert "kiosk preview" in printed and "kiosk validate" in printed
    return target


def test_the_new_pack_validates_builds_and_installs(tmp_path: Path, capsys: Capture) -> None:
    target = new_pack(tmp_path, capsys, "--languages", "en,es")
    assert main(["validate", str(target)]) == 0
    out = capsys.readouterr().out
    assert "valid: pack 'knee-care'" in out and "warning" not in out
    kpack = tmp_path / "knee-care.kpack"
    assert main(["pack", "build", str(target), "-o", str(kpack)]) == 0
    data = tmp_path / "kiosk-data"
    assert main(["pack", "install", str(kpack), "--data-dir", str(data)]) == 0
    assert "Installed 'Knee care' (knee-care) version 0.1.0" in capsys.readouterr().out
    installed = installed_pack_folder(DataPaths.choose(str(data)), "knee-care")
    assert installed is not None and (installed / "questionnaire.toml").is_file()


def test_the_new_pack_has_every_part_a_pack_has(tmp_path: Path, capsys: Capture) -> None:
    target = new_pack(tmp_path, capsys)
    loaded = load_pack(target)
    pack = loaded.pack
    assert pack is not None and pack.languages == ("en", "es")
    for lang in pack.languages:
        assert all(lang in page.texts for page in pack.pages)
        assert pack.image_path("steps.svg", lang) is not None
    assert "Leer" in (target / "images/es/steps.svg").read_text(encoding="utf-8")
    assert pack.sources and any(page.kind == "sources" for page in pack.pages)
    questionnaire = pack.questionnaire
    assert questionnaire is not None
    warnings = [q for q in questionnaire.questions if q.warning]
    assert warnings
    stop = questionnaire.result({warnings[0].id: "yes"})
    assert kind_of(stop.outcome.kind) == "staff_now" and stop.outcome.immediate
    others = {o.id for o in questionnaire.outcomes if kind_of(o.kind) != "staff_now"}
    assert len(others) >= 2
    cases = tomllib.loads((target / "tests.toml").read_text(encoding="utf-8"))["cases"]
    assert {case["outcome"] for case in cases} == {o.id for o in questionnaire.outcomes}
    assert any(NOT_SURE in case["answers"].values() for case in cases)


def test_one_language_pack_validates(tmp_path: Path, capsys: Capture) -> None:
    target = new_pack(tmp_path, capsys, "--languages", "es")
    assert not (target / "en").exists()
    assert main(["validate", "--quiet", str(target)]) == 0


def test_an_existing_folder_is_never_overwritten(tmp_path: Path, capsys: Capture) -> None:
    target = tmp_path / "knee-care"
    target.mkdir()
    (target / "notes.txt").write_text("my notes", encoding="utf-8")
    assert main(["pack", "new", "knee-care", "--out", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert sorted(p.name for p in target.iterdir()) == ["notes.txt"]
    assert (target / "notes.txt").read_text(encoding="utf-8") == "my notes"
    assert [p.name for p in tmp_path.iterdir()] == ["knee-care"]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["Knee Care"], "is not a pack id"),
        (["knee", "--languages", "en,fr"], "no starting words for fr"),
        (["knee", "--languages", ","], "at least one language"),
    ],
)
def test_bad_requests_say_why_and_write_nothing(tmp_path: Path, capsys: Capture, argv: list[str], words: str) -> None:
    target = tmp_path / "out"
    assert main(["pack", "new", *argv, "--out", str(target)]) == 1
    assert words in capsys.readouterr().err
    assert not target.exists()
