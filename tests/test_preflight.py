"""Starting the kiosk where it cannot run prints one line saying what to do, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import preflight

ROOT = Path(__file__).resolve().parents[1]


def test_an_old_python_is_named_with_what_to_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "version_info", (3, 11, 7, "final", 0))
    reason = preflight.problem()
    assert reason is not None
    assert "Python 3.12 or newer (this is 3.11)" in reason
    assert "make run" in reason


def test_missing_dependencies_are_listed_with_what_to_run() -> None:
    # -S: no site-packages, as with a Python that never had the kiosk's dependencies installed.
    done = subprocess.run(
        [sys.executable, "-S", "main.py"], cwd=ROOT, capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "dependencies are not installed" in lines[0]
    assert "PySide6" in lines[0]
    assert "make run" in lines[0]
    assert "Traceback" not in done.stderr


def test_no_display_is_said_in_plain_words(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    env["KIOSK_DATA_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "kiosk"], cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 1
    assert "no display to show the kiosk on" in done.stderr
    assert "Traceback" not in done.stderr
    assert "core dumped" not in done.stderr.lower()
