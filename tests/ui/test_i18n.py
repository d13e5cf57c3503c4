"""Every word the app itself shows has a Spanish translation, and the compiled file is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.core.paths import PROJECT_ROOT
from kiosk.ui.i18n import TRANSLATIONS_DIR
from kiosk.ui.window import KioskWindow

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
