"""``validate_pack``: every check a pack goes through before it reaches a patient."""

from pathlib import Path

import pytest

from kiosk.core.content.validate import icon_problem, validate_pack
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.problems import Severity
from tests.conftest import write_page

HEADER = {"title": "Afterwards", "section": "after"}


def error_lines(pack_dir: Path) -> list[str]:
    return [str(p) for p in validate_pack(pack_dir).problems if p.severity is Severity.ERROR]


def test_demo_pack_is_valid_and_scored(pack_dir: Path) -> None:
    report = validate_pack(pack_dir)
    assert report.ok, [str(p) for p in report.problems]
    assert {(row.page, row.lang) for row in report.scores} == {
        (page, lang) for page in ("welcome", "joints", "block", "after") for lang in ("en", "es")
    }
    assert all(row.score.ok for row in report.scores)


def test_bundled_pack_is_valid() -> None:
    report = validate_pack(BUNDLED_CONTENT_DIR / "rfa-facet")
    assert report.ok, [str(p) for p in report.problems]


#: The words of the bundled welcome page's "Tell a staff member now" list for each warning sign
#: the questionnaire sends to staff, in English and Spanish.
WELCOME_WARNINGS = {
    "bladder_bowel": ("controlling your bladder or bowels", "controlar la orina o las heces"),
    "saddle_numbness": ("numbness between your legs or in your groin", "adormecimiento nuevo entre las piernas"),
    "leg_weakness": ("weakness in a leg", "debilidad nueva, o que va empeorando, en una pierna"),
    "arm_weakness": ("an arm or a hand, if it is new or getting worse", "un brazo o una mano"),
    "hand_clumsiness": ("hands that feel clumsy in a new way or drop things", "manos torpes de una forma nueva"),
    "walking_balance": ("new trouble walking or keeping your balance", "caminar o mantener el equilibrio"),
    "fever": ("fever or chills with your pain", "fiebre o escalofríos con el dolor"),
}


def test_the_bundled_welcome_names_every_warning_sign_that_sends_a_patient_to_staff() -> None:
    """The first page's list must match the questionnaire: a patient may stop reading there."""
    report = validate_pack(BUNDLED_CONTENT_DIR / "rfa-facet")
    assert report.pack is not None
    questionnaire = report.pack.questionnaire
    assert questionnaire is not None
    staff_now = next(o for o in questionnaire.outcomes if o.kind == "staff_now")
    assert {part.question for part in staff_now.when.parts} == set(WELCOME_WARNINGS)  # type: ignore[attr-defined]
    welcome = report.pack.pages[0]
    for lang, column in (("en", 0), ("es", 1)):
        words = " ".join(welcome.text(lang).markdown.split()).lower()
        for sign, phrases in WELCOME_WARNINGS.items():
            assert phrases[column].lower() in words, (lang, sign)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Fine.\n\n![remote](https://example.org/x.png)",
            "en/after.md:6: error: picture 'https://example.org/x.png' points to the internet",
        ),
        ("Fine.\n<script>alert(1)</script>", "en/after.md:5: error: raw HTML (<script> </script>)"),
        ("![up](../pack.toml)", "en/after.md:4: error: picture '../pack.toml' is outside the pack"),
        ("![abs](/etc/passwd)", "en/after.md:4: error: picture '/etc/passwd' is outside the pack"),
        ("![gone](missing.svg)", "en/after.md:4: error: picture 'missing.svg' is not in images/"),
        ("[see](page:nowhere)", "en/after.md:4: error: link to page 'nowhere', which is not in the pack"),
        ('<img src="x.png" onerror="alert(1)">', "en/after.md:4: error: raw HTML (<img"),
        ("[web](http://example.org)", "en/after.md:4: error: link 'http://example.org' points to the internet"),
    ],
)
def test_unsafe_or_broken_text_fails_with_file_and_line(pack_dir: Path, body: str, expected: str) -> None:
    write_page(pack_dir, "en", "after", HEADER, body)
    found = error_lines(pack_dir)
    assert any(line.startswith(expected) for line in found), found
    assert not validate_pack(pack_dir).ok


def test_header_references_are_checked(pack_dir: Path) -> None:
    write_page(pack_dir, "en", "after", {**HEADER, "icon": "fa6s.no-such-icon", "sources": "nobody"}, "Rest.")
    write_page(
        pack_dir,
        "es",
        "after",
        {"title": "Después", "section": "after", "icon": "fa6s.no-such-icon", "sources": "nobody"},
        "Descanse.",
    )
    found = error_lines(pack_dir)
    assert "en/after.md:3: error: there is no icon named 'fa6s.no-such-icon'" in found
    assert "en/after.md:4: error: source 'nobody' is not in [sources] in pack.toml" in found


def test_icon_names() -> None:
    assert icon_problem("fa6s.bone") is None
    assert icon_problem("mdi6.needle") is None
    assert "must start with" in (icon_problem("bone") or "")


def test_a_hard_page_fails_readability(pack_dir: Path) -> None:
    hard = (
        "Radiofrequency neurotomy constitutes a percutaneous interventional methodology whereby "
        "thermocoagulation of zygapophysial articulations' innervating medial branches is accomplished "
        "utilising fluoroscopically positioned electrodes, notwithstanding considerable heterogeneity "
        "characterising contemporaneous randomised investigations."
    )
    write_page(pack_dir, "en", "after", HEADER, hard)
    found = error_lines(pack_dir)
    assert any(line.startswith("en/after.md:4: error: too hard to read: grade") for line in found), found


def test_a_hard_spanish_page_fails_readability(pack_dir: Path) -> None:
    hard = (
        "La neurotomía por radiofrecuencia constituye una metodología intervencionista percutánea "
        "caracterizada por termocoagulación de ramificaciones nerviosas correspondientes a articulaciones "
        "interapofisarias, independientemente de considerables heterogeneidades metodológicas."
    )
    write_page(pack_dir, "es", "after", {"title": "Después", "section": "after"}, hard)
    found = error_lines(pack_dir)
    assert any(line.startswith("es/after.md:4: error: too hard to read: reading ease") for line in found), found


@pytest.mark.parametrize(
    ("lang", "body", "phrase"),
    [
        ("en", "Rest now.\nYou are a candidate for this.", "you are a candidate"),
        ("en", "You qualify for RFA.", "you qualify"),
        ("en", "Rest. You\u00a0have facet\u200b pain.", "you have"),
        ("en", "If you have pain, rest. Then you have a choice.", "you have"),
        ("en", "You **need** RFA.\nYou need RFA.", "you need"),
        ("es", "Usted tiene dolor de facetas.", "usted tiene"),
        ("es", "Diagnóstico: dolor facetario.", "diagnóstico:"),
    ],
)
def test_forbidden_phrases_fail_the_page(pack_dir: Path, lang: str, body: str, phrase: str) -> None:
    header = HEADER if lang == "en" else {"title": "Después", "section": "after"}
    write_page(pack_dir, lang, "after", header, body)
    found = error_lines(pack_dir)
    assert any(
        f"'{phrase}' must not appear on a patient screen" in line and line.startswith(f"{lang}/after.md:")
        for line in found
    ), found


@pytest.mark.parametrize(
    ("svg", "expected"),
    [
        (
            '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script></svg>',
            "images/bad.svg:2: error: <script>",
        ),
        (
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\n'
            '<image xlink:href="https://example.org/x.png"/></svg>',
            "images/bad.svg:2: error: <image> refers to",
        ),
        (
            '<svg xmlns="http://www.w3.org/2000/svg">\n<rect onclick="x()"/></svg>',
            "images/bad.svg:2: error: event attribute",
        ),
        ('<!DOCTYPE svg [<!ENTITY a "aaaa">]>\n<svg/>', "images/bad.svg:1: error: an SVG must not have a DOCTYPE"),
        ('<svg><rect fill="url(file:///etc/x)"/></svg>', "images/bad.svg:1: error: 'fill' loads"),
        ("<svg><rect></svg>", "images/bad.svg:1: error: this SVG is not well-formed"),
    ],
)
def test_unsafe_svg_pictures_fail(pack_dir: Path, svg: str, expected: str) -> None:
    (pack_dir / "images" / "bad.svg").write_text(svg, encoding="utf-8")
    found = error_lines(pack_dir)
    assert any(line.startswith(expected) for line in found), found


def test_other_kinds_of_file_in_images_fail(pack_dir: Path) -> None:
    (pack_dir / "images" / "run.sh").write_text("echo hi", encoding="utf-8")
    (pack_dir / "images" / "link.svg").symlink_to(pack_dir / "images" / "joints.svg")
    found = error_lines(pack_dir)
    assert any(line.startswith("images/run.sh: error: only .jpeg, .jpg, .png, .svg pictures") for line in found)
    assert "images/link.svg: error: links are not allowed in a pack; copy the file in" in found


def test_validation_measures_every_page_and_names_the_slowest(pack_dir: Path) -> None:
    report = validate_pack(pack_dir)
    assert set(report.conversion_s) == {
        f"{lang}/{page}.md" for lang in ("en", "es") for page in ("welcome", "joints", "block", "after")
    }
    line = report.conversion_line()
    assert line.startswith("converting pages to HTML: slowest ") and "all 8 page files" in line


def test_reading_level_is_said_to_be_not_measured_for_a_language_without_a_formula(pack_dir: Path) -> None:
    from tests.core.checks.test_pack_fonts import OTHER_SCRIPTS, add_language

    add_language(pack_dir, "vi", OTHER_SCRIPTS["vi"])
    report = validate_pack(pack_dir)
    assert report.ok, [str(p) for p in report.problems]
    notes = [str(p) for p in report.problems if "not measured" in p.message]
    assert notes == [
        "pack.toml: warning: reading level is not measured for the 'vi' pages: the kiosk has no reading-level "
        "formula for this language (it scores de, en, es, fr, hu, it, nl, ru). Ask someone who reads it to check "
        "that the pages use short sentences and everyday words"
    ]
    assert {row.lang for row in report.scores} == {"en", "es"}  # English and Spanish are scored as before
