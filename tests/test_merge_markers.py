"""No file of the project is left with the lines a conflicted merge writes: a guide showing both
halves of a paragraph, or a package list the installer reads "=======" from, is broken for staff."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = {".py", ".md", ".txt", ".toml", ".qss", ".ts", ".sh", ".rules", ".service", ".conf", ".cfg", ".json"}
FOLDERS = ("kiosk", "content", "resources", "deploy", "docs", "tests", "benchmarks", "tools", ".ci")
MARKER = re.compile(r"^(<{7}|>{7}) |^={7}$", re.MULTILINE)


def project_files() -> list[Path]:
    files = [path for path in ROOT.iterdir() if path.is_file()]
    for folder in FOLDERS:
        files += [path for path in (ROOT / folder).rglob("*") if path.is_file()]
    return [path for path in files if path.suffix in TEXT or path.parent.name in {"deploy", ".ci", "tools"}]


def test_no_file_holds_a_conflicted_merge() -> None:
    checked = project_files()
    assert any(path.name == "README.md" for path in checked)
    left = []
    for path in checked:
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        if MARKER.search(text):
            left.append(str(path.relative_to(ROOT)))
    assert left == []
