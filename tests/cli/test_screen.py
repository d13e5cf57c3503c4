"""``kiosk screen``: the screen settings as the kiosk reads them; ``--rotation`` for deploy/kiosk-session."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.app import main


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("screen_rotation = 90\n", "90\n"),
        ("", "0\n"),
        ("screen_rotation = 45\n", "0\n"),  # damage without a good copy: the defaults, never a guess
        ("screen_rotation = \n", "0\n"),
    ],
)
def test_the_rotation_is_printed_as_the_kiosk_reads_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, printed: str
) -> None:
    (tmp_path / "settings.toml").write_text(text, encoding="utf-8")
    assert main(["screen", "--rotation", "--data-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out == printed


def test_the_summary_says_whether_the_screen_sleeps_and_when(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "settings.toml").write_text(
        'screen_sleep = true\nclinic_hours_saturday = "09:00-12:30"\n', encoding="utf-8"
    )
    assert main(["screen", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Screen sleep outside clinic hours: on" in out
    assert "weekdays: 08:00-18:00" in out and "saturday: 09:00-12:30" in out and "sunday: closed" in out
