"""What a kiosk writes for the clinic: its status report and the result of each inbox pack.

Layout of an outbox (the same on a USB stick, under ``kiosk-reports/``)::

    <outbox>/<kiosk id>/status.json              the status report (kiosk.core.fleet.report)
    <outbox>/<kiosk id>/results/<file>.json      what became of the inbox file <file>

Every file is written through the one atomic writer: a temporary file in the same folder
(``.status.json-XXXXXXXX.tmp``, which Syncthing is told to ignore), flushed, then renamed over the
old one, so Syncthing, a network share or a stick pulled out never carries half a report.
"""

from __future__ import annotations

import json
import os
import re
import socket
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kiosk.core.files import write_atomically
from kiosk.core.install.removable import find_sticks
from kiosk.core.settings import Settings

REPORT_NAME = "status.json"
RESULTS_DIR = "results"
#: The folder on a USB stick that "Copy report to USB" writes into (the outbox layout below it).
USB_FOLDER = "kiosk-reports"
#: A kiosk id is at most this long: its folder's name in every outbox.
ID_MAX = 40
#: The longest inbox file name a result is written for (longer names are shortened).
RESULT_NAME_MAX = 120

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _slug(text: str, most: int) -> str:
    slug = _UNSAFE.sub("-", text).strip("-.")[:most].strip("-.")
    return slug


def kiosk_id(settings: Settings, host: Callable[[], str] = socket.gethostname) -> str:
    """This kiosk's folder name in an outbox: its name from settings, else the computer's name,
    made of letters, digits, ``.``, ``_`` and ``-`` only (``Waiting room 2`` gives ``Waiting-room-2``)."""
    for name in (settings.kiosk_name, _host(host)):
        slug = _slug(name, ID_MAX)
        if slug:
            return slug
    return "kiosk"


def _host(host: Callable[[], str]) -> str:
    try:
        return host()
    except OSError:
        return ""


def kiosk_folder(outbox: Path, kiosk: str) -> Path:
    return outbox / kiosk


def result_name(inbox_name: str) -> str:
    """The name of the result file for the inbox file ``inbox_name`` (``rfa-1.3.kpack.json``)."""
    return (_slug(inbox_name, RESULT_NAME_MAX) or "pack") + ".json"


def json_bytes(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")


def write_json(path: Path, data: dict[str, Any]) -> Path:
    """Write ``data`` as JSON to ``path`` atomically, readable by the other users of a shared folder."""
    write_atomically(path, json_bytes(data), mode=0o644)
    return path


def write_report(outbox: Path, kiosk: str, report: dict[str, Any]) -> Path:
    """Put the status report in ``outbox``; where it went. Raises OSError when it cannot be written."""
    return write_json(kiosk_folder(outbox, kiosk) / REPORT_NAME, report)


def write_result(outbox: Path, kiosk: str, inbox_name: str, result: dict[str, Any]) -> Path:
    """Put what became of the inbox file ``inbox_name`` in ``outbox``. Raises OSError."""
    return write_json(kiosk_folder(outbox, kiosk) / RESULTS_DIR / result_name(inbox_name), result)


def usb_folders(roots: Sequence[Path] | None = None, is_mount: Callable[[str], bool] = os.path.ismount) -> list[Path]:
    """The USB sticks mounted now (``/media/kiosk-usb-sdb1``, ``/media/<user>/<label>``, a drive
    letter on Windows), sorted: the sticks "Export CSV" finds too (``removable.find_sticks``)."""
    return find_sticks(roots, lambda path: is_mount(str(path)))


def copy_to_usb(write: Callable[[Path], Path]) -> Path | None:
    """Write a report (``write(folder)``, kiosk.ui.reports) into ``kiosk-reports/`` on the first USB
    stick that takes it; where it went, or None when no stick is plugged in. When no stick takes it,
    the last stick's OSError is raised (a stick mounted read-only, a full one)."""
    error: OSError | None = None
    for stick in usb_folders():
        try:
            return write(stick / USB_FOLDER)
        except OSError as err:
            error = err
    if error is not None:
        raise error
    return None
