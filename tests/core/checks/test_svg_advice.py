"""SVG features drawing programs write that the kiosk does not draw as meant: each is named with
its line and what to write instead (refused, or a warning when the picture is drawn otherwise)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.checks.images import image_warnings, picture_problems, svg_warnings
from kiosk.core.content.validate import validate_pack
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.problems import Severity


def svg(*body: str) -> bytes:
    lines = ['<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">', *body, "</svg>"]
    return "\n".join(lines).encode()


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ('<clipPath id="c"><rect width="5" height="5"/></clipPath>', "Qt does not clip"),
        ('<filter id="f"><feGaussianBlur stdDeviation="2"/></filter>', "drop shadows"),
        ('<feDropShadow dx="1" dy="1"/>', "drop shadows"),
        ('<text><textPath href="#p">Hello</textPath></text>', "text on a path is not drawn at all"),
        ('<symbol id="s"><rect width="5" height="5"/></symbol>', "put the shapes in <g id="),
        ("<style>rect { fill: red }</style>", "write each shape's colours in its own attributes"),
        ('<rect width="5" height="5" clip-path="url(#c)"/>', "Qt does not clip"),
        ('<rect width="5" height="5" filter="url(#f)"/>', "drop shadows"),
    ],
)
def test_a_feature_the_kiosk_refuses_says_what_to_use_instead_on_its_line(body: str, words: str) -> None:
    kind, problems = picture_problems(svg(body), "diagram.svg")
    assert kind == "svg"
    assert any(line == 2 and words in message for line, message in problems), problems


@pytest.mark.parametrize(
    ("attributes", "words"),
    [
        ('fill="rgba(0, 0, 0, 0.4)"', "fill 'rgba(0, 0, 0, 0.4)' on <rect> is drawn solid black"),
        ('fill="#1f6feb80"', "fill '#1f6feb80' on <rect> is drawn solid black"),
        ('stroke="hsl(210, 80%, 50%)"', "as stroke-opacity"),
        ('style="fill:hsla(0,100%,50%,.5);stroke:#000"', "fill 'hsla(0,100%,50%,.5)' on <rect>"),
        ('style="filter:url(#f)"', "'filter' in the style of <rect> is not drawn"),
    ],
)
def test_a_colour_the_kiosk_draws_black_is_a_warning_with_its_line(attributes: str, words: str) -> None:
    data = svg("<g>", f'<rect width="5" height="5" {attributes}/>', "</g>")
    assert picture_problems(data, "diagram.svg") == ("svg", [])  # it is still shown
    warnings = svg_warnings(data)
    assert any(line == 3 and words in message for line, message in warnings), warnings


def test_colours_qt_draws_as_written_give_no_warning() -> None:
    data = svg(
        '<rect width="5" height="5" fill="#1f6feb" fill-opacity="0.5" stroke="rgb(10, 20, 30)"/>',
        '<rect width="5" height="5" fill="red" style="stroke:#abc;fill:url(#g)"/>',
        '<linearGradient id="g"><stop offset="0" stop-color="#ffffff"/></linearGradient>',
    )
    assert svg_warnings(data) == []


def test_the_bundled_pictures_give_no_warning() -> None:
    assert image_warnings(BUNDLED_CONTENT_DIR / "rfa-facet" / "images") == []


def test_kiosk_validate_warns_about_a_black_colour_and_the_pack_stays_valid(pack_dir: Path) -> None:
    picture = pack_dir / "images" / "joints.svg"
    text = picture.read_text(encoding="utf-8")
    picture.write_text(text.replace("<svg ", '<svg fill="rgba(0,0,0,.5)" ', 1), encoding="utf-8")
    report = validate_pack(pack_dir)
    found = [p for p in report.problems if p.file == "images/joints.svg"]
    assert [p.severity for p in found] == [Severity.WARNING]
    assert "drawn solid black" in found[0].message and found[0].line == 1
    assert not [p for p in report.problems if p.severity is Severity.ERROR]


@pytest.mark.parametrize(
    "value", ["url(#a) url(http://example.org/x.png)", "URL(file:///etc/passwd)", "url(#a), Url(other.svg#b)"]
)
def test_every_url_in_a_value_must_name_a_part_of_the_same_file(value: str) -> None:
    """A second url() beside a url(#…) used to pass."""
    _kind, problems = picture_problems(svg(f'<rect width="5" height="5" fill="{value}"/>'), "diagram.svg")
    assert any("pictures may not load other files" in message for _line, message in problems)


def test_an_upper_case_colour_function_is_warned_about_too() -> None:
    warnings = svg_warnings(svg('<rect width="5" height="5" fill="RGBA(0,0,0,.5)"/>'))
    assert any("drawn solid black" in message for _line, message in warnings)
