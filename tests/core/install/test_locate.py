"""Opening the pack the kiosk shows: fast, and only authoring checks are left to validation."""

from __future__ import annotations

import shutil
from pathlib import Path

from kiosk.core.content.validate import validate_pack
from kiosk.core.install.locate import open_pack
from kiosk.core.paths import BUNDLED_CONTENT_DIR, DataPaths
from kiosk.core.problems import has_errors


def test_forbidden_phrases_are_left_to_validation_not_checked_at_every_start(tmp_path: Path) -> None:
    pack = tmp_path / "rfa-facet"
    shutil.copytree(BUNDLED_CONTENT_DIR / "rfa-facet", pack)
    questionnaire = pack / "questionnaire.toml"
    text = questionnaire.read_text(encoding="utf-8")
    questionnaire.write_text(text.replace('explanation.en = """', 'explanation.en = """You have to wait. ', 1), "utf-8")

    report = validate_pack(pack)
    assert any("'you have' must not appear" in problem.message for problem in report.problems)

    opened = open_pack(str(pack), DataPaths.in_dir(tmp_path / "data"))
    assert opened.pack is not None
    assert opened.pack.root == pack
    assert opened.pack.questionnaire is not None
    assert not has_errors(opened.problems)
