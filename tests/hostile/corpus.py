"""A corpus of hostile pack content: each case is a change to the demo pack and what must happen.

Every case is either refused with a plain reason (``refused`` is a piece of the message, and
``file`` the file named) or shown within budget (``refused`` is empty). ``tests/hostile/`` runs
them all through loading, validation and the screens; fuzzing adds more under ``found/``.
"""

from __future__ import annotations

import gzip
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.core.questionnaire.small import BASE

HEADER = "title: Hostile\nsection: spine\n\n"
SVG_HEAD = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="30">'


def png(width: int, height: int, *, whole: bool = True, color: bytes = b"\xff\x00\x00") -> bytes:
    """A PNG of one colour (written by hand: the core tests have no Qt); cut short unless ``whole``."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    small = width * height <= 4_000_000
    rows = b"".join(b"\x00" + color * width for _ in range(height)) if small else b"\x00" + color
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(rows))
    return data + chunk(b"IEND", b"") if whole else data


def jpeg_header(width: int, height: int, *, whole: bool = True) -> bytes:
    """The start of a baseline JPEG with this size (enough for the header checks), and its end marker."""
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    scan = b"\xff\xda" + struct.pack(">H", 8) + b"\x01\x01\x00\x00\x3f\x00" + b"\x12\x34" * 8
    return b"\xff\xd8" + sof + scan + (b"\xff\xd9" if whole else b"")


def use_bomb(levels: int, copies: int = 3) -> str:
    groups = "".join(
        f'<g id="l{level}">' + f'<use xlink:href="#l{level - 1}"/>' * copies + "</g>" for level in range(1, levels + 1)
    )
    first = '<defs><g id="l0"><rect width="1" height="1"/></g>'
    return f'{SVG_HEAD}{first}{groups}</defs><use xlink:href="#l{levels}"/></svg>'


@dataclass(frozen=True)
class Case:
    name: str
    apply: Callable[[Path], None]
    refused: str  # a piece of the message; "" when the case must be shown
    file: str = "en/block.md"
    #: Refused when the kiosk loads the pack, not only by validation (pictures and tests.toml are
    #: checked by validate and install; pictures again when they are drawn).
    at_load: bool = True


def _body(text: str) -> Callable[[Path], None]:
    def apply(pack: Path) -> None:
        (pack / "en" / "block.md").write_text(HEADER + text, encoding="utf-8")

    return apply


def _picture(name: str, data: bytes | str, page: str = "joints") -> Callable[[Path], None]:
    """Put ``data`` in images/ as ``name`` and make the page ``page`` show it."""

    def apply(pack: Path) -> None:
        raw = data.encode() if isinstance(data, str) else data
        (pack / "images" / name).write_bytes(raw)
        for lang in ("en", "es"):
            path = pack / lang / f"{page}.md"
            text = path.read_text(encoding="utf-8").replace("image: joints.svg", f"image: {name}")
            path.write_text(text, encoding="utf-8")
        (pack / "images" / "es" / "joints.svg").unlink(missing_ok=True)

    return apply


def _both(first: Callable[[Path], None], second: Callable[[Path], None]) -> Callable[[Path], None]:
    def apply(pack: Path) -> None:
        first(pack)
        second(pack)

    return apply


def _toml(file: str, text: str) -> Callable[[Path], None]:
    def apply(pack: Path) -> None:
        path = pack / file
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        path.write_text(old + "\n" + text, encoding="utf-8")

    return apply


def questionnaire(count: int) -> str:
    question = '[[questions]]\nid = "q{n}"\nkind = "yes_no"\ntext.en = "Question {n}?"\ntext.es = "¿Pregunta {n}?"\n'
    outcome = (
        '[[outcomes]]\nid = "talk"\nkind = "talk"\ntitle.en = "Talk"\ntitle.es = "Hable"\n'
        'explanation.en = "Talk to your doctor."\nexplanation.es = "Hable con su médico."\n'
    )
    return (
        'format = 1\n[disclaimer]\nen = "Not a diagnosis."\nes = "No es un diagnóstico."\n'
        + "".join(question.format(n=n) for n in range(count))
        + outcome
    )


def external_svg(target: Path) -> str:
    return f'{SVG_HEAD}<image href="{target}" width="40" height="30"/></svg>'


CASES: list[Case] = [
    Case("6,000 brackets on one line", _body("[" * 6_000), "a line may have at most 2,000"),
    Case("bracket runs", _body("\n\n".join(["[[[[ [[[[ words"] * 20)), "more than 32 '['"),
    Case("huge page", _body(("Most people go home the same day. " * 60 + "\n\n") * 40), "at most 64 KiB"),
    Case("huge line", _body("word " * 1_000), "a line may have at most 2,000"),
    Case("deep list", _body("\n".join("    " * d + "- a" for d in range(30))), "nested 17 deep"),
    Case("deep blockquote", _body("> " * 200 + "a"), "nested 200 deep"),
    Case("emphasis storm", _body("\n".join(["**a** _b_ *c* " * 50] * 10)), "more than 2,000 markup characters"),
    Case("giant table", _body("|a|b|\n|-|-|\n" + "|a|b|\n" * 500), "more than 60 table rows"),
    Case("unfinished tags", _body("<a " * 300), "more than 64 '<'"),
    Case("thousands of paragraphs", _body("a\n\n" * 3_000), "more than 500 paragraphs"),
    Case("a long but allowed page", _body(("Most people go home the same day. " * 50 + "\n\n") * 30), ""),
    Case("a few links", _body("See [the block](page:block) and [after](page:after)."), ""),
    Case("SVG use bomb", _picture("bomb.svg", use_bomb(8)), "<use> is nested more than 4 deep", "images/bomb.svg"),
    Case("SVG wide use bomb", _picture("wide.svg", use_bomb(3, 40)), "elements; simplify it", "images/wide.svg"),
    Case(
        "SVG that uses itself",
        _picture("loop.svg", f'{SVG_HEAD}<g id="a"><use href="#a"/></g></svg>'),
        "refers to itself",
        "images/loop.svg",
    ),
    Case(
        "SVG of many elements",
        _picture("many.svg", SVG_HEAD + "<rect/>" * 25_000 + "</svg>"),
        "more than 20,000 elements",
        "images/many.svg",
    ),
    Case(
        "SVG deeply nested",
        _picture("deep.svg", SVG_HEAD + "<g>" * 100 + "</g>" * 100 + "</svg>"),
        "nested more than 32 deep",
        "images/deep.svg",
    ),
    Case(
        "SVG script",
        _picture("script.svg", f"{SVG_HEAD}<script>alert(1)</script></svg>"),
        "<script> is not allowed",
        "images/script.svg",
    ),
    Case(
        "SVG entities",
        _picture("laughs.svg", '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>'),
        "DOCTYPE",
        "images/laughs.svg",
    ),
    Case(
        "SVG disguised as PNG",
        _picture("photo.png", f'{SVG_HEAD}<image href="/etc/hostname"/></svg>'),
        "name it .svg",
        "images/photo.png",
    ),
    Case(
        "SVG loading a file",
        _picture("ext.svg", f'{SVG_HEAD}<image xlink:href="file:///etc/hostname"/></svg>'),
        "pictures may not load other files",
        "images/ext.svg",
    ),
    Case(
        "SVG CSS url",
        _picture("css.svg", f'{SVG_HEAD}<rect fill="url(http://example.org/a)"/></svg>'),
        "may not load other files",
        "images/css.svg",
    ),
    Case(
        "compressed SVG",
        _picture("zipped.svg", gzip.compress(SVG_HEAD.encode() + b"</svg>")),
        "compressed SVG",
        "images/zipped.svg",
    ),
    Case("huge PNG dimensions", _picture("huge.png", png(100_000, 100_000)), "million pixels", "images/huge.png"),
    Case(
        "huge JPEG dimensions", _picture("huge.jpg", jpeg_header(60_000, 60_000)), "million pixels", "images/huge.jpg"
    ),
    Case("truncated PNG", _picture("cut.png", png(40, 30, whole=False)), "cut short", "images/cut.png"),
    Case("truncated JPEG", _picture("cut.jpg", jpeg_header(40, 30, whole=False)), "cut short", "images/cut.jpg"),
    Case("text named .png", _picture("notes.png", "just some words"), "not a PNG, JPEG or SVG", "images/notes.png"),
    Case("a small PNG", _picture("small.png", png(40, 30)), ""),
    Case("deep pack.toml", _toml("pack.toml", "deep = " + "[" * 5_000 + "]" * 5_000), "nested 5,000 deep", "pack.toml"),
    Case(
        "deep inline tables",
        _toml("pack.toml", "deep = " + "{a=" * 3_000 + "1" + "}" * 3_000),
        "nested 3,000 deep",
        "pack.toml",
    ),
    Case(
        "deep tests.toml",
        _both(_toml("questionnaire.toml", BASE), _toml("tests.toml", "deep = " + "[" * 5_000 + "]" * 5_000)),
        "nested 5,000 deep",
        "tests.toml",
        at_load=False,
    ),
    Case(
        "deep questionnaire.toml",
        _toml("questionnaire.toml", questionnaire(1) + "deep = " + "[" * 5_000 + "]" * 5_000),
        "nested 5,000 deep",
        "questionnaire.toml",
    ),
    Case(
        "1,200 questions",
        _toml("questionnaire.toml", questionnaire(1_200)),
        "1,200 questions; at most 100",
        "questionnaire.toml",
    ),
]
