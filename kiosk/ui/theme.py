"""Fonts and the stylesheet: a theme is data (colours in TOML), sizes follow screen and text size."""

from __future__ import annotations

import logging
import string
import tomllib
from dataclasses import dataclass, fields
from functools import lru_cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontDatabase

from kiosk.core.checks.fonts import PRIMARY
from kiosk.core.paths import resource_path
from kiosk.core.settings import THEMES

log = logging.getLogger(__name__)

DEFAULT_THEME = "default"

FONT_FAMILY = PRIMARY.family
#: The fallbacks for other scripts load when a pack needs them (kiosk/ui/fonts.py).
FONT_FILES = PRIMARY.files

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
    "answer_height": 72,
    "answer_padding": 8,
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
    """Register Atkinson Hyperlegible once; returns the family name to use."""
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(resource_path(f"fonts/{name}"))) < 0:
            log.warning("could not load bundled font %s; the system font is used", name)
    return FONT_FAMILY


#: Every (text colour, background colour) pair that base.qss and the widgets put together.
#: Each theme must reach its own ``min_contrast`` for all of them (tests/ui/test_theme.py).
TEXT_PAIRS = (
    ("text", "background"),  # page text, titles, questions
    ("muted", "background"),  # counter, hints, disabled buttons
    ("text", "surface"),  # answers, the result screen, the sources panel
    ("primary", "background"),  # the current section in the strip
    ("primary", "surface"),  # headings on the result screen
    ("strip_done", "background"),
    ("strip_todo", "background"),
    ("link", "background"),
    ("on_primary", "primary"),  # primary and checked buttons, chosen answers
    ("on_secondary", "secondary"),  # the other buttons
    ("text", "secondary"),  # "Not sure"
    ("text", "selected"),  # the answer given last time
    ("on_attract", "attract"),
    ("attract", "on_attract"),  # "Touch to start"
    ("on_overlay", "overlay"),
    ("on_urgent", "urgent"),  # the staff "Exit to the desktop" button
    ("on_alert", "alert"),  # "Please tell a staff member now", warning signs on a result
    ("on_reading", "reading"),  # the word being read aloud
)
#: Lines that show where keyboard focus is need 3:1 against what surrounds them (WCAG 1.4.11).
FOCUS_PAIRS = (
    ("primary", "background"),  # buttons, the page text and the link chosen in it
    ("text", "background"),
    ("text", "surface"),  # answers
    ("primary", "surface"),  # the result's text
    ("on_alert", "alert"),  # the result's text when it says "tell a staff member now"
)
MIN_FOCUS_CONTRAST = 3.0


@lru_cache(maxsize=4)
def theme_data(name: str) -> dict[str, object]:
    """Theme ``name`` as written in ``resources/themes/<name>.toml``; the normal theme if it is unknown."""
    if name not in THEMES:
        log.warning("unknown theme %r; using the normal colours", name)
        name = DEFAULT_THEME
    with open(resource_path(f"themes/{name}.toml"), "rb") as handle:
        return tomllib.load(handle)


def theme_colors(name: str) -> dict[str, str]:
    """The colours of theme ``name``."""
    colors = theme_data(name)["colors"]
    assert isinstance(colors, dict)
    return {str(key): str(value) for key, value in colors.items()}


@dataclass(frozen=True)
class Palette:
    """A theme's colours (``#rrggbb``), by what they colour; the names are base.qss's variables.

    Frozen and compared by value, so screens built for one palette are found again by it.
    """

    background: str
    surface: str
    text: str
    muted: str
    primary: str
    on_primary: str
    secondary: str
    on_secondary: str
    border: str
    strip_done: str
    strip_todo: str
    attract: str
    on_attract: str
    overlay: str
    on_overlay: str
    link: str
    urgent: str
    on_urgent: str
    selected: str
    reading: str
    on_reading: str
    #: The calm, unmistakable colour of "Please tell a staff member now" (not the red of "Exit").
    alert: str
    on_alert: str

    def __getitem__(self, name: str) -> str:
        """The colour called ``name`` (the names the contrast pairs and base.qss use)."""
        if name not in _PALETTE_NAMES:
            raise KeyError(name)
        value = getattr(self, name)
        assert isinstance(value, str)
        return value


_PALETTE_NAMES = frozenset(field.name for field in fields(Palette))


@lru_cache(maxsize=4)
def palette(name: str) -> Palette:
    """The colours of theme ``name`` as a :class:`Palette` (unknown names give the normal theme's)."""
    colors = theme_colors(name)
    return Palette(**{key: value for key, value in colors.items() if key in _PALETTE_NAMES})


def is_high_contrast(colors: Palette) -> bool:
    """Whether ``colors`` are the high-contrast theme's (pictures then use their high-contrast versions)."""
    return colors == palette("high-contrast")


def _theme_lines(name: str) -> dict[str, int]:
    lines = theme_data(name).get("lines", {})
    assert isinstance(lines, dict)
    border, focus = int(lines.get("border", 2)), int(lines.get("focus", 4))
    return {"border_width": border, "focus_width": focus, "answer_border": border + 1, "answer_focus": focus + 1}


def relative_luminance(color: str) -> float:
    """WCAG 2 relative luminance of a ``#rrggbb`` colour."""
    channels = [int(color.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    red, green, blue = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours, from 1.0 (same) to 21.0 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def screen_scale(size: QSize) -> float:
    """How much bigger than a 1920x1080 layout this window is (portrait counts by its short side)."""
    long_side, short_side = max(size.width(), size.height()), min(size.width(), size.height())
    scale = min(long_side / 1920, short_side / 1080)
    return max(MIN_SCREEN_SCALE, min(MAX_SCREEN_SCALE, scale))


#: Touch targets never shrink below these, however small the screen (logical pixels).
MIN_SIZES = {"button_height": 64, "answer_height": 56}


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


def stylesheet(theme: str, text_size: str, scale: float, right_to_left: bool = False) -> str:
    """The kiosk's style sheet; ``$start`` and ``$end`` in it are the sides a line of text starts and
    ends on (left and right, mirrored for a right-to-left language: style sheets never mirror)."""
    values: dict[str, object] = dict(theme_colors(theme))
    values.update(_theme_lines(theme))
    values.update(sizes(scale, text_size))
    values["text_percent"] = round(TEXT_SCALES.get(text_size, 1.0) * 100)
    start, end = ("right", "left") if right_to_left else ("left", "right")
    values.update(start=start, end=end)
    return _template().substitute(values)
