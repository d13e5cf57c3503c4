"""``kiosk preview``: a saved file redraws the pack at the page just edited; a broken pack shows its problems."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTextBrowser, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.content.scaffold import write_pack
from kiosk.core.session import Preferences, Screen
from kiosk.ui.author_preview import PreviewWindow

WAIT_MS = 10_000  # the longest a reload may take on a loaded CI machine before the test fails


def shown_text(widget: QWidget) -> str:
    """Every piece of text a person can see in ``widget``."""
    texts: list[str] = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QTextBrowser | QTextEdit):
            texts.append(child.toPlainText())
    return "\n".join(texts)


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    root = tmp_path / "knee-care"
    write_pack("knee-care", ["en", "es"], root)
    return root


@pytest.fixture
def preview(qtbot: QtBot, pack: Path) -> Iterator[PreviewWindow]:
    window = PreviewWindow(pack, Preferences(language="en"), (1280, 800), watch=False)
    qtbot.addWidget(window)
    window.resize(1700, 1000)
    window.show()
    yield window
    window.close()


def watched(qtbot: QtBot, pack: Path) -> PreviewWindow:
    window = PreviewWindow(pack, Preferences(language="en"), (1280, 800))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.watching, timeout=WAIT_MS):
        window.show()
    return window


def save(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def test_saving_a_page_shows_that_page_with_its_new_words(qtbot: QtBot, pack: Path) -> None:
    window = watched(qtbot, pack)
    try:
        assert window.kiosk is not None and window.kiosk.session.screen is Screen.ATTRACT
        page = pack / "en" / "how-it-works.md"
        with qtbot.waitSignal(window.reloaded, timeout=WAIT_MS) as reloaded:
            save(page, page.read_text(encoding="utf-8").replace("Read each page.", "Read each page slowly."))
        assert reloaded.args == ["page:how-it-works:en"]
        assert window.kiosk.session.page.id == "how-it-works"
        assert "Read each page slowly." in shown_text(window.kiosk)
        assert "en/how-it-works.md was saved" in window.status.text()
    finally:
        window.close()


def test_saving_a_spanish_page_switches_the_preview_to_spanish(qtbot: QtBot, pack: Path) -> None:
    window = watched(qtbot, pack)
    try:
        page = pack / "es" / "welcome.md"
        with qtbot.waitSignal(window.reloaded, timeout=WAIT_MS) as reloaded:
            save(page, page.read_text(encoding="utf-8").replace("Vaya a su propio ritmo.", "Vaya con calma."))
        assert reloaded.args == ["page:welcome:es"]
        assert window.language_box.currentText() == "es"
        assert "Vaya con calma." in shown_text(window.kiosk)
    finally:
        window.close()


def test_a_broken_pack_shows_its_problems_and_a_fix_shows_the_pack_again(qtbot: QtBot, pack: Path) -> None:
    window = watched(qtbot, pack)
    try:
        toml = pack / "pack.toml"
        good = toml.read_text(encoding="utf-8")
        with qtbot.waitSignal(window.reloaded, timeout=WAIT_MS) as reloaded:
            save(toml, good.replace('languages = ["en", "es"]', 'languages = "en"'))
        assert reloaded.args == ["problems"]
        assert window.kiosk is None
        assert "cannot be shown until these errors are fixed" in window.message.text()
        assert "pack.toml:" in window.message.text() and "'languages' must be a list" in window.message.text()
        listed = [window.problems.item(i).text() for i in range(window.problems.count())]
        assert any("pack.toml" in line and "'languages' must be a list" in line for line in listed)
        assert window.problems_title.text().startswith("NOT valid: 1 error(s)")
        with qtbot.waitSignal(window.reloaded, timeout=WAIT_MS) as reloaded:
            save(toml, good)
        assert reloaded.args == ["attract"]
        assert window.kiosk is not None and window.problems_title.text() == "Valid: no problems"
    finally:
        window.close()


def test_a_page_with_a_validation_error_is_shown_with_the_error_beside_it(qtbot: QtBot, pack: Path) -> None:
    window = watched(qtbot, pack)
    try:
        page = pack / "en" / "welcome.md"
        with qtbot.waitSignal(window.reloaded, timeout=WAIT_MS):
            save(page, page.read_text(encoding="utf-8") + "\nRelief is guaranteed.\n")
        assert window.kiosk is not None and window.kiosk.session.page.id == "welcome"
        listed = [window.problems.item(i).text() for i in range(window.problems.count())]
        assert any("en/welcome.md" in line and "'guaranteed'" in line for line in listed)
    finally:
        window.close()


def test_saving_the_questionnaire_shows_the_first_question(qtbot: QtBot, pack: Path) -> None:
    window = watched(qtbot, pack)
    try:
        questionnaire = pack / "questionnaire.toml"
        text = questionnaire.read_text(encoding="utf-8")
        with qtbot.waitSignal(window.reloaded, timeout=WAIT_MS) as reloaded:
            save(questionnaire, text.replace("has a new fever started", "has a new high fever started"))
        assert reloaded.args == ["question:warning_sign"]
        assert "has a new high fever started" in shown_text(window.kiosk)
    finally:
        window.close()


def test_size_language_text_size_and_theme_switch_in_the_window(qtbot: QtBot, preview: PreviewWindow) -> None:
    from kiosk.ui.pack_watcher import check

    preview.show_checked(check(preview.root))
    kiosk = preview.kiosk
    assert kiosk is not None
    kiosk.session.go_to_page("welcome")
    preview.size_box.setCurrentText("1080x1920")
    assert (kiosk.width(), kiosk.height()) == (1080, 1920)
    preview.language_box.setCurrentText("es")
    assert kiosk.session.language == "es" and "Bienvenida" in shown_text(kiosk)
    preview.text_box.setCurrentText("largest")
    assert kiosk.session.text_size == "largest"
    preview.theme_box.setCurrentText("high-contrast")
    assert kiosk.session.theme == "high-contrast"
    assert kiosk.session.page.id == "welcome", "switching never loses the page"


def test_a_problem_in_the_list_opens_its_page(qtbot: QtBot, preview: PreviewWindow) -> None:
    from kiosk.ui.pack_watcher import check

    page = preview.root / "es" / "how-it-works.md"
    save(page, page.read_text(encoding="utf-8") + "\nEs un milagro.\n")
    preview.show_checked(check(preview.root))
    rows = [preview.problems.item(i) for i in range(preview.problems.count())]
    row = next(item for item in rows if "es/how-it-works.md" in item.text())
    preview.problems.itemActivated.emit(row)
    assert preview.kiosk is not None and preview.kiosk.session.page.id == "how-it-works"
    assert preview.kiosk.session.language == "es"


def test_the_pack_is_read_and_checked_off_the_ui_thread(
    qtbot: QtBot, pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from kiosk.ui import pack_watcher

    threads: list[threading.Thread] = []
    real_check = pack_watcher.check

    def recording_check(root: Path, changed: tuple[Path, ...] = ()) -> pack_watcher.Checked:
        threads.append(threading.current_thread())
        return real_check(root, changed)

    monkeypatch.setattr(pack_watcher, "check", recording_check)
    window = watched(qtbot, pack)
    try:
        page = pack / "en" / "welcome.md"
        with qtbot.waitSignal(window.reloaded, timeout=WAIT_MS):
            save(page, page.read_text(encoding="utf-8").replace("Go at your own pace.", "Take your time."))
        assert len(threads) == 2
        assert all(thread is not threading.main_thread() for thread in threads)
    finally:
        window.close()


def test_a_checker_that_fails_is_reported_and_the_next_save_is_seen(
    qtbot: QtBot, pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.ui import pack_watcher

    real_check = pack_watcher.check
    calls: list[int] = []

    def failing_once(root: Path, changed: tuple[Path, ...] = ()) -> pack_watcher.Checked:
        calls.append(1)
        if len(calls) == 2:
            raise ValueError("an odd file")
        return real_check(root, changed)

    monkeypatch.setattr(pack_watcher, "check", failing_once)
    window = watched(qtbot, pack)
    try:
        page = pack / "en" / "welcome.md"
        text = page.read_text(encoding="utf-8")
        with qtbot.waitSignal(window.reloaded, timeout=WAIT_MS) as reloaded:
            save(page, text + "\nOne more line.\n")
        assert reloaded.args == ["problems"]
        assert "could not be checked (ValueError: an odd file)" in window.problems.item(0).text()
        with qtbot.waitSignal(window.reloaded, timeout=WAIT_MS) as reloaded:
            save(page, text)
        assert reloaded.args == ["page:welcome:en"]
    finally:
        window.close()


def test_the_command_opens_the_window_on_the_pack_and_stops_watching_at_the_end(
    qapp: object, pack: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtWidgets import QApplication

    from kiosk.app import main

    opened: list[PreviewWindow] = []

    def run_loop(self: QApplication) -> int:
        opened.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewWindow) and w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", run_loop)
    assert main(["preview", str(pack), "--size", "1080x1920", "--lang", "es", "--theme", "high-contrast"]) == 0
    assert len(opened) == 1
    window = opened[0]
    assert window.root == pack and window.screen_size == (1080, 1920)
    assert window.preferences.theme == "high-contrast" and window.theme_box.currentText() == "high-contrast"
    assert window.watcher is not None and window.watcher.isFinished()
    from kiosk.ui.pack_watcher import check

    window.show_checked(check(pack))  # a check that arrives after the window closed
    assert window.kiosk is None, "a closed preview draws nothing (and leaves no Spanish translator installed)"
    assert main(["preview", str(pack / "en")]) == 2
    assert "is not a pack folder (it has no pack.toml)" in capsys.readouterr().err
