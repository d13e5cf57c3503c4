"""The one TOML line finder: tables, keys and values found by line, for every pack file's problems."""

from __future__ import annotations

import tomllib

import pytest

from kiosk.core.tomllines import TomlLines, toml_error_line

TEXT = """\
format = 2
id = "demo"

[review]
status = "draft"

[sources.nice-ng59]
citation = "NICE"

[[questions]]
id = "fever"
  [[questions.options]]
  id = "yes"

[[questions]]
id = "area"
"""


def test_setting_finds_a_table_or_a_top_level_key() -> None:
    lines = TomlLines(TEXT)
    assert lines.setting("format") == 1
    assert lines.setting("review") == 4
    assert lines.setting("sources") == 7  # the first [sources.…] table
    assert lines.setting("sources.nice-ng59") == 7
    assert lines.setting("status") is None  # not a top-level key
    assert lines.setting("status", top_level=False) == 5
    assert lines.setting("missing") is None


def test_items_and_keys_inside_array_tables() -> None:
    lines = TomlLines(TEXT)
    first = lines.item("questions", 0)
    assert first == (10, 15)  # with its options, up to the next [[questions]]
    assert lines.key(first, "id") == 11
    assert lines.item("questions.options", 0, within=first) == (12, 15)
    assert lines.item("questions", 1) == (15, 17)
    assert lines.item("questions", 2) is None
    assert lines.quoted(lines.whole, "area") == 16


@pytest.mark.parametrize(("text", "line"), [('a = "x\n', 1), ("a = 1\nb = = 2\n", 2), ("[t]\nx = 1\nx = 2\n", 3)])
def test_a_syntax_error_has_its_line(text: str, line: int) -> None:
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        tomllib.loads(text)
    assert toml_error_line(caught.value) == line
