"""Writing the kiosk's own files: the old content or the new, never half of one."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import IO

import pytest

from kiosk.core.files import write_atomically


def test_a_write_that_fails_half_way_leaves_the_old_file_and_no_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "settings.toml"
    target.write_bytes(b"old = 1\n")

    def half_then_fail(handle: IO[bytes]) -> None:
        handle.write(b"new = ")
        raise OSError("No space left on device")

    with pytest.raises(OSError, match="No space"):
        write_atomically(target, half_then_fail)

    assert target.read_bytes() == b"old = 1\n"
    assert [path.name for path in tmp_path.iterdir()] == ["settings.toml"]


def test_new_files_are_private_unless_asked_otherwise(tmp_path: Path) -> None:
    private, shared = tmp_path / "a" / "pin.toml", tmp_path / "b" / "pack.kpack"
    write_atomically(private, b"secret")
    write_atomically(shared, lambda handle: handle.write(b"zip"), mode=0o644)

    assert private.read_bytes() == b"secret"
    assert shared.read_bytes() == b"zip"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644
