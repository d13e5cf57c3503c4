"""Page budgets: the shapes of text that make conversion slow are refused, with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.hostile import LARGEST_PAGES
from kiosk.core.content import budgets
from kiosk.core.content.budgets import page_budget_issues
from kiosk.core.content.markup import OverBudgetError, render_markdown
from kiosk.core.content.reader import load_pack
from kiosk.core.content.validate import validate_pack
from kiosk.core.problems import Severity

HEADER = "title: Hostile\nsection: spine\n\n"


def write_body(pack_dir: Path, body: str, page: str = "block") -> None:
    (pack_dir / "en" / f"{page}.md").write_text(HEADER + body, encoding="utf-8")


def errors_in(pack_dir: Path, file: str = "en/block.md") -> list[str]:
    return [str(p) for p in load_pack(pack_dir).problems if p.severity is Severity.ERROR and p.file == file]


HOSTILE = {
    "6,000 '[' on one line": ("[" * 6_000, "a line may have at most 2,000"),
    "a huge page": (("Most people go home the same day. " * 50 + "\n\n") * 60, "a page may be at most 64 KiB"),
    "one long paragraph": ("\n".join(["A short line of plain words here."] * 300), "over 8,000 characters"),
    "brackets spread out": ("\n\n".join(["[a and some words"] * 80), "more than 32 '['"),
    "deep list": ("\n".join("    " * depth + "- a" for depth in range(40)), "nested 17 deep"),
    "deep quote": ("> " * 40 + "a", "nested 40 deep"),
    "list markers on one line": ("- " * 40 + "a", "nested 40 deep"),  # "- - a" is a list in a list
    "emphasis storm": ("\n".join(["*a* _b_ " * 100] * 10), "more than 2,000 markup characters"),
    "unfinished tags": ("<a " * 100, "more than 64 '<'"),
    "giant table": ("|a|b|\n|-|-|\n" + "|a|b|\n" * 100, "more than 60 table rows"),
    "wide table": ("|" + "a|" * 30 + "\n|" + "-|" * 30, "more than 10 columns"),
    "many blocks": ("a\n\n" * 600, "more than 500 paragraphs"),
    "quote storm": ("'\"" * 1_500, "more than 2,000 quote marks"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_page_is_refused_with_a_plain_reason_at_its_line(pack_dir: Path, name: str) -> None:
    body, expected = HOSTILE[name]
    write_body(pack_dir, body)
    found = errors_in(pack_dir)
    assert any(expected in message for message in found), found
    assert all(message.startswith("en/block.md:") for message in found)
    result = load_pack(pack_dir)
    assert all(
        not t.html
        for p in (result.pack.pages if result.pack else ())
        for t in p.texts.values()
        if t.file == "en/block.md"
    )


def test_the_line_named_is_where_the_limit_is_first_passed(pack_dir: Path) -> None:
    write_body(pack_dir, "Fine words.\n\n" + "[" * 3_000)
    assert errors_in(pack_dir)[0].startswith("en/block.md:6: error: this line is 3,000 characters long")


def test_a_page_file_too_big_is_refused_without_being_read_as_text(pack_dir: Path) -> None:
    (pack_dir / "en" / "block.md").write_bytes(b"\xff" * (budgets.MAX_PAGE_BYTES + 1))
    assert errors_in(pack_dir) == [
        "en/block.md:1: error: this page is 64 KiB; a page may be at most 64 KiB, so split it into several pages"
    ]


def test_ordinary_pages_are_far_inside_the_limits() -> None:
    long_list = "\n".join(f"- step {n}: rest, then walk a little" for n in range(150))
    rules_and_numbers = "----\n\n***\n\n1.5 mg twice a day, 2024 figures.\n\n- a\n    - b\n        - c"
    assert page_budget_issues(long_list) == []
    assert page_budget_issues(rules_and_numbers) == []


def test_each_limit_is_reported_once_however_often_it_is_passed() -> None:
    issues = page_budget_issues("\n".join("    " * 20 + "- a" for _ in range(500)))
    assert sum("nested" in issue.message for issue in issues) <= 2


def test_validate_and_install_refuse_a_hostile_page(pack_dir: Path) -> None:
    write_body(pack_dir, "[" * 6_000)
    report = validate_pack(pack_dir)
    assert not report.ok
    assert any("this line is 6,000 characters long" in str(p) for p in report.problems)


def test_the_converter_itself_refuses_text_over_budget() -> None:
    with pytest.raises(OverBudgetError, match="line 1"):
        render_markdown("[" * 6_000)


@pytest.mark.parametrize("name", list(LARGEST_PAGES))
def test_every_shape_the_benchmark_measures_is_allowed(name: str) -> None:
    """``make bench`` reports the conversion time of these pages: they must be real, allowed pages."""
    text = LARGEST_PAGES[name]
    assert page_budget_issues(text) == []
    assert render_markdown(text)


def test_the_pack_as_a_whole_has_a_limit(pack_dir: Path) -> None:
    page = ("Most people go home the same day. " * 50 + "\n\n") * 30  # about 50 KiB, within a page's limit
    pages = [f"p{n}" for n in range(budgets.MAX_PACK_PAGE_BYTES // len(page) + 1)]
    toml = (pack_dir / "pack.toml").read_text(encoding="utf-8")
    toml = toml.replace('pages = ["welcome", "joints", "block", "after"]', f"pages = {pages!r}".replace("'", '"'))
    (pack_dir / "pack.toml").write_text(toml, encoding="utf-8")
    for name in pages:
        for lang in ("en", "es"):
            (pack_dir / lang / f"{name}.md").write_text("title: T\nsection: about\n\n" + page, encoding="utf-8")
    result = load_pack(pack_dir)
    assert result.pack is None
    assert any("a pack may have at most 1,024 KiB of pages" in str(p) for p in result.problems)


def test_every_page_is_converted_once_when_the_pack_loads(pack_dir: Path) -> None:
    result = load_pack(pack_dir)
    assert result.pack is not None
    joints = result.pack.pages[1].text("en")
    assert '<a href="page:block">the block</a>' in joints.html
    assert set(result.conversion_s) == {t.file for p in result.pack.pages for t in p.texts.values()}


def test_a_form_feed_before_deep_list_markers_is_refused_at_load_not_in_the_converter(pack_dir: Path) -> None:
    """Found by the fuzzer: the reader splits lines at a form feed, the budget check did not, so
    17 list markers after one passed the check and reached the converter (a crash, not a refusal)."""
    write_body(pack_dir, "\x0c" + "- " * 17)
    loaded = load_pack(pack_dir)  # converts the pages: must not raise
    assert loaded.pack is None or any(p.severity is Severity.ERROR for p in loaded.problems)
    assert any("nested 17 deep" in message for message in errors_in(pack_dir))
