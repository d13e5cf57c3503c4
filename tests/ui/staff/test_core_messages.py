"""The core's sentences for staff (kiosk.core.messages) are listed for translators, translated, and shown translated."""

from __future__ import annotations

import ast
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.core.install.refused import PackRefused
from kiosk.core.messages import msg
from kiosk.core.paths import PROJECT_ROOT
from kiosk.ui.i18n import TRANSLATIONS_DIR
from kiosk.ui.staff.core_messages import CONTEXT, TEMPLATES, translate

CORE = PROJECT_ROOT / "kiosk" / "core"
TOOLS = Path(sys.executable).parent


def core_templates() -> dict[str, str]:
    """Every template given to msg() in kiosk/core, with where it is; a template that is not a literal fails."""
    found: dict[str, str] = {}
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"):
                continue
            where = f"{path.name}:{node.lineno}"
            first = node.args[0] if node.args else None
            assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                f"{where}: write the template as a string literal, so that it can be listed and translated"
            )
            found.setdefault(first.value, where)
    return found


def spanish(context: str) -> dict[str, str | None]:
    """Source text → finished Spanish translation (None when unfinished) in one context of kiosk_es.ts."""
    found: dict[str, str | None] = {}
    for ctx in ET.parse(TRANSLATIONS_DIR / "kiosk_es.ts").iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            found[message.findtext("source") or ""] = translation.text if finished and translation is not None else None
    return found


def fields(template: str) -> list[str]:
    return sorted(name for _text, name, _spec, _conv in string.Formatter().parse(template) if name)


def test_every_core_sentence_is_in_the_catalogue_for_translators() -> None:
    in_core = core_templates()
    assert len(in_core) > 40, "the core's refusals are written with msg()"
    missing = {template: where for template, where in in_core.items() if template not in TEMPLATES}
    assert missing == {}, "add these to TEMPLATES in kiosk/ui/staff/core_messages.py"
    unused = sorted(set(TEMPLATES) - set(in_core))
    assert unused == [], "the core no longer says these; remove them from kiosk/ui/staff/core_messages.py"


def test_every_core_sentence_has_a_spanish_translation_with_the_same_fields() -> None:
    translated = spanish(CONTEXT)
    untranslated = sorted(t for t in TEMPLATES if not translated.get(t))
    assert untranslated == [], "translate these in the CoreMessages context of resources/translations/kiosk_es.ts"
    mismatched = sorted(t for t in TEMPLATES if fields(t) != fields(translated[t] or ""))
    assert mismatched == [], "a translation must keep every {field} of its template, spelled the same"


def test_lupdate_finds_the_catalogue(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    catalogue = PROJECT_ROOT / "kiosk" / "ui" / "staff" / "core_messages.py"
    subprocess.run([str(TOOLS / "pyside6-lupdate"), str(catalogue), "-ts", str(fresh)], check=True, capture_output=True)
    contexts = {ctx.findtext("name"): ctx for ctx in ET.parse(fresh).iter("context")}
    assert set(contexts) == {CONTEXT}
    assert {m.findtext("source") for m in contexts[CONTEXT].iter("message")} == set(TEMPLATES)


@pytest.fixture
def in_spanish(qapp: QCoreApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS_DIR / "kiosk_es.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.usefixtures("in_spanish")
def test_a_refusal_reads_in_spanish_on_screen_and_in_english_for_the_logs() -> None:
    refused = PackRefused(
        [
            msg("'{name}' has mistakes, so it cannot be shown:", name="demo"),
            msg("{file}, line {line}: {problem}.", file="pack.toml", line=3, problem="no 'title'"),
            msg("… and {count} more; 'kiosk validate' lists them all.", count=4),
        ]
    )
    assert [translate(m) for m in refused.messages] == [
        "«demo» tiene errores, así que no se puede mostrar "
        "(los detalles, en inglés, son para quien preparó el paquete):",
        "pack.toml, línea 3: no 'title'.",
        "… y 4 más; «kiosk validate» los muestra todos.",
    ]
    assert refused.reasons == [
        "'demo' has mistakes, so it cannot be shown:",
        "pack.toml, line 3: no 'title'.",
        "… and 4 more; 'kiosk validate' lists them all.",
    ]


@pytest.mark.usefixtures("in_spanish")
def test_values_are_shown_as_they_are_even_with_braces() -> None:
    damaged = msg("'{name}' is damaged inside the file.", name="pack/{title}.md")
    assert translate(damaged) == "«pack/{title}.md» está dañado dentro del archivo."
    assert str(damaged) == "'pack/{title}.md' is damaged inside the file."


def test_a_sentence_without_a_translation_stays_in_english() -> None:
    assert translate(msg("Not in any catalogue: {name}.", name="x")) == "Not in any catalogue: x."
