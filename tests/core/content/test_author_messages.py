"""Messages a pack's author understands: each one says what is wrong, where, and what to write
instead, once, with no knock-on problems after it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from kiosk.core.checks.readability import PHRASE_RULES
from kiosk.core.content.reader import load_pack
from kiosk.core.content.scaffold import write_pack
from kiosk.core.content.validate import validate_pack
from kiosk.core.problems import Severity
from tests.core.content.test_reader import edit_toml, errors

DOCS = Path(__file__).resolve().parents[3] / "docs"


def said(pack_dir: Path) -> list[str]:
    """Every problem ``kiosk validate`` prints for the pack, errors and warnings."""
    return [str(problem) for problem in validate_pack(pack_dir).problems]


@pytest.mark.parametrize(
    ("broken", "words", "line"),
    [
        ('version = "1.2.0', "a quote is not closed on this line", 3),
        ('version = 1.2.0"', "something follows the value on this line", 3),
        ("version = one", 'text needs quotes ("like this")', 3),
        ('version "1.2.0"', 'a key needs "=" and then its value', 3),
        ('version = "1.2.0"\nversion = "1.3.0"', "this key is written twice", 4),
        ('version = "1.2.0"\nversión = "1"', "a key is plain letters a-z", 4),
        ('version = "C:\\path"', "a backslash", 3),
    ],
)
def test_a_toml_slip_is_said_in_plain_words_on_its_line(pack_dir: Path, broken: str, words: str, line: int) -> None:
    edit_toml(pack_dir, 'version = "1.2.0"', broken)
    [message] = errors(load_pack(pack_dir).problems)
    assert message.startswith(f"pack.toml:{line}: error: pack.toml is not valid TOML: ")
    assert words in message
    assert "(TOML: " in message  # TOML's own words stay, after the plain ones


def test_a_quote_never_closed_is_found_on_its_own_line(pack_dir: Path) -> None:
    """TOML itself only says "at end of document"."""
    toml = pack_dir / "pack.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "\n[extra]\nnote = 'never closed\n", encoding="utf-8")
    [message] = errors(load_pack(pack_dir).problems)
    last = len(toml.read_text(encoding="utf-8").splitlines())
    assert message.startswith(
        f"pack.toml:{last}: error: pack.toml is not valid TOML: a quote is opened and never closed"
    )


@pytest.mark.parametrize(
    ("old", "new", "form"),
    [
        ('id = "demo"', 'id = "Demo Pack"', "lower-case letters a-z and digits, with single hyphens between words"),
        ('version = "1.2.0"', 'version = "v1"', "one to four numbers with dots between them, such as '1.2.0'"),
    ],
)
def test_an_id_or_version_in_the_wrong_form_says_the_form(pack_dir: Path, old: str, new: str, form: str) -> None:
    edit_toml(pack_dir, old, new)
    [message] = errors(load_pack(pack_dir).problems)
    assert form in message


def test_a_quoted_review_date_is_one_error_that_says_to_write_a_date(pack_dir: Path) -> None:
    edit_toml(pack_dir, "review_date = 2026-11-01", 'review_date = "2026-11-01"')
    problems = load_pack(pack_dir).problems
    line = (pack_dir / "pack.toml").read_text(encoding="utf-8").splitlines().index('review_date = "2026-11-01"') + 1
    assert [str(p) for p in problems] == [
        f"pack.toml:{line}: error: 'review_date' must be a date such as 2026-11-20 (no quotes)"
    ]


def test_a_top_level_key_written_below_a_table_says_so_with_its_line(pack_dir: Path) -> None:
    edit_toml(pack_dir, 'default_language = "en"\n', "")
    edit_toml(pack_dir, "es_min_reading_ease = 60\n", 'es_min_reading_ease = 60\ndefault_language = "en"\n')
    problems = load_pack(pack_dir).problems
    line = next(
        n for n, text in enumerate((pack_dir / "pack.toml").read_text().splitlines(), 1) if "default_language" in text
    )
    assert [str(p) for p in problems] == [
        f"pack.toml:{line}: error: 'default_language' is written below the [readability] header, so TOML reads "
        "it as part of [readability]; move it above the first [table] in pack.toml"
    ]


def test_a_key_below_the_last_section_says_which_table_took_it(pack_dir: Path) -> None:
    toml = pack_dir / "pack.toml"
    text = toml.read_text(encoding="utf-8").replace('pages = ["welcome", "joints", "block", "after"]\n', "")
    text = text.replace(
        '[[sections]]\nid = "after"', '[[sections]]\nid = "after"\npages = ["welcome", "joints", "block", "after"]'
    )
    toml.write_text(text, encoding="utf-8")
    [message] = errors(load_pack(pack_dir).problems)
    assert "'pages' is written below the [[sections]] header" in message


def test_an_unknown_readability_limit_is_named(pack_dir: Path) -> None:
    edit_toml(pack_dir, "en_max_grade = 8", "en_max_grade = 8\nen_grade_max = 6")
    [warning] = [str(p) for p in load_pack(pack_dir).problems if p.severity is Severity.WARNING]
    assert "unknown key 'en_grade_max' in [readability]" in warning and "en_max_grade" in warning


@pytest.mark.parametrize("slip", ["títle", "Títle", "tilte", "titel"])
def test_a_header_key_with_an_accent_or_a_slip_is_one_problem(pack_dir: Path, slip: str) -> None:
    page = pack_dir / "en" / "joints.md"
    page.write_text(page.read_text(encoding="utf-8").replace("title:", f"{slip}:", 1), encoding="utf-8")
    result = load_pack(pack_dir)
    assert [str(p) for p in result.problems] == [
        f"en/joints.md:1: error: unknown header key '{slip.lower()}'; did you mean 'title'?"
    ]


def test_an_unknown_header_key_far_from_any_is_ignored_with_a_warning(pack_dir: Path) -> None:
    page = pack_dir / "en" / "joints.md"
    page.write_text("colour: blue\n" + page.read_text(encoding="utf-8"), encoding="utf-8")
    assert [str(p) for p in load_pack(pack_dir).problems] == [
        "en/joints.md:1: warning: unknown header key 'colour' is ignored"
    ]


def test_a_page_too_hard_to_read_names_its_hardest_sentences_with_their_lines(pack_dir: Path) -> None:
    page = pack_dir / "en" / "joints.md"
    header, _body = page.read_text(encoding="utf-8").split("\n\n", 1)
    hard = (
        "Radiofrequency neurotomy characteristically demonstrates considerable therapeutic effectiveness "
        "for appropriately selected individuals."
    )
    page.write_text(f"{header}\n\nYou sit down.\n\nA nurse greets you.\n\n{hard}\n", encoding="utf-8")
    [message] = [m for m in said(pack_dir) if "too hard to read" in m]
    hard_line = page.read_text(encoding="utf-8").splitlines().index(hard) + 1
    assert message.startswith(f"en/joints.md:{hard_line}: error: too hard to read: grade ")
    assert f"The hardest sentences: line {hard_line}: “Radiofrequency neurotomy" in message
    assert "nurse" not in message  # an easy sentence is not named


def test_a_missing_picture_says_where_it_looked_and_the_closest_name(pack_dir: Path) -> None:
    page = pack_dir / "en" / "joints.md"
    page.write_text(page.read_text(encoding="utf-8").replace("image: joints.svg", "image: joint.svg"), encoding="utf-8")
    [message] = [m for m in said(pack_dir) if m.startswith("en/") and "picture 'joint.svg' is not in images/" in m]
    assert "looked for images/en/joint.svg and images/joint.svg; did you mean 'joints.svg'?" in message


def test_one_language_missing_everywhere_is_one_problem_with_a_list(tmp_path: Path) -> None:
    write_pack("new-guide", ["en", "es"], tmp_path / "new-guide", today=dt.date(2026, 12, 1))
    pack_dir = tmp_path / "new-guide"
    assert errors(load_pack(pack_dir).problems) == []
    edit_toml(pack_dir, 'languages = ["en", "es"]', 'languages = ["en", "es", "fr"]')
    found = errors(load_pack(pack_dir).problems)
    about_fr = [m for m in found if "'fr'" in m]
    grouped = [m for m in about_fr if "language 'fr' is listed, but" in m]
    assert len(grouped) == 1
    assert grouped[0].startswith("pack.toml:6: error: language 'fr' is listed, but ")
    assert "pack.toml:" in grouped[0] and "questionnaire.toml:" in grouped[0] and "fr/ the 'fr' folder" in grouped[0]
    count = int(re.search(r"but (\d+) texts", grouped[0]).group(1))  # type: ignore[union-attr]
    assert count > 10 and f"and {count - 12} more" in grouped[0]
    assert len(about_fr) <= 2  # the list, and at most the yes/no words the language lacks


def test_a_few_missing_texts_are_still_said_one_by_one(pack_dir: Path) -> None:
    edit_toml(pack_dir, 'es = "Tema de prueba"\n', "")
    assert "pack.toml:8: error: 'title' has no text for language 'es'" in errors(load_pack(pack_dir).problems)


def test_the_docs_list_every_phrase_patient_screens_never_use() -> None:
    text = (DOCS / "content-packs.md").read_text(encoding="utf-8")
    for lang, rules in PHRASE_RULES.items():
        for rule in rules:
            assert f'| {lang} | "{rule.phrase}" |' in text, rule.phrase
