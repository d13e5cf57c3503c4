"""A "More below" cue under text that is taller than its box, and no line cut in half above it.

A patient who does not know the text scrolls reads to the bottom edge and stops; a line cut through
the middle looks like the end, or like a mistake. So while there is more text further down:

- a pill saying "More below", with a downward arrow, sits in a strip kept free under the text (it
  covers no words, and a touch on it flicks the text as a touch on the text does);
- that strip also takes the part of a line that would otherwise show half (page text, a
  ``QTextEdit``, by Qt's own line layout; a result's column of labels by their line spacing): the
  text ends on a whole line. The words never move; only where the text stops does.

Scrolled to the end, the cue and its strip go away, and the text uses the whole box again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Slot
from PySide6.QtWidgets import QAbstractScrollArea, QHBoxLayout, QLabel, QScrollArea, QTextEdit, QWidget

from kiosk.ui import icons
from kiosk.ui.widgets.accessible import Decoration

# Never more than this share of the box is kept free for the cue and a part line (a tall picture
# may be cut: hiding most of the box to avoid it would hide more than it shows).
MAX_TRIM_SHARE = 0.4


class MoreBelow(QWidget):
    """The cue of one scroll area; made with the area, it follows the area's size and scrolling."""

    def __init__(self, area: QAbstractScrollArea, icon_color: str) -> None:
        super().__init__(area)
        self.setObjectName("MoreBelow")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)  # the text takes the flick
        self._area = area
        self._margin = 0
        self.pill = QWidget(self)
        self.pill.setObjectName("MoreBelowPill")
        self.pill.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.arrow = Decoration(self.pill)  # beside "More below", which says it
        self.text = QLabel(self.pill)
        self.text.setObjectName("MoreBelowText")
        row = QHBoxLayout(self.pill)
        row.setContentsMargins(16, 2, 20, 2)
        row.setSpacing(8)
        row.addWidget(self.arrow)
        row.addWidget(self.text)
        self.set_icon_color(icon_color)
        self.retranslate()
        self.hide()
        area.verticalScrollBar().valueChanged.connect(self.update_cue)
        area.verticalScrollBar().rangeChanged.connect(self.update_cue)
        area.installEventFilter(self)

    def set_icon_color(self, color: str) -> None:
        self.arrow.setPixmap(icons.icon("fa6s.arrow-down", color).pixmap(24, 24))

    def retranslate(self) -> None:
        self.text.setText(self.tr("More below"))
        self.pill.setAccessibleName(self.text.text())

    def is_shown(self) -> bool:
        return self.isVisibleTo(self._area)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        if watched is self._area and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.update_cue()
        return False

    @Slot()
    def update_cue(self) -> None:
        bar = self._area.verticalScrollBar()
        # The strip itself adds its height to the scroll range: text that fits without it (laid out
        # taller for a moment, before the window took its size) must not keep a cue it made itself.
        more = bar.value() < bar.maximum() and bar.maximum() > self._margin
        margin = self._strip_height() + self._part_line() if more else 0
        if margin != self._margin:
            self._margin = margin
            # The strip under the text; for an area that keeps its own margins (QScrollArea), the
            # same call is safe: Qt adds them to the frame, the text ends above the cue.
            self._area.setViewportMargins(0, 0, 0, margin)
        # New margins change the scroll range, and this runs again inside that call: what it
        # decided there is what holds, not ``more`` from before.
        margin = self._margin
        more = margin > 0
        self.setVisible(more)
        if more:
            strip = self._strip_height()
            area = self._area.contentsRect()
            self.setGeometry(area.left(), area.bottom() + 1 - margin, area.width(), margin)
            hint = self.pill.sizeHint()
            self.pill.setGeometry((area.width() - hint.width()) // 2, margin - strip, hint.width(), strip)
            self.raise_()

    def _strip_height(self) -> int:
        return self.pill.sizeHint().height() + 8

    def _part_line(self) -> int:
        """How much of a line would show cut at the bottom of the box above the strip."""
        area = self._area
        height = area.contentsRect().height()
        strip = self._strip_height()
        bottom = area.verticalScrollBar().value() + height - strip  # in the text's own coordinates
        if isinstance(area, QTextEdit):
            cut = _cut_in_page(area, height - strip, bottom)
        elif isinstance(area, QScrollArea) and (content := area.widget()) is not None:
            cut = _cut_in_labels(content, bottom)
        else:
            cut = 0
        return cut if cut > 0 and cut + strip <= height * MAX_TRIM_SHARE else 0


def _cut_in_page(page: QTextEdit, y: int, bottom: int) -> int:
    """The part of the page's line under ``bottom`` that is above it (0 when none is cut)."""
    # The block at the bottom of the box, found by Qt's own hit test, not by walking the page.
    block = page.cursorForPosition(QPoint(0, max(0, y))).block()
    top_of_block = page.document().documentLayout().blockBoundingRect(block).top()
    text = block.layout()
    for number in range(text.lineCount()):
        line = text.lineAt(number)
        top = top_of_block + line.y()
        if top < bottom < top + line.height():
            return int(bottom - top + 0.999)
    return 0


def _cut_in_labels(content: QWidget, bottom: int) -> int:
    """The same for a column of wrapped labels (a result): a label's lines are a line spacing apart."""
    for label in content.findChildren(QLabel):
        if not label.isVisibleTo(content) or not label.text():
            continue
        box = label.contentsRect()
        top = label.mapTo(content, box.topLeft()).y()
        if top < bottom < top + box.height():
            spacing = label.fontMetrics().lineSpacing()
            return (bottom - top) % spacing
    return 0
