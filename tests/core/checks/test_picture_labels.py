"""The labels of a page's picture as they will look on a 1280x800 screen: too small or too
faint is a warning naming the label, its line and what to write instead."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.checks.picture_labels import PAGE_BOX_1280, contrast, hex_colour, label_findings, read_labels
from kiosk.core.content.validate import validate_pack
from kiosk.core.problems import Severity


def svg(*body: str, box: str = "0 0 800 700") -> bytes:
    return "\n".join([f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{box}">', *body, "</svg>"]).encode()


def test_a_label_too_small_at_1280x800_says_how_high_it_will_be_and_what_to_write() -> None:
    found = label_findings(svg('<text x="10" y="40" font-size="16">Front</text>'))
    scale = min(PAGE_BOX_1280["normal"][0] / 800, PAGE_BOX_1280["normal"][1] / 700)
    assert found == [
        (
            2,
            f"the label 'Front' is {16 * scale:.0f} px high on a 1280x800 screen "
            "(7 px with the largest text, before it grows); "
            "write it at font-size 26 or more in this picture",
        )
    ]


def test_labels_inherit_their_size_and_colour_and_style_counts() -> None:
    data = svg(
        '<g font-size="40" fill="#222222">',
        '<text x="1" y="40">Big enough</text>',
        '<text x="1" y="90" style="font-size:14px">Too small</text>',
        "</g>",
    )
    size, background, labels = read_labels(data)
    assert size == (800.0, 700.0) and background == ""
    assert [(label.text, label.size, label.fill) for label in labels] == [
        ("Big enough", 40.0, "#222222"),
        ("Too small", 14.0, "#222222"),
    ]
    assert [line for line, _message in label_findings(data)] == [4]


def test_a_faint_label_is_measured_against_the_pictures_own_background() -> None:
    light = label_findings(svg('<text x="1" y="40" font-size="36" fill="#bbbbbb">Back</text>'))
    assert light == [(2, "the label 'Back' (#bbbbbb on #ffffff) has a contrast of 1.9:1; labels need 4.5:1")]
    dark = svg(
        '<rect width="800" height="700" fill="#1a1a1a"/>',
        '<text x="1" y="40" font-size="36" fill="#333333">Nerve</text>',
        '<text x="1" y="90" font-size="36" fill="#ffffff">Joint</text>',
    )
    assert [message for _line, message in label_findings(dark)] == [
        "the label 'Nerve' (#333333 on #1a1a1a) has a contrast of 1.4:1; labels need 4.5:1"
    ]


def test_colours_and_contrast() -> None:
    assert hex_colour("#abc") == "#aabbcc" and hex_colour("rgb(255, 0, 0)") == "#ff0000"
    assert hex_colour("Navy") == "#000080" and hex_colour("url(#g)") is None
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0


def test_kiosk_validate_warns_about_a_small_label_in_a_page_picture(pack_dir: Path) -> None:
    picture = pack_dir / "images" / "joints.svg"
    picture.write_text(
        picture.read_text(encoding="utf-8").replace('font-size="40"', 'font-size="12"'), encoding="utf-8"
    )
    report = validate_pack(pack_dir)
    found = [p for p in report.problems if p.file == "images/joints.svg"]
    assert [p.severity for p in found] == [Severity.WARNING]
    assert "the label 'joint' is" in found[0].message and found[0].line == 3
    assert report.ok  # a warning, never a refusal
