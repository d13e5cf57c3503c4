"""Logging to a rotating file in the data directory. Patient answers are never logged."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from kiosk.core.paths import DataPaths

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
