"""Power cuts, not only kills: replay every prefix of the durable writes of each change.

In the style of ALICE and SQLite's test VFS. While a change runs (install, rollback, remove,
activate, settings save, set-pin), every ``fsync`` is recorded: a file's bytes as they were
flushed, a folder's list of names as it was flushed. What a power cut leaves is the state
before the change plus the first *k* of those records, and nothing else: data written but not
flushed is dropped, and a rename whose folder was not flushed never happened. Every prefix is
rebuilt in a fresh folder, the kiosk's start-up tidying runs on it, and the result must be the
old state or the new one, never a mix. Then a full disk and an I/O error are injected at every
step of each change: the change is refused plainly and leaves the old state or the new.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kiosk.core.health import HealthFile, health_path
from kiosk.core.install import installer as installer_module
from kiosk.core.install import store as packstore
from kiosk.core.install.build import sign_kpack
from kiosk.core.install.installer import PackInstaller
from kiosk.core.install.records import signed_versions
from kiosk.core.install.refused import PackRefused
from kiosk.core.install.signing import generate_key
from kiosk.core.install.state import installed_pack_folder
from kiosk.core.install.store import PackStore
from kiosk.core.install.verify import verify_version
from kiosk.core.paths import DataPaths
from kiosk.core.pin import PinState, PinStore, pin_file
from kiosk.core.settings import Settings, read_settings, save_settings
from tests.core.install.kpack_corpus import demo_kpack

Node = tuple[int, bool]  # (inode, is a folder)


@dataclass
class Disk:
    """What is durable under ``root``: the state when recording began, plus the fsyncs since."""

    root: Path
    files: dict[int, bytes] = field(default_factory=dict)
    folders: dict[int, dict[str, Node]] = field(default_factory=dict)
    records: list[tuple[str, int, object]] = field(default_factory=list)

    def __post_init__(self) -> None:
        for dirpath, _dirnames, filenames in os.walk(self.root):
            self.folders[os.stat(dirpath).st_ino] = _listing(Path(dirpath))
            for name in filenames:
                path = Path(dirpath) / name
                self.files[os.stat(path).st_ino] = path.read_bytes()
        self.root_inode = os.stat(self.root).st_ino

    def record(self, fd: int) -> None:
        status = os.fstat(fd)
        path = Path(f"/proc/self/fd/{fd}")
        if os.path.isdir(path):
            self.records.append(("folder", status.st_ino, _listing(path)))
        else:
            self.records.append(("file", status.st_ino, path.read_bytes()))

    def rebuild(self, prefix: int, into: Path) -> None:
        """The tree a power cut after the first ``prefix`` records leaves, written out at ``into``."""
        files, folders = dict(self.files), {k: dict(v) for k, v in self.folders.items()}
        for kind, inode, payload in self.records[:prefix]:
            if kind == "file":
                files[inode] = payload  # type: ignore[assignment]
            else:
                folders[inode] = payload  # type: ignore[assignment]

        def write(inode: int, at: Path, depth: int) -> None:
            at.mkdir()
            assert depth < 20
            for name, (child, is_folder) in folders.get(inode, {}).items():
                if is_folder:
                    write(child, at / name, depth + 1)
                else:
                    (at / name).write_bytes(files.get(child, b""))  # created, never flushed: empty

        write(self.root_inode, into, 0)


def _listing(folder: Path) -> dict[str, Node]:
    found: dict[str, Node] = {}
    for entry in os.scandir(folder):
        status = entry.stat(follow_symlinks=False)
        found[entry.name] = (status.st_ino, entry.is_dir(follow_symlinks=False))
    return found


@contextmanager
def recording(root: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Disk]:
    disk = Disk(root)
    monkeypatch.setattr(os, "fsync", disk.record)  # the real fsync is not needed to know what it would keep
    yield disk
    monkeypatch.undo()


def validate_here(folder: Path, **_options: object) -> object:
    """Install-time validation in this process (the child process is tested elsewhere; the disk is the point here)."""
    from kiosk.core.content.validate import validate_pack

    report = validate_pack(folder)
    return ((report.pack.id, report.pack.version) if report.pack else None), tuple(report.problems)


@pytest.fixture(autouse=True)
def quick_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(installer_module, "check_in_child", validate_here)


# --- what "old or new, never half" means for each change ------------------------------------------


def shown_version(paths: DataPaths, pack_id: str = "demo") -> str | None:
    """After the start-up tidying: the version the kiosk would show, whose every file matches its manifest."""
    PackStore(paths).clean_staging()
    folder = installed_pack_folder(paths, pack_id)
    if folder is None:
        return None
    assert verify_version(folder.parent) == [], "half a version"
    assert not list(paths.staging_dir.glob("*")) if paths.staging_dir.exists() else True
    return folder.parent.name.split("-")[0][1:]


#: (what is there before, the change, what the kiosk finds afterwards: old or new)
Scenario = tuple[Callable[[DataPaths], None], Callable[[DataPaths], object], Callable[[DataPaths], object]]


def _signed(tmp_path: Path) -> tuple[Settings, Path, Path]:
    pem, public = generate_key()
    settings = Settings(require_signed=True, trusted_keys={"IT": public})
    old, new = demo_kpack(tmp_path, "1.2.0"), demo_kpack(tmp_path, "1.3.0")
    for kpack in (old, new):
        sign_kpack(kpack, pem)
    return settings, old, new


def scenarios(tmp_path: Path) -> dict[str, Scenario]:
    settings, old, new = _signed(tmp_path)
    other = demo_kpack(tmp_path, "2.0.0", pack_id="other")

    def installed_once(paths: DataPaths) -> None:
        PackInstaller(PackStore(paths)).install(old, settings)

    def installed_twice(paths: DataPaths) -> None:
        installed_once(paths)
        PackInstaller(PackStore(paths)).install(new, settings)

    def with_other(paths: DataPaths) -> None:
        installed_once(paths)
        PackInstaller(PackStore(paths)).install(other, Settings())

    def demo_on_screen(paths: DataPaths) -> None:
        with_other(paths)
        save_settings(Settings(active_pack="demo"), paths.settings_file)

    def install_check(paths: DataPaths) -> object:
        version = shown_version(paths)
        if version == "1.3.0":  # the switch is durable only after the signed version is recorded
            assert signed_versions(paths)["demo"] == "1.3.0"
        return version

    def settings_saved(paths: DataPaths) -> None:
        save_settings(Settings(clinic_name="Old"), paths.settings_file)

    def settings_check(paths: DataPaths) -> object:
        read, damage = read_settings(paths.settings_file)
        assert damage is None, damage
        return read.clinic_name

    def pin_set(paths: DataPaths) -> None:
        PinStore(pin_file(paths)).set_pin("1111")

    def pin_check(paths: DataPaths) -> object:
        pins = PinStore(pin_file(paths))
        assert pins.state is PinState.SET
        return next(pin for pin in ("1111", "2222") if pins.check(pin).ok)

    def active(paths: DataPaths) -> object:
        read, damage = read_settings(paths.settings_file)
        assert damage is None
        return read.active_pack

    def removed(paths: DataPaths) -> object:
        return shown_version(paths, "other"), shown_version(paths)

    def health_running(paths: DataPaths) -> None:
        HealthFile.start(health_path(paths), "demo", "1.2.0")

    def health_stop(paths: DataPaths) -> None:
        HealthFile(health_path(paths), "demo", "1.2.0").stopped(0)

    def health_check(paths: DataPaths) -> object:
        # A torn or empty file would read as no status at all, which the next start cannot use.
        return json.loads(health_path(paths).read_text(encoding="utf-8"))["status"]

    return {
        "install": (installed_once, lambda p: PackInstaller(PackStore(p)).install(new, settings), install_check),
        "rollback": (installed_twice, lambda p: PackStore(p).rollback("demo"), install_check),
        "remove": (with_other, lambda p: PackStore(p).remove("other", Settings(active_pack="demo")), removed),
        "activate": (demo_on_screen, lambda p: PackStore(p).activate("other", Settings(active_pack="demo")), active),
        "settings save": (
            settings_saved,
            lambda p: save_settings(Settings(clinic_name="New"), p.settings_file),
            settings_check,
        ),
        "set-pin": (pin_set, lambda p: PinStore(pin_file(p)).set_pin("2222"), pin_check),
        "health stop": (health_running, health_stop, health_check),
    }


EXPECTED = {
    "install": {"1.2.0", "1.3.0"},
    "rollback": {"1.2.0", "1.3.0"},
    "remove": {("2.0.0", "1.2.0"), (None, "1.2.0")},
    "activate": {"demo", "other"},
    "settings save": {"Old", "New"},
    "set-pin": {"1111", "2222"},
    "health stop": {"running", "stopped"},
}
CHANGES = list(EXPECTED)
#: The health file's writes never raise (a failure is logged once): it has no refusal to check.
REFUSING_CHANGES = [change for change in CHANGES if change != "health stop"]


@pytest.mark.parametrize("change", CHANGES)
def test_a_power_cut_at_any_point_leaves_the_old_state_or_the_new(
    change: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, do, check = scenarios(tmp_path / "kpacks")[change]
    live = DataPaths.in_dir(tmp_path / "live")
    live.data_dir.mkdir(parents=True)
    before(live)
    with recording(live.data_dir, monkeypatch) as disk:
        do(live)
    assert disk.records, "a change that flushes nothing cannot survive a power cut"
    seen = set()
    for prefix in range(len(disk.records) + 1):
        replayed = tmp_path / f"cut-{prefix}"
        disk.rebuild(prefix, replayed)
        outcome = check(DataPaths.in_dir(replayed))
        assert outcome in EXPECTED[change], (prefix, outcome)
        seen.add(outcome)
        shutil.rmtree(replayed)
    assert seen == EXPECTED[change]  # the old state before the first flush, the new one after the last


@pytest.mark.parametrize("change", REFUSING_CHANGES)
@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EIO])
def test_a_full_disk_or_an_io_error_at_any_step_is_refused_and_leaves_old_or_new(
    change: str, error: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, do, check = scenarios(tmp_path / "kpacks")[change]
    failures = 0
    for fail_at in range(1, 200):
        live = DataPaths.in_dir(tmp_path / f"live-{fail_at}")
        live.data_dir.mkdir(parents=True)
        before(live)
        calls = [0]

        def fail(
            *args: object, _real: Callable[..., object], _calls: list[int] = calls, _at: int = fail_at, **kwargs: object
        ) -> object:
            _calls[0] += 1
            if _calls[0] == _at:
                raise OSError(error, os.strerror(error))
            return _real(*args, **kwargs)

        with monkeypatch.context() as patch:
            for name in ("fsync", "replace", "rename", "mkdir"):
                real = getattr(os, name)
                patch.setattr(os, name, lambda *a, _real=real, **k: fail(*a, _real=_real, **k))
            # Each chunk an install unpacks is a write that can fail too (the other steps are not I/O).
            patch.setattr(packstore, "step_hook", lambda step: fail(_real=lambda: None) if step == "write" else None)
            try:
                do(live)
            except PackRefused as refused:
                assert refused.reasons and "Traceback" not in str(refused)
                failures += 1
            except OSError as err:  # settings and the PIN: the staff screens say it could not be saved
                assert change in ("settings save", "set-pin") and err.errno == error
                failures += 1
        outcome = check(live)
        assert outcome in EXPECTED[change], (fail_at, outcome)
        shutil.rmtree(tmp_path / f"live-{fail_at}")
        if calls[0] < fail_at:
            break  # the change ran to its end without reaching this step: every step was tried
    else:
        raise AssertionError("the change never finished")
    assert failures >= 2
