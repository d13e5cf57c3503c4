"""The small questionnaire as a fixture (test_bundled.py has its own ``q``: the bundled one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.questionnaire.model import Questionnaire
from kiosk.core.questionnaire.reader import load_questionnaire
from tests.core.questionnaire.small import BASE, LANGS, write


@pytest.fixture
def q(tmp_path: Path) -> Questionnaire:
    loaded, problems = load_questionnaire(write(tmp_path, BASE), LANGS)
    assert problems == []
    assert loaded is not None
    return loaded
