"""Which of the kiosk's own words a pack's language lacks, read from the .ts files without Qt."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kiosk.core.app_strings import TRANSLATIONS_DIR, missing_app_strings, read_ts, translation_chain
from kiosk.core.content.reader import load_pack
from kiosk.core.content.validate import app_words_problems, validate_pack
from kiosk.core.problems import Severity
from tests.conftest import TEST_PACKS_DIR

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context>
    <name>BottomBar</name>
    <message><source>Back</source><translation{back}</translation></message>
    <message><source>Next</source><translation{next}</translation></message>
</context>
</TS>
"""


def write_ts(folder: Path, lang: str, back: str, next_: str) -> None:
    def cell(text: str) -> str:
        return ' type="unfinished">' if not text else f">{text}"

    name = f"kiosk_{lang.replace('-', '_')}"
    (folder / f"{name}.ts").write_text(TS.format(lang=lang, back=cell(back), next=cell(next_)), encoding="utf-8")
    (folder / f"{name}.qm").write_bytes(b"compiled")  # only its presence counts here


def test_the_chain_ends_with_the_pack_default_and_english() -> None:
    assert translation_chain("zh-Hans-CN") == ("zh-Hans-CN", "zh-Hans", "zh", "en")
    assert translation_chain("pt-BR", "es") == ("pt-BR", "pt", "es", "en")


def test_a_language_with_a_partial_translation_is_told_what_falls_back(tmp_path: Path) -> None:
    write_ts(tmp_path, "es", "Atrás", "Siguiente")
    write_ts(tmp_path, "vi", "Quay lại", "")
    missing = missing_app_strings("vi", "es", tmp_path)
    assert missing is not None and missing.missing == ("Next",)
    assert missing.shown_in == (("es", 1),)
    assert missing.message("es") == (
        "1 of the kiosk's 2 own words have no translation into Tiếng Việt (vi), such as 'Next'; "
        "they show in Español (the pack's default language)"
    )


def test_a_region_is_covered_by_its_language_and_english_needs_nothing(tmp_path: Path) -> None:
    write_ts(tmp_path, "es", "Atrás", "Siguiente")
    assert missing_app_strings("es-MX", "en", tmp_path) is None
    assert missing_app_strings("en-GB", "es", tmp_path) is None


def test_a_language_without_any_translation_shows_english(tmp_path: Path) -> None:
    write_ts(tmp_path, "es", "Atrás", "Siguiente")
    missing = missing_app_strings("ar", "ar", tmp_path)
    assert missing is not None and len(missing.missing) == 2
    assert "have no translation into العربية (ar)" in missing.message("ar")
    assert missing.message("ar").endswith("they show in English")


def test_a_file_that_declares_entities_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "kiosk_xx.ts"
    path.write_text('<!DOCTYPE TS [<!ENTITY a "aaaa">]><TS><context><name>a</name></context></TS>', encoding="utf-8")
    assert read_ts(path) == {}
    path.write_text("<TS><context>", encoding="utf-8")
    assert read_ts(path) == {}


def test_the_shipped_translations_cover_spanish_and_vietnamese() -> None:
    assert missing_app_strings("es", "en") is None
    missing = missing_app_strings("vi", "en")
    # Other work adds words faster than they are translated; most must be there.
    assert missing is None or len(missing.missing) < missing.total // 4


def test_validate_warns_that_the_arabic_pack_shows_the_kiosk_words_in_english() -> None:
    report = validate_pack(TEST_PACKS_DIR / "ar-demo")
    assert report.ok, [p.message for p in report.problems]
    said = [p for p in report.problems if "kiosk's own words" in p.message]
    assert len(said) == 1 and said[0].severity is Severity.WARNING
    assert "العربية (ar)" in said[0].message and "they show in English" in said[0].message


def test_validate_names_the_default_language_a_pt_br_pack_falls_back_to() -> None:
    pack = load_pack(TEST_PACKS_DIR / "ar-demo").pack
    assert pack is not None and (TRANSLATIONS_DIR / "kiosk_es.qm").is_file()
    said = [p.message for p in app_words_problems(replace(pack, languages=("pt-BR", "es"), default_language="es"))]
    assert len(said) == 1
    assert "Português (Brasil) (pt-BR)" in said[0] and "they show in Español (the pack's default language)" in said[0]
