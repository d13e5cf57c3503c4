"""The staff PIN: stored only as a salted scrypt hash, with a waiting time after repeated wrong PINs.

The PIN lives in its own file in the kiosk's config folder (``staff.toml``), never in a pack
folder. The file holds the hash, the scrypt parameters it was made with, and the count of
wrong PINs, so the waiting time survives a restart.

A damaged file is never a crash and never a permanent lock-out: it is copied aside, the touch
screen says the PIN cannot be read, and ``kiosk set-pin`` on the kiosk computer sets a new one.
Nobody can get in on the touch screen without a PIN that was set on purpose.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import logging
import secrets
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.core.files import write_atomically
from kiosk.core.paths import DataPaths

log = logging.getLogger(__name__)

PIN_FILE_NAME = "staff.toml"
MIN_DIGITS = 4
MAX_DIGITS = 8
#: Wrong PINs allowed before the first waiting time.
FREE_ATTEMPTS = 5
FIRST_WAIT_S = 30
#: The waiting time doubles with every further wrong PIN, up to this (so staff are never shut out for days).
MAX_WAIT_S = 3600

#: scrypt cost for new hashes (about 16 MiB of memory and a few tens of milliseconds).
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
#: Parameters read from the file are refused above these, so a doctored file cannot exhaust memory.
_MAX_N = 2**20
_MAX_R = 32
_MAX_P = 16

Clock = Callable[[], float]


class PinState(enum.Enum):
    """What the PIN pad should ask for."""

    NOT_SET = "not-set"  # first staff entry: choose a PIN
    SET = "set"  # ask for the PIN
    DAMAGED = "damaged"  # the file cannot be read: only ``kiosk set-pin`` helps


class PinFormatError(ValueError):
    """A new PIN that is not 4 to 8 digits; the message is one plain sentence."""


@dataclass(frozen=True)
class PinCheck:
    """The answer to one PIN attempt.

    ``ok`` is True only for the right PIN. ``wait_s`` is how long before the next attempt is
    accepted (0 when there is no wait); ``attempts_left`` is how many wrong PINs are still
    allowed before a wait starts.
    """

    ok: bool
    wait_s: float = 0.0
    attempts_left: int = FREE_ATTEMPTS


def pin_file(paths: DataPaths) -> Path:
    """Where the staff PIN of this kiosk is kept."""
    return paths.config_dir / PIN_FILE_NAME


def check_format(pin: str) -> None:
    """Raise PinFormatError unless ``pin`` is 4 to 8 digits (0-9 only)."""
    if not (MIN_DIGITS <= len(pin) <= MAX_DIGITS) or not all(ch in "0123456789" for ch in pin):
        raise PinFormatError(f"The PIN must be {MIN_DIGITS} to {MAX_DIGITS} digits.")


def wait_after(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong PINs in a row: 0, then 30, 60, 120 … up to MAX_WAIT_S."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** min(failures - FREE_ATTEMPTS, 20)))


@dataclass(frozen=True)
class _Hash:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes

    @classmethod
    def make(cls, pin: str) -> _Hash:
        salt = secrets.token_bytes(16)
        return cls(SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P))

    def matches(self, pin: str) -> bool:
        return hmac.compare_digest(_scrypt(pin, self.salt, self.n, self.r, self.p), self.digest)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r + 2**20, dklen=32)


def _read(data: dict[str, Any]) -> tuple[_Hash, int, float]:
    """The hash, failure count and end of the current wait from a parsed file; ValueError if unusable."""
    if data.get("format") != 1 or data.get("algorithm") != "scrypt":
        raise ValueError("unknown format or algorithm")
    n, r, p = data.get("n"), data.get("r"), data.get("p")
    if type(n) is not int or type(r) is not int or type(p) is not int:
        raise ValueError("scrypt parameters are not whole numbers")
    if not (2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= _MAX_R and 1 <= p <= _MAX_P):
        raise ValueError("scrypt parameters out of range")
    salt, digest = bytes.fromhex(str(data.get("salt", ""))), bytes.fromhex(str(data.get("hash", "")))
    if len(salt) < 8 or len(digest) != 32:
        raise ValueError("salt or hash has the wrong length")
    failures, until = data.get("failures", 0), data.get("locked_until", 0.0)
    if type(failures) is not int or failures < 0 or type(until) not in (int, float):
        raise ValueError("wrong-PIN record is unreadable")
    return _Hash(n, r, p, salt, digest), failures, float(until)


class PinStore:
    """The staff PIN of one kiosk, in one file.

    ``clock`` gives wall-clock seconds (``time.time`` unless a test passes its own). The end of a
    waiting time is stored as a clock reading; if the clock jumps backwards the wait is still never
    longer than the waiting time itself, and a new object on the same file sees the same wait.
    """

    def __init__(self, path: Path, clock: Clock = time.time) -> None:
        self.path = path
        self._clock = clock
        self._hash: _Hash | None = None
        self._failures = 0
        self._locked_until = 0.0
        self._state = PinState.NOT_SET
        self._load()

    # -- reading ---------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self._state = PinState.NOT_SET
            return
        except OSError as err:
            log.error("cannot read the staff PIN file %s (%s)", self.path, err)
            self._state = PinState.DAMAGED
            return
        try:
            self._hash, self._failures, self._locked_until = _read(tomllib.loads(raw.decode("utf-8")))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as err:
            self._keep_copy(raw)
            log.error("the staff PIN file %s is damaged (%s); set a new PIN with 'kiosk set-pin'", self.path, err)
            self._state = PinState.DAMAGED
            return
        self._state = PinState.SET

    def _keep_copy(self, raw: bytes) -> None:
        backup = self.path.with_name(f"{self.path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            if not backup.exists():
                backup.write_bytes(raw)
        except OSError:
            pass

    @property
    def state(self) -> PinState:
        return self._state

    @property
    def failures(self) -> int:
        return self._failures

    def wait_remaining(self) -> float:
        """Seconds before another PIN is accepted (0 when one may be tried now)."""
        if self._state is not PinState.SET:
            return 0.0
        longest = wait_after(self._failures)
        return max(0.0, min(self._locked_until - self._clock(), longest))

    # -- changing ------------------------------------------------------------------------------

    def set_pin(self, pin: str) -> None:
        """Store a new PIN (4 to 8 digits), forgetting wrong attempts; PinFormatError for a bad one.

        OSError if the file cannot be written (the old PIN then still applies).
        """
        check_format(pin)
        new = _Hash.make(pin)
        self._write(new, 0, 0.0)
        self._hash, self._failures, self._locked_until = new, 0, 0.0
        self._state = PinState.SET
        log.info("staff PIN changed")

    def check(self, pin: str) -> PinCheck:
        """Try ``pin``. During a waiting time nothing is checked and nothing is counted."""
        if self._state is not PinState.SET or self._hash is None:
            return PinCheck(ok=False, attempts_left=0)
        waiting = self.wait_remaining()
        if waiting > 0:
            return PinCheck(ok=False, wait_s=waiting, attempts_left=0)
        if self._hash.matches(pin):
            if self._failures:
                self._failures, self._locked_until = 0, 0.0
                self._save_attempts()
            return PinCheck(ok=True)
        self._failures += 1
        wait = wait_after(self._failures)
        self._locked_until = self._clock() + wait if wait else 0.0
        self._save_attempts()
        log.warning("wrong staff PIN (%d in a row)", self._failures)
        return PinCheck(ok=False, wait_s=wait, attempts_left=max(0, FREE_ATTEMPTS - self._failures))

    def _save_attempts(self) -> None:
        assert self._hash is not None
        try:
            self._write(self._hash, self._failures, self._locked_until)
        except OSError as err:
            # The count still holds in memory; a read-only disk must not stop staff getting in.
            log.error("cannot record wrong staff PINs in %s (%s)", self.path, err)

    def _write(self, pin_hash: _Hash, failures: int, locked_until: float) -> None:
        import tomli_w  # noqa: PLC0415  (only staff actions write)

        data = {
            "format": 1,
            "algorithm": "scrypt",
            "n": pin_hash.n,
            "r": pin_hash.r,
            "p": pin_hash.p,
            "salt": pin_hash.salt.hex(),
            "hash": pin_hash.digest.hex(),
            "failures": failures,
            "locked_until": locked_until,
        }
        text = "# The kiosk's staff PIN as a salted scrypt hash (never the PIN itself).\n" + tomli_w.dumps(data)
        write_atomically(self.path, text.encode("utf-8"))
