"""The page-turn floor: a bare Qt window switching between two prepared screens, timed as the kiosk is.

Each screen is what a kiosk page holds, built once before timing: a title, the text of one of the
bundled pack's pages in a ``QTextBrowser`` and its picture, drawn beforehand into a pixmap of the
box's size, with a button below. A tap on the button shows the other screen, and the time to the
frame that paints it is measured with the same ``FrameProbe`` as the kiosk's page turns. Nothing of
the kiosk runs: no style sheet, no session, no fade. What the kiosk adds to a tap is its figure
minus this one (or divided by it), on the same machine in the same run.

Run by the runner in its own process: ``python -m benchmarks.turn_floor '{"size": [1920, 1080]}'``.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import markdown
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from benchmarks.common import BUNDLED_PACK, emit, params
from benchmarks.frames import FrameProbe, idle, tap, wait_for_frame
from benchmarks.stats import summary

#: Two pages of the bundled pack, each with a picture: the screens the floor switches between.
PAGES = ("facet-joints", "medial-branch")
READING_MS = 40


def _page(name: str) -> tuple[str, str, Path]:
    """(title, body as HTML, picture) of a bundled English page."""
    text = (BUNDLED_PACK / "en" / f"{name}.md").read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")  # "key: value" lines, a blank line, then Markdown
    fields = dict(line.split(":", 1) for line in head.strip().splitlines() if ":" in line)
    html = markdown.markdown(re.sub(r"\[([^]]*)\]\([^)]*\)", r"\1", body))
    return fields["title"].strip(), html, BUNDLED_PACK / "images" / "en" / fields["image"].strip()


def _picture(path: Path, size: QSize) -> QPixmap:
    renderer = QSvgRenderer(str(path))
    drawn = renderer.defaultSize().scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
    pixmap = QPixmap(drawn)
    pixmap.fill(Qt.GlobalColor.transparent)
    with_painter = QPainter(pixmap)
    renderer.render(with_painter)
    with_painter.end()
    return pixmap


def screen(name: str, window_size: QSize) -> tuple[QWidget, QPushButton]:
    title, html, image = _page(name)
    page = QWidget()
    column = QVBoxLayout(page)
    heading = QLabel(title)
    heading.setFont(QFont(heading.font().family(), 30, QFont.Weight.Bold))
    column.addWidget(heading)
    row = QHBoxLayout()
    body = QTextBrowser()
    body.setHtml(html)
    row.addWidget(body, 11)
    picture = QLabel()
    picture.setPixmap(_picture(image, QSize(window_size.width() * 9 // 20, window_size.height() * 6 // 10)))
    row.addWidget(picture, 9)
    column.addLayout(row, 1)
    button = QPushButton("Next")
    button.setMinimumHeight(88)
    column.addWidget(button)
    return page, button


def main() -> None:
    options = params()
    width, height = (int(v) for v in options.get("size", (1920, 1080)))
    turns = int(options.get("turns", 200))
    app = QApplication(sys.argv[:1])
    font = app.font()
    font.setPixelSize(26)  # about the kiosk's normal text
    app.setFont(font)
    window = QWidget()
    stack = QStackedWidget()
    QVBoxLayout(window).addWidget(stack)
    buttons: list[QPushButton] = []
    for name in PAGES:
        page, button = screen(name, QSize(width, height))
        stack.addWidget(page)
        buttons.append(button)
    for index, button in enumerate(buttons):
        button.clicked.connect(lambda _checked=False, other=1 - index: stack.setCurrentIndex(other))
    screen_size = app.primaryScreen().size()
    if (screen_size.width(), screen_size.height()) == (width, height):
        window.setGeometry(app.primaryScreen().geometry())
        window.showFullScreen()
    else:
        window.resize(width, height)
        window.show()
    probe = FrameProbe(window)
    deadline = time.perf_counter() + 10
    while not (window.windowHandle() and window.windowHandle().isExposed()) and time.perf_counter() < deadline:
        QApplication.processEvents()
    idle(200)  # as the kiosk's measurements settle after their first frame
    probe.expect(stack.currentWidget())
    stack.currentWidget().update()
    wait_for_frame(probe)
    times: list[float] = []
    for turn in range(turns + 4):  # both screens shown twice before timing, as the kiosk's warm turns are
        shown = stack.currentIndex()
        started = time.perf_counter()
        tap(buttons[shown])
        target = stack.currentWidget()
        if stack.currentIndex() == shown:
            raise RuntimeError("the tap did not change the screen")
        probe.expect(target)
        elapsed = (wait_for_frame(probe) - started) * 1000
        if turn >= 4:
            times.append(elapsed)
        idle(READING_MS)
    emit({"size": f"{width}x{height}", "turn": summary(times), "frames": probe.frames})


if __name__ == "__main__":
    main()
