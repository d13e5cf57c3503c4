"""Finding .kpack files on USB sticks."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.install.removable import find_kpacks


def test_find_kpacks_looks_a_few_folders_deep_without_following_links(tmp_path: Path) -> None:
    media = tmp_path / "media"
    stick = media / "user" / "STICK"
    (stick / "packs" / "2026").mkdir(parents=True)
    wanted = [stick / "Back-pain.KPACK", stick / "packs" / "2026" / "rfa.kpack"]
    for path in wanted:
        path.write_bytes(b"")
    (stick / "notes.txt").write_text("")
    (stick / ".Trash-1000").mkdir()
    (stick / ".Trash-1000" / "old.kpack").write_bytes(b"")
    (stick / "too" / "deep" / "down").mkdir(parents=True)
    (stick / "too" / "deep" / "down" / "x.kpack").write_bytes(b"")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "secret.kpack").write_bytes(b"")
    (stick / "link").symlink_to(elsewhere)
    (stick / "link.kpack").symlink_to(elsewhere / "secret.kpack")
    assert find_kpacks([media, tmp_path / "run-media"]) == sorted(wanted)


def test_find_kpacks_with_nothing_mounted_is_empty(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    assert find_kpacks([tmp_path / "missing", tmp_path / "a-file"]) == []


def test_find_sticks_names_the_mounted_folders_below_the_media_folders(tmp_path: Path) -> None:
    from kiosk.core.install.removable import find_sticks

    media, run_media = tmp_path / "media", tmp_path / "run-media"
    sticks = [media / "KINGSTON", run_media / "clinic" / "USB DISK"]
    for folder in [*sticks, media / "not-mounted", run_media / "clinic" / ".hidden"]:
        folder.mkdir(parents=True)
    mounted = {*sticks, run_media / "clinic" / ".hidden"}
    assert find_sticks([media, run_media, tmp_path / "missing"], is_mount=lambda p: p in mounted) == sorted(sticks)
