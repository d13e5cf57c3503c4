"""Reading a pack folder (`load_pack`): structure, pack.toml rules, review status and format versions."""

from pathlib import Path

import pytest

from kiosk.core.content.reader import load_pack
from kiosk.core.problems import Problem, Severity, has_errors
from tests.conftest import write_page


def errors(problems: list[Problem]) -> list[str]:
    return [str(p) for p in problems if p.severity is Severity.ERROR]


def edit_toml(pack_dir: Path, old: str, new: str) -> None:
    toml = pack_dir / "pack.toml"
    text = toml.read_text(encoding="utf-8")
    assert old in text
    toml.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_demo_pack_loads_with_everything_in_it(pack_dir: Path) -> None:
    result = load_pack(pack_dir)
    assert result.problems == []
    pack = result.pack
    assert pack is not None
    assert (pack.id, pack.version, pack.languages, pack.default_language) == ("demo", "1.2.0", ("en", "es"), "en")
    assert [p.id for p in pack.pages] == ["welcome", "joints", "block", "after"]
    assert [s.id for s in pack.sections] == ["about", "spine", "after"]
    assert pack.title("es") == "Tema de prueba"
    joints = pack.pages[1]
    assert joints.section == "spine" and joints.image == "joints.svg" and joints.sources == ("demo-source",)
    assert joints.text("es").title == "Sus articulaciones"
    assert joints.text("en").markdown.startswith("Your back has small joints.")
    assert joints.text("en").body_line == 8
    assert pack.review_date is not None and pack.review_date.isoformat() == "2026-11-01"


def test_language_specific_picture_wins_over_the_shared_one(pack_dir: Path) -> None:
    pack = load_pack(pack_dir).pack
    assert pack is not None
    assert pack.image_path("joints.svg", "es") == (pack_dir / "images/es/joints.svg").resolve()
    assert pack.image_path("joints.svg", "en") == (pack_dir / "images/joints.svg").resolve()
    assert pack.image_path("../pack.toml", "en") is None


def test_missing_folder_and_missing_pack_toml(tmp_path: Path) -> None:
    assert "not a folder" in errors(load_pack(tmp_path / "nope").problems)[0]
    (tmp_path / "empty").mkdir()
    result = load_pack(tmp_path / "empty")
    assert result.pack is None
    assert errors(result.problems) == ["pack.toml: error: the pack has no pack.toml"]


def test_broken_toml_is_reported_with_its_line(pack_dir: Path) -> None:
    edit_toml(pack_dir, 'version = "1.2.0"', 'version = "1.2.0')
    result = load_pack(pack_dir)
    assert result.pack is None
    [message] = errors(result.problems)
    assert message.startswith("pack.toml:3: error: pack.toml is not valid TOML")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'id = "demo"',
            'id = "Demo Pack!"',
            "pack.toml:2: error: 'id' = 'Demo Pack!' is not an id: lower-case letters a-z and digits",
        ),
        ('id = "demo"\n', "", "pack.toml: error: 'id' is missing or is not text"),
        (
            'version = "1.2.0"',
            'version = "one"',
            "pack.toml:3: error: 'version' = 'one' is not a version: one to four numbers",
        ),
        ('default_language = "en"', 'default_language = "fr"', "pack.toml:5: error: default_language 'fr' is not one"),
        ('es = "Tema de prueba"\n', "", "pack.toml:8: error: 'title' has no text for language 'es'"),
        ("format = 1", "format = 3", "pack.toml:1: error: this pack needs a kiosk newer than version 0.2.0"),
        (
            "format = 1",
            'format = 3\nkiosk_version = "0.4.0"',
            "pack.toml:1: error: this pack needs kiosk version 0.4.0 or later",
        ),
        ("format = 1", 'format = "two"', "pack.toml:1: error: format 'two' is not a format number"),
        (
            'default_language = "en"\n',
            'default_language = "en"\nflavour = 1\n',
            "pack.toml:6: error: unknown key 'flavour'",
        ),
        (
            '"joints", "block"',
            '"joints", "joints", "block"',
            "pack.toml:6: error: page id 'joints' is listed more than once",
        ),
    ],
)
def test_pack_toml_rules(pack_dir: Path, old: str, new: str, expected: str) -> None:
    edit_toml(pack_dir, old, new)
    assert any(message.startswith(expected) for message in errors(load_pack(pack_dir).problems)), errors(
        load_pack(pack_dir).problems
    )


def test_every_language_needs_its_folder_and_every_page(pack_dir: Path) -> None:
    (pack_dir / "es" / "block.md").unlink()
    assert "es/block.md: error: page 'block' is missing in language 'es'" in errors(load_pack(pack_dir).problems)
    edit_toml(pack_dir, '["en", "es"]', '["en", "es", "fr"]')
    edit_toml(pack_dir, 'es = "Tema de prueba"', 'es = "Tema de prueba"\nfr = "Sujet"')
    edit_toml(pack_dir, 'es = "Una prueba corta"', 'es = "Una prueba corta"\nfr = "Un essai"')
    found = errors(load_pack(pack_dir).problems)
    assert "fr/: error: the pack lists language 'fr' but has no 'fr' folder" in found


def test_a_page_not_listed_in_pages_is_a_warning(pack_dir: Path) -> None:
    write_page(pack_dir, "en", "stray", {"title": "Stray", "section": "about"}, "Hello.")
    result = load_pack(pack_dir)
    assert not has_errors(result.problems)
    assert [str(p) for p in result.problems] == [
        "en/stray.md: warning: this page is not listed in 'pages' in pack.toml, so it is never shown"
    ]


def test_page_header_rules(pack_dir: Path) -> None:
    (pack_dir / "en" / "block.md").write_text("Just text, no header.\n", encoding="utf-8")
    write_page(pack_dir, "en", "after", {"section": "after"}, "No title here.")
    write_page(pack_dir, "es", "after", {"title": "Después", "section": "nowhere"}, "Texto.")
    write_page(pack_dir, "en", "joints", {"title": "J", "section": "spine", "image": "joints.svg"}, "No alt.")
    found = errors(load_pack(pack_dir).problems)
    assert "en/block.md:1: error: a page must start with header lines such as 'title: …' and a blank line" in found
    assert "en/after.md:1: error: the header has no 'title:' line" in found
    assert any(m.startswith("es/after.md:2: error: 'section' is 'nowhere' here but 'after'") for m in found)
    assert "en/joints.md:3: error: a picture needs an 'alt:' line that says what it shows" in found


def test_unknown_section_and_section_order(pack_dir: Path) -> None:
    for lang in ("en", "es"):
        write_page(pack_dir, lang, "welcome", {"title": "W", "section": "spine"}, "Hi.")
        write_page(pack_dir, lang, "block", {"title": "B", "section": "about"}, "Hi.")
    found = errors(load_pack(pack_dir).problems)
    assert any(
        m.startswith("en/block.md:2: error: page 'block' is in section 'about', which comes earlier") for m in found
    )
    for lang in ("en", "es"):
        write_page(pack_dir, lang, "block", {"title": "B", "section": "elsewhere"}, "Hi.")
    found = errors(load_pack(pack_dir).problems)
    assert "en/block.md:2: error: section 'elsewhere' is not one of the sections in pack.toml" in found


def test_a_page_that_is_not_utf8_is_reported(pack_dir: Path) -> None:
    (pack_dir / "en" / "after.md").write_bytes(b"title: \xff\xfe\n")
    assert any(
        m.startswith("en/after.md: error: cannot be read as UTF-8") for m in errors(load_pack(pack_dir).problems)
    )


def format_2(pack_dir: Path, review: str) -> None:
    edit_toml(pack_dir, "format = 1", "format = 2")
    edit_toml(pack_dir, 'reviewed_by = "Dr Demo"\nreview_date = 2026-11-01\n', review)


def test_a_format_1_pack_with_a_reviewer_and_a_date_counts_as_reviewed(pack_dir: Path) -> None:
    pack = load_pack(pack_dir).pack
    assert pack is not None and not pack.is_draft
    edit_toml(pack_dir, 'reviewed_by = "Dr Demo"\n', "")
    pack = load_pack(pack_dir).pack
    assert pack is not None and pack.is_draft


def test_format_2_review_status(pack_dir: Path) -> None:
    format_2(pack_dir, 'status = "draft"\n')
    loaded = load_pack(pack_dir)
    assert loaded.pack is not None and loaded.pack.is_draft and not has_errors(loaded.problems)
    assert loaded.pack.review.by == "" and loaded.pack.review_date is None

    edit_toml(pack_dir, 'status = "draft"\n', 'status = "reviewed"\nreviewed_by = "Dr Ruiz, medical lead"\n')
    found = errors(load_pack(pack_dir).problems)
    assert any("a reviewed pack needs 'review_date' in [review]" in line for line in found), found

    edit_toml(
        pack_dir, 'reviewed_by = "Dr Ruiz, medical lead"\n', 'reviewed_by = "Dr Ruiz"\nreview_date = 2026-12-01\n'
    )
    loaded = load_pack(pack_dir)
    assert loaded.pack is not None and not loaded.pack.is_draft
    assert (loaded.pack.reviewed_by, loaded.pack.review_date.isoformat() if loaded.pack.review_date else "") == (
        "Dr Ruiz",
        "2026-12-01",
    )

    edit_toml(pack_dir, 'status = "reviewed"\n', 'status = "done"\n')
    found = errors(load_pack(pack_dir).problems)
    assert any('[review] needs status = "draft" or "reviewed"' in line for line in found), found


def test_format_2_keys_are_unknown_in_format_1(pack_dir: Path) -> None:
    edit_toml(pack_dir, 'reviewed_by = "Dr Demo"\n', 'status = "reviewed"\nreviewed_by = "Dr Demo"\n')
    edit_toml(pack_dir, 'citation = "Demo Clinic. A demo leaflet. 2026."', 'citation = "Demo"\nkind = "published"')
    found = errors(load_pack(pack_dir).problems)
    assert any("unknown key 'status' in [review]" in line for line in found), found
    assert any("source 'demo-source': unknown key 'kind'" in line for line in found), found


def test_a_clinic_instruction_must_be_signed_off_in_a_reviewed_pack(pack_dir: Path) -> None:
    format_2(pack_dir, 'status = "reviewed"\nreviewed_by = "Dr Demo"\nreview_date = 2026-11-01\n')
    edit_toml(
        pack_dir,
        'citation = "Demo Clinic. A demo leaflet. 2026."',
        'citation = "Demo Clinic. Our own instructions."\nkind = "clinic-instruction"',
    )
    loaded = load_pack(pack_dir)
    assert [p.message for p in loaded.problems if p.severity is Severity.ERROR] == [
        "source 'demo-source' is a clinic instruction with no 'approved_by': "
        "the medical lead signs each clinic instruction off"
    ]
    edit_toml(pack_dir, 'kind = "clinic-instruction"', 'kind = "clinic-instruction"\napproved_by = "Dr Demo"')
    loaded = load_pack(pack_dir)
    assert not has_errors(loaded.problems)
    assert loaded.pack is not None and loaded.pack.source_kinds["demo-source"].value == "clinic-instruction"
    edit_toml(pack_dir, 'kind = "clinic-instruction"', 'kind = "rumour"')
    assert any("kind 'rumour' is unknown" in line for line in errors(load_pack(pack_dir).problems))
