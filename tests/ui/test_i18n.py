"""Every word the app itself shows has a Spanish translation, and the compiled file is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.core.paths import PROJECT_ROOT
from kiosk.core.settings import Settings
from kiosk.ui.i18n import TRANSLATIONS_DIR, translate_in, translation_for
from kiosk.ui.window import KioskWindow
from tests.conftest import build_pack, retag
from tests.ui.conftest import MakeWindow

TOOLS = Path(sys.executable).parent


def messages(ts_file: Path) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for message in ET.parse(ts_file).iter("message"):
        translation = message.find("translation")
        finished = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
        found[message.findtext("source") or ""] = translation.text if finished and translation is not None else None
    return found


def test_every_string_in_the_code_has_a_spanish_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_es.ts"
    sources = sorted(str(p) for p in (PROJECT_ROOT / "kiosk" / "ui").glob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = set(messages(fresh))
    committed = messages(TRANSLATIONS_DIR / "kiosk_es.ts")
    missing = sorted(text for text in in_code if not committed.get(text))
    assert in_code, "lupdate found no strings"
    assert missing == [], f"run 'make translations' and translate: {missing}"


def test_compiled_translation_matches_the_ts_file(tmp_path: Path) -> None:
    ts = tmp_path / "kiosk_es.ts"
    shutil.copy(TRANSLATIONS_DIR / "kiosk_es.ts", ts)
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(tmp_path / "kiosk_es.qm")],
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "kiosk_es.qm").read_bytes() == (TRANSLATIONS_DIR / "kiosk_es.qm").read_bytes()


def test_switching_language_translates_the_apps_own_words(qtbot: QtBot, window: KioskWindow) -> None:
    window.session.start()
    window.session.set_language("es")
    view = window.session_view
    assert view.back_button.accessibleName() == "Atrás"
    assert view.next_button.accessibleName() == "Siguiente"
    assert window.overlay.title.text() == "¿Sigue ahí?"
    window.session.reset()
    assert window.attract.touch.text() == "Touch to start"
    assert view.back_button.accessibleName() == "Back"


def test_the_vietnamese_compiled_translation_matches_its_ts_file(tmp_path: Path) -> None:
    ts = tmp_path / "kiosk_vi.ts"
    shutil.copy(TRANSLATIONS_DIR / "kiosk_vi.ts", ts)
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(tmp_path / "kiosk_vi.qm")],
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "kiosk_vi.qm").read_bytes() == (TRANSLATIONS_DIR / "kiosk_vi.qm").read_bytes()
    # lupdate drops comments inside a .ts file: the need for a native review is said beside it.
    assert "needs review by a native speaker" in (TRANSLATIONS_DIR / "README.md").read_text(encoding="utf-8")


def test_translations_are_found_along_the_language_chain() -> None:
    assert translation_for("es-MX") == "es"
    assert translation_for("vi") == "vi"
    assert translation_for("zh-Hans-CN") == "en"
    assert translation_for("pt-BR", "es") == "es"
    assert translate_in("es-MX", "WarningCheck", "Yes") == "Sí"
    assert translate_in("pt-BR", "WarningCheck", "Yes", "es") == "Sí"
    assert translate_in("ar", "WarningCheck", "Yes", "en") == "Yes"


def test_es_mx_gets_the_spanish_buttons(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    kiosk = make_window(retag(build_pack(tmp_path / "mx"), "es", "es-MX"), Settings())
    kiosk.session.start()
    kiosk.session.set_language("es-MX")
    assert kiosk.session_view.next_button.accessibleName() == "Siguiente"
    assert kiosk.session_view.language_button.label() == "English"
    kiosk.session.set_language("en")
    assert kiosk.session_view.language_button.label() == "Español (México)"


def test_vietnamese_gets_the_vietnamese_buttons(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    kiosk = make_window(retag(build_pack(tmp_path / "vi"), "es", "vi"), Settings())
    kiosk.session.start()
    kiosk.session.set_language("vi")
    assert kiosk.session_view.next_button.accessibleName() == "Tiếp theo"
    assert kiosk.session_view.back_button.accessibleName() == "Quay lại"
    assert kiosk.overlay.title.text() == "Quý vị còn đó không?"


def test_a_language_without_app_words_gets_the_pack_default_languages(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    """A pack in Brazilian Portuguese whose default language is Spanish: Spanish buttons, not English."""
    root = retag(retag(build_pack(tmp_path / "pt"), "es", "pt-BR"), "en", "es")
    kiosk = make_window(root, Settings(default_language="es"))
    assert kiosk.session.pack.default_language == "es"
    kiosk.session.start()
    kiosk.session.set_language("pt-BR")
    assert kiosk.ui_language.words == "es"
    assert kiosk.session_view.next_button.accessibleName() == "Siguiente"
