"""Logging to a rotating file in the data directory. Patient answers are never logged.

An error is logged by :func:`describe_error`: its type and where it happened (file, line,
function), never its message or any value, because a message can hold what a patient chose
(``KeyError('leg_weakness')``).
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from kiosk.core.paths import PROJECT_ROOT, DataPaths

MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(paths: DataPaths, verbose: bool = False) -> None:
    """Log to ``<log dir>/kiosk.log`` (rotated) and to stderr; never fail because of logging."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                paths.log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
            )
        )
    except OSError as err:
        print(f"kiosk: cannot write logs to {paths.log_dir}: {err}", file=sys.stderr)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler._kiosk = True  # type: ignore[attr-defined]
        root.addHandler(handler)


def describe_error(kind: type[BaseException], tb: TracebackType | None, *, frames: int = 12) -> str:
    """``ValueError at kiosk/core/session.py:120 in answer <- kiosk/ui/visit/question.py:88 in _tap``.

    The type's name and the innermost ``frames`` code locations; never the message, never a value.
    """
    where = [
        f"{_short(frame.filename)}:{frame.lineno} in {frame.name}"
        for frame in reversed(traceback.extract_tb(tb)[-frames:])
    ]
    return f"{kind.__module__}.{kind.__qualname__}" + (" at " + " <- ".join(where) if where else "")


def _short(filename: str) -> str:
    """A file of the kiosk's own tree relative to it (``kiosk/core/session.py``, wherever the
    tree lies, whatever its folder is called); any other file by its last two parts."""
    path = Path(filename)
    if path.is_relative_to(PROJECT_ROOT):
        return path.relative_to(PROJECT_ROOT).as_posix()
    return "/".join(path.parts[-2:])
