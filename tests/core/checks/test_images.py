"""Pictures are judged by their bytes: kind, SVG allow-list, references, size once drawn, pixels."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.checks.images import MAX_PIXELS, image_problems, picture_problems, sniff
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from tests.hostile.corpus import SVG_HEAD, jpeg_header, png, use_bomb


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (png(2, 2), "png"),
        (jpeg_header(2, 2), "jpeg"),
        (b"\xef\xbb\xbf  <?xml version='1.0'?><svg/>", "svg"),
        (SVG_HEAD.encode(), "svg"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"GIF89a", ""),
    ],
)
def test_the_kind_comes_from_the_bytes(data: bytes, kind: str) -> None:
    assert sniff(data) == kind


def test_every_file_in_images_is_checked_whatever_its_name(tmp_path: Path) -> None:
    images = tmp_path / "images"
    images.mkdir()
    (images / "cover.png").write_text(f"{SVG_HEAD}<script>x()</script></svg>", encoding="utf-8")
    (images / "readme.txt").write_text("notes", encoding="utf-8")
    (images / "fine.svg").write_text(f"{SVG_HEAD}<rect/></svg>", encoding="utf-8")
    found = [f"{file}: {message}" for file, _line, message in image_problems(images)]
    assert found == [
        "images/cover.png: this file is an SVG picture but is named '.png'; name it .svg",
        "images/cover.png: <script> is not allowed in a picture "
        "(the kiosk draws SVG Tiny 1.2 shapes, text and gradients)",
        "images/readme.txt: only .jpeg, .jpg, .png, .svg pictures can be shown",
    ]


def test_the_bundled_pictures_pass() -> None:
    assert image_problems(BUNDLED_CONTENT_DIR / "rfa-facet" / "images") == []


def test_pixels_are_counted_from_the_header_without_decoding() -> None:
    side = int(MAX_PIXELS**0.5) + 1
    _kind, problems = picture_problems(png(side, side), "big.png")
    assert [message for _line, message in problems] == [
        f"this picture is {side:,} x {side:,} pixels; at most 24 million pixels are allowed, so make it smaller"
    ]
    assert picture_problems(png(4000, 3000), "photo.png") == ("png", [])


def test_a_use_chain_within_the_limits_is_allowed() -> None:
    assert picture_problems(use_bomb(3, 2).encode(), "ok.svg") == ("svg", [])


def test_references_inside_the_file_are_allowed_and_others_are_not() -> None:
    inside = f'{SVG_HEAD}<defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use href="#g"/></svg>'
    assert picture_problems(inside.encode(), "a.svg") == ("svg", [])
    missing = f'{SVG_HEAD}<use href="#nowhere"/></svg>'
    assert picture_problems(missing.encode(), "a.svg")[1] == [
        (1, "<use> refers to '#nowhere', which is not in this SVG")
    ]
