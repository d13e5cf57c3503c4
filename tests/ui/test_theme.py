"""Every theme's text is readable: WCAG contrast ratios of each text and background pair."""

from __future__ import annotations

import re

import pytest

from kiosk.core.paths import resource_path
from kiosk.core.settings import THEMES
from kiosk.ui import theme

#: What the issue asks of each theme, at the least; the theme files may ask for more.
REQUIRED_CONTRAST = {"default": 4.5, "high-contrast": 7.0}


def test_contrast_ratio_matches_the_wcag_examples() -> None:
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast_ratio("#595959", "#ffffff") == pytest.approx(7.0, abs=0.01)


@pytest.mark.parametrize("name", THEMES)
def test_every_text_colour_reaches_the_themes_contrast(name: str) -> None:
    data = theme.theme_data(name)
    wanted = float(str(data["min_contrast"]))
    assert wanted >= REQUIRED_CONTRAST[name]
    colors = theme.theme_colors(name)
    too_low = {
        f"{text} on {background}": round(theme.contrast_ratio(colors[text], colors[background]), 2)
        for text, background in theme.TEXT_PAIRS
        if theme.contrast_ratio(colors[text], colors[background]) < wanted
    }
    assert too_low == {}, f"{name}: below {wanted}:1"
    focus = {
        f"{line} on {background}": round(theme.contrast_ratio(colors[line], colors[background]), 2)
        for line, background in theme.FOCUS_PAIRS
        if theme.contrast_ratio(colors[line], colors[background]) < theme.MIN_FOCUS_CONTRAST
    }
    assert focus == {}, f"{name}: focus lines below {theme.MIN_FOCUS_CONTRAST}:1"


@pytest.mark.parametrize("name", THEMES)
def test_every_colour_the_stylesheet_uses_is_in_the_theme(name: str) -> None:
    used = set(re.findall(r"\$\{?([a-z_]+)", resource_path("themes/base.qss").read_text(encoding="utf-8")))
    colors = theme.theme_colors(name)
    assert set(colors) >= {name for pair in theme.TEXT_PAIRS for name in pair}
    # Every $name is a colour, a line width or a size, so the stylesheet always fills in.
    assert theme.stylesheet(name, "largest", 0.7)
    lines = {"border_width", "focus_width", "answer_border", "answer_focus"}
    lines |= {"start", "end"}  # the sides a line of text starts and ends on (mirrored right to left)
    lines |= {"text_percent"}  # the text size, for a page's picture to grow its labels with
    assert used <= set(colors) | set(theme.sizes(1.0, "normal")) | lines


def test_an_unknown_theme_falls_back_to_the_normal_colours() -> None:
    assert theme.theme_colors("purple") == theme.theme_colors("default")


SCROLL_AREAS = re.compile(r"QTextBrowser|QScrollArea|QAbstractScrollArea|#PageBody|role=\"reading\"")


@pytest.mark.parametrize("name", THEMES)
def test_no_scroll_area_gets_a_border_or_background_from_the_style_sheet(name: str) -> None:
    # Qt 6.12 keeps about 4.5 KB per scroll area styled so, never freed: 7 MiB per 1,000 pages built.
    # The text areas draw their focus frame themselves from the qproperty- values instead.
    sheet = re.sub(r"/\*.*?\*/", "", theme.stylesheet(name, "normal", 1.0), flags=re.DOTALL)
    styled = [
        (selector.strip(), body)
        for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet)
        if SCROLL_AREAS.search(selector) and "::" not in selector
    ]
    assert styled, "the page text and the result text are styled"
    for selector, body in styled:
        properties = {line.split(":")[0].strip() for line in body.split(";") if ":" in line}
        assert not {p for p in properties if p.startswith(("border", "background"))}, selector
    frames = " ".join(body for _, body in styled)
    assert "qproperty-focusFrameWidth" in frames and "qproperty-focusFrameColor" in frames


@pytest.mark.parametrize("name", THEMES)
def test_tell_staff_now_has_a_strong_calm_colour_of_its_own(name: str) -> None:
    """Not the red of the staff "Exit to the desktop" button, and its text at least 4.5:1 (7:1 in
    high contrast, with every other pair)."""
    colors = theme.palette(name)
    assert colors.alert != colors.urgent
    assert theme.contrast_ratio(colors.on_alert, colors.alert) >= max(
        4.5, float(theme.theme_data(name)["min_contrast"])
    )
    red, green, blue = (int(colors.alert[i : i + 2], 16) for i in (1, 3, 5))
    assert red > blue and green > blue and green >= red * 0.45, "an amber, not a red"
    assert ("on_alert", "alert") in theme.TEXT_PAIRS and ("on_alert", "alert") in theme.FOCUS_PAIRS
