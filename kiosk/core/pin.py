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
import os
import secrets
import time
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
#: Parameters read from the file are refused above these, so a doctored file cannot exhaust memory
#: or time: at most 64 MiB of scrypt memory (128 * n * r bytes) and 4 parallel passes.
_MAX_N = 2**16
_MAX_R = 32
_MAX_P = 4
_MAX_MEMORY = 64 * 2**20

Clock = Callable[[], float]


class PinState(enum.Enum):
    """What the PIN pad should ask for."""

    NOT_SET = "not-set"  # none yet: only `kiosk set-pin` or the installer sets one, never the touch screen
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
    if 128 * n * r > _MAX_MEMORY:
        raise ValueError("scrypt parameters need too much memory")
    salt_text, hash_text = data.get("salt", ""), data.get("hash", "")
    if not isinstance(salt_text, str) or not isinstance(hash_text, str) or len(salt_text) > 256:
        raise ValueError("salt or hash is not text")
    salt, digest = bytes.fromhex(salt_text), bytes.fromhex(hash_text)
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

    The file is read again at every check, so ``kiosk set-pin`` takes effect in a running kiosk,
    and a wrong try only writes its count over the very file it checked against: a newer PIN
    written meanwhile is never overwritten with the old hash.
    """

    def __init__(self, path: Path, clock: Clock = time.time) -> None:
        self.path = path
        self._clock = clock
        self._hash: _Hash | None = None
        self._failures = 0
        self._locked_until = 0.0
        self._state = PinState.NOT_SET
        #: Wrong tries counted against a file that could not be written: (its bytes, count, wait end).
        self._unsaved: tuple[bytes | None, int, float] | None = None
        self._load()

    # -- reading ---------------------------------------------------------------------------

    def _load(self) -> bytes | None:
        """Read the file again; its bytes (None when it is missing or cannot be read)."""
        self._hash, self._failures, self._locked_until = None, 0, 0.0
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self._state = PinState.NOT_SET
            return None
        except OSError as err:
            log.error("cannot read the staff PIN file %s (%s)", self.path, err.strerror or type(err).__name__)
            self._state = PinState.DAMAGED
            return None
        try:
            self._hash, self._failures, self._locked_until = _read(tomllib.loads(raw.decode("utf-8")))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError, RecursionError) as err:
            self._hash, self._failures, self._locked_until = None, 0, 0.0
            self._keep_copy(raw)
            log.error(
                "the staff PIN file %s is damaged (%s); set a new PIN with 'kiosk set-pin'",
                self.path,
                type(err).__name__,
            )
            self._state = PinState.DAMAGED
            return raw
        self._state = PinState.SET
        unsaved = self._unsaved
        if unsaved is not None and unsaved[0] == raw and unsaved[1] > self._failures:
            self._failures, self._locked_until = unsaved[1], unsaved[2]  # counted, but the disk refused it
        return raw

    def _keep_copy(self, raw: bytes) -> None:
        kept = sorted(self.path.parent.glob(f"{self.path.name}.broken-*"))
        try:
            if kept and kept[-1].read_bytes() == raw:
                return
            backup = self.path.with_name(f"{self.path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
            if not backup.exists():
                backup.write_bytes(raw)
        except OSError:
            pass

    @property
    def state(self) -> PinState:
        """What the PIN pad should ask for, from the file as it is now."""
        self._load()
        return self._state

    @property
    def failures(self) -> int:
        return self._failures

    def wait_remaining(self) -> float:
        """Seconds before another PIN is accepted (0 when one may be tried now), from the file as it is now."""
        self._load()
        return self._wait()

    def _wait(self) -> float:
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
        with self._locked():
            self._write(new, 0, 0.0)
        self._hash, self._failures, self._locked_until = new, 0, 0.0
        self._state = PinState.SET
        log.info("staff PIN changed")

    def check(self, pin: str) -> PinCheck:
        """Try ``pin`` against the file as it is now. During a waiting time nothing is checked or counted."""
        with self._locked():
            checked = self._load()
            if self._state is not PinState.SET or self._hash is None:
                return PinCheck(ok=False, attempts_left=0)
            waiting = self._wait()
            if waiting > 0:
                return PinCheck(ok=False, wait_s=waiting, attempts_left=0)
            if self._hash.matches(pin):
                if self._failures:
                    self._failures, self._locked_until = 0, 0.0
                    self._save_attempts(checked)
                return PinCheck(ok=True)
            self._failures += 1
            wait = wait_after(self._failures)
            self._locked_until = self._clock() + wait if wait else 0.0
            self._save_attempts(checked)
        log.warning("wrong staff PIN (%d in a row)", self._failures)
        return PinCheck(ok=False, wait_s=wait, attempts_left=max(0, FREE_ATTEMPTS - self._failures))

    def _save_attempts(self, checked: bytes | None) -> None:
        """Record the count, unless the file changed since ``checked`` was read (a newer PIN wins)."""
        assert self._hash is not None
        try:
            if self.path.read_bytes() != checked:
                log.info("the staff PIN file changed during a check; the newer file is kept")
                return
            self._write(self._hash, self._failures, self._locked_until)
            self._unsaved = None
        except OSError as err:
            self._unsaved = (checked, self._failures, self._locked_until)
            # The count still holds in memory; a read-only disk must not stop staff getting in.
            log.error("cannot record wrong staff PINs in %s (%s)", self.path, err.strerror or type(err).__name__)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold ``staff.toml.lock`` (POSIX) so that a check and ``kiosk set-pin`` never interleave."""
        if os.name != "posix":
            yield
            return
        import fcntl  # noqa: PLC0415

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = self.path.with_name(f"{self.path.name}.lock").open("a+b")
        except OSError:
            yield  # a read-only folder: nothing will be written anyway
            return
        with handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            yield

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
