"""Handouts: pages to print, declared in pack.toml, written in every language, checked like pages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.core.content.reader import load_pack
from kiosk.core.content.validate import validate_pack
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.problems import Severity

BUNDLED = BUNDLED_CONTENT_DIR / "rfa-facet"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "rfa-facet"
    shutil.copytree(BUNDLED, target)
    return target


def errors(folder: Path) -> list[str]:
    return [str(p) for p in validate_pack(folder).problems if p.severity is Severity.ERROR]


def edit(folder: Path, file: str, old: str, new: str) -> None:
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_bundled_pack_has_both_pain_diaries_on_their_pages_in_both_languages() -> None:
    pack = load_pack(BUNDLED).pack
    assert pack is not None and pack.converted
    assert [(h.id, h.page) for h in pack.handouts] == [
        ("pain-diary-test-block", "block-results"),
        ("pain-diary-after-rfa", "recovery"),
    ]
    for handout in pack.handouts:
        for lang in ("en", "es"):
            text = handout.content.text(lang)
            assert text.title and "<table>" in text.html  # converted with the pages, a form to fill in
    assert pack.handouts_for("recovery") == (pack.handouts[1],)
    assert pack.take_home is not None and pack.take_home.picture == "spine.svg"
    assert validate_pack(BUNDLED).ok


@pytest.mark.parametrize(
    ("file", "old", "new", "said"),
    [
        ("pack.toml", 'page = "recovery"', 'page = "no-such-page"', "'page' must name one of the pack's pages"),
        ("pack.toml", 'id = "pain-diary-after-rfa"', 'id = "Pain Diary"', "lower-case letters, digits and dashes"),
        ("pack.toml", 'id = "pain-diary-after-rfa"', 'id = "pain-diary-test-block"', "is used twice"),
        ("pack.toml", 'page = "recovery"', 'page = "recovery"\ncolour = "red"', "unknown key 'colour'"),
        (
            "en/handouts/pain-diary-after-rfa.md",
            "title: My pain diary for the weeks after RFA\n",
            "",
            "the header has no 'title:' line",
        ),
        (
            "es/handouts/pain-diary-test-block.md",
            "Traiga esta hoja",
            "Usted tiene una lesión. Traiga esta hoja",
            "es/handouts/pain-diary-test-block.md",
        ),
        (
            "en/handouts/pain-diary-test-block.md",
            "Bring this page",
            "See [the clinic](https://example.org). Bring this page",
            "en/handouts/pain-diary-test-block.md",
        ),
        (
            "summary.toml",
            'picture = "spine.svg"',
            'picture = "nowhere.svg"',
            "'picture' must name a picture in images/",
        ),
        ("summary.toml", 'picture = "spine.svg"', 'picture = "https://example.org/a.svg"', "'picture' must name"),
    ],
)
def test_a_broken_handout_is_an_error_that_says_what_to_fix(
    copy: Path, file: str, old: str, new: str, said: str
) -> None:
    edit(copy, file, old, new)
    found = errors(copy)
    assert any(said in problem for problem in found), found


def test_a_handout_missing_in_one_language_is_one_problem_naming_it(copy: Path) -> None:
    (copy / "es" / "handouts" / "pain-diary-after-rfa.md").unlink()
    found = errors(copy)
    assert len(found) == 1
    assert "es/handouts/pain-diary-after-rfa.md" in found[0] and "missing in language 'es'" in found[0]


def test_handouts_need_format_2(copy: Path) -> None:
    edit(copy, "pack.toml", "format = 2", "format = 1")
    assert any("unknown key 'handouts'" in problem for problem in errors(copy))


def test_an_id_with_a_line_break_at_its_end_is_not_an_id() -> None:
    from kiosk.core.content.model import ID_PATTERN

    assert ID_PATTERN.match("pain-diary") and not ID_PATTERN.match("pain-diary\n")


def test_a_language_folder_linked_out_of_the_pack_gives_no_picture(copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "spine.svg").write_text((copy / "images" / "en" / "spine.svg").read_text(encoding="utf-8"))
    shutil.rmtree(copy / "images" / "en")
    (copy / "images" / "en").symlink_to(outside, target_is_directory=True)
    pack = load_pack(copy).pack
    assert pack is not None
    found = pack.image_path("spine.svg", "en")
    assert found is None or outside not in found.parents
