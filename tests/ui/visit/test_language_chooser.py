"""The bottom bar's language button: the other language in words, or with three or more a chooser."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.core.languages import own_name
from kiosk.core.settings import Settings
from kiosk.ui.window import KioskWindow
from tests.conftest import build_pack
from tests.ui.conftest import MakeWindow
from tests.ui.staff.support import tap


def three_language_pack(root: Path) -> Path:
    """The demo pack with French as well (its pages copied from the English ones)."""
    build_pack(root)
    toml = (root / "pack.toml").read_text(encoding="utf-8")
    toml = toml.replace('languages = ["en", "es"]', 'languages = ["en", "es", "fr"]')
    toml = toml.replace('es = "Tema de prueba"\n', 'es = "Tema de prueba"\nfr = "Sujet de démonstration"\n')
    toml = toml.replace('es = "Una prueba corta"\n', 'es = "Una prueba corta"\nfr = "Une courte démonstration"\n')
    toml = toml.replace(" }", ', fr = "Section" }')
    (root / "pack.toml").write_text(toml, encoding="utf-8")
    shutil.copytree(root / "en", root / "fr")
    return root


def test_languages_are_named_in_themselves_from_cldr() -> None:
    assert [own_name(code) for code in ("en", "es", "fr", "vi")] == ["English", "Español", "Français", "Tiếng Việt"]
    assert own_name("qq") == "qq"  # unknown to CLDR: the code, never a crash


def test_with_two_languages_the_button_names_the_other_one(qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window.attract)
    button = window.session_view.language_button
    assert button.label() == "Español"
    tap(qtbot, button)
    assert window.session.language == "es"
    assert button.label() == "English"


def test_with_three_languages_the_button_opens_a_chooser(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    kiosk = make_window(three_language_pack(tmp_path / "three"), Settings())
    tap(qtbot, kiosk.attract)
    bar = kiosk.session_view.bar
    button = bar.language_button
    assert button.label() == "Language"
    assert not button.is_compact()
    tap(qtbot, button)
    chooser = bar.language_chooser()
    assert chooser.isVisible()
    assert chooser.geometry() == kiosk.rect()
    assert [b.label() for b in chooser.buttons.values()] == ["English", "Español", "Français"]
    assert chooser.buttons["en"].isChecked() and not chooser.buttons["fr"].isChecked()
    assert kiosk.session.language == "en"  # opening the list changed nothing
    tap(qtbot, chooser.buttons["fr"])
    assert not chooser.isVisible()
    assert kiosk.session.language == "fr"
    assert kiosk.session.page_index == 0  # the same screen, in the new language
    tap(qtbot, button)
    assert chooser.buttons["fr"].isChecked()
    tap(qtbot, chooser.close_button)
    assert not chooser.isVisible()
    assert kiosk.session.language == "fr"
