"""The topic choice: one large tile per shown pack, on the attract screen.

Each tile shows the pack's picture, title and one-line summary in the patient's language (in the
pack's own language when it lacks the patient's). A tile acts on release, only when the touch
began on it too; it shows at once that it was pressed. Nine tiles fit a 1920x1080 screen in three
rows of three; more scroll with a finger, calmly (kinetic scrolling, no motion of their own).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.languages import own_name
from kiosk.core.library.topics import Topic, all_languages
from kiosk.ui import fonts, icons
from kiosk.ui.widgets.kinetic import KineticScroll, enable_kinetic_scroll
from kiosk.ui.widgets.picture import render_picture

#: The picture's box on a tile, in logical pixels (before the screen's scale).
PICTURE_SIZE = 150
#: What a tile shows in its picture's white box when the pack has no picture (on white, 6.9:1).
NO_PICTURE_ICON, NO_PICTURE_COLOR, NO_PICTURE_SIZE = "fa6s.book-open", "#0b5c8a", 88
#: Characters of a tile's title on one line, at least (the columns are chosen so they fit).
TILE_LINE_CHARACTERS = 16


class TopicTile(QPushButton):
    """One topic: picture, title and summary; ``clicked`` when touched and let go on it."""

    def __init__(self, topic: Topic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic = topic
        self.setObjectName("TopicTile")
        self.setProperty("role", "topic-tile")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.picture = QLabel()
        self.picture.setProperty("role", "topic-picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setFixedSize(PICTURE_SIZE, PICTURE_SIZE)
        self.title_label = QLabel()
        self.title_label.setProperty("role", "topic-title")
        self.summary_label = QLabel()
        self.summary_label.setProperty("role", "topic-summary")
        words = QVBoxLayout()
        words.setSpacing(8)
        words.addStretch(1)
        for label in (self.title_label, self.summary_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            words.addWidget(label)
        words.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(24)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(words, 1)
        for child in (self.picture, self.title_label, self.summary_label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.pressed.connect(lambda: self._show_down(True))
        self.released.connect(lambda: self._show_down(False))
        self._shown: tuple[str, bool, float] | None = None

    def show_in(self, lang: str, high_contrast: bool, *, picture: bool = True) -> None:
        """The tile's words in ``lang``; its picture too unless ``picture`` is False (drawn later)."""
        title, summary = self.topic.title(lang), self.topic.summary(lang)
        self.title_label.setText(title)
        self.summary_label.setText(summary)
        self.summary_label.setVisible(bool(summary))
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)
        ratio = self.devicePixelRatioF() or 1.0
        key = (lang, high_contrast, ratio)
        if picture and key != self._shown:
            self._shown = key
            path = self.topic.picture_path(lang, high_contrast=high_contrast)
            image = render_picture(path, PICTURE_SIZE, PICTURE_SIZE, ratio) if path is not None else None
            if image is not None and not image.isNull():
                from PySide6.QtGui import QPixmap  # noqa: PLC0415

                self.picture.setPixmap(QPixmap.fromImage(image))
            else:  # a pack without a picture (or not loaded yet): a book, not an empty box
                self.picture.setPixmap(icons.icon(NO_PICTURE_ICON, NO_PICTURE_COLOR).pixmap(NO_PICTURE_SIZE))

    def _show_down(self, down: bool) -> None:
        """The tile shows the touch at once: inverted colours while the finger is on it."""
        if bool(self.property("down")) != down:
            self.setProperty("down", down)
            for widget in (self, self.title_label, self.summary_label):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            self.repaint()

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt override)
        return QSize(560, PICTURE_SIZE + 32)


class TopicChoice(QWidget):
    """A heading and the tiles of the shown packs, in the staff's order.

    Signals:
        chosen(str): a tile was touched (its pack's id).
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setProperty("role", "topic-heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.tiles: list[TopicTile] = []
        self._grid_host = QWidget()
        self._grid_host.setObjectName("TopicGrid")
        self._grid = QGridLayout()
        self._grid.setSpacing(24)
        centred = QVBoxLayout(self._grid_host)  # few tiles stand in the middle, many start at the top
        centred.setContentsMargins(0, 0, 0, 0)
        centred.setSpacing(32)
        centred.addStretch(1)
        centred.addWidget(self.heading)
        centred.addLayout(self._grid)
        centred.addStretch(1)
        # The tiles scroll only when they do not fit; the scroll area is made then (Qt's scroll
        # areas cost some 30 ms the first time one is made in a process: not on the first frame).
        self.scroller: QScrollArea | None = None
        self._kinetic: KineticScroll | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._grid_host, 1)
        self._columns = 0
        self._text_key = 0
        self._shown_in: tuple[str, bool] = ("", False)
        self._painted = False  # the first frame with the tiles is out
        self._pictures_due = False
        self._scheduled = False

    def show_topics(self, topics: Sequence[Topic], lang: str, high_contrast: bool) -> None:
        """A tile per topic, in ``lang``. Tiles made now draw their pictures at the next turn of the
        event loop, after the frame that shows their words (nine pictures cost some 30 ms)."""
        self._shown_in = (lang, high_contrast)
        # Any script: the tiles' words, and each language's own name on the buttons above them.
        names = (own_name(code) for code in all_languages(topics))
        fonts.load_for_text(*(f"{topic.title(lang)} {topic.summary(lang)}" for topic in topics), *names)
        same = [tile.topic.id for tile in self.tiles] == [topic.id for topic in topics]
        for tile, topic in zip(self.tiles, topics, strict=False) if same else ():
            if tile.topic != topic:  # the pack has loaded: its tile may now name its picture
                tile.topic, tile._shown = topic, None
        if not same:
            for tile in self.tiles:
                self._grid.removeWidget(tile)
                tile.deleteLater()
            self.tiles = []
            for topic in topics:
                tile = TopicTile(topic, self._grid_host)  # styled by the window's style sheet from the start
                tile.clicked.connect(lambda _checked=False, pack_id=topic.id: self.chosen.emit(pack_id))
                if self._kinetic is not None:  # a finger on a tile can flick the tiles too
                    for widget in (tile, *tile.findChildren(QWidget)):
                        widget.installEventFilter(self._kinetic)
                self.tiles.append(tile)
            for tile in self.tiles:
                tile.ensurePolished()  # their fonts, which decide the columns, are known now
            self._columns = 0
            self._lay_out()
        self.heading.setText(self.tr("Choose a topic"))
        for tile in self.tiles:
            tile.show_in(lang, high_contrast, picture=tile._shown is not None)
        self._pictures_due = any(tile._shown is None for tile in self.tiles)
        if self._pictures_due and self._painted and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self._draw_pictures)
        size = self.tiles[0].title_label.fontMetrics().height() if self.tiles else 0
        if size != self._text_key:  # another text size: the columns that fit change
            self._text_key = size
            self._columns = 0
            self._lay_out()

    def draw_pictures_now(self) -> None:
        """The tiles' pictures at once (``kiosk screenshot``: a picture of the screen as it stays)."""
        if self._pictures_due:
            self._draw_pictures()

    @Slot()
    def _draw_pictures(self) -> None:
        self._pictures_due = self._scheduled = False
        for tile in self.tiles:
            tile.show_in(*self._shown_in)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt override)
        """After the frame that first shows the tiles' words, their pictures (SVGs, the icon font)."""
        super().paintEvent(event)
        self._painted = True
        if self._pictures_due and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self._draw_pictures)

    def columns_for(self, width: int) -> int:
        """As many columns as tiles of a readable width fit (at most three): the widest title word
        and a picture, at the text size of the moment."""
        if not self.tiles:
            return 1
        metrics = self.tiles[0].title_label.fontMetrics()
        tile = PICTURE_SIZE + 96 + metrics.averageCharWidth() * TILE_LINE_CHARACTERS
        fitting = max(1, min(3, (width + self._grid.spacing()) // (tile + self._grid.spacing())))
        if fitting == 3 and len(self.tiles) <= 4:
            fitting = 2  # two or four tiles: two columns, never three with a row half empty
        return min(fitting, len(self.tiles))

    def _scroll_if_needed(self) -> None:
        """Put the tiles in a scroll area (flicked with a finger) once they need more room than there is."""
        if self.scroller is not None or not self.isVisible():
            return
        layout = self._grid_host.layout()
        assert layout is not None
        layout.invalidate()  # tiles were just added or restyled: measured afresh
        width = self.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        if needed <= self.height():
            return
        scroller = QScrollArea()
        scroller.setObjectName("TopicScroll")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        own = self.layout()
        assert isinstance(own, QVBoxLayout)
        own.removeWidget(self._grid_host)
        scroller.setWidget(self._grid_host)
        own.addWidget(scroller, 1)
        self._kinetic = enable_kinetic_scroll(scroller.viewport())  # tiles and their labels included
        self.scroller = scroller

    @Slot()
    def _lay_out(self) -> None:
        columns = self.columns_for(self.width() or self.window().width())
        if columns == self._columns:
            self._scroll_if_needed()
            return
        self._columns = columns
        for tile in self.tiles:
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles):
            self._grid.addWidget(tile, index // columns, index % columns)
            tile.show()  # now, not at the next turn of the event loop: the room they need is measured next
        for column in range(3):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self._scroll_if_needed()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt override)
        super().resizeEvent(event)
        self._lay_out()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  (Qt override)
        super().showEvent(event)
        self._lay_out()
