"""A page's picture, and the same picture as large as the window allows.

The picture on a page shares the screen with the words, so its labels are small: at 1280x800 an
800x700 diagram is drawn at about 0.6 of its size, and less with the largest text. A tap on it
(pressed and let go on it), or Enter or Space, opens :class:`PictureViewer`: the picture over the
whole window, about twice as large there, on the theme's background (or its light panel in high
contrast); a tap anywhere, or any key, closes it. A round badge at the picture's lower right says
that it can be made larger; the picture darkens while it is held down.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui import icons
from kiosk.ui.theme import Palette
from kiosk.ui.widgets import accessible
from kiosk.ui.widgets.picture import render_picture

#: The light panel behind a framed picture: its colour, and the room around the picture.
PANEL = "#ffffff"
PANEL_MARGIN = 12
#: Keys that act on the picture (as they press a button).
ACTION_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


def _paint_picture(painter: QPainter, pixmap: QPixmap, area: QRectF, frame: str) -> None:
    """``pixmap`` centred in ``area``, on its light panel when ``frame`` (the panel's border colour) is set."""
    logical = pixmap.deviceIndependentSize()
    x = int(area.x() + (area.width() - logical.width()) / 2)
    y = int(area.y() + max(0.0, (area.height() - logical.height()) / 2))
    if frame and not pixmap.isNull():
        margin = PANEL_MARGIN
        painter.setPen(QPen(QColor(frame), 2))
        painter.setBrush(QColor(PANEL))
        panel = QRectF(
            x - margin + 1, y - margin + 1, logical.width() + 2 * margin - 2, logical.height() + 2 * margin - 2
        )
        painter.drawRoundedRect(panel, margin, margin)
    painter.drawPixmap(x, y, pixmap)


class Illustration(QWidget):
    """A page's picture, scaled to the space it has (re-rendered only when that space changes);
    with ``on_tap``, also the control that shows it larger."""

    #: The badge at the lower right: its diameter, and its icon's size.
    BADGE = 64
    BADGE_ICON = 34
    #: The ring round the picture while the keyboard is on it.
    FOCUS_RING = 4

    def __init__(
        self,
        path: Path,
        alt: str,
        parent: QWidget | None = None,
        *,
        frame: str = "",
        colors: Palette | None = None,
        on_tap: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.alt = alt
        self.frame = frame  # the panel's border colour; "" draws the picture as it is
        self._colors = colors
        self._on_tap = on_tap
        self._pixmap = QPixmap()
        self._pressed = False
        #: The patient's text size (1.0 normal, 1.5 largest): an SVG's labels grow with it.
        self.text_scale = 1.0
        #: How much larger its labels are drawn now (less than ``text_scale`` where they would collide).
        self.label_scale = 1.0
        self.setAccessibleName(alt)
        self.setAccessibleDescription(self.tr("Tap to see the picture larger") if on_tap is not None else alt)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        if on_tap is not None:
            self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        accessible.install()

    # -- for a screen reader: an image named by its alt text, which Press shows larger ------------

    def accessible_role(self) -> QAccessible.Role:
        return QAccessible.Role.Graphic

    def accessible_pressable(self) -> bool:
        return self._on_tap is not None

    def accessible_press(self) -> None:
        if self._on_tap is not None:
            self._on_tap()

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt override)
        return QSize(640, 560)

    def set_text_scale(self, scale: float) -> None:
        """The patient chose another text size: the picture is drawn again at the next frame."""
        if scale != self.text_scale:
            self.text_scale = scale
            self._pixmap = QPixmap()
            self.update()

    @property
    def framed(self) -> bool:
        """Whether the picture is shown on its own light panel (high contrast, no version made for it)."""
        return bool(self.frame)

    @property
    def pressed(self) -> bool:
        return self._pressed

    def drawn_size(self) -> QSize:
        """The picture's size on screen, in logical pixels (0 x 0 before the first frame)."""
        return self._pixmap.deviceIndependentSize().toSize()

    def badge_rect(self) -> QRectF:
        side = self.BADGE
        # In the bottom trailing corner: the right, or the left in a right-to-left language.
        x = 4 if self.isRightToLeft() else self.width() - side - 4
        return QRectF(x, self.height() - side - 4, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt override)
        if self._pixmap.isNull():
            room = 2 * PANEL_MARGIN if self.frame else 0
            width, height = max(1, self.width() - room), max(1, self.height() - room)
            image = render_picture(self.path, width, height, self.devicePixelRatioF(), self.text_scale)
            self.label_scale = float(image.text("label-scale") or 1)
            self._pixmap = QPixmap.fromImage(image)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_picture(painter, self._pixmap, QRectF(self.rect()), self.frame)
        if self._on_tap is not None and self._colors is not None and not self._pixmap.isNull():
            self._paint_badge(painter, self._colors)
        if self.hasFocus() and self._colors is not None:  # reached with Tab (a tap gives no focus)
            width = self.FOCUS_RING
            painter.setPen(QPen(QColor(self._colors["primary"]), width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2), 12, 12)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802  (Qt override)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802  (Qt override)
        self.update()
        super().focusOutEvent(event)

    def _paint_badge(self, painter: QPainter, colors: Palette) -> None:
        rect = self.badge_rect()
        fill = QColor(colors["primary"])
        painter.setPen(QPen(QColor(colors["on_primary"]), 3))
        painter.setBrush(fill.darker(140) if self._pressed else fill)
        painter.drawEllipse(rect)
        icon = icons.icon("fa6s.magnifying-glass-plus", colors["on_primary"])
        side = self.BADGE_ICON
        offset = (self.BADGE - side) / 2
        painter.drawPixmap(int(rect.x() + offset), int(rect.y() + offset), icon.pixmap(QSize(side, side)))
        if self._pressed:  # the whole picture shows it is held down
            painter.fillRect(self.rect(), QColor(0, 0, 0, 50))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt override)
        if self._on_tap is not None and event.button() == Qt.MouseButton.LeftButton:
            self._pressed = True
            self.repaint()  # pressed in this frame
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt override)
        pressed, self._pressed = self._pressed, False
        self.update()
        super().mouseReleaseEvent(event)
        inside = self.rect().contains(event.position().toPoint())
        if pressed and inside and event.button() == Qt.MouseButton.LeftButton and self._on_tap is not None:
            self._on_tap()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt override)
        if self._on_tap is not None and event.key() in ACTION_KEYS and not event.isAutoRepeat():
            self._on_tap()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt override)
        self._pixmap = QPixmap()
        super().resizeEvent(event)


class PictureViewer(QWidget):
    """``picture`` over the whole of ``window``, as large as it fits, with a line saying how to go
    back; a tap that begins and ends on it, or any key, closes it (``on_close`` is then called)."""

    MARGIN = 24

    def __init__(
        self, picture: Illustration, colors: Palette, window: QWidget, *, on_close: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self.setObjectName("PictureViewer")
        self._picture = picture
        self._colors = colors
        self._on_close = on_close
        self._pixmap = QPixmap()
        self._pressed = False
        self.setAccessibleName(picture.alt)
        self.setAccessibleDescription(self.tr("Tap anywhere to go back"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hint = QLabel(self.tr("Tap anywhere to go back"), self)
        self.hint.setProperty("role", "picture-hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(self.MARGIN, self.MARGIN, self.MARGIN, self.MARGIN)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        self.setGeometry(window.rect())
        window.installEventFilter(self)  # follows the window's size
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- for a screen reader: the image, which Press closes ------------------------------------

    def accessible_role(self) -> QAccessible.Role:
        return QAccessible.Role.Graphic

    def accessible_press(self) -> None:
        self.close_viewer()

    def picture_area(self) -> QRectF:
        """Where the picture is drawn: the window less its margins and the line under it."""
        bottom = self.hint.sizeHint().height() + self.MARGIN
        margin = self.MARGIN + (PANEL_MARGIN if self._picture.frame else 0)
        return QRectF(margin, margin, max(1, self.width() - 2 * margin), max(1, self.height() - 2 * margin - bottom))

    def drawn_size(self) -> QSize:
        """The picture's size on screen, in logical pixels (0 x 0 before the first frame)."""
        return self._pixmap.deviceIndependentSize().toSize()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt override)
        area = self.picture_area()
        if self._pixmap.isNull():
            picture = self._picture
            size = (int(area.width()), int(area.height()))
            image = render_picture(picture.path, *size, self.devicePixelRatioF(), picture.text_scale)
            self._pixmap = QPixmap.fromImage(image)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(self._colors["background"]))
        _paint_picture(painter, self._pixmap, area, self._picture.frame)
        if self._pressed:
            painter.fillRect(self.rect(), QColor(0, 0, 0, 40))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self._pixmap = QPixmap()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt override)
        self._pressed = event.button() == Qt.MouseButton.LeftButton
        self.repaint()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt override)
        pressed, self._pressed = self._pressed, False
        event.accept()
        if pressed and self.rect().contains(event.position().toPoint()):
            self.close_viewer()
        else:
            self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt override)
        if not event.isAutoRepeat():
            self.close_viewer()
        event.accept()

    def close_viewer(self) -> None:
        """Close it now (a tap, a key, or the page going away); the page's picture gets the focus back."""
        window = self.parentWidget()
        if window is not None:
            window.removeEventFilter(self)
        self.hide()
        self.deleteLater()
        if self._picture.isVisible() and self._picture.focusPolicy() != Qt.FocusPolicy.NoFocus:
            self._picture.setFocus(Qt.FocusReason.OtherFocusReason)
        on_close, self._on_close = self._on_close, lambda: None
        on_close()
