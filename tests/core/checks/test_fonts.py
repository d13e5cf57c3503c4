"""Font coverage: what the bundled fonts draw, read from their cmaps, and which fallback a text needs."""

from __future__ import annotations

import pytest
from fontTools.ttLib import TTFont

from kiosk.core.checks import fonts
from kiosk.core.paths import resource_path

FAMILIES = (fonts.PRIMARY, *fonts.FALLBACKS)

SAMPLES = {
    "vi": "Tiếng Việt: người bệnh nên nghỉ ngơi một ngày, rồi đi bộ một chút. Ũ ĩ ơ ư Đ đ ạ ỹ.",
    "ar": "يخدّر الطبيب عصبًا صغيرًا لفترة قصيرة. استرح يومًا، ثم امشِ قليلًا؟ ١٢٣ ،؛",
    "zh": "医生会让一小段神经暂时麻木。请休息一天，然后稍微走动一下！（疼痛加重时请告诉我们）“发烧”、……",
    "he": "הרופא מרדים עצב קטן לזמן קצר. נוחו יום אחד.",
    "el": "Ο γιατρός μουδιάζει ένα μικρό νεύρο.",
    "ru": "Врач обезболивает маленький нерв. Ёжик.",
    "es": "¿Tiene dolor? Descanse un día — y luego camine «un poco»… ¡Ánimo!",
}


def cmap(name: str) -> set[int]:
    font = TTFont(resource_path(f"fonts/{name}"), lazy=True)
    try:
        return set(font.getBestCmap())
    finally:
        font.close()


def test_every_font_file_is_listed_and_every_listed_file_is_bundled() -> None:
    listed = {name for family in FAMILIES for name in family.files}
    folder = resource_path("fonts/OFL.txt").parent
    on_disk = {path.name for path in folder.iterdir() if path.suffix in {".ttf", ".otf"}}
    assert listed == on_disk
    assert (folder / "OFL-Noto.txt").is_file()
    assert (folder / "OFL-NotoSansCJK.txt").is_file()


@pytest.mark.parametrize("family", FAMILIES, ids=lambda family: family.family)
def test_each_weight_of_a_family_draws_the_same_characters(family: fonts.BundledFamily) -> None:
    """``covered`` reads only the Regular file of each family."""
    regular = cmap(family.files[0])
    for other in family.files[1:]:
        assert cmap(other) == regular, other


@pytest.mark.parametrize("name", fonts.PRIMARY.files)
def test_the_characters_said_to_need_no_font_file_are_in_atkinson_hyperlegible(name: str) -> None:
    assert {ord(char) for char in fonts.ALWAYS_DRAWN} <= cmap(name)


def test_the_union_is_every_bundled_fonts_cmap() -> None:
    union = set().union(*(cmap(family.files[0]) for family in FAMILIES))
    assert fonts.covered() == union
    assert fonts.covered() is fonts.covered()  # read once


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_samples_in_the_bundled_scripts_are_drawn(lang: str) -> None:
    assert fonts.undrawable(SAMPLES[lang]) == []


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("Burmese: \u1000\u1001 and \u1000 again", ["\u1000", "\u1001"]),
        ("Linear B \U00010000 in a page", ["\U00010000"]),
        ("中文 \U0001f600 emoji", ["\U0001f600"]),
        ("\ue000 private use", ["\ue000"]),
        ("Rare hanzi outside GB 2312: \u9fa6", ["\u9fa6"]),
    ],
)
def test_characters_no_font_draws_are_found_once_in_order(text: str, missing: list[str]) -> None:
    assert fonts.undrawable(text) == missing


def test_spaces_controls_and_marks_that_draw_nothing_are_not_reported() -> None:
    invisible = "\t\n\r\u00a0\u2009\u200b\u200c\u200d\u200e\u200f\u2028\u2066\u2069\ufeff\ufe0f\u3000\x00\x7f"
    assert fonts.undrawable(f"a{invisible}b") == []


def test_english_and_spanish_never_read_a_font_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> frozenset[int]:
        raise AssertionError("a font file was read")

    monkeypatch.setattr(fonts, "covered", refuse)
    assert fonts.undrawable(SAMPLES["es"] + " Don't ‘quote’ “me” – €5 • 50% …") == []


def test_the_message_names_each_character_and_its_code_point() -> None:
    message = fonts.undrawable_message(["\u1000"])
    assert "'\u1000' (U+1000 MYANMAR LETTER KA)" in message
    assert "empty box" in message
    many = fonts.undrawable_message([chr(0x1000 + n) for n in range(9)])
    assert "U+1005" in many and "U+1006" not in many and "and 3 more" in many


@pytest.mark.parametrize(
    ("lang", "family"),
    [
        ("vi", "Noto Sans"),
        ("ru", "Noto Sans"),
        ("ar", "Noto Sans Arabic"),
        ("he", "Noto Sans Hebrew"),
        ("zh", "Noto Sans CJK SC"),
    ],
)
def test_a_text_needs_the_fallback_for_its_script(lang: str, family: str) -> None:
    assert [found.family for found in fonts.fallbacks_for(SAMPLES[lang])] == [family]


def test_latin_text_needs_no_fallback_and_mixed_text_needs_each_in_order() -> None:
    assert fonts.fallbacks_for(SAMPLES["es"]) == ()
    mixed = SAMPLES["zh"] + SAMPLES["ar"] + SAMPLES["vi"]
    assert [f.family for f in fonts.fallbacks_for(mixed)] == ["Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC"]


def test_each_character_only_a_fallback_draws_asks_for_a_fallback_that_draws_it() -> None:
    """The blocks ``fallbacks_for`` goes by agree with the fonts: lazy loading never leaves a box."""
    primary = cmap(fonts.PRIMARY.files[0])
    drawn_by = {family: cmap(family.files[0]) for family in fonts.FALLBACKS}
    for code in sorted(set().union(*drawn_by.values()) - primary):
        char = chr(code)
        if fonts.draws_nothing(char):
            continue
        asked = fonts.fallbacks_for(char)
        assert any(code in drawn_by[family] for family in asked), f"U+{code:04X}"


@pytest.mark.parametrize(
    ("languages", "families"),
    [
        (("en", "es"), []),
        (("en", "es-MX", "pt-BR"), []),
        (("en", "ar"), ["Noto Sans Arabic"]),
        (("zh-Hans", "vi", "he"), ["Noto Sans", "Noto Sans Hebrew", "Noto Sans CJK SC"]),
    ],
)
def test_a_packs_languages_name_the_fallbacks_its_pages_will_need(
    languages: tuple[str, ...], families: list[str]
) -> None:
    assert [f.family for f in fonts.fallbacks_for_languages(languages)] == families
