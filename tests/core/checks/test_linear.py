"""Every text check is linear in its input: inputs that took minutes (or hours) before now pass at once.

These inputs are sized so that the old patterns (quadratic or cubic in a run of ``[`` or of
spaces) would hold the test up for minutes; ``tools/hostile_timing.py`` shows the growth per
doubling for every check, and these tests keep the results of the checks right.
"""

from __future__ import annotations

from kiosk.core.checks import readability
from kiosk.core.content import markup
from kiosk.core.content.model import HEADER_LINE
from kiosk.core.tomllines import TomlLines

RUN = 60_000


def test_a_table_header_followed_by_a_run_of_spaces_is_read_at_once() -> None:
    """The 38 KB pack that held up validation for about 25 minutes: '[' and spaces (cubic before)."""
    lines = TomlLines("[" + " " * RUN + "\n[[ questions ]]\n[ a . b ]  # note\n")
    assert lines.headers == [(2, "questions"), (3, "a.b")]


def test_runs_of_brackets_are_searched_once_for_links() -> None:
    assert markup.targets("[" * RUN) == []
    assert markup.targets("![" * RUN) == []
    assert markup.check_markdown("[" * RUN + "]:") == []
    found = markup.targets("See [the [test] block](page:block) and ![a](x.svg).")
    assert [(t.url, t.is_image) for t in found] == [("page:block", False), ("x.svg", True)]


def test_readability_strips_links_and_lists_in_one_pass() -> None:
    assert readability.plain_text("[" * RUN).count("[") == RUN
    assert readability.plain_text("[a](" * (RUN // 4)) != ""
    assert readability.plain_text("- " + " " * RUN) == ""
    assert readability.plain_text("# " + " " * RUN) == ""
    assert readability.plain_text("- rest at home   \n- walk a little") == "rest at home. walk a little."
    assert readability.plain_text("Read [the leaflet](page:x) now.") == "Read the leaflet now."


def test_a_page_header_line_with_a_run_of_spaces_is_read_at_once() -> None:
    match = HEADER_LINE.match("title: a" + " " * RUN + "b")
    assert match is not None and match.group(2).strip().startswith("a") and match.group(2).strip().endswith("b")
