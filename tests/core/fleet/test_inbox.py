"""The inbox: a pack that arrives is installed as from USB, once it is whole, and never half-read."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from kiosk.core import alerts
from kiosk.core.fleet import inbox as inbox_module
from kiosk.core.fleet.inbox import SETTLE_S, InboxScanner, ScanReport
from kiosk.core.install.state import installed_pack_folder
from kiosk.core.install.store import PackStore
from kiosk.core.paths import DataPaths
from kiosk.core.settings import Settings
from tests.core.fleet.conftest import Setup, StepClock

RESULT = Path("Waiting-room-2") / "results"


def arrive(source: Path, inbox: Path, name: str | None = None) -> Path:
    """Put a file into the inbox as Syncthing does: written elsewhere, then renamed into place."""
    target = inbox / (name or source.name)
    temporary = inbox / f".syncthing.{target.name}.tmp"
    shutil.copyfile(source, temporary)
    os.replace(temporary, target)
    return target


def settled_scan(scanner: InboxScanner, clock: StepClock, inbox: Path, settings: Settings, out: Path) -> ScanReport:
    """Two scans SETTLE_S apart: the first sees the files, the second takes those that stayed the same."""
    scanner.scan(inbox, settings, out)
    clock.step(SETTLE_S)
    return scanner.scan(inbox, settings, out)


def installed_version(paths: DataPaths, pack_id: str = "demo") -> str | None:
    info = PackStore(paths).info(pack_id)
    return info.version if info is not None and not info.bundled else None


def result(out: Path, name: str) -> dict[str, object]:
    data = json.loads((out / RESULT / f"{name}.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_a_signed_pack_is_installed_once_it_has_settled_and_its_result_goes_to_the_outbox(setup: Setup) -> None:
    paths, inbox, outbox, clock = setup.paths, setup.inbox, setup.outbox, setup.clock
    signing, make_kpack = setup.signing, setup.make_kpack
    scanner = InboxScanner(paths, clock=clock)
    arrive(make_kpack("1.3.0"), inbox, "rfa-1.3.kpack")
    first = scanner.scan(inbox, signing, outbox)
    assert (first.outcomes, first.waiting) == ([], 1)  # seen, not yet read
    assert installed_version(paths) is None
    clock.step(SETTLE_S)
    second = scanner.scan(inbox, signing, outbox)
    assert second.installed == ["demo"]
    assert installed_version(paths) == "1.3.0"
    assert PackStore(paths).info("demo", signing).signed_by == "Riverside IT"  # type: ignore[union-attr]
    written = result(outbox, "rfa-1.3.kpack")
    assert written["outcome"] == "installed"
    assert written["pack"] == {"id": "demo", "version": "1.3.0"}
    assert written["signed_by"] == "Riverside IT" and written["kiosk"] == "Waiting-room-2"
    assert written["reasons"] == []
    # Nothing the kiosk made is left in the inbox or beside the result.
    assert sorted(p.name for p in inbox.iterdir()) == ["rfa-1.3.kpack"]
    assert sorted(p.name for p in (outbox / RESULT).iterdir()) == ["rfa-1.3.kpack.json"]


def test_a_pack_installed_once_is_not_unpacked_again_at_every_scan_or_after_a_restart(setup: Setup) -> None:
    paths, inbox, outbox, clock = setup.paths, setup.inbox, setup.outbox, setup.clock
    signing, make_kpack = setup.signing, setup.make_kpack
    installs: list[Path] = []
    default = inbox_module._store_installer(paths)

    def counting(kpack: Path, settings: Settings) -> tuple[str, str, str | None, bool]:
        installs.append(kpack)
        return default(kpack, settings)

    scanner = InboxScanner(paths, clock=clock, install=counting)
    arrive(make_kpack(), inbox)
    settled_scan(scanner, clock, inbox, signing, outbox)
    assert len(installs) == 1
    folder = installed_pack_folder(paths, "demo")
    for _ in range(3):
        clock.step(30)
        assert scanner.scan(inbox, signing, outbox).outcomes == []
    restarted = InboxScanner(paths, clock=clock, install=counting)
    assert settled_scan(restarted, clock, inbox, signing, outbox).outcomes == []
    assert len(installs) == 1 and installed_pack_folder(paths, "demo") == folder
    # The same bytes synced again (a new time, a new inode) are still the pack installed already.
    (inbox / "demo-1.2.0.kpack").unlink()
    arrive(make_kpack(), inbox, "demo-1.2.0.kpack")
    assert settled_scan(restarted, clock, inbox, signing, outbox).outcomes == []
    assert len(installs) == 1


def test_a_file_still_growing_is_not_read_until_it_has_stopped(setup: Setup) -> None:
    paths, inbox, outbox, clock = setup.paths, setup.inbox, setup.outbox, setup.clock
    signing, make_kpack = setup.signing, setup.make_kpack
    whole = make_kpack().read_bytes()
    scanner = InboxScanner(paths, clock=clock)
    growing = inbox / "demo.kpack"
    for end in range(0, len(whole), len(whole) // 4):  # copied onto a share a piece at a time
        with growing.open("ab") as handle:
            handle.write(whole[end : end + len(whole) // 4])
        report = scanner.scan(inbox, signing, outbox)
        assert report.outcomes == [] and report.waiting == 1
        clock.step(SETTLE_S / 2)
    assert growing.read_bytes() == whole
    assert not (outbox / RESULT).exists() and installed_version(paths) is None
    clock.step(SETTLE_S)
    assert scanner.scan(inbox, signing, outbox).installed == ["demo"]


def test_syncthing_temporary_files_hidden_files_links_and_folders_are_never_read(setup: Setup) -> None:
    paths, inbox, outbox, clock = setup.paths, setup.inbox, setup.outbox, setup.clock
    signing, make_kpack = setup.signing, setup.make_kpack
    kpack = make_kpack()
    for name in (".syncthing.demo.kpack.tmp", "~syncthing~demo.kpack.tmp", "~SyncThing~Demo.KPACK.TMP", ".demo.kpack"):
        shutil.copyfile(kpack, inbox / name)
    (inbox / ".stfolder").mkdir()
    (inbox / "packs").mkdir()
    shutil.copyfile(kpack, inbox / "packs" / "demo.kpack")
    (inbox / "link.kpack").symlink_to(kpack)
    scanner = InboxScanner(paths, clock=clock)
    report = settled_scan(scanner, clock, inbox, signing, outbox)
    assert (report.outcomes, report.waiting) == ([], 0)
    assert installed_version(paths) is None and not outbox.exists()


def test_a_truncated_pack_is_refused_and_tried_again_once_it_is_whole(setup: Setup) -> None:
    paths, inbox, outbox, clock = setup.paths, setup.inbox, setup.outbox, setup.clock
    signing, make_kpack = setup.signing, setup.make_kpack
    tmp_path = setup.tmp
    whole = make_kpack()
    cut = tmp_path / "cut.kpack"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size * 2 // 3])  # a copy that stopped
    arrive(cut, inbox, "demo.kpack")
    scanner = InboxScanner(paths, clock=clock)
    report = settled_scan(scanner, clock, inbox, signing, outbox)
    assert [o.status for o in report.outcomes] == ["refused"]
    assert installed_version(paths) is None
    written = result(outbox, "demo.kpack")
    assert written["outcome"] == "refused"
    assert written["reasons"] == ["'demo.kpack' is not a content-pack file, or it is damaged."]
    assert any("demo.kpack" in str(message) for message in alerts.current())
    clock.step(60)
    assert scanner.scan(inbox, signing, outbox).outcomes == []  # the same bytes: not tried at every scan
    arrive(whole, inbox, "demo.kpack")  # the whole file, at last
    report = settled_scan(scanner, clock, inbox, signing, outbox)
    assert report.installed == ["demo"] and installed_version(paths) == "1.2.0"
    assert result(outbox, "demo.kpack")["outcome"] == "installed"
    assert alerts.current() == []


def test_an_unsigned_pack_is_refused_when_signing_is_required_and_taken_once_staff_allow_it(setup: Setup) -> None:
    paths, inbox, outbox, clock = setup.paths, setup.inbox, setup.outbox, setup.clock
    signing, make_kpack = setup.signing, setup.make_kpack
    arrive(make_kpack(signed=False), inbox)
    scanner = InboxScanner(paths, clock=clock)
    report = settled_scan(scanner, clock, inbox, signing, outbox)
    assert [(o.status, o.pack_id) for o in report.outcomes] == [("refused", None)]
    written = result(outbox, "demo-1.2.0.kpack")
    assert written["reasons"] == ["This pack is not signed, and this kiosk only accepts signed packs."]
    assert installed_version(paths) is None
    clock.step(30)
    assert scanner.scan(inbox, signing, outbox).outcomes == []
    accepting = Settings(kiosk_name="Waiting room 2")  # staff chose to accept unsigned packs
    assert scanner.scan(inbox, accepting, outbox).installed == ["demo"]


def test_a_pack_signed_by_a_key_the_kiosk_does_not_trust_is_refused(setup: Setup) -> None:
    paths, inbox, outbox, clock, make_kpack = setup.paths, setup.inbox, setup.outbox, setup.clock, setup.make_kpack
    from kiosk.core.install.signing import generate_key

    other = Settings(require_signed=True, trusted_keys={"Someone else": generate_key()[1]})
    arrive(make_kpack(), inbox)
    report = settled_scan(InboxScanner(paths, clock=clock), clock, inbox, other, outbox)
    assert [str(r) for o in report.outcomes for r in o.reasons] == [
        "This pack is signed with a key this kiosk does not trust."
    ]
    assert installed_version(paths) is None


def test_a_files_kind_is_read_from_its_bytes_not_its_name(setup: Setup) -> None:
    paths, inbox, outbox, clock = setup.paths, setup.inbox, setup.outbox, setup.clock
    signing, make_kpack = setup.signing, setup.make_kpack
    arrive(make_kpack(), inbox, "read me.txt")
    (inbox / "new-version.kpack").write_text("This is a note, not a pack.\n", encoding="utf-8")
    (inbox / "empty.kpack").write_bytes(b"")
    report = settled_scan(InboxScanner(paths, clock=clock), clock, inbox, signing, outbox)
    assert {o.name: o.status for o in report.outcomes} == {
        "read me.txt": "installed",
        "new-version.kpack": "not-a-pack",
        "empty.kpack": "not-a-pack",
    }
    assert installed_version(paths) == "1.2.0"
    assert result(outbox, "new-version.kpack")["reasons"] == [
        "'new-version.kpack' is not a content-pack file, or it is damaged."
    ]


def test_a_file_too_large_is_refused_without_being_read(setup: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    paths, inbox, outbox, clock = setup.paths, setup.inbox, setup.outbox, setup.clock
    signing, make_kpack = setup.signing, setup.make_kpack
    monkeypatch.setattr(inbox_module, "MAX_FILE_BYTES", 1000)
    arrive(make_kpack(), inbox)
    report = settled_scan(InboxScanner(paths, clock=clock), clock, inbox, signing, outbox)
    assert [o.status for o in report.outcomes] == ["refused"]
    assert "is larger than" in result(outbox, "demo-1.2.0.kpack")["reasons"][0]  # type: ignore[index]
    assert installed_version(paths) is None
    assert not (paths.data_dir / inbox_module.INCOMING_DIR).exists() or not any(
        (paths.data_dir / inbox_module.INCOMING_DIR).iterdir()
    )


def test_a_newer_version_arriving_replaces_the_old_and_an_older_signed_one_is_refused(setup: Setup) -> None:
    paths, inbox, outbox, clock = setup.paths, setup.inbox, setup.outbox, setup.clock
    signing, make_kpack = setup.signing, setup.make_kpack
    scanner = InboxScanner(paths, clock=clock)
    arrive(make_kpack("1.3.0"), inbox, "demo.kpack")
    settled_scan(scanner, clock, inbox, signing, outbox)
    arrive(make_kpack("1.4.0"), inbox, "demo.kpack")
    assert settled_scan(scanner, clock, inbox, signing, outbox).installed == ["demo"]
    assert installed_version(paths) == "1.4.0"
    arrive(make_kpack("1.2.0"), inbox, "old.kpack")
    report = settled_scan(scanner, clock, inbox, signing, outbox)
    assert [o.status for o in report.outcomes] == ["refused"]
    assert installed_version(paths) == "1.4.0"


def test_an_inbox_that_cannot_be_read_tells_staff(paths: DataPaths, tmp_path: Path, clock: StepClock) -> None:
    missing = tmp_path / "share-not-mounted"
    report = InboxScanner(paths, clock=clock).scan(missing, Settings())
    assert report.problem is not None
    assert [str(message) for message in alerts.current()] == [str(report.problem)]
    assert str(missing) in str(report.problem)
    missing.mkdir()
    assert InboxScanner(paths, clock=clock).scan(missing, Settings()).problem is None
    assert alerts.current() == []


def test_a_damaged_record_means_looking_again_and_nothing_installed_twice(setup: Setup) -> None:
    paths, inbox, outbox, clock = setup.paths, setup.inbox, setup.outbox, setup.clock
    signing, make_kpack = setup.signing, setup.make_kpack
    arrive(make_kpack(), inbox)
    settled_scan(InboxScanner(paths, clock=clock), clock, inbox, signing, outbox)
    folder = installed_pack_folder(paths, "demo")
    (paths.data_dir / inbox_module.RECORD_FILE).write_text('{"format": 1, "files": {"demo-1.2.0.kpack": 7', "utf-8")
    report = settled_scan(InboxScanner(paths, clock=clock), clock, inbox, signing, outbox)
    assert [o.status for o in report.outcomes] == ["already-installed"]
    assert installed_pack_folder(paths, "demo") == folder


def test_at_most_a_few_packs_are_installed_in_one_scan_and_the_rest_wait(setup: Setup) -> None:
    paths, inbox, outbox, clock = setup.paths, setup.inbox, setup.outbox, setup.clock
    signing, make_kpack = setup.signing, setup.make_kpack
    for number in range(inbox_module.MAX_INSTALLS + 1):
        arrive(make_kpack(pack_id=f"demo{number}"), inbox)
    scanner = InboxScanner(paths, clock=clock)
    report = settled_scan(scanner, clock, inbox, signing, outbox)
    assert len(report.installed) == inbox_module.MAX_INSTALLS and report.waiting == 1
    assert len(scanner.scan(inbox, signing, outbox).installed) == 1


def test_an_install_stopped_because_the_kiosk_closes_leaves_the_file_for_the_next_start(setup: Setup) -> None:
    paths, inbox, outbox, clock, signing = setup.paths, setup.inbox, setup.outbox, setup.clock, setup.signing
    closing = [False]
    default = inbox_module._store_installer(paths, lambda: closing[0])

    def closes_meanwhile(kpack: Path, settings: Settings) -> tuple[str, str, str | None, bool]:
        closing[0] = True  # the kiosk is told to close while the pack installs
        return default(kpack, settings)

    arrive(setup.make_kpack(), inbox)
    scanner = InboxScanner(paths, clock=clock, install=closes_meanwhile, cancelled=lambda: closing[0])
    report = settled_scan(scanner, clock, inbox, signing, outbox)
    assert (report.outcomes, report.waiting) == ([], 1)
    assert installed_version(paths) is None and not outbox.exists()
    closing[0] = False
    restarted = InboxScanner(paths, clock=clock)
    assert settled_scan(restarted, clock, inbox, signing, outbox).installed == ["demo"]
