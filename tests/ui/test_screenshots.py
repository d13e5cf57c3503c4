"""``kiosk screenshot`` with a text size and a theme: what a reviewer checks before a pack goes live."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from kiosk.app import main
from kiosk.ui import theme


def corner(path: Path) -> str:
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1280, 800)
    return QColor(image.pixel(4, 4)).name()


@pytest.mark.parametrize("name", ["default", "high-contrast"])
def test_screenshots_in_a_theme_and_the_largest_text(
    qapp: QApplication, pack_dir: Path, tmp_path: Path, name: str
) -> None:
    out = tmp_path / name
    args = ["screenshot", str(pack_dir), "--out", str(out), "--size", "1280x800", "--lang", "es"]
    assert main([*args, "--text-size", "largest", "--theme", name]) == 0
    colors = theme.theme_colors(name)
    assert corner(out / "00-attract.png") == colors["attract"]
    assert corner(out / "02-page-joints.png") == colors["background"]


def test_screenshot_refuses_an_unknown_theme_or_size(
    qapp: QApplication, pack_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for option, value in (("--theme", "purple"), ("--text-size", "huge")):
        with pytest.raises(SystemExit) as exit_info:
            main(["screenshot", str(pack_dir), "--out", str(tmp_path / "shots"), option, value])
        assert exit_info.value.code == 2
        assert "invalid choice" in capsys.readouterr().err
    assert not (tmp_path / "shots").exists(), "nothing written"


def test_screenshots_with_other_topics_begin_with_the_choice_of_topics(
    qapp: QApplication, pack_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "knee"
    shutil.copytree(pack_dir, other)
    toml = other / "pack.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('id = "demo"', 'id = "knee"'), encoding="utf-8")
    out = tmp_path / "shots"
    assert main(["screenshot", str(pack_dir), "--out", str(out), "--topics", str(other)]) == 0
    first = sorted(out.iterdir())[0]
    assert first.name == "00-topics.png"
    assert QImage(str(first)).width() == 1920
    assert main(["screenshot", str(pack_dir), "--out", str(tmp_path / "no"), "--topics", "no-such-pack"]) == 1
    assert "'no-such-pack' is not a pack folder" in capsys.readouterr().err


def test_screenshots_with_staff_end_with_the_pin_pad_and_every_staff_page(
    qapp: QApplication, pack_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt

    from kiosk.core.fleet.usage import read_counts, record, usage_path
    from kiosk.core.paths import DataPaths

    data = tmp_path / "kiosk-data"
    path = usage_path(DataPaths.in_dir(data))
    for _ in range(7):
        record(path, dt.date.today(), [("visits", "all"), ("language", "en"), ("stopped_at", "demo/block")])
    out = tmp_path / "shots"
    args = ["screenshot", str(pack_dir), "--out", str(out), "--size", "1280x800", "--theme", "high-contrast"]
    assert main([*args, "--staff", "--data-dir", str(data)]) == 0
    shots = sorted(out.glob("*.png"))
    staff = [shot.name.split("-", 1)[1] for shot in shots if "-staff-" in shot.name]
    assert staff == [
        "staff-pin.png",
        "staff-packs.png",
        "staff-import.png",
        "staff-settings.png",
        "staff-usage.png",
        "staff-screen.png",
        "staff-system.png",
    ]
    assert all(corner(shot) == theme.theme_colors("high-contrast")["background"] for shot in shots[-7:])
    assert len({shot.read_bytes() for shot in shots[-7:]}) == 7  # seven different screens
    assert f"the counts in {path}" in capsys.readouterr().out
    # Walking the screens for the pictures was no patient's visit: nothing more was counted.
    assert read_counts(path, 1).per_day() == {dt.date.today().isoformat(): 7}


def test_staff_pictures_show_the_data_folders_own_settings(tmp_path: Path) -> None:
    from kiosk.core.paths import DataPaths
    from kiosk.core.settings import Settings, save_settings
    from kiosk.ui.staff.pictures import staff_settings

    paths = DataPaths.in_dir(tmp_path / "kiosk-data")
    fallback = Settings(clinic_name="", usage_counting=False)
    # A data folder without settings: the screenshot's own, counting on so the usage page shows counts.
    assert staff_settings(paths, fallback, "high-contrast") == Settings(theme="high-contrast")
    paths.settings_file.parent.mkdir(parents=True)
    save_settings(
        Settings(screen_sleep=True, clinic_hours_saturday="09:00-13:00", clinic_name="Riverside"), paths.settings_file
    )
    shown = staff_settings(paths, fallback, "default")
    assert (shown.screen_sleep, shown.clinic_hours_saturday, shown.clinic_name) == (True, "09:00-13:00", "Riverside")
