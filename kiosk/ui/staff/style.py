"""The staff screens' stylesheet: ``resources/themes/staff.qss`` filled from the theme and the screen size."""

from __future__ import annotations

import string
from functools import lru_cache

from kiosk.core.paths import resource_path
from kiosk.ui import theme

#: Sizes in pixels at 1920x1080, and the least each may shrink to on a small screen.
STAFF_SIZES = {"pin_key": (104, 88), "pin_key_wide": (136, 112), "pin_digit": (44, 36), "key": (80, 64)}


@lru_cache(maxsize=1)
def _template() -> string.Template:
    return string.Template(resource_path("themes/staff.qss").read_text(encoding="utf-8"))


def staff_sizes(scale: float) -> dict[str, int]:
    return {key: max(minimum, round(base * scale)) for key, (base, minimum) in STAFF_SIZES.items()}


@lru_cache(maxsize=8)
def staff_stylesheet(theme_name: str, scale: float) -> str:
    values: dict[str, object] = dict(theme.theme_colors(theme_name))
    values.update(theme.sizes(scale, "normal"))
    values.update(staff_sizes(scale))
    return _template().substitute(values)
