"""Pictures follow the high-contrast theme: the pack's high-contrast version when it has one
(``NAME.hc.svg``), else the picture on its own light panel, so dark labels stay readable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QTextDocument
from pytestqt.qtbot import QtBot

from kiosk.core.content.model import high_contrast_name
from kiosk.core.content.reader import load_pack
from kiosk.core.content.validate import validate_pack
from kiosk.core.problems import Severity
from kiosk.ui.theme import palette
from kiosk.ui.visit import page as page_module
from kiosk.ui.visit.page import PageScreen

#: Dark labels on nothing: readable on a white page, gone on high contrast's black.
SEE_THROUGH = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300">'
    '<text x="200" y="160" font-size="60" text-anchor="middle" fill="#111111">Joint</text></svg>'
)
#: The same drawing made for high contrast: yellow labels.
FOR_HIGH_CONTRAST = SEE_THROUGH.replace("#111111", "#ffd700")


def screen_for(qtbot: QtBot, pack_dir: Path, theme: str) -> PageScreen:
    pack = load_pack(pack_dir).pack
    assert pack is not None
    screen = PageScreen(pack, pack.pages[1], "en", colors=palette(theme))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def colours_in(screen: PageScreen) -> set[str]:
    assert screen.illustration is not None
    image = screen.illustration.grab().toImage()
    return {QColor(image.pixel(x, y)).name() for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)}


@pytest.fixture
def see_through_pack(make_pack: Callable[..., Path]) -> Path:
    pack_dir = make_pack()
    for folder in (pack_dir / "images", pack_dir / "images" / "es"):
        (folder / "joints.svg").write_text(SEE_THROUGH, encoding="utf-8")
    return pack_dir


def test_high_contrast_names() -> None:
    assert high_contrast_name("spine.svg") == "spine.hc.svg"
    assert high_contrast_name("steps.v2.png") == "steps.v2.hc.png"


def test_without_a_version_for_high_contrast_the_picture_is_shown_on_a_light_panel(
    qtbot: QtBot, see_through_pack: Path
) -> None:
    normal = screen_for(qtbot, see_through_pack, "default")
    assert normal.illustration is not None and not normal.illustration.framed
    high = screen_for(qtbot, see_through_pack, "high-contrast")
    assert high.illustration is not None and high.illustration.framed
    shown = colours_in(high)
    assert "#ffffff" in shown  # the panel: the dark label is drawn on light, not on black
    assert any(QColor(name).lightness() < 60 for name in shown)  # and the label is there


def test_the_packs_high_contrast_version_is_used_in_high_contrast_only(qtbot: QtBot, see_through_pack: Path) -> None:
    (see_through_pack / "images" / "joints.hc.svg").write_text(FOR_HIGH_CONTRAST, encoding="utf-8")
    high = screen_for(qtbot, see_through_pack, "high-contrast")
    assert high.illustration is not None and not high.illustration.framed
    yellow = [name for name in colours_in(high) if QColor(name).red() > 200 and QColor(name).blue() < 80]
    assert yellow  # the yellow labels of the version made for it
    normal = screen_for(qtbot, see_through_pack, "default")
    assert not [name for name in colours_in(normal) if QColor(name).red() > 200 and QColor(name).blue() < 80]


def test_a_picture_in_the_text_uses_the_high_contrast_version_too(
    qtbot: QtBot, see_through_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (see_through_pack / "images" / "joints.hc.svg").write_text(FOR_HIGH_CONTRAST, encoding="utf-8")
    drawn: list[str] = []
    real = page_module.render_picture
    monkeypatch.setattr(page_module, "render_picture", lambda path, *a: drawn.append(path.name) or real(path, *a))
    for theme in ("high-contrast", "default"):
        screen = screen_for(qtbot, see_through_pack, theme)
        screen.body.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("joints.svg"))
    assert drawn[-2:] == ["joints.hc.svg", "joints.svg"]


def test_validate_checks_a_high_contrast_version_and_names_one_without_its_picture(see_through_pack: Path) -> None:
    (see_through_pack / "images" / "joints.hc.svg").write_text(FOR_HIGH_CONTRAST, encoding="utf-8")
    (see_through_pack / "images" / "spine.hc.svg").write_text(FOR_HIGH_CONTRAST, encoding="utf-8")
    (see_through_pack / "images" / "es" / "joints.hc.svg").write_text("<svg><script/></svg>", encoding="utf-8")
    problems = validate_pack(see_through_pack).problems
    assert [str(p) for p in problems if p.file == "images/spine.hc.svg"] == [
        "images/spine.hc.svg: warning: a high-contrast version of 'spine.svg', which is not in images/"
    ]
    assert any(p.file == "images/es/joints.hc.svg" and p.severity is Severity.ERROR for p in problems)
    assert not [p for p in problems if p.file == "images/joints.hc.svg"]
