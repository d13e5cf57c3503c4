"""Checks made before anything else is imported: the Python version and the dependencies.

Written so that an older Python 3 can still run it (no syntax newer than 3.6, annotations as
strings), because its job is to say in one line what to run instead of showing a traceback.
"""

import importlib.util
import sys

#: The modules the kiosk cannot start without, as Python imports them.
NEEDED = ("PySide6", "markdown", "nh3", "qtawesome", "platformdirs", "tomli_w")

SETUP = "make run  (or: python3.12 -m venv .venv && .venv/bin/pip install -c constraints.txt -e . && .venv/bin/kiosk)"


def problem() -> "str | None":
    """One line saying why the kiosk cannot start here, or None when it can."""
    if sys.version_info < (3, 12):  # noqa: UP036  (this check is the point: it runs on older Pythons)
        found = f"{sys.version_info[0]}.{sys.version_info[1]}"
        return f"The kiosk needs Python 3.12 or newer (this is {found}). Run: {SETUP}"
    missing = [name for name in NEEDED if importlib.util.find_spec(name) is None]
    if missing:
        return f"The kiosk's dependencies are not installed here (missing: {', '.join(missing)}). Run: {SETUP}"
    return None


def check_or_exit() -> None:
    """Print the problem on one line and exit 1, or return when the kiosk can start."""
    reason = problem()
    if reason is not None:
        sys.stderr.write(reason + "\n")
        raise SystemExit(1)
