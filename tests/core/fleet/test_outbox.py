"""The outbox: one folder per kiosk, files written whole, and the USB sticks a report can go to."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import pytest

from kiosk.core.fleet import outbox
from kiosk.core.settings import Settings


@pytest.mark.parametrize(
    ("name", "host", "expected"),
    [
        ("Waiting room 2", "kiosk-03", "Waiting-room-2"),
        ("", "kiosk-03", "kiosk-03"),
        ("Sala de espera ñ/../", "kiosk-03", "Sala-de-espera"),
        ("..", "..", "kiosk"),
        ("", "", "kiosk"),
    ],
)
def test_a_kiosk_is_known_by_its_name_or_its_computers_name_as_a_safe_folder_name(
    name: str, host: str, expected: str
) -> None:
    assert outbox.kiosk_id(Settings(kiosk_name=name), lambda: host) == expected


def test_a_report_is_written_whole_in_the_kiosks_own_folder_and_others_may_read_it(tmp_path: Path) -> None:
    path = outbox.write_report(tmp_path, "Waiting-room-2", {"format": 1, "kind": "kiosk-status"})
    assert path == tmp_path / "Waiting-room-2" / "status.json"
    assert json.loads(path.read_text(encoding="utf-8")) == {"format": 1, "kind": "kiosk-status"}
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    again = outbox.write_report(tmp_path, "Waiting-room-2", {"format": 1, "kind": "kiosk-status", "n": 2})
    assert again == path and json.loads(path.read_text(encoding="utf-8"))["n"] == 2
    assert sorted(p.name for p in path.parent.iterdir()) == ["status.json"]  # no temporary file left


def test_an_interrupted_write_leaves_the_old_report_and_no_half_file(tmp_path: Path) -> None:
    path = outbox.write_report(tmp_path, "k", {"n": 1})

    def cut(_step: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    from kiosk.core import files

    with pytest.raises(OSError):
        files.write_atomically(path, outbox.json_bytes({"n": 2}), step=cut)
    assert json.loads(path.read_text(encoding="utf-8")) == {"n": 1}
    assert sorted(p.name for p in path.parent.iterdir()) == ["status.json"]


def test_a_result_file_is_named_after_the_inbox_file(tmp_path: Path) -> None:
    path = outbox.write_result(tmp_path, "k", "rfa facet 1.3.kpack", {"outcome": "installed"})
    assert path == tmp_path / "k" / "results" / "rfa-facet-1.3.kpack.json"


def test_usb_sticks_are_the_folders_mounted_below_the_media_folders(tmp_path: Path) -> None:
    media = tmp_path / "media"
    for folder in ("kiosk-usb-sdb1", "kiosk/STICK", "kiosk/.hidden", "empty-mount-point-not-mounted"):
        (media / folder).mkdir(parents=True)
    mounted = {str(media / "kiosk-usb-sdb1"), str(media / "kiosk" / "STICK"), str(media / "kiosk" / ".hidden")}
    found = outbox.usb_folders([media, tmp_path / "missing"], is_mount=lambda path: path in mounted)
    assert found == [media / "kiosk" / "STICK", media / "kiosk-usb-sdb1"]


def test_copy_to_usb_writes_under_kiosk_reports_on_the_first_stick_that_takes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sticks = [tmp_path / "read-only", tmp_path / "writable"]
    monkeypatch.setattr(outbox, "usb_folders", lambda: sticks)

    def write(folder: Path) -> Path:
        if folder.parent.name == "read-only":
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return outbox.write_report(folder, "k", {"n": 1})

    assert outbox.copy_to_usb(write) == tmp_path / "writable" / "kiosk-reports" / "k" / "status.json"
    monkeypatch.setattr(outbox, "usb_folders", lambda: sticks[:1])
    with pytest.raises(OSError, match="Read-only"):
        outbox.copy_to_usb(write)
    monkeypatch.setattr(outbox, "usb_folders", list)
    assert outbox.copy_to_usb(write) is None
