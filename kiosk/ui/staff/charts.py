"""Plain bar charts for staff mode's usage counts, drawn with pyqtgraph.

pyqtgraph paints with QPainter on a QGraphicsView: no OpenGL and no Qt Quick, so the charts look
the same on a kiosk without a graphics chip, offscreen in ``kiosk screenshot`` and in the tests.
It (and numpy under it) is imported only when staff open the usage page, never for patients.
A count under 5 is never drawn to its height: its bar reaches 5, drawn pale, marked "<5".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.fleet.usage import FEWER_THAN, SMALLEST_SHOWN, Shown
from kiosk.ui.staff.widgets import staff_label
from kiosk.ui.theme import Palette


class BarChart(QWidget):
    """A titled bar chart: upright bars along a row of labels (``horizontal=False``), or one bar a line
    under its label, longest first (``horizontal=True``). Touch does nothing to it: it only shows."""

    def __init__(self, title: str, *, horizontal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph  # type: ignore[import-untyped]  # noqa: PLC0415  (staff mode only: it brings numpy)

        self._pg: Any = pyqtgraph
        self.horizontal = horizontal
        self.title = staff_label(title, "staff-heading")
        self.empty = staff_label("", "staff-note")
        self.plot_widget = pyqtgraph.PlotWidget()
        self.plot_widget.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.plot_widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getViewBox().setDefaultPadding(0.02)
        if horizontal:
            self.plot.hideAxis("left")
            self.plot.hideAxis("bottom")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.plot_widget, 1)
        self._colors: Palette | None = None
        self._font_px = 20
        #: What is drawn now, as staff read it: (label, value shown), for tests and screen readers.
        self.bars: list[tuple[str, Shown]] = []

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt override)
        # No more than its least height: the page shares what room is left among its charts (pyqtgraph
        # asks for 480 px, and the staff page's scroll area would scroll sooner than needed).
        return QSize(400, max(self.minimumHeight(), 120))

    def hasHeightForWidth(self) -> bool:  # noqa: N802  (Qt override)
        return False  # (its layout would answer with pyqtgraph's 480 px)

    def set_look(self, colors: Palette, font_px: int) -> None:
        """The theme's colours (normal or high contrast) and the size of the chart's words."""
        self._colors = colors
        self._font_px = font_px
        self.plot_widget.setBackground(QColor(colors.surface))
        font = QFont()
        font.setPixelSize(font_px)
        for name in ("bottom", "left"):
            axis = self.plot.getAxis(name)
            axis.setPen(self._pg.mkPen(colors.border, width=2))
            axis.setTextPen(self._pg.mkPen(colors.text))
            axis.setStyle(tickFont=font, tickTextOffset=8)
        # Room for the axes' words from the first frame (pyqtgraph would widen them a frame later).
        self.plot.getAxis("bottom").setHeight(font_px + 24)
        self.plot.getAxis("left").setWidth(2 * font_px + 16)

    def show_bars(
        self, labels: Sequence[str], values: Sequence[Shown], empty_text: str, *, tick_every: int = 1, rows: int = 0
    ) -> None:
        """Draw one bar per label; an empty chart says ``empty_text`` instead. A horizontal chart has room
        for ``rows`` bars (at least as many as it has), so two charts side by side draw bars alike."""
        self.bars = list(zip(labels, values, strict=True))
        self.plot.clear()
        has_any = any(value != 0 for value in values)
        self.empty.setText("" if has_any else empty_text)
        self.empty.setVisible(not has_any)
        colors = self._colors
        if colors is None or not has_any:
            return
        heights = [float(SMALLEST_SHOWN) if value == FEWER_THAN else float(value) for value in values]
        top = max(heights) * (1.25 if self.horizontal else 1.3)  # room for the count above the highest bar
        if self.horizontal:
            self._draw_horizontal(labels, values, heights, top, colors, rows=max(rows, len(values), 2))
        else:
            self._draw_upright(labels, values, heights, top, colors, tick_every=tick_every)

    def _brushes(self, values: Sequence[Shown], colors: Palette) -> tuple[list[Any], list[Any]]:
        pg = self._pg
        solid, pale = QColor(colors.primary), QColor(colors.primary)
        pale.setAlpha(70)
        brushes = [pg.mkBrush(pale if value == FEWER_THAN else solid) for value in values]
        pens = [pg.mkPen(colors.primary, width=2, style=Qt.PenStyle.DashLine if value == FEWER_THAN else
                         Qt.PenStyle.SolidLine) for value in values]  # fmt: skip
        return brushes, pens

    def _text(self, text: str, colors: Palette, anchor: tuple[float, float], bold: bool = False) -> Any:
        font = QFont()
        font.setPixelSize(self._font_px)
        font.setBold(bold)
        item = self._pg.TextItem(text, color=colors.text, anchor=anchor)
        item.setFont(font)
        return item

    def _draw_upright(
        self, labels: Sequence[str], values: Sequence[Shown], heights: list[float], top: float, colors: Palette,
        *, tick_every: int,
    ) -> None:  # fmt: skip
        pg = self._pg
        xs = list(range(len(values)))
        brushes, pens = self._brushes(values, colors)
        self.plot.addItem(pg.BarGraphItem(x=xs, height=heights, width=0.72, brushes=brushes, pens=pens))
        for x, value, height in zip(xs, values, heights, strict=True):
            if value != 0:
                label = self._text(str(value), colors, (0.5, 1.0))
                label.setPos(x, height)
                self.plot.addItem(label)
        last = len(values) - 1  # the newest bar is always named, then every ``tick_every`` one before it
        ticks = [(x, label) for x, label in zip(xs, labels, strict=True) if (last - x) % tick_every == 0]
        self.plot.getAxis("bottom").setTicks([ticks, []])
        self.plot.getAxis("left").setTicks(None)
        self.plot.setXRange(-0.6, len(values) + 0.2, padding=0)  # room for the newest day's name
        self.plot.setYRange(0, top, padding=0)

    def _draw_horizontal(
        self, labels: Sequence[str], values: Sequence[Shown], heights: list[float], top: float, colors: Palette,
        *, rows: int,
    ) -> None:  # fmt: skip
        # One line a bar, the first at the top: its label above it, its count at its end.
        pg = self._pg
        ys = [-2.0 * number for number in range(len(values))]
        brushes, pens = self._brushes(values, colors)
        self.plot.addItem(pg.BarGraphItem(x0=0, y=ys, width=heights, height=0.75, brushes=brushes, pens=pens))
        for y, label, value, width in zip(ys, labels, values, heights, strict=True):
            name = self._text(label, colors, (0.0, 1.0))
            name.setPos(0, y + 0.4)
            count = self._text(str(value), colors, (0.0, 0.5), bold=True)
            count.setPos(width, y)
            self.plot.addItem(name)
            self.plot.addItem(count)
        self.plot.setXRange(0, top, padding=0)
        self.plot.setYRange(-2.0 * rows + 1.4, 1.5, padding=0)
