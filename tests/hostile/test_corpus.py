"""Every hostile case is refused with a plain reason naming its file, or shown within budget."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.core.content.budgets import page_budget_issues
from kiosk.core.content.reader import load_pack
from kiosk.core.content.validate import validate_pack
from kiosk.core.install.locate import open_pack
from kiosk.core.paths import DataPaths
from kiosk.core.problems import Severity
from tests.hostile.corpus import CASES, Case

BY_NAME = {case.name: case for case in CASES}


def hostile_pack(make_pack: Callable[..., Path], case: Case) -> Path:
    pack = make_pack()
    case.apply(pack)
    return pack


@pytest.mark.parametrize("name", list(BY_NAME))
def test_each_case_is_refused_with_a_plain_reason_or_shown_within_budget(
    make_pack: Callable[..., Path], name: str
) -> None:
    case = BY_NAME[name]
    report = validate_pack(hostile_pack(make_pack, case))
    errors = [p for p in report.problems if p.severity is Severity.ERROR]
    if case.refused:
        assert not report.ok
        named = [str(p) for p in errors if p.file == case.file]
        assert any(case.refused in message for message in named), [str(p) for p in errors]
        assert all("Traceback" not in str(p) and "Error:" not in str(p) for p in errors)
    else:
        assert errors == [], [str(p) for p in errors]
        assert report.pack is not None
        for page in report.pack.pages:
            for text in page.texts.values():
                assert page_budget_issues(text.markdown) == []
                assert text.html


@pytest.mark.parametrize("name", [case.name for case in CASES if case.refused])
def test_a_refused_case_is_never_what_the_kiosk_starts_with(
    make_pack: Callable[..., Path], tmp_path: Path, name: str
) -> None:
    """The kiosk's own loading (``--pack FOLDER`` and the installed pack) refuses it too."""
    pack = hostile_pack(make_pack, BY_NAME[name])
    loaded = load_pack(pack, check_words=False)
    if BY_NAME[name].at_load and not BY_NAME[name].file.startswith("images/"):
        assert loaded.pack is None or any(p.severity is Severity.ERROR for p in loaded.problems)
        opened = open_pack(str(pack), DataPaths.choose(tmp_path / "data"))
        assert opened.pack is None or opened.pack.root != pack
