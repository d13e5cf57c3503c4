"""The manifest of a .kpack: the names it may hold and how versions compare."""

from __future__ import annotations

import pytest

from kiosk.core.install.manifest import name_problem, version_key


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("../x", "outside"),
        ("pack/../../x", "outside"),
        ("/etc/x", "absolute"),
        ("C:\\x", "backslashes"),
        ("C:/x", "drive letter"),
        ("..\\x", "backslashes"),
        ("pack/en/a.md:stream", "not allowed"),
        ("pack//a.md", "not a proper file name"),
        ("pack/./a.md", "not a proper file name"),
        ("pack/a\x01.md", "not allowed"),
    ],
)
def test_names_that_could_leave_the_pack_are_refused(name: str, words: str) -> None:
    problem = name_problem(name)
    assert problem is not None and words in str(problem)


@pytest.mark.parametrize("name", ["pack/pack.toml", "pack/en/welcome.md", "pack/images/es/joints.svg", "pack/en/"])
def test_plain_names_are_accepted(name: str) -> None:
    assert name_problem(name) is None


def test_versions_compare_as_numbers() -> None:
    assert version_key("1.10") > version_key("1.9")
    assert version_key("2.0.0") == version_key("2")
    assert version_key("1.2.0") < version_key("1.2.1")
