"""Buttons for fingers, keyboards and switch devices: words never cut, Enter and Space press them.

``TouchButton`` is the kiosk's push button. The text-size ("Aa") and contrast buttons draw their
own small marks, so the attract screen shows them without loading an icon font. A screen reader's
Press and Toggle both click a button, as a tap does (``kiosk/ui/widgets/accessible.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import QEvent, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QWidget

from kiosk.ui.widgets import accessible

#: Space between an icon and the words, in logical pixels.
ICON_GAP = 12
#: Spaces that keep the words from touching the icon (part of the text, so they scale with it).
PAD = "  "

#: Properties the style sheet selects buttons by (their padding or border may follow them).
STYLE_PROPERTIES = ("role", "selected", "reading")

T = TypeVar("T")


def wrap_words(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` broken into lines no wider than ``width`` where possible (a long word keeps its line)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


class TouchButton(QPushButton):
    """A push button that is never squeezed until its words are cut off.

    Keyboard and switch users reach it with Tab and press it with Enter or Space; a tap gives
    no focus ring. With ``wrap`` the words go onto more lines when the row is narrow; in
    ``compact`` mode only the icon shows, and the accessible name still says what it does.
    """

    #: Keep the minimum width at what the words need. (The style sheet's ``min-width`` would
    #: otherwise let a crowded row squeeze the button until its words are cut.)
    HOLD_WIDTH = True

    def __init__(self, text: str = "", *, wrap: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessible.install()  # a screen reader's Toggle clicks it, as Press does
        self._words = ""
        self._wrap = wrap
        self._compact = False
        self._shown_width = -1
        self._hint_key: tuple[object, ...] = ()
        self._hints: dict[object, object] = {}
        self._floor_width = 0
        self._floor_height = 0
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAutoDefault(True)  # Enter presses it, as Space does
        if text:
            self.set_label(text)

    # -- what it says -------------------------------------------------------------------------

    def set_label(self, text: str, description: str | None = None) -> None:
        """The words on the button, which are also its accessible name."""
        if text == self._words and (description is None or description == self.accessibleDescription()):
            return  # as it is (a screen change sets every label again; measuring them is not free)
        self._words = text
        self.setAccessibleName(text)
        if description is not None:
            self.setAccessibleDescription(description)
        self._show_words(force=True)

    def label(self) -> str:
        return self._words

    def set_compact(self, compact: bool) -> None:
        """Show the icon only (when the row is too narrow for the words)."""
        if compact != self._compact and not (compact and self.icon().isNull()):
            self._compact = compact
            self._show_words(force=True)

    def is_compact(self) -> bool:
        return self._compact

    def _pad(self, line: str) -> str:
        return f"{PAD}{line}{PAD}" if line and not self.icon().isNull() else line

    def _show_words(self, force: bool = False) -> None:
        if self._compact:
            text = ""
        elif self._wrap and self.width() > 0:
            lines = wrap_words(self._words, self._metrics(), self._text_width(self.width()))
            text = "\n".join(self._pad(line) for line in lines)
        else:
            text = self._pad(self._words)
        if force or text != self.text():
            self._shown_width = self.width()
            self.setText(text)
            self._hold_width()
            self.updateGeometry()

    def _hold_width(self) -> None:
        """Never narrower than the words (or, when they wrap, the longest word); never narrower than tall."""
        if not self.HOLD_WIDTH or not self._words:
            return
        metrics = self._metrics()
        if self._compact:
            needed = self._frame().width() + self.iconSize().width()
        elif self._wrap:
            needed = self._width_for(max((metrics.horizontalAdvance(word) for word in self._words.split()), default=0))
        else:
            needed = self._width_for(metrics.horizontalAdvance(self._words))
        needed = max(needed, self.minimumHeight(), self._floor_width)
        if needed != self.minimumWidth():
            self.setMinimumWidth(needed)

    # -- how big it is --------------------------------------------------------------------------

    def _metrics(self) -> QFontMetrics:
        self.ensurePolished()
        return QFontMetrics(self.font())

    def _size_key(self) -> tuple[object, ...]:
        """Everything the button's size depends on (the style sheet's rules follow its properties and state)."""
        self.ensurePolished()
        properties = tuple(self.property(name) for name in STYLE_PROPERTIES)
        return (
            self._compact,
            self._words,
            self.font(),
            self.icon().isNull(),
            self.iconSize(),
            self.minimumWidth(),
            self.minimumHeight(),
            self.isChecked(),
            self.isDown(),
            self.hasFocus(),
            self.isEnabled(),
            properties,
        )

    def _cached(self, what: object, compute: Callable[[], T]) -> T:
        """``compute()``, kept until something the size depends on changes.

        Layouts ask a button for its size many times on every screen change; measuring words
        and asking the style sheet for its padding each time made a page turn several times slower.
        """
        key = self._size_key()
        if key != self._hint_key:
            self._hint_key = key
            self._hints = {}
        if what not in self._hints:
            self._hints[what] = compute()
        return cast(T, self._hints[what])

    def _frame(self) -> QSize:
        """Border and padding around the contents (from the style sheet), both directions together."""
        return self._cached("frame", self._measure_frame)

    def _measure_frame(self) -> QSize:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, 1000, 1000)
        contents = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return QSize(1000 - contents.width(), 1000 - contents.height())

    def _icon_room(self) -> int:
        return 0 if self.icon().isNull() else self.iconSize().width() + ICON_GAP

    def _text_width(self, button_width: int) -> int:
        """Room for the words on a button ``button_width`` wide."""
        pad = self._metrics().horizontalAdvance(PAD * 2) if not self.icon().isNull() else 0
        return max(1, button_width - self._frame().width() - self._icon_room() - pad)

    def _width_for(self, text_width: int) -> int:
        pad = self._metrics().horizontalAdvance(PAD * 2) if not self.icon().isNull() else 0
        return text_width + pad + self._frame().width() + self._icon_room() + 2

    def _height_for_lines(self, lines: int) -> int:
        metrics = self._metrics()
        text = lines * metrics.lineSpacing()
        icon = 0 if self.icon().isNull() else self.iconSize().height()
        return max(self.minimumHeight(), self._floor_height, max(text, icon) + self._frame().height())

    def set_floor_width(self, width: int) -> None:
        """Never narrower than ``width`` (a bar gives a button the room of its widest words)."""
        if width != self._floor_width:
            self._floor_width = width
            self._hold_width()
            self.updateGeometry()

    def set_floor_height(self, height: int) -> None:
        """Never lower than ``height`` (so wrapped words of another label never change the row's height)."""
        if height != self._floor_height:
            self._floor_height = height
            self._hint_key = ()
            self.updateGeometry()

    def width_for(self, text: str, wrapped: bool = False) -> int:
        """The width this button needs to show ``text`` (on one line, or with ``wrapped`` its longest word)."""
        metrics = self._metrics()
        if wrapped:
            return self._width_for(max((metrics.horizontalAdvance(word) for word in text.split()), default=0))
        return self._width_for(metrics.horizontalAdvance(text))

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt override)
        return QSize(self._cached("size", self._measure_size))

    def _measure_size(self) -> QSize:
        if self._compact:
            side = self._frame().width() + self.iconSize().width()
            return QSize(max(side, self.minimumWidth()), self._height_for_lines(1))
        words = self._metrics().horizontalAdvance(self._words)
        return QSize(max(self._width_for(words), self.minimumWidth()), self._height_for_lines(1))

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt override)
        if not self._wrap or self._compact:
            return self.sizeHint()
        return QSize(self._cached("minimum", self._measure_minimum))

    def _measure_minimum(self) -> QSize:
        metrics = self._metrics()
        longest = max((metrics.horizontalAdvance(word) for word in self._words.split()), default=0)
        width = max(self._width_for(longest), self.minimumWidth())
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:  # noqa: N802  (Qt override)
        return self._wrap and not self._compact

    def heightForWidth(self, width: int) -> int:  # noqa: N802  (Qt override)
        if not self.hasHeightForWidth():
            return self.sizeHint().height()
        return self._cached(("height", width), lambda: self._measure_height(width))

    def height_for_words(self, text: str, width: int) -> int:
        """The height this button needs to show ``text`` wrapped at ``width`` (without its floor)."""
        floor, self._floor_height = self._floor_height, 0
        try:
            return self._height_for_lines(len(wrap_words(text, self._metrics(), self._text_width(width))))
        finally:
            self._floor_height = floor

    def _measure_height(self, width: int) -> int:
        lines = wrap_words(self._words, self._metrics(), self._text_width(width))
        return self._height_for_lines(len(lines))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt override)
        super().resizeEvent(event)
        if self._wrap and event.size().width() != self._shown_width:
            self._show_words()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._hint_key = ()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self._words:
            self._show_words(force=True)

    def words_fit(self) -> bool:
        """True when every word shows in full (tests and layout checks use it)."""
        if self._compact:
            return True
        metrics = self._metrics()
        room = self._text_width(self.width())
        return all(metrics.horizontalAdvance(line.strip()) <= room for line in self.text().split("\n"))


class ToolButton(TouchButton):
    """A square button that draws its own mark, in the colour of its words (checked or not)."""

    HOLD_WIDTH = False

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent=parent)
        self.setProperty("role", "tool")
        self._mark_colors: tuple[QColor, QColor] | None = None

    def set_mark_colors(self, normal: str, checked: str) -> None:
        """The mark's colour: the style sheet's words colour for each state (Qt does not tell a painter)."""
        self._mark_colors = (QColor(normal), QColor(checked))
        self.update()

    def mark_color(self) -> QColor:
        if self._mark_colors is None:
            return self.palette().color(QPalette.ColorRole.ButtonText)
        return self._mark_colors[1] if self.isChecked() else self._mark_colors[0]


class TextSizeButton(ToolButton):
    """ "Aa": each touch makes the text one size bigger, then back to normal; dots show which size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Aa", parent=parent)
        self._level = 0
        self._levels = 3
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Text size"))
        names = (self.tr("normal"), self.tr("large"), self.tr("largest"))
        size = names[self._level] if self._level < len(names) else str(self._level + 1)
        self.setAccessibleDescription(
            self.tr("Touch to change the size of the text. Now: {size}, {number} of {total}.").format(
                size=size, number=self._level + 1, total=self._levels
            )
        )

    def set_level(self, level: int, levels: int) -> None:
        """Show text size ``level`` (0 is normal) of ``levels``."""
        if (level, levels) != (self._level, self._levels):
            self._level, self._levels = level, levels
            self.retranslate()
            self.update()

    def level(self) -> int:
        return self._level

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt override)
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = self.mark_color()
        radius = max(3.0, self.height() / 22)
        gap = radius * 3
        y = self.height() - radius * 3
        x = self.width() / 2 - gap * (self._levels - 1) / 2
        for index in range(self._levels):
            painter.setPen(color)
            painter.setBrush(color if index <= self._level else Qt.BrushStyle.NoBrush)
            place = self._levels - 1 - index if self.isRightToLeft() else index  # the sizes grow as one reads
            painter.drawEllipse(QPointF(x + place * gap, y), radius, radius)
        painter.end()


class ContrastButton(ToolButton):
    """A half-filled circle, the usual sign for contrast; checked while high contrast is on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setCheckable(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("High contrast"))
        self.setAccessibleDescription(self.tr("Switch between the normal colours and light text on black"))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt override)
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = self.mark_color()
        radius = min(self.width(), self.height()) * 0.26
        centre = QPointF(self.width() / 2, self.height() / 2)
        box = QRect(int(centre.x() - radius), int(centre.y() - radius), int(radius * 2), int(radius * 2))
        pen = painter.pen()
        pen.setColor(color)
        pen.setWidthF(max(2.0, radius / 6))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        painter.setBrush(color)
        painter.drawPie(box, 90 * 16, 180 * 16)  # the left half, filled
        painter.end()
