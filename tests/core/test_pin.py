"""The staff PIN: only a salted hash on disk, 4 to 8 digits, and a growing wait after wrong PINs."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core import pin as pin_module
from kiosk.core.pin import PinCheck, PinFormatError, PinState, PinStore, wait_after


class FakeClock:
    """Wall-clock seconds that only move when a test says so."""

    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def pin_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "staff.toml"


@pytest.fixture
def store(pin_path: Path, clock: FakeClock) -> PinStore:
    made = PinStore(pin_path, clock=clock)
    made.set_pin("2468")
    return made


def wrong(store: PinStore, times: int) -> PinCheck:
    result = PinCheck(ok=False)
    for _ in range(times):
        result = store.check("1111")
    return result


def test_a_new_kiosk_has_no_pin_and_asks_staff_to_choose_one(pin_path: Path, clock: FakeClock) -> None:
    store = PinStore(pin_path, clock=clock)
    assert store.state is PinState.NOT_SET
    assert not store.check("1234").ok


def test_the_file_holds_a_salted_hash_never_the_pin(pin_path: Path) -> None:
    # Eight digits, so the hex of the salt and hash cannot contain them by chance.
    store = PinStore(pin_path)
    store.set_pin("20250917")
    text = pin_path.read_text(encoding="utf-8")
    assert "20250917" not in text
    assert 'algorithm = "scrypt"' in text
    assert "n = 16384" in text
    other = PinStore(pin_path.with_name("other.toml"))
    other.set_pin("20250917")
    # Same PIN, different salt, different hash.
    assert other.path.read_text(encoding="utf-8") != text
    assert pin_path.stat().st_mode & 0o077 == 0


def test_right_pin_opens_wrong_pin_does_not(store: PinStore) -> None:
    assert store.check("2468").ok
    assert not store.check("2469").ok
    assert not store.check("").ok
    assert not store.check("24680").ok


def test_the_pin_survives_a_restart(store: PinStore, pin_path: Path, clock: FakeClock) -> None:
    again = PinStore(pin_path, clock=clock)
    assert again.state is PinState.SET
    assert again.check("2468").ok


@pytest.mark.parametrize("bad", ["123", "123456789", "12a4", "", "１２３４", "12 34"])
def test_a_pin_must_be_four_to_eight_digits(pin_path: Path, bad: str) -> None:
    store = PinStore(pin_path)
    with pytest.raises(PinFormatError, match="4 to 8 digits"):
        store.set_pin(bad)
    assert not pin_path.exists()


def test_five_wrong_pins_then_a_wait_that_doubles(store: PinStore, clock: FakeClock) -> None:
    assert wrong(store, 4) == PinCheck(ok=False, wait_s=0, attempts_left=1)
    assert wrong(store, 1) == PinCheck(ok=False, wait_s=30, attempts_left=0)
    # While waiting even the right PIN is not checked, and the wait is not made longer.
    clock.advance(10)
    assert store.check("2468") == PinCheck(ok=False, wait_s=20, attempts_left=0)
    assert store.failures == 5
    clock.advance(20)
    assert store.wait_remaining() == 0
    assert wrong(store, 1).wait_s == 60
    clock.advance(60)
    assert wrong(store, 1).wait_s == 120
    clock.advance(120)
    assert store.check("2468").ok
    assert store.failures == 0
    assert wrong(store, 1).wait_s == 0


def test_the_wait_is_capped_so_staff_are_never_shut_out_for_days() -> None:
    assert [wait_after(n) for n in range(4, 9)] == [0, 30, 60, 120, 240]
    assert wait_after(50) == pin_module.MAX_WAIT_S


def test_the_wait_survives_a_restart(store: PinStore, pin_path: Path, clock: FakeClock) -> None:
    wrong(store, 5)
    clock.advance(5)
    restarted = PinStore(pin_path, clock=clock)
    assert restarted.wait_remaining() == 25
    assert not restarted.check("2468").ok
    clock.advance(25)
    assert restarted.check("2468").ok


def test_a_clock_jumping_back_never_makes_the_wait_longer(store: PinStore, clock: FakeClock) -> None:
    wrong(store, 5)
    clock.advance(-86_400)
    assert store.wait_remaining() == 30


def test_setting_a_new_pin_ends_the_wait(store: PinStore, pin_path: Path, clock: FakeClock) -> None:
    wrong(store, 6)
    PinStore(pin_path, clock=clock).set_pin("13579")
    fresh = PinStore(pin_path, clock=clock)
    assert fresh.wait_remaining() == 0
    assert fresh.check("13579").ok


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfe not text",
        b"this is = not [toml",
        b'format = 1\nalgorithm = "md5"\n',
        b'format = 1\nalgorithm = "scrypt"\nn = 1073741824\nr = 8\np = 1\nsalt = "00"\nhash = "00"\n',
        # 1 GiB of scrypt memory for every try: refused, not computed.
        b'format = 1\nalgorithm = "scrypt"\nn = 1048576\nr = 8\np = 1\nsalt = "'
        + b"00" * 16
        + b'"\nhash = "'
        + b"00" * 32
        + b'"\n',
        b"x = " + b"[" * 50_000 + b"]" * 50_000 + b"\n",
        b"",
    ],
)
def test_a_damaged_file_neither_crashes_nor_lets_anyone_in(pin_path: Path, content: bytes) -> None:
    pin_path.parent.mkdir(parents=True)
    pin_path.write_bytes(content)
    store = PinStore(pin_path)
    assert store.state is PinState.DAMAGED
    assert not store.check("1234").ok
    assert store.wait_remaining() == 0
    # A copy is kept for whoever looks into it, and a new PIN makes the kiosk usable again.
    assert [p.read_bytes() for p in pin_path.parent.glob("staff.toml.broken-*")] == [content]
    store.set_pin("8642")
    assert PinStore(pin_path).check("8642").ok


def test_a_read_only_folder_does_not_stop_staff_getting_in(store: PinStore, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path, data: bytes) -> None:
        raise OSError("read-only file system")

    monkeypatch.setattr(pin_module, "write_atomically", refuse)
    assert wrong(store, 1).attempts_left == 4
    assert store.check("2468").ok


def test_a_read_only_folder_still_counts_wrong_pins(store: PinStore, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path, data: bytes) -> None:
        raise OSError("read-only file system")

    monkeypatch.setattr(pin_module, "write_atomically", refuse)
    assert wrong(store, 5).wait_s > 0
    assert store.wait_remaining() > 0


def test_set_pin_from_the_command_line_takes_effect_in_a_running_kiosk(pin_path: Path, clock: FakeClock) -> None:
    running = PinStore(pin_path, clock=clock)
    running.set_pin("2468")
    PinStore(pin_path, clock=clock).set_pin("1357")  # `kiosk set-pin` while the kiosk runs
    assert not running.check("2468").ok
    assert running.check("1357").ok


def test_a_wrong_try_never_writes_the_old_hash_over_a_newer_pin(
    pin_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    running = PinStore(pin_path, clock=clock)
    running.set_pin("2468")
    real_matches = pin_module._Hash.matches

    def set_pin_meanwhile(self: object, pin: str) -> bool:
        # `kiosk set-pin` lands while the running kiosk is still hashing a wrong try.
        result = real_matches(self, pin)  # type: ignore[arg-type]
        pin_path.write_bytes(newer)
        return result

    other = PinStore(pin_path, clock=clock)
    other.set_pin("1357")
    newer = pin_path.read_bytes()
    running.set_pin("2468")
    monkeypatch.setattr(pin_module._Hash, "matches", set_pin_meanwhile)
    assert not running.check("0000").ok
    monkeypatch.undo()
    assert pin_path.read_bytes() == newer
    assert PinStore(pin_path, clock=clock).check("1357").ok


def answers(monkeypatch: pytest.MonkeyPatch, *typed: str) -> None:
    """Make getpass return ``typed`` one after the other, as if staff typed them."""
    queue = list(typed)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": queue.pop(0))


def test_kiosk_set_pin_asks_twice_and_stores_the_hash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.app import main

    answers(monkeypatch, "97531", "97531")
    assert main(["set-pin", "--data-dir", str(tmp_path / "kiosk-data")]) == 0
    assert "Staff PIN saved" in capsys.readouterr().out
    assert PinStore(tmp_path / "kiosk-data" / "staff.toml").check("97531").ok


def test_kiosk_set_pin_uses_the_data_dir_given_before_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.app import main

    answers(monkeypatch, "97531", "97531")
    assert main(["--data-dir", str(tmp_path / "kiosk-data"), "set-pin"]) == 0
    assert PinStore(tmp_path / "kiosk-data" / "staff.toml").state is PinState.SET


@pytest.mark.parametrize(
    ("typed", "message"),
    [(("1234", "1243"), "not the same"), (("12", "12"), "4 to 8 digits"), (("pin1", "pin1"), "4 to 8 digits")],
)
def test_kiosk_set_pin_refuses_a_mismatch_or_a_bad_pin_and_changes_nothing(
    private_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    typed: tuple[str, str],
    message: str,
) -> None:
    from kiosk.app import main

    PinStore(private_data_dir / "staff.toml").set_pin("2468")
    answers(monkeypatch, *typed)
    assert main(["set-pin"]) == 2
    assert message in capsys.readouterr().err
    assert PinStore(private_data_dir / "staff.toml").check("2468").ok
