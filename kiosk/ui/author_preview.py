"""``kiosk preview PACK``: the pack as a patient sees it, redrawn whenever one of its files is saved.

The window has three parts: a bar to choose the screen size, language, text size and theme; the
kiosk's own screens (a real :class:`KioskWindow`, so what is shown is what patients will see) at
their true size, scrolled when the author's screen is smaller; and, beside them, every problem
``kiosk validate`` finds. After a save it shows the page just edited, in that file's language.
A pack the kiosk could not show (it does not load) is replaced by its problems; nothing an
author writes can close the window.
"""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.content.changes import Target, target_for
from kiosk.core.content.model import ContentPack
from kiosk.core.paths import DataPaths
from kiosk.core.problems import Severity
from kiosk.core.session import Preferences, Screen, Session
from kiosk.core.settings import TEXT_SIZES, THEMES, Settings
from kiosk.ui import fonts
from kiosk.ui.pack_watcher import Checked, PackWatcher
from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)

#: The screen sizes the kiosk is checked at (landscape, small landscape, portrait).
SIZES = ((1920, 1080), (1280, 800), (1080, 1920))
CANNOT_SHOW = "This pack cannot be shown until these errors are fixed. Save a file to try again."
#: The longest idle time settings allow, so the preview does not start over while the author types.
PREVIEW_IDLE_S = 3600


class PreviewWindow(QWidget):
    """Signals:
    reloaded(str): the preview was redrawn; what it shows ("page:ID:LANG", "question:ID",
        "attract" or "problems").
    watching(): saves are being watched from now on.
    """

    reloaded = Signal(str)
    watching = Signal()

    def __init__(self, root: Path, preferences: Preferences, size: tuple[int, int], *, watch: bool = True) -> None:
        super().__init__()
        self.root = root
        self.preferences = preferences
        self.screen_size = size
        self.pack: ContentPack | None = None
        self.kiosk: KioskWindow | None = None
        self.shown = ""
        self._closed = False
        # Staff mode inside the preview keeps its settings here, never in a real kiosk's data folder.
        self._data_dir = tempfile.TemporaryDirectory(prefix="kiosk-preview-")
        self.data = DataPaths.in_dir(Path(self._data_dir.name))
        self.setWindowTitle(f"Preview: {root}")

        self.size_box = self._combo([f"{w}x{h}" for w, h in SIZES], f"{size[0]}x{size[1]}", self._on_size)
        self.language_box = self._combo([], "", self._on_language)
        self.text_box = self._combo(list(TEXT_SIZES), preferences.text_size, self._on_text_size)
        self.theme_box = self._combo(list(THEMES), preferences.theme, self._on_theme)
        self.status = QLabel()
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        for label, box in (
            ("Screen", self.size_box),
            ("Language", self.language_box),
            ("Text size", self.text_box),
            ("Theme", self.theme_box),
        ):
            caption = QLabel(label)
            caption.setBuddy(box)
            bar.addWidget(caption)
            bar.addWidget(box)
        bar.addWidget(self.status, 1)

        self.stage = QScrollArea()
        self.stage.setWidgetResizable(False)
        self.stage.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(40)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.message.setFont(font)
        self.problems_title = QLabel()
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(self._on_problem)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.problems_title)
        side_layout.addWidget(self.problems, 1)
        splitter = QSplitter()
        splitter.addWidget(self.stage)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        side.setMinimumWidth(320)
        splitter.setSizes([size[0] + 24, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.watcher: PackWatcher | None = None
        if watch:
            self.watcher = PackWatcher(root)
            self.watcher.checked.connect(self.show_checked)
            self.watcher.watching.connect(self.watching)
            self.watcher.failed.connect(self._on_failed)
            self.watcher.start()

    def _combo(self, items: list[str], current: str, changed: object) -> QComboBox:
        box = QComboBox()
        box.addItems(items)
        if current in items:
            box.setCurrentText(current)
        box.currentTextChanged.connect(changed)
        return box

    # -- what is shown -----------------------------------------------------------------------

    @Slot(object)
    def show_checked(self, checked: Checked) -> None:
        """Show a fresh look at the pack: the screen just edited, and every problem."""
        if self._closed:
            return  # a check that finished as the window closed: nothing is drawn any more
        report = checked.report
        self.problems.clear()
        for problem in report.problems:
            item = QListWidgetItem(str(problem))
            item.setData(Qt.ItemDataRole.UserRole, problem.file)
            if problem.severity is Severity.ERROR:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.problems.addItem(item)
        errors = sum(p.severity is Severity.ERROR for p in report.problems)
        warnings = len(report.problems) - errors
        self.problems_title.setText(
            "Valid: no problems"
            if not report.problems
            else f"{'NOT valid' if errors else 'Valid'}: {errors} error(s), {warnings} warning(s)"
        )
        target = target_for(checked.changed, self.root, checked.pack)
        edited = f" after {target.file} was saved" if target.file else ""
        self.status.setText(f"Shown at {time.strftime('%H:%M:%S')}{edited}")
        if checked.pack is None:
            errors_text = "\n".join(str(p) for p in report.problems if p.severity is Severity.ERROR)
            self._show_problems(f"{CANNOT_SHOW}\n\n{errors_text}")
            return
        try:
            self._show_pack(checked.pack, target)
        except Exception:  # an author's pack must never close the preview
            log.exception("the preview could not draw %s", self.root)
            self._show_problems("The preview could not draw this pack. Its problems are listed on the right.")

    def _show_problems(self, text: str) -> None:
        self._drop_kiosk()
        self.message.setText(text)
        self.stage.setWidget(self.message)
        self.stage.setWidgetResizable(True)
        self._announce("problems")

    def _where(self) -> Target:
        """Where the current preview is, to come back to it after a reload."""
        session = self.kiosk.session if self.kiosk is not None else None
        if session is None or session.screen is Screen.ATTRACT:
            return Target()
        if session.screen is Screen.PAGE:
            return Target(session.page.id, session.language)
        return Target(questionnaire=True)

    def _show_pack(self, pack: ContentPack, target: Target) -> None:
        if not (target.page_id or target.questionnaire):
            target = self._where()
        self.pack = pack
        lang = target.lang or self.preferences.language
        if lang not in pack.languages:
            lang = pack.default_language
        self.preferences = Preferences(lang, self.preferences.text_size, self.preferences.theme)
        self._set_languages(pack, lang)
        self._drop_kiosk()
        fonts.load_for_pack(pack)
        session = Session(pack, self.preferences)
        settings = Settings(default_language=lang, idle_timeout_s=PREVIEW_IDLE_S)
        kiosk = KioskWindow(session, settings, kiosk_mode=False, paths=self.data)
        kiosk.setFixedSize(*self.screen_size)
        self.stage.setWidgetResizable(False)
        self.stage.setWidget(kiosk)
        self.kiosk = kiosk
        session.changed.connect(self._on_moved)
        if target.questionnaire and pack.questionnaire is not None:
            session.start_questionnaire()
        elif target.page_id:
            session.go_to_page(target.page_id)
        self._announce(self._describe())

    def _set_languages(self, pack: ContentPack, lang: str) -> None:
        self.language_box.blockSignals(True)
        self.language_box.clear()
        self.language_box.addItems(list(pack.languages))
        self.language_box.setCurrentText(lang)
        self.language_box.blockSignals(False)

    def _drop_kiosk(self) -> None:
        widget = self.stage.takeWidget()
        if self.kiosk is not None:
            self.kiosk.force_close()
            self.kiosk.deleteLater()
            self.kiosk = None
        if widget is not None and widget is not self.message:
            widget.deleteLater()

    def _describe(self) -> str:
        session = self.kiosk.session if self.kiosk is not None else None
        if session is None:
            return "problems"
        if session.screen is Screen.PAGE:
            return f"page:{session.page.id}:{session.language}"
        if session.screen is Screen.QUESTION:
            return f"question:{session.question.id}"
        return session.screen.name.lower()

    def _announce(self, shown: str) -> None:
        self.shown = shown
        self.reloaded.emit(shown)

    def _on_moved(self) -> None:
        self.shown = self._describe()

    # -- the bar -----------------------------------------------------------------------------

    @Slot(str)
    def _on_size(self, text: str) -> None:
        width, _, height = text.partition("x")
        self.screen_size = (int(width), int(height))
        if self.kiosk is not None:
            self.kiosk.setFixedSize(*self.screen_size)

    def _set_preference(self, **changes: str) -> None:
        values = {
            "language": self.preferences.language,
            "text_size": self.preferences.text_size,
            "theme": self.preferences.theme,
            **changes,
        }
        self.preferences = Preferences(**values)
        if self.kiosk is None:
            return
        session = self.kiosk.session
        session.defaults = self.preferences
        if "language" in changes:
            session.set_language(self.preferences.language)
        if "text_size" in changes:
            session.set_text_size(self.preferences.text_size)
        if "theme" in changes:
            session.set_theme(self.preferences.theme)

    @Slot(str)
    def _on_language(self, lang: str) -> None:
        if lang:
            self._set_preference(language=lang)

    @Slot(str)
    def _on_text_size(self, size: str) -> None:
        self._set_preference(text_size=size)

    @Slot(str)
    def _on_theme(self, name: str) -> None:
        self._set_preference(theme=name)

    @Slot(QListWidgetItem)
    def _on_problem(self, item: QListWidgetItem) -> None:
        """Go to the page a problem is about."""
        if self.kiosk is None or self.pack is None:
            return
        target = target_for([self.root / str(item.data(Qt.ItemDataRole.UserRole))], self.root, self.pack)
        if target.page_id:
            if target.lang and target.lang != self.preferences.language:
                self.language_box.setCurrentText(target.lang)
            self.kiosk.session.go_to_page(target.page_id)
        elif target.questionnaire:
            self.kiosk.session.start_questionnaire()

    @Slot(str)
    def _on_failed(self, reason: str) -> None:
        self.status.setText(f"Saves are no longer watched: {reason}. Close and open the preview again.")

    def closeEvent(self, event: object) -> None:  # noqa: N802  (Qt override)
        self._closed = True
        if self.watcher is not None:
            self.watcher.stop()
        self._drop_kiosk()
        self._data_dir.cleanup()
        super().closeEvent(event)  # type: ignore[arg-type]


def run_preview(args: object) -> int:
    """Open the preview window for ``args.pack`` and run until it is closed."""
    import sys  # noqa: PLC0415

    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from kiosk.core.exitcodes import EXIT_OK, EXIT_USAGE  # noqa: PLC0415

    root = Path(getattr(args, "pack", ""))
    if not (root / "pack.toml").is_file():
        print(f"kiosk preview: {root} is not a pack folder (it has no pack.toml)", file=sys.stderr)
        return EXIT_USAGE
    app = QApplication.instance() or QApplication(sys.argv[:1])
    preferences = Preferences(
        language=getattr(args, "lang", None) or "",
        text_size=getattr(args, "text_size", "normal"),
        theme=getattr(args, "theme", "default"),
    )
    window = PreviewWindow(root, preferences, getattr(args, "size", SIZES[1]))
    window.resize(1600, 1000)
    window.show()
    app.exec()
    window.close()  # stops the watcher, whatever ended the event loop
    return EXIT_OK
