"""Fuzzing hostile pack folders: whatever a page, a picture or a TOML file holds, loading and
validating give plain problems (never an exception), and a pack that passes is within budget.

Sized for CI (well under a minute). Inputs that ever failed are kept: Hypothesis stores them in
``tests/hostile/found/`` and tries them first on every run, and the readable ones are kept as
files in ``tests/hostile/kept/`` (replayed by ``test_kept_inputs_stay_handled``): the name says
where the file goes (``page-*.md``, ``pack-*.toml``, ``questionnaire-*.toml``, ``tests-*.toml``,
anything else into ``images/``). A deeper run: ``KIOSK_FUZZ_EXAMPLES=2000 pytest tests/hostile``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.database import (
    DirectoryBasedExampleDatabase,
    InMemoryExampleDatabase,
    MultiplexedDatabase,
    ReadOnlyDatabase,
)

from kiosk.core.checks.images import picture_problems
from kiosk.core.content.budgets import page_budget_issues
from kiosk.core.content.markup import OverBudgetError, render_markdown
from kiosk.core.content.validate import validate_pack
from kiosk.core.problems import Problem
from tests.conftest import build_pack
from tests.hostile.corpus import HEADER, SVG_HEAD

HERE = Path(__file__).parent
#: Every input that ever failed, replayed first on every run. A run never prunes it (Hypothesis
#: drops entries that pass again, which would change the checkout); KIOSK_FUZZ_SAVE=1 adds the
#: failures a run finds, to commit with their fix.
FOUND = DirectoryBasedExampleDatabase(str(HERE / "found"))
DATABASE = (
    FOUND
    if os.environ.get("KIOSK_FUZZ_SAVE")
    else MultiplexedDatabase(ReadOnlyDatabase(FOUND), InMemoryExampleDatabase())
)
FUZZ = settings(
    max_examples=int(os.environ.get("KIOSK_FUZZ_EXAMPLES", "40")),  # more for a deeper run by hand
    deadline=None,
    database=DATABASE,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)

PIECES = [
    "[", "]", "(", ")", "![", "](", "*", "**", "_", "`", "<", ">", "> ", "    ", "\t", "- ", "1. ", "|",
    "|-|", "\n", "\n\n", "&amp;", "&#", "\\", "'", '"', "page:block", "http://x", "//x", "word ", "# ",
    "<a ", "<!--", "]:", "~~~", "```", " ", "é", "\u202e",
]  # fmt: skip
SVG_PIECES = [
    "<g>", "</g>", '<use href="#a"/>', '<g id="a">', "<rect/>", '<image href="/etc/hostname"/>',
    "<script>", "</script>", '<rect fill="url(http://x)"/>', "<text>a</text>", '<use xlink:href="x.svg#a"/>',
    "<!DOCTYPE svg>", "&lt;", '<foreignObject/>', '<circle r="1" onload="x()"/>',
]  # fmt: skip


def runs(pieces: list[str], most: int) -> st.SearchStrategy[str]:
    """Text made of ``pieces``, each repeated up to ``most`` times, so long runs are tried too."""
    run = st.tuples(st.sampled_from(pieces), st.integers(1, most)).map(lambda pair: pair[0] * pair[1])
    return st.lists(st.one_of(run, st.text(max_size=20)), max_size=30).map("".join)


def problems_are_plain(problems: list[Problem], pack: Path) -> None:
    for problem in problems:
        assert problem.message and "Traceback" not in problem.message
        assert not Path(problem.file).is_absolute() or Path(problem.file) == pack


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pack(tmp_path_factory.mktemp("fuzz") / "base")


def fresh(base: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("case") / "pack"
    shutil.copytree(base, target)
    return target


@FUZZ
@given(body=runs(PIECES, 3_000))
def test_any_page_text_gives_plain_problems_or_a_page_within_budget(
    base: Path, tmp_path_factory: pytest.TempPathFactory, body: str
) -> None:
    pack = fresh(base, tmp_path_factory)
    (pack / "en" / "block.md").write_text(HEADER + body, encoding="utf-8", errors="surrogatepass")
    report = validate_pack(pack)
    problems_are_plain(report.problems, pack)
    if report.ok and report.pack is not None:
        for page in report.pack.pages:
            for text in page.texts.values():
                assert page_budget_issues(text.markdown) == []


@FUZZ
@given(text=runs(PIECES, 5_000))
def test_the_converter_refuses_or_converts_never_anything_else(text: str) -> None:
    try:
        html = render_markdown(text)
    except OverBudgetError:
        assert page_budget_issues(text)
    else:
        assert page_budget_issues(text) == []
        lowered = html.lower()
        assert "<script" not in lowered and "<iframe" not in lowered and "onerror" not in lowered
        assert 'href="http' not in lowered and 'src="http' not in lowered and 'src="/' not in lowered


@FUZZ
@given(inner=runs(SVG_PIECES, 200), name=st.sampled_from(["a.svg", "a.png", "a.jpg", "a"]))
def test_any_svg_gives_plain_problems(inner: str, name: str) -> None:
    data = (SVG_HEAD + inner + "</svg>").encode("utf-8", errors="surrogatepass")
    kind, problems = picture_problems(data, name)
    assert kind == "svg"
    for _line, message in problems:
        assert message
    if not problems:
        assert 'href="/' not in inner or '<image href="/etc/hostname"/>' not in inner


@FUZZ
@given(data=st.binary(max_size=2_000), name=st.sampled_from(["a.svg", "a.png", "a.jpg"]))
def test_any_bytes_as_a_picture_give_plain_problems(data: bytes, name: str) -> None:
    kind, problems = picture_problems(data, name)
    assert kind in ("svg", "png", "jpeg", "gzip", "")
    assert problems or kind in ("svg", "png", "jpeg")


@FUZZ
@given(
    text=runs(["[", "]", "{", "}", "a = ", "=", '"', "'", "\n", "[[questions]]", "#", ",", "1", "x."], 3_000),
    file=st.sampled_from(["pack.toml", "questionnaire.toml", "tests.toml"]),
)
def test_any_toml_gives_plain_problems(
    base: Path, tmp_path_factory: pytest.TempPathFactory, text: str, file: str
) -> None:
    pack = fresh(base, tmp_path_factory)
    path = pack / file
    path.write_text((path.read_text(encoding="utf-8") if path.exists() else "") + "\n" + text, encoding="utf-8")
    problems_are_plain(validate_pack(pack).problems, pack)


def kept_target(pack: Path, kept: Path) -> Path:
    prefix = kept.name.split("-", 1)[0]
    if kept.suffix == ".md":
        return pack / "en" / "block.md"
    if kept.suffix == ".toml":
        return pack / f"{prefix}.toml"
    return pack / "images" / kept.name


@pytest.mark.parametrize("kept", sorted((HERE / "kept").glob("*")), ids=lambda path: path.name)
def test_kept_inputs_stay_handled(base: Path, tmp_path_factory: pytest.TempPathFactory, kept: Path) -> None:
    """Inputs that once failed (hung, crashed or were let through) are refused with plain problems."""
    pack = fresh(base, tmp_path_factory)
    target = kept_target(pack, kept)
    if target.suffix == ".toml" and target.exists():
        target.write_text(
            target.read_text(encoding="utf-8") + "\n" + kept.read_text(encoding="utf-8"), encoding="utf-8"
        )
    else:
        shutil.copyfile(kept, target)
    report = validate_pack(pack)
    problems_are_plain(report.problems, pack)
    assert not report.ok
