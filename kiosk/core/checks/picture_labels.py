"""The labels of a page's SVG picture as a patient will see them on a 1280x800 screen, the
smallest the kiosk supports: how many pixels high, and how well they stand out.

The page gives its picture a box (measured with the kiosk; ``tests/ui/visit/test_picture_viewer.py``
keeps these numbers true): the picture is scaled to fit it, so a label's height on screen is its
``font-size`` times that scale. Its contrast is taken against the picture's own background (a
``<rect>`` that covers the whole picture, drawn first) or, without one, the page's light
background. Transforms are not followed: a label inside a scaled group is measured as written.
Read with expat like every picture check (no DTD, no entities), and only from files that passed
those checks.
"""

from __future__ import annotations

import math
import re
import xml.parsers.expat
from dataclasses import dataclass, field

#: The box a page's picture gets at 1280x800 (logical pixels), by text size.
PAGE_BOX_1280 = {"normal": (515, 428), "largest": (515, 323)}
#: The smallest a label should be on screen at 1280x800 with normal text (pixels).
MIN_LABEL_PX = 16
#: WCAG 2's contrast for text (4.5:1), used for labels.
MIN_CONTRAST = 4.5
#: The page's background in the normal theme, behind a picture that draws none of its own.
PAGE_BACKGROUND = "#ffffff"
#: Labels reported per picture, at most.
MAX_REPORTED = 5

_HEX = re.compile(r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_RGB = re.compile(r"^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$")
_NAMES = {
    "black": "#000000", "white": "#ffffff", "red": "#ff0000", "blue": "#0000ff", "green": "#008000",
    "gray": "#808080", "grey": "#808080", "yellow": "#ffff00", "orange": "#ffa500", "navy": "#000080",
}  # fmt: skip


def number(value: str) -> float | None:
    """A plain length ("30", "30px", "12.5"), or None: other units, percentages, nothing finite."""
    value = value.strip().removesuffix("px").strip()
    if not value or len(value) > 32 or not all(c.isdigit() or c in ".+-eE" for c in value):
        return None
    try:
        found = float(value)
    except ValueError:
        return None
    return found if math.isfinite(found) and found >= 0 else None


def hex_colour(value: str) -> str | None:
    """``value`` as ``#rrggbb`` when it is a plain colour (hex, rgb() with numbers, a common name)."""
    value = value.strip().lower()
    if value in _NAMES:
        return _NAMES[value]
    match = _HEX.match(value)
    if match:
        digits = match.group(1)
        return "#" + ("".join(c * 2 for c in digits) if len(digits) == 3 else digits)
    match = _RGB.match(value)
    if match:
        return "#" + "".join(f"{min(255, int(part)):02x}" for part in match.groups())
    return None


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@dataclass
class Label:
    line: int
    size: float  # font-size in the picture's own units
    fill: str  # "#rrggbb", or "" when it cannot be told
    text: str = ""


@dataclass
class _Reader:
    labels: list[Label] = field(default_factory=list)
    stack: list[tuple[float, str]] = field(default_factory=list)  # inherited (font-size, fill)
    width: float = 0.0
    height: float = 0.0
    background: str = ""
    first_shape: bool = True
    open_labels: list[Label] = field(default_factory=list)


def _style(attributes: dict[str, str]) -> dict[str, str]:
    found = {key: value for key, value in attributes.items() if key in ("font-size", "fill")}
    for declaration in attributes.get("style", "").split(";")[:50]:
        name, _, value = declaration.partition(":")
        if name.strip() in ("font-size", "fill"):
            found[name.strip()] = value.strip()
    return found


def read_labels(data: bytes) -> tuple[tuple[float, float], str, list[Label]]:
    """The picture's own size (its viewBox, else width and height), its background and its labels."""
    reader = _Reader()
    parser = xml.parsers.expat.ParserCreate()

    def start(name: str, attributes: dict[str, str]) -> None:
        size, fill = reader.stack[-1] if reader.stack else (16.0, "#000000")
        style = _style(attributes)
        written = number(style.get("font-size", ""))
        size = written if written is not None else size
        fill = hex_colour(style["fill"]) or "" if "fill" in style else fill
        reader.stack.append((size, fill))
        if name == "svg" and not reader.width:
            box = attributes.get("viewBox", "").replace(",", " ").split()
            if len(box) == 4:
                w, h = number(box[2]), number(box[3])
            else:
                w, h = number(attributes.get("width", "")), number(attributes.get("height", ""))
            reader.width, reader.height = (w, h) if w and h else (0.0, 0.0)
        elif name == "rect" and reader.first_shape:
            reader.first_shape = False
            w, h = number(attributes.get("width", "")), number(attributes.get("height", ""))
            whole = (attributes.get("width"), attributes.get("height")) == ("100%", "100%") or (
                w is not None and h is not None and w >= reader.width and h >= reader.height
            )
            if whole and fill:
                reader.background = fill
        elif name in ("path", "circle", "ellipse", "polygon", "polyline", "line", "text"):
            reader.first_shape = False
        if name in ("text", "tspan", "textArea") and len(reader.labels) < 500:
            label = Label(parser.CurrentLineNumber, size, fill)
            reader.labels.append(label)
            reader.open_labels.append(label)

    def end(name: str) -> None:
        reader.stack.pop()
        if name in ("text", "tspan", "textArea") and reader.open_labels:
            reader.open_labels.pop()

    def characters(text: str) -> None:
        if reader.open_labels and len(reader.open_labels[-1].text) < 40:
            reader.open_labels[-1].text += text

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError:
        return (0.0, 0.0), "", []
    labels = [label for label in reader.labels if label.text.strip()]
    return (reader.width, reader.height), reader.background, labels


def label_findings(data: bytes) -> list[tuple[int, str]]:
    """(line, message) for labels that will be small or faint on a 1280x800 page."""
    (width, height), background, labels = read_labels(data)
    if width <= 0 or height <= 0 or not labels:
        return []
    behind = background or PAGE_BACKGROUND
    scales = {size: min(box[0] / width, box[1] / height) for size, box in PAGE_BOX_1280.items()}
    if not all(math.isfinite(scale) and scale > 1e-6 for scale in scales.values()):
        return []  # a picture too large to measure
    found: list[tuple[int, str]] = []
    for label in labels:
        shown = label.size * scales["normal"]
        words = " ".join(label.text.split())[:30]
        if shown < MIN_LABEL_PX:
            found.append(
                (
                    label.line,
                    f"the label '{words}' is {shown:.0f} px high on a 1280x800 screen "
                    f"({label.size * scales['largest']:.0f} px with the largest text, before it grows); write it at "
                    f"font-size {MIN_LABEL_PX / scales['normal']:.0f} or more in this picture",
                )
            )
        if label.fill and contrast(label.fill, behind) < MIN_CONTRAST:
            found.append(
                (
                    label.line,
                    f"the label '{words}' ({label.fill} on {behind}) has a contrast of "
                    f"{contrast(label.fill, behind):.1f}:1; labels need {MIN_CONTRAST}:1",
                )
            )
        if len(found) >= MAX_REPORTED:
            break
    return found
