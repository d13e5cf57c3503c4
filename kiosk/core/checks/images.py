"""Checks on a pack's pictures, decided from their bytes: what kind of file each really is, and
whether it is safe and cheap to draw.

The kind of a file comes from its first bytes, never from its name: Qt looks at the content, so
an SVG named ``.png`` is drawn as an SVG and must get every SVG check. An SVG is parsed with the
standard library's expat (no DTD, no entities) against an allow-list of the SVG Tiny 1.2
elements and attributes Qt draws, and may refer only to its own parts (``#id``): no other file,
no URL. Its size once every ``<use>`` is expanded is counted, so a small file of nested
``<use>`` cannot make a huge drawing. PNG and JPEG files must be whole, and their width x height
(read from the header, nothing is decoded) must stay under a pixel budget.

``picture_problems(data)`` is what both ``kiosk validate`` and the screen use: the screen draws
only bytes that passed it (``kiosk/ui/widgets/picture.py``).
"""

from __future__ import annotations

import re
import struct
import xml.parsers.expat
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.core.checks.svg_rules import (
    ATTRIBUTE_ADVICE,
    ELEMENT_ADVICE,
    PAINT_ATTRIBUTES,
    SVG_ATTRIBUTES,
    SVG_ELEMENTS,
)

IMAGE_SUFFIXES = frozenset({".svg", ".png", ".jpg", ".jpeg"})
SUFFIXES_OF = {"svg": (".svg",), "png": (".png",), "jpeg": (".jpg", ".jpeg")}
MAX_IMAGE_BYTES = 20_000_000
MAX_SVG_BYTES = 1_000_000
#: Width x height of a PNG or JPEG (a 4K screen is 8.3 million).
MAX_PIXELS = 24_000_000
#: Elements in one SVG, counted again for every ``<use>`` that draws them.
MAX_SVG_ELEMENTS = 20_000
#: ``<use>`` inside what another ``<use>`` draws.
MAX_USE_DEPTH = 4
#: Elements inside each other.
MAX_SVG_NESTING = 32
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
XLINK_NAMESPACE = "http://www.w3.org/1999/xlink"

#: Colours Qt SVG draws solid black: rgba(), hsl(), hsla() and hex with an alpha digit pair.
_DRAWN_BLACK = re.compile(r"^\s*(?:(?:rgba|hsla?)\s*\(|#(?:[0-9A-Fa-f]{4}|[0-9A-Fa-f]{8})\s*$)", re.IGNORECASE)
#: Every ``url(…)`` in a value: each must name a part of the same file (``url(#id)``).
_URL = re.compile(r"url\s*\(([^)]{0,200})", re.IGNORECASE)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"


def sniff(data: bytes) -> str:
    """The kind of picture ``data`` is: "png", "jpeg", "svg", "gzip" or "" (none the kiosk knows)."""
    if data.startswith(PNG_SIGNATURE):
        return "png"
    if data.startswith(JPEG_SIGNATURE):
        return "jpeg"
    if data.startswith(b"\x1f\x8b"):
        return "gzip"
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<") and (b"<svg" in data[:65536] or head.startswith((b"<?xml", b"<!--", b"<!DOCTYPE"))):
        return "svg"
    return ""


@dataclass
class _Node:
    tag: str
    line: int
    target: str = ""  # the id a <use> (or a gradient) draws, without its '#'
    children: list[int] = field(default_factory=list)


class _SvgReader:
    """One pass of expat over an SVG, keeping what the size count needs and every problem found."""

    def __init__(self) -> None:
        self.problems: list[tuple[int | None, str]] = []
        #: What the kiosk draws, but not as the author meant (``kiosk validate`` warns).
        self.warnings: list[tuple[int | None, str]] = []
        self.nodes: list[_Node] = []
        self.ids: dict[str, int] = {}
        self.open: list[int] = []
        self.parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
        self.parser.StartDoctypeDeclHandler = self._refuse_dtd
        self.parser.EntityDeclHandler = self._refuse_dtd
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end

    def add(self, message: str) -> None:
        if len(self.problems) < 20:  # a hostile file gives a short list, not one line per element
            self.problems.append((self.parser.CurrentLineNumber, message))

    def _refuse_dtd(self, *_args: object) -> None:
        self.add("an SVG must not have a DOCTYPE or entities")
        raise _StopReadingError

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        namespace, _, tag = name.rpartition(" ")
        line = self.parser.CurrentLineNumber
        if len(self.nodes) >= MAX_SVG_ELEMENTS:
            self.add(f"this SVG has more than {MAX_SVG_ELEMENTS:,} elements; simplify it")
            raise _StopReadingError
        if len(self.open) >= MAX_SVG_NESTING:
            self.add(f"elements are nested more than {MAX_SVG_NESTING} deep; simplify the picture")
            raise _StopReadingError
        if not self.nodes and tag != "svg":
            self.add(f"an SVG must start with <svg>, not <{tag}>")
        if namespace not in ("", SVG_NAMESPACE):
            self.add(f"<{tag}> is not SVG; save the picture as plain SVG")
        elif tag not in SVG_ELEMENTS:
            advice = ELEMENT_ADVICE.get("filter" if tag.startswith("fe") else tag)
            self.add(
                f"<{tag}> is not allowed in a picture: {advice}"
                if advice
                else f"<{tag}> is not allowed in a picture (the kiosk draws SVG Tiny 1.2 shapes, text and gradients)"
            )
        node = _Node(tag, line)
        for attribute, value in attributes.items():
            self._attribute(node, attribute, value)
        index = len(self.nodes)
        self.nodes.append(node)
        if self.open:
            self.nodes[self.open[-1]].children.append(index)
        self.open.append(index)
        element_id = attributes.get("id")
        if element_id:
            self.ids.setdefault(element_id, index)

    def _attribute(self, node: _Node, attribute: str, value: str) -> None:
        namespace, _, key = attribute.rpartition(" ")
        tag = node.tag
        if key == "href" and namespace in ("", XLINK_NAMESPACE):
            if not value.startswith("#") or len(value) < 2:
                self.add(f"<{tag}> refers to '{value[:60]}'; pictures may not load other files")
            else:
                node.target = value[1:]
            return
        if namespace not in ("", "http://www.w3.org/XML/1998/namespace"):
            self.add(f"attribute '{key}' is not SVG; save the picture as plain SVG")
            return
        if key.startswith("on"):
            self.add(f"event attribute '{key}' is not allowed in a picture")
        elif key not in SVG_ATTRIBUTES and namespace == "":
            advice = ATTRIBUTE_ADVICE.get(key)
            self.add(f"attribute '{key}' on <{tag}> is not one the kiosk draws" + (f": {advice}" if advice else ""))
        elif any(not target.strip().strip("'\"").startswith("#") for target in _URL.findall(value)):
            self.add(f"'{key}' loads '{value[:60]}'; pictures may not load other files")
        elif key in PAINT_ATTRIBUTES:
            self._colour(tag, key, value)
        elif key == "style":
            for declaration in value.split(";")[:100]:
                name, _, setting = declaration.partition(":")
                name = name.strip()
                if name in PAINT_ATTRIBUTES:
                    self._colour(tag, name, setting)
                elif name in ATTRIBUTE_ADVICE:
                    self.warn(f"'{name}' in the style of <{tag}> is not drawn: {ATTRIBUTE_ADVICE[name]}")

    def warn(self, message: str) -> None:
        if len(self.warnings) < 20:
            self.warnings.append((self.parser.CurrentLineNumber, message))

    def _colour(self, tag: str, key: str, value: str) -> None:
        if _DRAWN_BLACK.match(value):
            opacity = "opacity" if key == "color" else f"{key.removesuffix('-color')}-opacity"
            self.warn(
                f"{key} '{value.strip()[:40]}' on <{tag}> is drawn solid black by the kiosk; write the colour "
                f"as #rrggbb or rgb(r, g, b), and any see-through part as {opacity}"
            )

    def _end(self, _name: str) -> None:
        self.open.pop()

    def read(self, data: bytes) -> None:
        try:
            self.parser.Parse(data, True)
        except _StopReadingError:
            return
        except xml.parsers.expat.ExpatError as err:
            self.problems.append(
                (err.lineno, f"this SVG is not well-formed XML ({xml.parsers.expat.ErrorString(err.code)})")
            )
            return
        if not self.nodes:
            self.problems.append((None, "this SVG has no <svg> element"))
            return
        self._count_drawing()

    def _count_drawing(self) -> None:
        """Count the elements Qt would draw with every reference expanded, and how deep ``<use>`` goes.

        One depth-first walk over elements and references, without recursion: each element is
        counted once (linear in the file), and reaching an element still being counted is a loop.
        """
        nodes = self.nodes
        state = [0] * len(nodes)  # 0 not seen, 1 being counted, 2 counted
        drawn = [0] * len(nodes)
        depth = [0] * len(nodes)
        targets = [self.ids.get(node.target) if node.target else None for node in nodes]
        for index, node in enumerate(nodes):
            if node.target and targets[index] is None:
                self.problems.append((node.line, f"<{node.tag}> refers to '#{node.target}', which is not in this SVG"))
        stack: list[tuple[int, bool]] = [(0, False)]
        while stack:
            index, finishing = stack.pop()
            node, target = nodes[index], targets[index]
            if finishing:
                inner = [depth[child] for child in node.children]
                total = 1 + sum(drawn[child] for child in node.children)
                if target is not None:
                    inner.append(depth[target] + (node.tag == "use"))
                    total += drawn[target]
                drawn[index], depth[index], state[index] = min(total, MAX_SVG_ELEMENTS + 1), max(inner, default=0), 2
                if depth[index] > MAX_USE_DEPTH:
                    self.problems.append(
                        (node.line, f"<use> is nested more than {MAX_USE_DEPTH} deep; simplify the picture")
                    )
                    return
                continue
            if state[index] == 2:
                continue
            state[index] = 1
            stack.append((index, True))
            for step in [*node.children, *([target] if target is not None else [])]:
                if state[step] == 1:
                    self.problems.append((node.line, "this SVG refers to itself (a <use> inside what it draws)"))
                    return
                if state[step] == 0:
                    stack.append((step, False))
        if drawn[0] > MAX_SVG_ELEMENTS:
            self.problems.append(
                (None, f"with every <use> drawn, this SVG has over {MAX_SVG_ELEMENTS:,} elements; simplify it")
            )


class _StopReadingError(Exception):
    """Raised inside expat's callbacks to stop reading a file that is already refused."""


def svg_bytes_problems(data: bytes) -> list[tuple[int | None, str]]:
    """(line, message) for everything in SVG ``data`` that could load a file or be costly to draw."""
    if len(data) > MAX_SVG_BYTES:
        return [(None, f"this SVG is over {MAX_SVG_BYTES // 1_000_000} MB; simplify it")]
    reader = _SvgReader()
    reader.read(data)
    return reader.problems


def svg_warnings(data: bytes) -> list[tuple[int | None, str]]:
    """(line, message) for what SVG ``data`` asks for that the kiosk draws otherwise (a colour
    form drawn black, a style property not drawn); [] for a file refused anyway."""
    if len(data) > MAX_SVG_BYTES:
        return []
    reader = _SvgReader()
    reader.read(data)
    return [] if reader.problems else reader.warnings


def svg_problems(path: Path) -> list[tuple[int | None, str]]:
    return svg_bytes_problems(path.read_bytes())


def _png_problems(data: bytes) -> list[tuple[int | None, str]]:
    if len(data) < 33 or data[12:16] != b"IHDR":
        return [(None, "this PNG is damaged (no header)")]
    width, height = struct.unpack(">II", data[16:24])
    problems = _pixel_problems(width, height)
    position = 8
    while position + 8 <= len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        position += 12 + length
        if kind == b"IEND":
            return problems
    return [*problems, (None, "this PNG is cut short (it has no end); copy the file again")]


def _jpeg_problems(data: bytes) -> list[tuple[int | None, str]]:
    position = 2
    size: tuple[int, int] | None = None
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return [(None, "this JPEG is damaged")]
        marker = data[position + 1]
        if marker == 0xFF:
            position += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC) and position + 9 <= len(data):
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            size = (width, height)
        if marker == 0xDA:  # start of scan: the picture itself follows, then the end marker
            break
        position += 2 + length
    if size is None:
        return [(None, "this JPEG is damaged (no size in its header)")]
    problems = _pixel_problems(*size)
    if not data.rstrip(b"\x00").endswith(b"\xff\xd9"):
        problems.append((None, "this JPEG is cut short (it has no end); copy the file again"))
    return problems


def _pixel_problems(width: int, height: int) -> list[tuple[int | None, str]]:
    if width <= 0 or height <= 0:
        return [(None, "this picture says it is 0 pixels wide or high")]
    if width * height > MAX_PIXELS:
        return [
            (
                None,
                f"this picture is {width:,} x {height:,} pixels; at most {MAX_PIXELS // 1_000_000} million "
                "pixels are allowed, so make it smaller",
            )
        ]
    return []


def picture_problems(data: bytes, name: str = "") -> tuple[str, list[tuple[int | None, str]]]:
    """The kind of picture ``data`` is, and (line, message) for each reason it must not be shown.

    ``name`` (the file name) only adds a problem when it does not match what the bytes are.
    """
    kind = sniff(data)
    if kind == "gzip":
        return kind, [(None, "compressed SVG (.svgz) is not allowed; save it as plain .svg")]
    if not kind:
        return kind, [(None, "this file is not a PNG, JPEG or SVG picture")]
    if len(data) > MAX_IMAGE_BYTES:
        return kind, [(None, "this picture is over 20 MB; make it smaller")]
    check = {"svg": svg_bytes_problems, "png": _png_problems, "jpeg": _jpeg_problems}[kind]
    problems = check(data)
    suffix = Path(name).suffix.lower()
    if name and suffix not in SUFFIXES_OF[kind]:
        article = "an" if kind == "svg" else "a"
        wanted = SUFFIXES_OF[kind][0]
        message = f"this file is {article} {kind.upper()} picture but is named '{suffix or name}'; name it {wanted}"
        problems.insert(0, (None, message))
    return kind, problems


def image_problems(images_dir: Path) -> list[tuple[str, int | None, str]]:
    """(file relative to the pack, line, message) for every file in ``images/``, whatever its name."""
    found: list[tuple[str, int | None, str]] = []
    if images_dir.is_symlink():
        return [("images/", None, "images/ is a link to another folder; a pack's pictures must be inside the pack")]
    if not images_dir.is_dir():
        return found
    for path in sorted(images_dir.rglob("*")):
        relative = path.relative_to(images_dir.parent).as_posix()
        if path.is_symlink():
            found.append((relative, None, "links are not allowed in a pack; copy the file in"))
            continue
        if path.is_dir():
            continue
        if path.stat().st_size > MAX_IMAGE_BYTES:
            found.append((relative, None, "this picture is over 20 MB; make it smaller"))
            continue
        _kind, problems = picture_problems(path.read_bytes(), path.name)
        if path.suffix.lower() not in IMAGE_SUFFIXES and _kind in ("", "gzip"):
            problems = [(None, f"only {', '.join(sorted(IMAGE_SUFFIXES))} pictures can be shown")]
        found.extend((relative, line, message) for line, message in problems)
    return found


def image_warnings(images_dir: Path) -> list[tuple[str, int | None, str]]:
    """(file relative to the pack, line, message) for what the SVG files in ``images/`` ask for
    that the kiosk draws otherwise (see ``svg_warnings``)."""
    found: list[tuple[str, int | None, str]] = []
    if not images_dir.is_dir():
        return found
    for path in sorted(images_dir.rglob("*")):
        if path.is_symlink() or not path.is_file() or path.stat().st_size > MAX_SVG_BYTES:
            continue
        data = path.read_bytes()
        if sniff(data) == "svg":
            relative = path.relative_to(images_dir.parent).as_posix()
            found.extend((relative, line, message) for line, message in svg_warnings(data))
    return found
