"""``kiosk icons``: the names a pack may use, searchable, and a picture sheet of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from kiosk.app import main
from kiosk.core.checks.icon_catalog import find_icons
from kiosk.core.checks.icons import ICON_FONTS, icon_problem
from kiosk.ui.icon_sheet import CELL_HEIGHT, CELL_WIDTH, COLUMNS

Capture = pytest.CaptureFixture[str]


def test_every_listed_name_is_one_the_validator_accepts() -> None:
    names = find_icons()
    assert {icon.prefix for icon in names} == set(ICON_FONTS)
    assert len(names) > 10_000
    assert all(icon_problem(icon.name) is None for icon in names[::97])


def test_a_word_finds_the_names_that_contain_it(capsys: Capture) -> None:
    assert main(["icons", "bone", "--font", "fa6s"]) == 0
    out = capsys.readouterr().out
    assert "  fa6s.bone\n" in out and "  fa6s.skull-crossbones\n" in out
    assert "mdi6." not in out and "2 icon(s)" in out


def test_words_may_be_written_with_spaces_and_capitals() -> None:
    assert "fa6s.user-nurse" in [icon.name for icon in find_icons("User Nurse")]


def test_a_word_that_matches_nothing_says_so(capsys: Capture) -> None:
    assert main(["icons", "no-such-icon-anywhere"]) == 1
    assert "no icon name contains 'no-such-icon-anywhere'" in capsys.readouterr().err


def test_the_sheet_draws_one_cell_per_icon_with_ink_in_it(qapp: object, tmp_path: Path, capsys: Capture) -> None:
    sheet = tmp_path / "bones.png"
    assert main(["icons", "bone", "--sheet", str(sheet)]) == 0
    count = len(find_icons("bone"))
    assert f"Picture sheet: {sheet}" in capsys.readouterr().out
    image = QImage(str(sheet))
    rows = -(-count // COLUMNS)
    assert (image.width(), image.height()) == (CELL_WIDTH * COLUMNS, CELL_HEIGHT * rows)
    white = QColor("#ffffff").rgb()
    for index in range(count):
        left, top = (index % COLUMNS) * CELL_WIDTH, (index // COLUMNS) * CELL_HEIGHT
        icon_area = [image.pixel(x, y) for x in range(left + 60, left + 180, 3) for y in range(top + 10, top + 85, 3)]
        label_area = [image.pixel(x, y) for x in range(left + 10, left + 230, 2) for y in range(top + 95, top + 120, 2)]
        assert any(p != white for p in icon_area), f"no glyph drawn for icon {index}"
        assert any(p != white for p in label_area), f"no name drawn for icon {index}"


def test_too_many_icons_for_a_sheet_asks_for_a_word(tmp_path: Path, capsys: Capture) -> None:
    sheet = tmp_path / "all.png"
    assert main(["icons", "--sheet", str(sheet)]) == 2
    assert "add a WORD or --font" in capsys.readouterr().err
    assert not sheet.exists()
