"""What staff must know about the running kiosk: damaged settings, a pack set aside, a pack expiring.

Start-up and the pack code report here; staff mode's home screen and ``health.json`` read it.
Each alert has a key (one alert per key: a newer report replaces an older one) and a plain
sentence as a translatable :class:`~kiosk.core.messages.Message`. Alerts name files, dates and
pack ids only, never anything a patient chose.
"""

from __future__ import annotations

import threading

from kiosk.core.messages import Message

SETTINGS = "settings"
PACK = "pack"
PACK_CHECK = "pack-check"
RESTARTS = "restarts"
EXPIRY = "expiry"
PRINTER = "printer"
#: The inbox folder cannot be read, or a pack in it was refused (kiosk.core.fleet).
FLEET = "fleet"

_lock = threading.Lock()
_alerts: dict[str, Message] = {}


def report(key: str, message: Message) -> None:
    """Staff should see ``message`` until :func:`clear` is called with ``key``."""
    with _lock:
        _alerts[key] = message


def clear(key: str | None = None) -> None:
    """Forget the alert ``key`` (all of them when ``key`` is None)."""
    with _lock:
        if key is None:
            _alerts.clear()
        else:
            _alerts.pop(key, None)


def get(key: str) -> Message | None:
    """The alert ``key`` now, if there is one."""
    with _lock:
        return _alerts.get(key)


def current() -> list[Message]:
    """Every alert now, in a fixed order (settings, pack, its check, restarts, expiry, others)."""
    order = (SETTINGS, PACK, PACK_CHECK, RESTARTS, EXPIRY)
    with _lock:
        known = [_alerts[key] for key in order if key in _alerts]
        return known + [message for key, message in sorted(_alerts.items()) if key not in order]
