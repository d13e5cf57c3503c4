"""docs/authoring.md: every command in the tutorial runs as written, in order, from an empty folder."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from kiosk.cli.parser import build_parser

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "authoring.md"
KIOSK = ".venv/bin/kiosk"
#: Commands that open a window and wait for a person; their arguments are checked, not run.
INTERACTIVE = (f"{KIOSK} preview", f"{KIOSK} --windowed")


def commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def test_the_tutorial_starts_from_setup_and_uses_the_venv_kiosk() -> None:
    lines = commands()
    assert lines[0] == "make setup"
    assert all(KIOSK in line for line in lines[1:])
    for screenshot in re.findall(r"\]\((screenshots/[^)]+)\)", DOC.read_text(encoding="utf-8")):
        assert (DOC.parent / screenshot).is_file(), screenshot


def test_every_command_runs_as_written(tmp_path: Path) -> None:
    kiosk = str(Path(sys.executable).parent / "kiosk")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ran = 0
    for line in commands()[1:]:
        if line.startswith(INTERACTIVE):
            argv = shlex.split(line)[1:]
            build_parser().parse_args(argv)  # exits 2 if the line is wrong
            assert Path(tmp_path, argv[1] if argv[0] == "preview" else "kiosk-data").exists(), line
            continue
        done = subprocess.run(
            ["bash", "-c", line.replace(KIOSK, kiosk)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, f"{line}\n{done.stdout}\n{done.stderr}"
        ran += 1
    assert ran >= 14
    assert (tmp_path / "knee-care.kpack").is_file()
    assert any((tmp_path / "installed-shots").glob("*-result-staff_now.png"))
    assert (tmp_path / "imported-questionnaire.toml").read_text(encoding="utf-8").count("[[questions]]") == 2
