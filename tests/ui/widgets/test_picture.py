"""Pictures reach the screen only as checked bytes: nothing outside the pack is ever drawn."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from kiosk.core.content.reader import load_pack
from kiosk.ui.theme import palette
from kiosk.ui.visit.page import PageScreen
from kiosk.ui.widgets.picture import render_picture
from tests.hostile.corpus import SVG_HEAD, png, use_bomb

COLORS = palette("default")  # the page takes a whole palette, as the kiosk gives it


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A bright red picture outside the pack, which a hostile SVG tries to show."""
    secret = tmp_path / "outside" / "secret.png"
    secret.parent.mkdir()
    secret.write_bytes(png(40, 30))
    return secret


def red_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if QColor(image.pixel(x, y)).red() > 200 and QColor(image.pixel(x, y)).green() < 50
    )


def draw_as_qt_would(path: Path) -> QImage:
    """What Qt draws when handed the file's name (as the screen used to do)."""
    renderer = QSvgRenderer(str(path))
    image = QImage(80, 60, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 80, 60))
    painter.end()
    return image


def test_an_svg_named_png_cannot_show_a_file_from_outside_the_pack(tmp_path: Path, outside: Path) -> None:
    disguised = tmp_path / "photo.png"
    disguised.write_text(f'{SVG_HEAD}<image href="{outside}" width="40" height="30"/></svg>', encoding="utf-8")
    assert red_pixels(draw_as_qt_would(disguised)) > 0  # the danger is real: Qt follows the reference
    assert render_picture(disguised, 80, 60, 1.0).isNull()


def test_a_clean_svg_is_drawn_to_fit(tmp_path: Path) -> None:
    path = tmp_path / "box.svg"
    path.write_text(f'{SVG_HEAD}<rect width="40" height="30" fill="#ff0000"/></svg>', encoding="utf-8")
    image = render_picture(path, 80, 60, 1.0)
    assert (image.width(), image.height()) == (80, 60)
    assert red_pixels(image) > 0


def test_a_png_is_decoded_with_the_kind_its_bytes_say(tmp_path: Path) -> None:
    path = tmp_path / "small.png"
    path.write_bytes(png(40, 30))
    image = render_picture(path, 40, 30, 1.0)
    assert not image.isNull() and red_pixels(image) > 0


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bomb.svg", use_bomb(8).encode()),
        ("huge.png", png(100_000, 100_000)),
        ("cut.png", png(40, 30, whole=False)),
        ("words.png", b"not a picture at all"),
    ],
)
def test_a_picture_that_fails_its_checks_is_not_drawn(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert render_picture(path, 80, 60, 1.0).isNull()


def test_the_page_shows_no_picture_that_fails_its_checks(
    qtbot: QtBot, make_pack: Callable[..., Path], outside: Path
) -> None:
    pack_dir = make_pack()
    hostile = f'{SVG_HEAD}<image href="{outside}" width="40" height="30"/></svg>'
    (pack_dir / "images" / "joints.svg").write_text(hostile, encoding="utf-8")
    (pack_dir / "images" / "es" / "joints.svg").write_text(hostile, encoding="utf-8")
    pack = load_pack(pack_dir).pack
    assert pack is not None
    screen = PageScreen(pack, pack.pages[1], "en", colors=COLORS)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.illustration is not None
    assert red_pixels(screen.grab().toImage()) == 0
