"""Checks on a pack's pictures: allowed kinds, and SVG files that cannot run or fetch anything."""

from __future__ import annotations

import xml.parsers.expat
from pathlib import Path

IMAGE_SUFFIXES = frozenset({".svg", ".png", ".jpg", ".jpeg"})
MAX_IMAGE_BYTES = 20_000_000
_FORBIDDEN_ELEMENTS = frozenset({"script", "foreignObject", "iframe", "object", "embed", "audio", "video"})


def _local(name: str) -> str:
    return name.rsplit(" ", 1)[-1].rsplit(":", 1)[-1]


def svg_problems(path: Path) -> list[tuple[int | None, str]]:
    """(line, message) for everything in an SVG that could run code or load another file."""
    problems: list[tuple[int | None, str]] = []
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")

    def refuse_dtd(*_args: object) -> None:
        problems.append((parser.CurrentLineNumber, "an SVG must not have a DOCTYPE or entities"))
        raise ValueError("doctype")

    def start(name: str, attributes: dict[str, str]) -> None:
        tag = _local(name)
        line = parser.CurrentLineNumber
        if tag in _FORBIDDEN_ELEMENTS:
            problems.append((line, f"<{tag}> is not allowed in a picture"))
        for attribute, value in attributes.items():
            key = _local(attribute)
            if key == "href" and not value.startswith("#"):
                problems.append((line, f"<{tag}> refers to '{value[:60]}'; pictures may not load other files"))
            elif key.startswith("on"):
                problems.append((line, f"event attribute '{key}' is not allowed in a picture"))
            elif "url(" in value and "url(#" not in value.replace(" ", ""):
                problems.append((line, f"'{key}' loads '{value[:60]}'; pictures may not load other files"))

    parser.StartDoctypeDeclHandler = refuse_dtd
    parser.EntityDeclHandler = refuse_dtd
    parser.StartElementHandler = start
    try:
        parser.Parse(path.read_bytes(), True)
    except ValueError:
        pass
    except xml.parsers.expat.ExpatError as err:
        problems.append((err.lineno, f"this SVG is not well-formed XML ({xml.parsers.expat.ErrorString(err.code)})"))
    return problems


def image_problems(images_dir: Path) -> list[tuple[str, int | None, str]]:
    """(file relative to the pack, line, message) for every picture in ``images/``."""
    found: list[tuple[str, int | None, str]] = []
    if not images_dir.is_dir():
        return found
    for path in sorted(images_dir.rglob("*")):
        relative = path.relative_to(images_dir.parent).as_posix()
        if path.is_symlink():
            found.append((relative, None, "links are not allowed in a pack; copy the file in"))
            continue
        if path.is_dir():
            continue
        if path.suffix.lower() not in IMAGE_SUFFIXES:
            found.append((relative, None, f"only {', '.join(sorted(IMAGE_SUFFIXES))} pictures can be shown"))
            continue
        if path.stat().st_size > MAX_IMAGE_BYTES:
            found.append((relative, None, "this picture is over 20 MB; make it smaller"))
        if path.suffix.lower() == ".svg":
            found.extend((relative, line, message) for line, message in svg_problems(path))
    return found
