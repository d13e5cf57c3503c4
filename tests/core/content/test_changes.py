"""After a save, the preview goes to the page just edited (in its language), a picture's page, or the questions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.core.content.changes import Target, target_for
from kiosk.core.content.model import ContentPack
from kiosk.core.content.reader import load_pack
from kiosk.core.content.scaffold import write_pack


@pytest.fixture
def pack(tmp_path: Path) -> ContentPack:
    write_pack("knee-care", ["en", "es"], tmp_path / "knee-care")
    loaded = load_pack(tmp_path / "knee-care").pack
    assert loaded is not None
    return loaded


def test_a_page_file_is_that_page_in_that_language(pack: ContentPack) -> None:
    assert target_for([pack.root / "es" / "sources.md"], pack.root, pack) == Target(
        "sources", "es", file="es/sources.md"
    )


def test_a_picture_is_the_first_page_that_shows_it(pack: ContentPack) -> None:
    changed = pack.root / "images" / "es" / "steps.svg"
    assert target_for([changed], pack.root, pack) == Target("how-it-works", "es", file="images/es/steps.svg")


def test_the_questionnaire_or_its_tests_is_the_questions(pack: ContentPack) -> None:
    for name in ("questionnaire.toml", "tests.toml"):
        assert target_for([pack.root / name], pack.root, pack).questionnaire


def test_of_several_changes_the_latest_written_wins(pack: ContentPack) -> None:
    older, newer = pack.root / "en" / "welcome.md", pack.root / "en" / "check-in.md"
    os.utime(older, (1_000_000, 1_000_000))
    assert target_for([older, newer], pack.root, pack).page_id == "check-in"


def test_other_files_keep_the_screen_but_name_the_file(pack: ContentPack, tmp_path: Path) -> None:
    assert target_for([pack.root / "pack.toml"], pack.root, pack) == Target(file="pack.toml")
    assert target_for([tmp_path / "elsewhere.md"], pack.root, pack) == Target()
    assert target_for([pack.root / "en" / "welcome.md"], pack.root, None) == Target(file="en/welcome.md")
