"""Language tags a pack may use, their own names, what they fall back to and which way they read."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.content.reader import load_pack
from kiosk.core.languages import fallbacks, is_language_tag, is_right_to_left, language_problem, own_name, pick
from kiosk.core.problems import has_errors
from kiosk.core.settings import Settings
from tests.conftest import build_pack, retag


@pytest.mark.parametrize("tag", ["en", "es", "es-MX", "pt-BR", "zh-Hans", "zh-Hant-TW", "vi", "ar", "he", "es-419"])
def test_real_language_tags_are_accepted(tag: str) -> None:
    assert language_problem(tag) is None
    assert is_language_tag(tag)


@pytest.mark.parametrize(
    ("tag", "said"),
    [
        ("xx", "'xx': 'xx' is not a language CLDR knows"),
        ("en-XX", "'en-XX': 'XX' is not a country or region CLDR knows; use 'en' alone"),
        ("e", "'e' is not a language tag such as 'en', 'es', 'es-MX', 'pt-BR' or 'zh-Hans'; did you mean 'en'?"),
        ("es_MX", "'es_MX' is written with '_'; language tags use '-': write 'es-MX'"),
        ("es-mx", "'es-mx' should be written 'es-MX'"),
        ("Spanish", "for Spanish write 'es'"),
        ("iw", "'iw' uses another code for its language; write 'he'"),
        ("zh-Hanz", "did you mean 'zh-Hant'?"),
        ("en-US-x-private", "is not a language tag"),
        ("../etc", "is not a language tag"),
        ("", "is not a language tag"),
        ("a" * 500, "…' is not a language tag"),
    ],
)
def test_wrong_tags_are_refused_in_plain_words_with_a_close_valid_one(tag: str, said: str) -> None:
    problem = language_problem(tag)
    assert problem is not None and said in problem
    assert not is_language_tag(tag)


def test_a_language_that_is_not_text_is_refused() -> None:
    assert language_problem(None) is not None
    assert language_problem(12) is not None


def test_own_names_name_the_script_and_region_in_the_language_itself() -> None:
    assert own_name("es-MX") == "Español (México)"
    assert own_name("pt-BR") == "Português (Brasil)"
    assert own_name("zh-Hans") == "中文（简体）"
    assert own_name("vi") == "Tiếng Việt"
    assert own_name("ar") == "العربية"
    assert own_name("he") == "עברית"
    assert own_name("xx") == "xx"


def test_tags_fall_back_from_the_most_specific() -> None:
    assert fallbacks("es-MX") == ("es-MX", "es")
    assert fallbacks("zh-Hans-CN") == ("zh-Hans-CN", "zh-Hans", "zh")
    assert fallbacks("en") == ("en",)
    assert pick({"es": "Sí", "en": "Yes"}, "es-MX") == "Sí"
    assert pick({"en": "Yes"}, "vi") is None


def test_arabic_and_hebrew_read_right_to_left() -> None:
    assert is_right_to_left("ar") and is_right_to_left("he") and is_right_to_left("ar-EG")
    assert not is_right_to_left("en") and not is_right_to_left("zh-Hans") and not is_right_to_left("xx")
    assert is_right_to_left("az-Arab") and not is_right_to_left("az")


def _pack_in(root: Path, spanish: str) -> Path:
    """The demo pack with its Spanish written as ``spanish`` (the tag, its folder and its texts)."""
    return retag(build_pack(root), "es", spanish)


def test_a_pack_in_es_mx_loads_with_its_folder_named_after_the_tag(tmp_path: Path) -> None:
    loaded = load_pack(_pack_in(tmp_path / "mx", "es-MX"))
    assert not has_errors(loaded.problems), loaded.problems
    assert loaded.pack is not None and loaded.pack.languages == ("en", "es-MX")
    assert loaded.pack.pages[0].text("es-MX").title == "Bienvenida"


def test_a_pack_in_xx_is_refused_naming_the_tag(tmp_path: Path) -> None:
    loaded = load_pack(_pack_in(tmp_path / "xx", "xx"))
    assert has_errors(loaded.problems)
    assert any("'xx': 'xx' is not a language CLDR knows" in p.message for p in loaded.problems)


def test_settings_refuse_a_default_language_that_is_no_tag() -> None:
    fixed, _warnings, out_of_range = Settings(default_language="xx").validated()
    assert fixed.default_language == "en" and out_of_range
    fixed, _warnings, out_of_range = Settings(default_language="pt-BR").validated()
    assert fixed.default_language == "pt-BR" and not out_of_range
