"""What an attacker's review of the authoring checks found: odd numbers, links and huge files give
a clear message (or are skipped), never a crash, a hang or a picture from outside the pack."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.core.checks.picture_labels import label_findings
from kiosk.core.checks.plain_language import MAX_FORMS_PER_TERM, MAX_PROBLEMS, read_glossary
from kiosk.core.content.model import high_contrast_name
from kiosk.core.content.reader import load_pack
from kiosk.core.content.validate import validate_pack
from kiosk.core.install.checking import check_in_child
from tests.core.content.test_reader import edit_toml, errors


@pytest.mark.parametrize(
    "svg",
    [
        '<svg viewBox="0 0 auto 300"><text font-size="5">x</text></svg>',
        '<svg viewBox="0 0 1e999 300"><text font-size="5">x</text></svg>',
        '<svg width="' + "9" * 400 + '" height="3"><text font-size="5">x</text></svg>',
        '<svg viewBox="0 0 0 0"><text font-size="5">x</text></svg>',
    ],
)
def test_a_picture_size_that_cannot_be_measured_is_skipped(svg: str) -> None:
    assert label_findings(svg.encode()) == []


def test_a_font_size_with_a_long_run_of_spaces_is_read_at_once() -> None:
    """It took seconds before (a regular expression backtracked over the spaces)."""
    data = f'<svg viewBox="0 0 800 700"><text font-size="{"1" * 800}{" " * 800}x">Hi</text></svg>'.encode()
    assert [line for line, _m in label_findings(data)] == [1]  # measured with the inherited size


def test_a_number_too_long_for_python_is_a_problem_not_a_crash(pack_dir: Path) -> None:
    edit_toml(pack_dir, 'version = "1.2.0"', 'version = "1.2.0"\nx = ' + "9" * 5000)
    [message] = errors(load_pack(pack_dir).problems)
    assert "a number in the file is too long to read" in message
    (pack_dir / "glossary.toml").write_text("x = " + "9" * 5000 + "\n", encoding="utf-8")
    assert read_glossary(pack_dir, ("en", "es"))[1][0].message.endswith("too long to read; write at most a few digits")


@pytest.mark.parametrize("limit", ["9" * 400, "nan", "inf", "-1e9"])
def test_a_readability_limit_must_be_a_real_number(pack_dir: Path, limit: str) -> None:
    edit_toml(pack_dir, "en_max_grade = 8", f"en_max_grade = {limit}")
    assert any("readability limit 'en_max_grade' must be a number" in m for m in errors(load_pack(pack_dir).problems))


def test_a_glossary_says_a_few_problems_and_keeps_a_few_forms(pack_dir: Path) -> None:
    bad = "\n".join(f"[[terms]]\nx{n} = 1" for n in range(500))
    (pack_dir / "glossary.toml").write_text(bad + "\n", encoding="utf-8")
    assert len(read_glossary(pack_dir, ("en", "es"))[1]) == MAX_PROBLEMS
    forms = ", ".join(f'"word{n}"' for n in range(200))
    (pack_dir / "glossary.toml").write_text(f"[[terms]]\nen = [{forms}]\n", encoding="utf-8")
    terms, problems = read_glossary(pack_dir, ("en", "es"))
    assert len(terms["en"][0]) == MAX_FORMS_PER_TERM
    assert "at most 10 forms" in problems[0].message


def test_a_source_named_like_a_pack_key_is_a_source(pack_dir: Path) -> None:
    edit_toml(
        pack_dir,
        "[sources.demo-source]",
        '[sources.review]\ncitation = "A review article, 2024."\n\n[sources.demo-source]',
    )
    result = load_pack(pack_dir)
    assert errors(result.problems) == []
    assert result.pack is not None and "review" in result.pack.sources


def test_the_languages_own_picture_comes_before_a_shared_high_contrast_one(pack_dir: Path) -> None:
    (pack_dir / "images" / "joints.hc.svg").write_text(
        (pack_dir / "images" / "joints.svg").read_text(), encoding="utf-8"
    )
    pack = load_pack(pack_dir).pack
    assert pack is not None
    spanish = pack.image_path("joints.svg", "es", high_contrast=True)
    assert spanish == (pack_dir / "images" / "es" / "joints.svg").resolve()  # Spanish labels first
    assert not pack.has_high_contrast("joints.svg", "es")
    assert pack.image_path("joints.svg", "en", high_contrast=True) == (pack_dir / "images" / "joints.hc.svg").resolve()
    assert high_contrast_name("dir.v2/spine") == "dir.v2/spine.hc"
    assert high_contrast_name("dir.v2/spine.svg") == "dir.v2/spine.hc.svg"


def test_images_as_a_link_to_another_folder_shows_nothing_from_it(pack_dir: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    (pack_dir / "images").rename(outside)
    os.symlink(outside, pack_dir / "images")
    pack = load_pack(pack_dir).pack
    assert pack is not None and pack.image_path("joints.svg", "en") is None
    problems = [str(p) for p in validate_pack(pack_dir).problems]
    assert any(p.startswith("images/: error: images/ is a link to another folder") for p in problems)
    assert not any("passwd" in p for p in problems)


def test_a_check_report_larger_than_a_pipe_holds_comes_back(pack_dir: Path) -> None:
    """The check ran in a child whose report was read only after it ended: past 64 KiB the child
    blocked until the time limit and the pack was refused as too slow to check."""
    for n in range(1500):
        (pack_dir / "en" / f"unlisted-page-number-{n:04}.md").write_text("title: x\nsection: about\n\nHello.\n")
    _pack, problems = check_in_child(pack_dir, time_limit_s=100)
    assert sum("is not listed in 'pages'" in p.message for p in problems) == 1500
