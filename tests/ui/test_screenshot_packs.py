"""``kiosk screenshot`` of an installed pack by id with ``--data-dir``, and its refusal of an invalid pack."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.app import main

Capture = pytest.CaptureFixture[str]


def install(pack_dir: Path, data: Path, tmp_path: Path, capsys: Capture) -> None:
    kpack = tmp_path / "demo.kpack"
    assert main(["pack", "build", str(pack_dir), "-o", str(kpack)]) == 0
    assert main(["pack", "install", str(kpack), "--data-dir", str(data)]) == 0
    capsys.readouterr()


def test_an_installed_pack_is_found_by_id_in_the_data_dir_given(
    qapp: QApplication, pack_dir: Path, tmp_path: Path, capsys: Capture
) -> None:
    data = tmp_path / "other-kiosk"
    install(pack_dir, data, tmp_path, capsys)
    out = tmp_path / "shots"
    assert main(["screenshot", "demo", "--data-dir", str(data), "--out", str(out), "--size", "1280x800"]) == 0
    assert "screens written" in capsys.readouterr().out
    assert (out / "00-attract.png").is_file()
    assert any(path.name.endswith("page-joints.png") for path in out.iterdir())


def test_without_the_data_dir_the_installed_pack_is_not_found(
    qapp: QApplication, pack_dir: Path, tmp_path: Path, capsys: Capture
) -> None:
    install(pack_dir, tmp_path / "other-kiosk", tmp_path, capsys)
    out = tmp_path / "shots"
    assert main(["screenshot", "demo", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "'demo' is not a pack folder, a pack installed in" in err and "kiosk pack list" in err
    assert not out.exists()


def test_an_invalid_pack_is_refused_with_its_problems_and_nothing_is_rendered(
    qapp: QApplication, pack_dir: Path, tmp_path: Path, capsys: Capture
) -> None:
    page = pack_dir / "en" / "joints.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nRelief is guaranteed.\n", encoding="utf-8")
    out = tmp_path / "shots"
    assert main(["screenshot", str(pack_dir), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "en/joints.md:" in err and "'guaranteed' must not appear on a patient screen" in err
    assert "is not valid; nothing was rendered" in err
    assert not out.exists()


def test_every_test_case_gets_its_result_with_its_notes(qapp: QApplication, tmp_path: Path, capsys: Capture) -> None:
    from kiosk.core.content.scaffold import write_pack

    pack = tmp_path / "knee-care"
    write_pack("knee-care", ["en"], pack)
    out = tmp_path / "shots"
    assert main(["screenshot", str(pack), "--out", str(out), "--size", "1280x800"]) == 0
    capsys.readouterr()
    cases = sorted(p.name.split("-", 1)[1] for p in out.glob("*-case-*.png"))
    assert cases == [
        "case-01-staff_now.png",
        "case-02-talk_today.png",
        "case-03-another_day.png",
        "case-04-talk_today.png",
    ]
    with_note = QImage(str(next(out.glob("*-case-04-talk_today.png"))))
    without = QImage(str(next(out.glob("*-case-02-talk_today.png"))))
    assert with_note != without, "the case with a not-sure note shows the note"


def test_with_the_data_dir_an_id_is_the_installed_pack_even_beside_a_folder_of_that_name(
    qapp: QApplication, pack_dir: Path, tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "other-kiosk"
    install(pack_dir, data, tmp_path, capsys)
    here = tmp_path / "work"
    (here / "demo").mkdir(parents=True)  # an author's folder named like the pack, not a pack
    monkeypatch.chdir(here)
    assert main(["screenshot", "demo", "--data-dir", str(data), "--out", "shots"]) == 0
    assert "The pack 'demo' version 1.2.0 installed in" in capsys.readouterr().out
    assert (here / "shots" / "00-attract.png").is_file()
