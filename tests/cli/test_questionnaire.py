"""``kiosk questionnaire export|import`` from the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kiosk.app import main
from kiosk.core.paths import BUNDLED_CONTENT_DIR

Capture = pytest.CaptureFixture[str]


def test_export_then_import_gives_a_pack_that_validates(tmp_path: Path, capsys: Capture) -> None:
    fhir = tmp_path / "check-in.json"
    assert main(["questionnaire", "export", "rfa-facet", "-o", str(fhir)]) == 0
    assert "FHIR R4 Questionnaire 'rfa-facet' version 1.1.0, 15 questions" in capsys.readouterr().out
    assert json.loads(fhir.read_text(encoding="utf-8"))["resourceType"] == "Questionnaire"
    pack = tmp_path / "copy"
    shutil.copytree(BUNDLED_CONTENT_DIR / "rfa-facet", pack)
    (pack / "questionnaire.toml").unlink()
    assert main(["questionnaire", "import", str(fhir), "-o", str(pack / "questionnaire.toml")]) == 0
    out = capsys.readouterr().out
    assert "0 thing(s) not taken, 0 to fix" in out
    assert main(["validate", "--quiet", str(pack)]) == 0


def test_nothing_is_ever_overwritten(tmp_path: Path, capsys: Capture) -> None:
    target = tmp_path / "questionnaire.toml"
    target.write_text("# mine\n", encoding="utf-8")
    fhir = tmp_path / "q.json"
    fhir.write_text('{"resourceType": "Questionnaire", "status": "draft"}', encoding="utf-8")
    assert main(["questionnaire", "import", str(fhir), "-o", str(target)]) == 1
    assert "already exists; it is never overwritten" in capsys.readouterr().err
    assert main(["questionnaire", "export", "rfa-facet", "-o", str(fhir)]) == 1
    assert target.read_text(encoding="utf-8") == "# mine\n"
    assert "Questionnaire" in fhir.read_text(encoding="utf-8")


def test_a_file_that_is_not_fhir_is_refused_and_nothing_is_written(tmp_path: Path, capsys: Capture) -> None:
    fhir = tmp_path / "patient.json"
    fhir.write_text('{"resourceType": "Patient"}', encoding="utf-8")
    target = tmp_path / "questionnaire.toml"
    assert main(["questionnaire", "import", str(fhir), "-o", str(target)]) == 1
    assert "not a FHIR Questionnaire" in capsys.readouterr().err
    assert not target.exists()


def test_an_imported_questionnaire_with_gaps_lists_what_to_do(tmp_path: Path, capsys: Capture) -> None:
    fhir = tmp_path / "q.json"
    item = {"linkId": "name", "type": "string", "text": "Your name?"}
    choice = {
        "linkId": "side",
        "type": "choice",
        "text": "Which side?",
        "answerOption": [{"valueCoding": {"code": "left"}}, {"valueCoding": {"code": "right"}}],
    }
    fhir.write_text(
        json.dumps({"resourceType": "Questionnaire", "status": "draft", "item": [item, choice]}), encoding="utf-8"
    )
    target = tmp_path / "questionnaire.toml"
    assert main(["questionnaire", "import", str(fhir), "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert "not taken: question 'name' (string)" in out and "not taken: there is no" in out
    assert "2 thing(s) not taken, 0 to fix" in out
    assert 'id = "side"' in target.read_text(encoding="utf-8")
