"""A small status file for staff and fleet tools: version, pack, uptime, last error. Never answers.

``<data dir>/health.json`` is rewritten atomically at start, every minute, after an error and at
exit, so a reader never sees half a file. It holds only facts about the kiosk itself: nothing a
patient chose, read or answered ever goes in it.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.core import alerts
from kiosk.core.files import write_atomically
from kiosk.core.paths import DataPaths

log = logging.getLogger(__name__)

FILE_NAME = "health.json"
FORMAT = 1

RUNNING = "running"
STOPPED = "stopped"
RESTARTING = "restarting"


def health_path(paths: DataPaths) -> Path:
    """Where the kiosk using ``paths`` keeps its status file."""
    return paths.data_dir / FILE_NAME


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class HealthFile:
    """The kiosk's status, written to ``path``.

    Uptime comes from a monotonic clock, so it stays right when the wall clock jumps; the
    ``*_at`` times are wall-clock UTC, for people. The last error time and an unexpected stop of
    the previous run (a crash, a freeze or a power cut) are carried over from the file found at
    start.
    """

    path: Path
    pack_id: str | None = None
    pack_version: str | None = None
    version: str = __version__
    monotonic: Callable[[], float] = time.monotonic
    now: Callable[[], datetime] = _utc_now
    last_error_at: str | None = None
    last_unexpected_stop_at: str | None = None
    errors_since_start: int = 0
    _started: float = field(init=False)
    _started_at: str = field(init=False)
    _write_failed: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        self._started = self.monotonic()
        self._started_at = _stamp(self.now())

    @classmethod
    def start(
        cls,
        path: Path,
        pack_id: str | None = None,
        pack_version: str | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = _utc_now,
    ) -> HealthFile:
        """Begin a run: carry over what the previous run's file says, then write ours."""
        health = cls(path, pack_id, pack_version, monotonic=monotonic, now=now)
        previous = _read(path)
        if isinstance(previous.get("last_error_at"), str):
            health.last_error_at = previous["last_error_at"]
        if isinstance(previous.get("last_unexpected_stop_at"), str):
            health.last_unexpected_stop_at = previous["last_unexpected_stop_at"]
        if previous.get("status") == RUNNING and isinstance(previous.get("updated_at"), str):
            # The previous run never said it stopped: it was killed, froze or lost power.
            health.last_unexpected_stop_at = previous["updated_at"]
        health.write()
        return health

    def snapshot(self, status: str = RUNNING, exit_code: int | None = None) -> dict[str, Any]:
        """What the file holds now (and nothing else)."""
        pack = None if self.pack_id is None else {"id": self.pack_id, "version": self.pack_version}
        data: dict[str, Any] = {
            "format": FORMAT,
            "status": status,
            "version": self.version,
            "pid": os.getpid(),
            "active_pack": pack,
            "started_at": self._started_at,
            "updated_at": _stamp(self.now()),
            "uptime_s": round(max(0.0, self.monotonic() - self._started)),
            "errors_since_start": self.errors_since_start,
            "last_error_at": self.last_error_at,
            "last_unexpected_stop_at": self.last_unexpected_stop_at,
            # What staff mode warns about (damaged settings, a pack shown in place of another, …).
            "degraded": [str(message) for message in alerts.current()],
        }
        if exit_code is not None:
            data["exit_code"] = exit_code
        return data

    def write(self, status: str = RUNNING, exit_code: int | None = None) -> bool:
        """Replace the file atomically; a failure is logged once and never raised."""
        text = json.dumps(self.snapshot(status, exit_code), indent=2) + "\n"
        try:
            write_atomically(self.path, text.encode("utf-8"))
        except OSError as err:
            if not self._write_failed:
                log.warning("cannot write the health file %s: %s", self.path, err)
            self._write_failed = True
            return False
        self._write_failed = False
        return True

    def record_error(self) -> None:
        """An unexpected error happened just now (the kiosk went back to its start screen)."""
        self.errors_since_start += 1
        self.last_error_at = _stamp(self.now())
        self.write()

    def stopped(self, exit_code: int, restarting: bool = False) -> None:
        """The kiosk is leaving on purpose (or restarting itself) with ``exit_code``."""
        self.write(RESTARTING if restarting else STOPPED, exit_code)


def _read(path: Path) -> dict[str, Any]:
    """The previous file's content, or nothing when it is missing or damaged."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}
