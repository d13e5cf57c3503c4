"""A diagram's labels grow with the patient's text size, as far as they run into nothing new."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from kiosk.ui import theme
from kiosk.ui.widgets.svg_labels import grown_labels

HEAD = '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" viewBox="0 0 800 600">'
FONT = 'font-family="Atkinson Hyperlegible"'


@pytest.fixture(autouse=True)
def fonts(qapp: QApplication) -> None:
    theme.load_fonts()  # labels are measured in the kiosk's own font


def svg(*body: str) -> bytes:
    return (HEAD + '<rect x="0" y="0" width="800" height="600" fill="#ffffff"/>' + "".join(body) + "</svg>").encode()


def sizes(data: bytes) -> list[float]:
    return [float(found) for found in re.findall(rb'font-size="([0-9.]+)"', data)]


def label_box(data: bytes, ident: str) -> QRectF:
    renderer = QSvgRenderer(QByteArray(data))
    return renderer.transformForElement(ident).mapRect(renderer.boundsOnElement(ident))


def test_a_label_with_room_grows_by_the_whole_text_size() -> None:
    data = svg(f'<text id="a" x="100" y="300" {FONT} font-size="30">Nerve</text>')
    grown, factor = grown_labels(data, 1.5)
    assert factor == 1.5
    assert sizes(grown) == [45.0]
    assert label_box(grown, "a").height() > 1.4 * label_box(data, "a").height()
    # The words and the shapes are as written.
    assert b">Nerve</text>" in grown and b'x="0" y="0" width="800" height="600" fill="#ffffff"' in grown


def test_normal_text_draws_the_picture_as_written() -> None:
    data = svg(f'<text x="100" y="300" {FONT} font-size="30">Nerve</text>')
    assert grown_labels(data, 1.0) == (data, 1.0)


def test_a_label_stops_growing_before_it_runs_into_a_line_it_did_not_touch() -> None:
    # A pointer line ends just above the label: at 1.5 times its size the label would reach it.
    data = svg(
        '<line x1="100" y1="200" x2="100" y2="262" stroke="#000000" stroke-width="3"/>',
        f'<text id="a" x="60" y="300" {FONT} font-size="30">Spine bone</text>',
    )
    grown, factor = grown_labels(data, 1.5)
    assert 1.0 < factor < 1.5
    renderer = QSvgRenderer(QByteArray(grown))
    line = QRectF(98.5, 200, 3, 62)
    box = renderer.transformForElement("a").mapRect(renderer.boundsOnElement("a"))
    assert not box.intersects(line)


def test_a_label_written_on_two_lines_keeps_its_lines_apart() -> None:
    data = svg(
        f'<text id="a" x="500" y="300" {FONT} font-size="36" font-weight="bold">Facet</text>',
        f'<text id="b" x="500" y="340" {FONT} font-size="36" font-weight="bold">joints</text>',
    )
    grown, factor = grown_labels(data, 1.5)
    assert factor == 1.5
    baselines = [float(y) for y in re.findall(rb'<text [^>]*\by="([0-9.]+)"', grown)]
    assert baselines[1] - baselines[0] == pytest.approx(60)  # 40 apart, times 1.5, about their middle
    assert sum(baselines) / 2 == pytest.approx(320)


def test_a_label_never_grows_off_the_picture() -> None:
    data = svg(f'<text id="a" x="640" y="300" {FONT} font-size="40">Nerves</text>')
    grown, factor = grown_labels(data, 1.5)
    assert QRectF(0, 0, 800, 600).contains(label_box(grown, "a"))
    assert factor < 1.5


def test_sizes_in_a_style_and_on_a_group_grow_too() -> None:
    data = svg(
        f'<g {FONT} font-size="20"><text x="50" y="100">One</text></g>',
        f'<text x="50" y="300" {FONT} style="font-weight:bold;font-size:24px">Two</text>',
    )
    grown, factor = grown_labels(data, 1.25)
    assert factor == 1.25
    assert b'font-size="25.00"' in grown and b"font-size:30.00px" in grown


def test_words_written_in_a_box_stay_clear_of_its_edges() -> None:
    data = svg(
        '<rect id="box" x="300" y="200" width="300" height="120" rx="16" fill="#f2f7fa" stroke="#c9dbe5"/>',
        f'<text id="a" x="320" y="270" {FONT} font-size="30">Relief may last</text>',
    )
    grown, factor = grown_labels(data, 1.5)
    assert 1.0 < factor < 1.5
    before, after = label_box(data, "a"), label_box(grown, "a")
    assert 600 - after.right() >= (600 - before.right()) / 2 - 0.5  # half its room to the right edge kept


def test_a_picture_with_thousands_of_labels_is_drawn_as_written_without_measuring_them_all() -> None:
    many = "".join(f'<text x="{n % 700}" y="{20 + n % 560}" {FONT} font-size="8">{n}</text>' for n in range(2_500))
    data = svg(many)
    assert grown_labels(data, 1.5) == (data, 1.0)
