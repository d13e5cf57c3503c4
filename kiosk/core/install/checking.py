"""Validating a pack at install time in a separate process, with a time limit and a way to cancel.

A slow check (a pathological page, a regular expression that backtracks) holds the interpreter
lock of whichever process runs it. Run in the kiosk's own process it would freeze the staff
screens and starve the watchdog; run here, in a child (``python -m kiosk.core.install.checking
FOLDER``), the kiosk stays live, staff can cancel, and a check that takes longer than
:data:`TIME_LIMIT_S` refuses the pack instead of hanging the install.

The child prints one JSON line: every problem found, and the pack's id and version.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.core.install.refused import PackRefused
from kiosk.core.messages import msg
from kiosk.core.problems import Problem, Severity

log = logging.getLogger(__name__)

#: The longest an install's validation may take; a sound pack takes a few seconds on the slowest kiosk.
TIME_LIMIT_S = 120.0
#: How often the parent looks at the child, the clock and the cancel flag.
POLL_S = 0.1
#: The most a child may print (every problem of a pack is far less).
MAX_OUTPUT = 4_000_000

Cancelled = Callable[[], bool]


def check_in_child(
    folder: Path,
    *,
    time_limit_s: float = TIME_LIMIT_S,
    cancelled: Cancelled | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> tuple[tuple[str, str] | None, tuple[Problem, ...]]:
    """Validate ``folder`` in a child process: ((id, version) or None, the problems found).

    Raises :class:`PackRefused` when the check takes longer than ``time_limit_s``, when
    ``cancelled()`` turns True, or when the child fails; the child is killed then.
    """
    command = [sys.executable, "-m", "kiosk.core.install.checking", str(folder)]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    deadline = clock() + time_limit_s
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env
    ) as child:
        # Read the report while the child writes it: a report larger than the pipe holds would
        # otherwise block the child until the time limit. What goes past MAX_OUTPUT is read and dropped.
        chunks: list[bytes] = []

        def drain() -> None:
            kept = 0
            stream = child.stdout
            while stream is not None and (chunk := stream.read(65536)):
                if kept < MAX_OUTPUT:
                    chunks.append(chunk[: MAX_OUTPUT - kept])
                    kept += len(chunks[-1])

        reader = threading.Thread(target=drain, name="pack-check-output", daemon=True)
        reader.start()
        try:
            while True:
                if cancelled is not None and cancelled():
                    raise PackRefused(msg("The install was cancelled. Nothing was changed."))
                if clock() >= deadline:
                    log.error("checking %s took longer than %.0f s; refused", folder.name, time_limit_s)
                    raise PackRefused(
                        msg(
                            "Checking the pack took longer than {seconds} seconds, so it was stopped "
                            "and the pack was refused. Ask the pack's author to check it with 'kiosk validate'.",
                            seconds=round(time_limit_s),
                        )
                    )
                try:
                    child.wait(timeout=POLL_S)
                    break
                except subprocess.TimeoutExpired:
                    continue
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
            reader.join(timeout=5)
        output = b"".join(chunks)
    return _parse(output, child.returncode)


def _parse(output: bytes, code: int) -> tuple[tuple[str, str] | None, tuple[Problem, ...]]:
    failed = PackRefused(msg("The pack could not be checked (the check stopped with an error). Nothing was changed."))
    if code != 0:
        log.error("the pack check stopped with exit code %d", code)
        raise failed
    try:
        data = json.loads(output.decode("utf-8"))
        problems = tuple(
            Problem(
                str(p["file"]),
                p["line"] if type(p["line"]) is int else None,
                str(p["message"]),
                Severity(p["severity"]),
            )
            for p in data["problems"]
        )
        pack = data["pack"]
        identity = (str(pack[0]), str(pack[1])) if isinstance(pack, list) and len(pack) == 2 else None
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError):
        log.error("the pack check gave an answer that cannot be read")
        raise failed from None
    return identity, problems


def _line(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def main(argv: list[str]) -> int:
    """The child: validate one folder, print the result as one JSON line."""
    from kiosk.core.content.validate import validate_pack  # noqa: PLC0415

    logging.disable(logging.CRITICAL)  # the child's words go to its parent only, as data
    report = validate_pack(Path(argv[0]))
    pack = [report.pack.id, report.pack.version] if report.pack is not None else None
    problems = [
        {"file": p.file, "line": p.line, "message": p.message, "severity": str(p.severity)} for p in report.problems
    ]
    sys.stdout.write(json.dumps({"pack": pack, "problems": problems}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
