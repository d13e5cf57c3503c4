"""The fallback fonts: loaded only for packs that need them, and then used for Arabic and Chinese."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage, QTextLayout
from PySide6.QtWidgets import QLabel, QTextBrowser
from pytestqt.qtbot import QtBot

from kiosk.core.content.reader import load_pack
from kiosk.ui import fonts, theme
from tests.core.checks.test_pack_fonts import OTHER_SCRIPTS, add_language

ARABIC = "استرح يومًا، ثم امشِ قليلًا"
CHINESE = "请休息一天，然后稍微走动一下"
#: Two characters no bundled font has: whatever a missing glyph looks like, they look alike.
MISSING = ("\U00010000", "\U00010001")

LOADED_IN_A_FRESH_PROCESS = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from kiosk.core.content.reader import load_pack
from kiosk.ui import fonts, theme
app = QApplication([])
theme.load_fonts()
pack = load_pack(Path(sys.argv[1]), convert=False).pack
fonts.load_for_pack(pack)
print(json.dumps(fonts.loaded_families()))
"""


def loaded_in_a_fresh_process(pack: Path) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", LOADED_IN_A_FRESH_PROCESS, str(pack)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(found, list)
    return found


def test_an_english_and_spanish_pack_loads_no_fallback_font(pack_dir: Path) -> None:
    assert loaded_in_a_fresh_process(pack_dir) == []


def test_an_arabic_pack_loads_the_arabic_font_only(pack_dir: Path) -> None:
    add_language(pack_dir, "ar", OTHER_SCRIPTS["ar"])
    assert loaded_in_a_fresh_process(pack_dir) == ["Noto Sans Arabic"]


@pytest.fixture
def other_scripts_loaded(pack_dir: Path) -> None:
    """The fonts for a pack in Vietnamese, Arabic and Chinese beside English and Spanish."""
    for lang, words in OTHER_SCRIPTS.items():
        add_language(pack_dir, lang, words)
    pack = load_pack(pack_dir, convert=False).pack
    assert pack is not None
    theme.load_fonts()
    fonts.load_for_pack(pack)
    assert {"Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC"} <= set(fonts.loaded_families())


def glyph_runs(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    """(family, glyphs) of each run of ``text`` as Qt lays it out in ``font``."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def kiosk_font(bold: bool = False) -> QFont:
    font = QFont(theme.FONT_FAMILY)
    font.setPixelSize(28)
    font.setBold(bold)
    return font


@pytest.mark.usefixtures("qapp", "other_scripts_loaded")
@pytest.mark.parametrize("bold", [False, True])
def test_arabic_and_chinese_are_drawn_with_the_bundled_fonts_beside_atkinson(bold: bool) -> None:
    runs = glyph_runs(f"Rest {ARABIC} {CHINESE}", kiosk_font(bold))
    families = [family for family, _glyphs in runs]
    assert set(families) == {"Atkinson Hyperlegible", "Noto Sans Arabic", "Noto Sans CJK SC"}
    assert all(0 not in glyphs for _family, glyphs in runs)  # glyph 0 is the empty box
    layout = QTextLayout(CHINESE, kiosk_font(bold))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    assert {run.rawFont().styleName() for run in layout.glyphRuns()} == {"Bold" if bold else "Regular"}


@pytest.mark.usefixtures("qapp", "other_scripts_loaded")
def test_arabic_letters_are_joined() -> None:
    """HarfBuzz shapes the word: its letters take their joined forms, not those they have alone."""
    word = "سلام"
    joined = [glyph for _family, glyphs in glyph_runs(word, kiosk_font()) for glyph in glyphs]
    alone = [glyph for letter in word for _family, glyphs in glyph_runs(letter, kiosk_font()) for glyph in glyphs]
    assert joined != sorted(alone) and joined != alone and joined[::-1] != alone


@pytest.mark.usefixtures("other_scripts_loaded")
def test_the_page_text_uses_them_through_the_kiosks_stylesheet(qtbot: QtBot) -> None:
    body = QTextBrowser()
    qtbot.addWidget(body)
    body.setStyleSheet(theme.stylesheet("default", "normal", 1.0))
    body.setHtml(f"<p>Tiếng Việt</p><p dir='rtl'>{ARABIC}</p><h2>{CHINESE}</h2>")
    body.resize(800, 600)
    body.show()
    qtbot.waitExposed(body)
    body.grab()  # lays the document out
    families: set[str] = set()
    block = body.document().begin()
    while block.isValid():
        layout = block.layout()
        for run in (run for n in range(layout.lineCount()) for run in layout.lineAt(n).glyphRuns()):
            families.add(run.rawFont().familyName())
            assert 0 not in list(run.glyphIndexes()), block.text()
        block = block.next()
    assert {"Atkinson Hyperlegible", "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC"} <= families


def rendered(qtbot: QtBot, text: str) -> QImage:
    label = QLabel(text)
    qtbot.addWidget(label)
    label.setStyleSheet(theme.stylesheet("default", "normal", 1.0))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFixedSize(240, 90)
    return label.grab().toImage()


@pytest.mark.usefixtures("other_scripts_loaded")
def test_a_label_in_arabic_or_chinese_is_not_drawn_as_empty_boxes(qtbot: QtBot, tmp_path: Path) -> None:
    box, other_box = rendered(qtbot, MISSING[0]), rendered(qtbot, MISSING[1])
    assert box == other_box  # the look of a character no font has
    for first, second in (("中", "文"), ("ب", "ج")):
        one, two = rendered(qtbot, first), rendered(qtbot, second)
        assert box not in (one, two) and one != two, (first, second)
    for name, text in (("arabic", ARABIC), ("chinese", CHINESE)):
        image = rendered(qtbot, text)
        assert image.save(str(tmp_path / f"{name}.png"))
        assert len({image.pixel(x, 45) for x in range(240)}) > 2  # ink, not a blank label
