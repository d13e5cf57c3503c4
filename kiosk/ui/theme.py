"""Fonts and the stylesheet: a theme is data (colours in TOML), sizes follow screen and text size."""

from __future__ import annotations

import logging
import string
import tomllib
from functools import lru_cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontDatabase

from kiosk.core.paths import resource_path

log = logging.getLogger(__name__)

FONT_FAMILY = "Atkinson Hyperlegible"
FONT_FILES = ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf", "AtkinsonHyperlegible-Italic.ttf")

#: Sizes in pixels for a 1920x1080 screen at normal text size.
BASE_SIZES = {
    "body": 28,
    "small": 22,
    "title": 46,
    "button": 28,
    "strip": 22,
    "subtitle": 34,
    "huge": 72,
    "touch": 44,
    "button_height": 72,
    "button_padding": 32,
    "radius": 16,
    "strip_padding": 10,
    "strip_rule": 4,
    "strip_current_rule": 8,
    "touch_radius": 48,
    "touch_padding": 24,
    "touch_padding_wide": 64,
    "scrollbar": 20,
    "scrollbar_radius": 10,
    "answer_height": 88,
    "progress": 16,
    "progress_radius": 8,
}
#: Sizes that grow with the patient's text size (the rest follow the screen only).
TEXT_KEYS = frozenset({"body", "small", "title", "button", "strip", "subtitle", "huge", "touch"})
TEXT_SCALES = {"normal": 1.0, "large": 1.25, "largest": 1.5}
MIN_SCREEN_SCALE = 0.8
MAX_SCREEN_SCALE = 2.2


@lru_cache(maxsize=1)
def load_fonts() -> str:
    """Register the bundled fonts once; returns the family name to use."""
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(resource_path(f"fonts/{name}"))) < 0:
            log.warning("could not load bundled font %s; the system font is used", name)
    return FONT_FAMILY


@lru_cache(maxsize=4)
def theme_colors(name: str) -> dict[str, str]:
    """The colours of theme ``name`` (``resources/themes/<name>.toml``)."""
    with open(resource_path(f"themes/{name}.toml"), "rb") as handle:
        return dict(tomllib.load(handle)["colors"])


def screen_scale(size: QSize) -> float:
    """How much bigger than a 1920x1080 layout this window is (portrait counts by its short side)."""
    long_side, short_side = max(size.width(), size.height()), min(size.width(), size.height())
    scale = min(long_side / 1920, short_side / 1080)
    return max(MIN_SCREEN_SCALE, min(MAX_SCREEN_SCALE, scale))


#: Touch targets never shrink below these, however small the screen (logical pixels).
MIN_SIZES = {"button_height": 64, "answer_height": 72}


def sizes(scale: float, text_size: str) -> dict[str, int]:
    text_scale = TEXT_SCALES.get(text_size, 1.0)
    values = {
        key: round(value * scale * (text_scale if key in TEXT_KEYS else 1.0)) for key, value in BASE_SIZES.items()
    }
    for key, minimum in MIN_SIZES.items():
        values[key] = max(values[key], minimum)
    return values


@lru_cache(maxsize=1)
def _template() -> string.Template:
    return string.Template(resource_path("themes/base.qss").read_text(encoding="utf-8"))


def stylesheet(theme: str, text_size: str, scale: float) -> str:
    values: dict[str, object] = dict(theme_colors(theme))
    values.update(sizes(scale, text_size))
    return _template().substitute(values)
