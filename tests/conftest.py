"""Shared fixtures: offscreen Qt, a private data directory, and small packs written on demand."""

from __future__ import annotations

import os
import re
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# As the kiosk does at start-up: a machine with PipeWire's library but no PipeWire must not crash Qt.
from kiosk.core.audio import choose_audio_backend

choose_audio_backend()

from tests.print_service import cups_service  # noqa: E402, F401  (a real print service, for the print tests)

#: Packs kept as files for the tests: Arabic (right to left) and Simplified Chinese.
TEST_PACKS_DIR = Path(__file__).parent / "data" / "packs"

SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300">
<rect x="10" y="10" width="380" height="280" fill="#e8dcc4" stroke="#8a7a5c" stroke-width="4"/>
<text x="200" y="160" font-size="40" text-anchor="middle">{label}</text></svg>"""

PACK_TOML = """\
format = 1
id = "demo"
version = "1.2.0"
languages = ["en", "es"]
default_language = "en"
pages = ["welcome", "joints", "block", "after"]

[title]
en = "Demo topic"
es = "Tema de prueba"

[subtitle]
en = "A short demo"
es = "Una prueba corta"

[review]
reviewed_by = "Dr Demo"
review_date = 2026-11-01

[readability]
en_max_grade = 8
es_min_reading_ease = 60

[[sections]]
id = "about"
title = {{ en = "About", es = "Inicio" }}

[[sections]]
id = "spine"
title = {{ en = "Your spine", es = "Su columna" }}

[[sections]]
id = "after"
title = {{ en = "After", es = "Después" }}

[sources.demo-source]
citation = "Demo Clinic. A demo leaflet. 2026."
"""

PAGES = {
    "welcome": (
        "about",
        "Welcome",
        "Bienvenida",
        "",
        "This is a short demo. It has four pages.",
        "Esta es una prueba corta. Tiene cuatro páginas.",
    ),
    "joints": (
        "spine",
        "Your joints",
        "Sus articulaciones",
        "joints.svg",
        "Your back has small joints. They help you bend.\n\nRead about [the block](page:block).",
        "Su espalda tiene partes pequeñas. Le ayudan a moverse.",
    ),
    "block": (
        "spine",
        "The block",
        "La prueba",
        "",
        "A test block numbs a nerve for a short time.",
        "Una prueba adormece un nervio por poco tiempo.",
    ),
    "after": (
        "after",
        "Afterwards",
        "Después",
        "",
        "Rest for a day. Then walk a little.",
        "Descanse un día. Luego camine un poco.",
    ),
}


def write_page(root: Path, lang: str, page_id: str, header: dict[str, str], body: str) -> Path:
    lines = [f"{key}: {value}" for key, value in header.items() if value]
    path = root / lang / f"{page_id}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n\n" + textwrap.dedent(body).strip() + "\n", encoding="utf-8")
    return path


def build_pack(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "pack.toml").write_text(PACK_TOML.format(), encoding="utf-8")
    (root / "images").mkdir(exist_ok=True)
    (root / "images" / "joints.svg").write_text(SVG.format(label="joint"), encoding="utf-8")
    (root / "images" / "es").mkdir(exist_ok=True)
    (root / "images" / "es" / "joints.svg").write_text(SVG.format(label="articulación"), encoding="utf-8")
    for page_id, (section, title_en, title_es, image, body_en, body_es) in PAGES.items():
        for lang, title, body in (("en", title_en, body_en), ("es", title_es, body_es)):
            alt = "A drawing of a joint" if lang == "en" else "Dibujo de una articulación"
            write_page(
                root,
                lang,
                page_id,
                {
                    "title": title,
                    "section": section,
                    "icon": "fa6s.bone",
                    "image": image,
                    "alt": alt if image else "",
                    "sources": "demo-source",
                },
                body,
            )
    return root


def retag(root: Path, old: str, new: str) -> Path:
    """Write the pack at ``root``'s language ``old`` as ``new`` (its tag, its folders and its texts);
    its readability limit for ``old`` is dropped."""
    toml = (root / "pack.toml").read_text(encoding="utf-8")
    toml = re.sub(rf"(?m)^{old}_(max_grade|min_reading_ease) = .*\n", "", toml)
    toml = re.sub(rf"(?<![\w-]){old} = ", f'"{new}" = ', toml.replace(f'"{old}"', f'"{new}"'))
    (root / "pack.toml").write_text(toml, encoding="utf-8")
    (root / old).rename(root / new)
    if (root / "images" / old).is_dir():
        (root / "images" / old).rename(root / "images" / new)
    return root


@pytest.fixture
def make_pack(tmp_path: Path) -> Callable[..., Path]:
    """Write the small two-language demo pack and return its folder."""
    counter = iter(range(1000))

    def make(name: str = "demo") -> Path:
        return build_pack(tmp_path / "packs-src" / f"{name}-{next(counter)}")

    return make


@pytest.fixture
def pack_dir(make_pack: Callable[..., Path]) -> Path:
    return make_pack()


@pytest.fixture(autouse=True)
def no_staff_alerts() -> Iterator[None]:
    """What one test reported for staff (kiosk.core.alerts), or the pack versions it held, never reach the next."""
    from kiosk.core import alerts
    from kiosk.core.install import lease

    alerts.clear()
    yield
    alerts.clear()
    lease.release_all()  # the versions a test's "kiosk" showed


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, logs and packs of every test live in its own temporary folder."""
    data = tmp_path / "data"
    monkeypatch.setenv("KIOSK_DATA_DIR", str(data))
    return data


_collector: list[object] = []


def collect_on_the_ui_thread() -> None:
    """As the kiosk does (kiosk/ui/collector.py): once the application exists, Python's garbage
    collector runs on its thread only, so a worker thread never destroys a Qt object."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None and not _collector:
        from kiosk.ui.collector import MainThreadCollector

        _collector.append(MainThreadCollector(app))


@pytest.fixture(autouse=True)
def no_qt_timer_or_thread_left_running(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a QTimer running or a QThread unfinished (napari does the same).

    Such leftovers fire during later tests, on objects those tests never made, and crash or
    confuse them. Timers and threads are recorded when they start; at the end of the test each
    one still alive must be stopped (or deleted with its owner). Tests that use no Qt pay nothing.
    """
    if "PySide6.QtCore" not in sys.modules:
        yield
        return
    import shiboken6
    from PySide6.QtCore import QThread, QTimer

    collect_on_the_ui_thread()
    timers: list[QTimer] = []
    threads: list[QThread] = []
    timer_start, thread_start = QTimer.start, QThread.start

    def record_timer(self: QTimer, *args: object) -> None:
        timers.append(self)
        timer_start(self, *args)

    def record_thread(self: QThread, *args: object) -> None:
        threads.append(self)
        thread_start(self, *args)

    monkeypatch.setattr(QTimer, "start", record_timer)
    monkeypatch.setattr(QThread, "start", record_thread)
    yield
    running = [
        f"QTimer {timer.objectName() or type(timer).__name__} (every {timer.interval()} ms)"
        for timer in timers
        if shiboken6.isValid(timer) and timer.isActive()
    ]
    running += [
        f"QThread {thread.objectName() or type(thread).__name__}"
        for thread in threads
        if shiboken6.isValid(thread) and thread.isRunning()
    ]
    timers.clear()
    threads.clear()
    jobs_module = sys.modules.get("kiosk.ui.widgets.print_jobs")
    if jobs_module is not None and jobs_module._jobs is not None:
        # A print job's worker outliving its test would report its "finished" during the next one.
        if not jobs_module._jobs.wait(15.0):
            running.append("a print job")
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.sendPostedEvents()
    collect_on_the_ui_thread()  # the first test to make the application had it made without
    if running:
        pytest.fail("left running after the test: " + "; ".join(sorted(set(running))), pytrace=False)
