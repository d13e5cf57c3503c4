"""Giving memory the kiosk freed back to the system, so a process that runs for weeks stays small.

Qt and Python free a visit's screens into the C library's heap, which keeps the pages for later
use; after many visits the heap is full of holes no one asks for. ``release_free_memory`` asks
glibc (``malloc_trim``) to hand such pages back. Elsewhere (Windows, other C libraries) it does
nothing.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from functools import lru_cache

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc
        log.info("this C library cannot give freed memory back; skipped")
        return None
    return trim


def release_free_memory() -> bool:
    """Return the heap's free pages to the system; True when the C library could be asked."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
