"""``kiosk validate`` refuses words a patient would see as empty boxes, naming the file and line."""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

from kiosk.core.checks import pack_fonts
from kiosk.core.content.reader import load_pack
from kiosk.core.content.validate import validate_pack
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.problems import Severity
from tests.conftest import PAGES, write_page

MYANMAR_KA = "\u1000"
LINEAR_B = "\U00010000"

#: A title, a section name and a sentence for each page, in languages the fallback fonts draw.
OTHER_SCRIPTS = {
    "vi": ("Chủ đề thử", "Phần", "Trang", "Đây là một trang ngắn. Người bệnh nghỉ ngơi một ngày."),
    "ar": ("موضوع تجريبي", "قسم", "صفحة", "هذه صفحة قصيرة. استرح يومًا، ثم امشِ قليلًا."),
    "zh": ("演示主题", "部分", "页面", "这是一个简短的演示。请休息一天，然后稍微走动一下。"),
}


def add_language(root: Path, lang: str, words: tuple[str, str, str, str]) -> None:
    """Give the demo pack one more language: its title, section names and every page."""
    title, section, page_title, body = words
    toml = (root / "pack.toml").read_text(encoding="utf-8")
    toml = re.sub(r"languages = \[(.*)\]", rf'languages = [\1, "{lang}"]', toml, count=1)
    toml = toml.replace('es = "Tema de prueba"\n', f'es = "Tema de prueba"\n{lang} = "{title}"\n')
    toml = toml.replace('es = "Una prueba corta"\n', f'es = "Una prueba corta"\n{lang} = "{page_title}"\n')
    toml = re.sub(r"title = \{ (.*) \}", rf'title = {{ \1, {lang} = "{section}" }}', toml)
    (root / "pack.toml").write_text(toml, encoding="utf-8")
    for page_id, (section_id, *_rest, image, _en, _es) in PAGES.items():
        header = {"title": page_title, "section": section_id, "icon": "fa6s.bone", "sources": "demo-source"}
        if image:
            header.update(image=image, alt=page_title)
        write_page(root, lang, page_id, header, body)


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def font_errors(root: Path) -> list[str]:
    report = validate_pack(root)
    return [str(p) for p in report.problems if p.severity is Severity.ERROR and "no font that can draw" in p.message]


def test_a_pack_in_vietnamese_arabic_and_chinese_has_nothing_undrawable(pack_dir: Path) -> None:
    for lang, words in OTHER_SCRIPTS.items():
        add_language(pack_dir, lang, words)
    report = validate_pack(pack_dir)
    assert report.ok, [str(p) for p in report.problems if p.severity is Severity.ERROR]
    assert font_errors(pack_dir) == []


def test_a_character_no_font_draws_is_named_with_its_file_and_line(pack_dir: Path) -> None:
    page = pack_dir / "en" / "block.md"
    page.write_text(
        page.read_text(encoding="utf-8") + f"\nThe word {MYANMAR_KA} is not drawn.\n\nNor {LINEAR_B}.\n",
        encoding="utf-8",
    )
    toml = pack_dir / "pack.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("A short demo", f"A short demo {LINEAR_B}"), "utf-8")
    errors = font_errors(pack_dir)
    assert errors == [
        f"en/block.md:{line_of(page, MYANMAR_KA)}: error: the kiosk has no font that can draw "
        f"'{MYANMAR_KA}' (U+1000 MYANMAR LETTER KA): patients would see an empty box in its place. "
        "Write it another way, or ask for a font with this character to be added to the kiosk",
        f"en/block.md:{line_of(page, LINEAR_B)}: error: the kiosk has no font that can draw "
        f"'{LINEAR_B}' (U+10000 LINEAR B SYLLABLE B008 A): patients would see an empty box in its place. "
        "Write it another way, or ask for a font with this character to be added to the kiosk",
        f"pack.toml:{line_of(toml, LINEAR_B)}: error: the kiosk has no font that can draw "
        f"'{LINEAR_B}' (U+10000 LINEAR B SYLLABLE B008 A): patients would see an empty box in its place. "
        "Write it another way, or ask for a font with this character to be added to the kiosk",
    ]
    assert not validate_pack(pack_dir).ok


def test_page_titles_and_picture_descriptions_are_checked_on_their_header_lines(pack_dir: Path) -> None:
    page = pack_dir / "es" / "joints.md"
    text = page.read_text(encoding="utf-8")
    text = text.replace("title: Sus articulaciones", f"title: Sus articulaciones {MYANMAR_KA}")
    page.write_text(text.replace("alt: Dibujo", f"alt: {LINEAR_B} Dibujo"), encoding="utf-8")
    errors = font_errors(pack_dir)
    assert [error.split(": error")[0] for error in errors] == [
        f"es/joints.md:{line_of(page, MYANMAR_KA)}",
        f"es/joints.md:{line_of(page, LINEAR_B)}",
    ]


def test_questionnaire_words_are_checked_on_their_line(tmp_path: Path) -> None:
    pack = tmp_path / "rfa-facet"
    shutil.copytree(BUNDLED_CONTENT_DIR / "rfa-facet", pack)
    questions = pack / "questionnaire.toml"
    asked = "Have you had new trouble controlling your bladder or bowels?"
    questions.write_text(questions.read_text(encoding="utf-8").replace(asked, f"{asked} {MYANMAR_KA}"), "utf-8")
    errors = font_errors(pack)
    assert len(errors) == 1
    assert errors[0].startswith(f"questionnaire.toml:{line_of(questions, MYANMAR_KA)}: error: ")


def test_every_text_given_per_language_is_found_however_deep() -> None:
    @dataclasses.dataclass(frozen=True)
    class Option:
        id: str
        texts: dict[str, str]

    @dataclasses.dataclass(frozen=True)
    class Question:
        id: str
        texts: dict[str, str]
        options: tuple[Option, ...]
        lines: dict[str, tuple[str, ...]]

    question = Question(
        "pain",
        {"en": "Where is the pain?", "es": "¿Dónde le duele?", "xx": "not a pack language"},
        (Option("neck", {"en": "Neck"}), Option("back", {"es": "Espalda"})),
        {"en": ("one", "two")},
    )
    found = list(pack_fonts.language_texts([question], frozenset({"en", "es"})))
    assert found == ["Where is the pain?", "¿Dónde le duele?", "Neck", "Espalda", "one", "two"]


def test_the_texts_fonts_are_loaded_for_include_the_questions_and_the_summary() -> None:
    pack = load_pack(BUNDLED_CONTENT_DIR / "rfa-facet").pack
    assert pack is not None
    texts = set(pack_fonts.patient_texts(pack))
    assert "Have you had new trouble controlling your bladder or bowels?" in texts
    assert pack.title("es") in texts
    assert pack.take_home is not None
    assert set(pack.take_home.watch_for["en"]) <= texts
