"""A diagram's labels drawn larger when the patient chose larger text.

Every other word on the screen grows with "Aa"; the words drawn in an SVG picture would not, and
the picture beside the text even gets a little less room. So at a larger text size the picture is
drawn from a copy of its SVG whose ``font-size`` values (attributes and ``style`` declarations, on
any element, so inherited sizes grow too) are multiplied by the text size; the lines of a label
written as one ``<text>`` per line move apart with them, about their middle. Nothing else changes.

Grown labels may run into each other, into a line or shape beside them, or off the picture. Qt
SVG measures each label and shape as it will be drawn (``boundsOnElement``), and a label may grow
only as far as it touches nothing it did not touch at its own size, stays inside a box it was
written in with at least half its room to each edge, and stays inside the picture.
The kiosk keeps the largest factor, in steps of 0.05 up to the text size's own, that fits (1.0,
the picture as written, when none does); it is kept per picture and text size, so a page turn
never measures again.

Only bytes that passed the picture checks come here (kiosk/ui/widgets/picture.py), so the parse
has no DTD or entities to meet; a start tag is written again from the attributes expat read, with
the rest of the file left byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import math
import re
import xml.parsers.expat
from xml.sax.saxutils import quoteattr

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtSvg import QSvgRenderer

#: The elements whose drawn box a grown label must not newly run into.
SHAPES = frozenset({"rect", "circle", "ellipse", "line", "polyline", "polygon", "path", "image", "use"})
#: The shapes words may be written inside (a callout): they stay inside as they grow.
BOXES = frozenset({"rect", "circle", "ellipse", "polygon"})
#: The elements that are labels (a ``<tspan>`` is measured with its ``<text>``).
LABELS = frozenset({"text", "textArea"})
#: Each try after the full factor is this much smaller, down to the picture as written.
STEP = 0.05
#: Overlaps smaller than this share of the smaller box are the slack of font metrics, not a collision.
SLACK = 0.02
#: The share of its room to a box's edge that a label written inside the box keeps as it grows.
KEEP_ROOM = 0.5
#: A shape smaller than this share of the picture is a box words may be written in (not its background).
CALLOUT = 0.25
#: Elements measured per picture, at most (a picture with more is drawn as written).
MAX_ELEMENTS = 2_000
#: The ids given to elements that have none, so Qt can measure them.
ID_PREFIX = "kiosk-measure-"

#: Pictures kept measured (a pack's pictures at two larger text sizes).
KEPT = 24
_KEPT: dict[tuple[bytes, float], tuple[bytes, float]] = {}

_SIZE = re.compile(r"(font-size\s*:\s*)([0-9.]+)(px)?", re.IGNORECASE)
_NUMBER = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(px)?\s*$")


class _Tag:
    """One start tag: where it is in the file, and what it says."""

    __slots__ = ("attributes", "centre", "end", "id", "name", "start")

    def __init__(self, name: str, attributes: dict[str, str], start: int, end: int, ident: str) -> None:
        self.name, self.attributes, self.start, self.end, self.id = name, attributes, start, end, ident
        #: For a line of a label written on several lines: the middle of its lines' baselines.
        self.centre: float | None = None


def _plain(value: str | None) -> float | None:
    match = _NUMBER.match(value or "")
    return float(match.group(1)) if match else None


def _size(tag: _Tag) -> float | None:
    found = _SIZE.search(tag.attributes.get("style", ""))
    return float(found.group(2)) if found else _plain(tag.attributes.get("font-size"))


def _join_lines(tags: list[_Tag]) -> None:
    """Find labels written as one ``<text>`` per line (the same x and anchor, one below the other,
    no further apart than two lines): their lines move apart as they grow, about their middle."""
    labels = [tag for tag in tags if tag.name == "text"]
    block: list[_Tag] = []

    def close() -> None:
        if len(block) > 1:
            baselines = [_plain(line.attributes.get("y")) or 0.0 for line in block]
            centre = sum(baselines) / len(baselines)
            for line in block:
                line.centre = centre
        block.clear()

    for tag in labels:
        last = block[-1] if block else None
        size, y = _size(tag), _plain(tag.attributes.get("y"))
        joined = (
            last is not None
            and size is not None
            and y is not None
            and tag.attributes.get("x") == last.attributes.get("x")
            and tag.attributes.get("text-anchor") == last.attributes.get("text-anchor")
            and 0 < y - (_plain(last.attributes.get("y")) or 0.0) <= 2 * size
        )
        if not joined:
            close()
        if size is not None and y is not None:
            block.append(tag)
    close()


def _read_tags(data: bytes) -> list[_Tag] | None:
    """Every start tag of ``data`` with its byte span; None when it cannot be read."""
    tags: list[_Tag] = []
    parser = xml.parsers.expat.ParserCreate()
    parser.buffer_text = True

    def start(name: str, attributes: dict[str, str]) -> None:
        begin = parser.CurrentByteIndex
        close = _tag_end(data, begin)
        ident = attributes.get("id", "") or f"{ID_PREFIX}{len(tags)}"
        tags.append(_Tag(name, dict(attributes), begin, close, ident))
        if len(tags) > MAX_ELEMENTS:
            raise OverflowError

    parser.StartElementHandler = start
    try:
        parser.Parse(data, True)
    except (xml.parsers.expat.ExpatError, OverflowError, ValueError):
        return None
    _join_lines(tags)
    return tags


def _tag_end(data: bytes, begin: int) -> int:
    """The byte after the ``>`` that closes the start tag beginning at ``begin`` (quotes respected)."""
    quote = 0
    for index in range(begin + 1, len(data)):
        byte = data[index]
        if quote:
            if byte == quote:
                quote = 0
        elif byte in (0x22, 0x27):  # " and '
            quote = byte
        elif byte == 0x3E:  # >
            return index + 1
    raise ValueError("unclosed tag")


def _grown(value: str, factor: float) -> str:
    match = _NUMBER.match(value)
    if match is None:
        return value  # em, %, pt and the like: relative sizes grow with their parent's
    return f"{float(match.group(1)) * factor:.2f}"


def _write(data: bytes, tags: list[_Tag], factor: float) -> bytes:
    """``data`` with every font-size times ``factor`` and every measured element given an id."""
    parts: list[bytes] = []
    done = 0
    for tag in tags:
        attributes = dict(tag.attributes)
        if "font-size" in attributes:
            attributes["font-size"] = _grown(attributes["font-size"], factor)
        if "style" in attributes:
            attributes["style"] = _SIZE.sub(
                lambda m: m.group(1) + _grown(m.group(2), factor) + (m.group(3) or ""), attributes["style"]
            )
        if tag.name in SHAPES or tag.name in LABELS:
            attributes["id"] = tag.id
        baseline = _plain(attributes.get("y"))
        if tag.centre is not None and baseline is not None:
            attributes["y"] = f"{tag.centre + (baseline - tag.centre) * factor:.2f}"
        closing = b"/>" if data[tag.end - 2 : tag.end] == b"/>" else b">"
        written = " ".join(f"{name}={quoteattr(value)}" for name, value in attributes.items())
        parts += [data[done : tag.start], f"<{tag.name} {written}".encode(), closing]
        done = tag.end
    parts.append(data[done:])
    return b"".join(parts)


def _boxes(renderer: QSvgRenderer, tags: list[_Tag]) -> dict[str, QRectF]:
    boxes: dict[str, QRectF] = {}
    for tag in tags:
        if tag.name in SHAPES or tag.name in LABELS:
            bounds = renderer.boundsOnElement(tag.id)
            if bounds.isValid():
                boxes[tag.id] = renderer.transformForElement(tag.id).mapRect(bounds)
    return boxes


def _touch(first: QRectF, second: QRectF) -> bool:
    common = first.intersected(second)
    if common.isEmpty():
        return False
    smaller = min(first.width() * first.height(), second.width() * second.height())
    return common.width() * common.height() > SLACK * max(smaller, 1e-9)


def _within(inner: QRectF, outer: QRectF) -> set[str]:
    """The directions in which ``inner`` lies inside ``outer``: "across" and "down" (the font's box
    of a label is taller than its letters, so a label in a tight box may be inside it one way only)."""
    found = set()
    if inner.left() >= outer.left() and inner.right() <= outer.right():
        found.add("across")
    if inner.top() >= outer.top() and inner.bottom() <= outer.bottom():
        found.add("down")
    return found


def _kept_inside(was: QRectF, box: QRectF, outer: QRectF) -> bool:
    """Whether a grown label ``box`` stays inside ``outer`` every way its written ``was`` did, and
    keeps at least half the room it had there to each edge (words never meet a box's border)."""
    for direction in _within(was, outer):
        if direction == "across":
            edges = (
                (was.left() - outer.left(), box.left() - outer.left()),
                (outer.right() - was.right(), outer.right() - box.right()),
            )
        else:
            edges = (
                (was.top() - outer.top(), box.top() - outer.top()),
                (outer.bottom() - was.bottom(), outer.bottom() - box.bottom()),
            )
        if any(now < room * KEEP_ROOM - 0.5 for room, now in edges):
            return False
    return True


def _fits(
    base: dict[str, QRectF], grown: dict[str, QRectF], labels: list[str], boxes: set[str], picture: QRectF
) -> bool:
    """Whether every grown label touches only what it touched as written, stays inside every shape
    it was written inside, and stays in the picture."""
    for label in labels:
        box, was = grown.get(label), base.get(label)
        if box is None or was is None:
            continue
        if picture.contains(was) and not picture.contains(box):
            return False
        for other, other_box in grown.items():
            if other == label:
                continue
            other_was = base.get(other, other_box)
            if _touch(box, other_box) and not _touch(was, other_was):
                return False
            area = other_was.width() * other_was.height()
            callout = other in boxes and area < CALLOUT * picture.width() * picture.height()
            if callout and _touch(was, other_was) and not _kept_inside(was, box, other_was):
                return False  # words written inside a box stay inside it, clear of its edges
    return True


def _fitted(data: bytes, wanted: float) -> tuple[bytes, float]:
    tags = _read_tags(data)
    if tags is None or not any(tag.name in LABELS for tag in tags):
        return data, 1.0
    renderer = QSvgRenderer()
    if not renderer.load(QByteArray(_write(data, tags, 1.0))) or not renderer.isValid():
        return data, 1.0
    base = _boxes(renderer, tags)
    picture = renderer.viewBoxF()
    labels = [tag.id for tag in tags if tag.name in LABELS]
    boxes = {tag.id for tag in tags if tag.name in BOXES}
    # The factors to try, smallest first: a label that collides at one collides at every larger
    # one, so the largest that fits is found by halving (about four measurements, not ten).
    steps = max(0, math.floor((wanted - 1.0) / STEP + 1e-9))
    factors = sorted({round(wanted - STEP * n, 2) for n in range(steps + 1)} - {1.0})
    factors = [factor for factor in factors if factor > 1.0]
    best: tuple[bytes, float] = (data, 1.0)
    low, high = 0, len(factors) - 1
    while low <= high:
        middle = (low + high) // 2
        written = _write(data, tags, factors[middle])
        fits = renderer.load(QByteArray(written)) and renderer.isValid()
        if fits and _fits(base, _boxes(renderer, tags), labels, boxes, picture):
            best = (written, factors[middle])
            low = middle + 1
        else:
            high = middle - 1
    return best


def grown_labels(data: bytes, text_scale: float) -> tuple[bytes, float]:
    """The SVG ``data`` with its labels as much larger as ``text_scale`` asks and the picture allows,
    and the factor they grew by (1.0: ``data`` itself)."""
    if text_scale <= 1.0:
        return data, 1.0
    key = (hashlib.blake2b(data, digest_size=16).digest(), round(text_scale, 2))
    found = _KEPT.pop(key, None)
    if found is None:
        found = _fitted(data, key[1])
    _KEPT[key] = found  # the most recently used last
    while len(_KEPT) > KEPT:
        _KEPT.pop(next(iter(_KEPT)))
    return found
