"""One page of a pack on screen: its title, its Markdown text and its picture."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QPointF, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QFocusEvent,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextLine,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.content.markup import PACK_SCHEME, PAGE_SCHEME
from kiosk.core.content.media import PageMedia, page_media
from kiosk.core.content.model import ContentPack, Page
from kiosk.ui import icons
from kiosk.ui.theme import Palette, is_high_contrast
from kiosk.ui.visit.narration import NarrationBar
from kiosk.ui.visit.pictures import Illustration, PictureViewer
from kiosk.ui.visit.printing import PrintPanel
from kiosk.ui.visit.speech import Passage, document_passages, label_passage
from kiosk.ui.visit.video import VideoPanel
from kiosk.ui.widgets.accessible import Decoration
from kiosk.ui.widgets.controls import TouchButton
from kiosk.ui.widgets.focus_frame import FocusFrame, frame_properties
from kiosk.ui.widgets.kinetic import enable_kinetic_scroll
from kiosk.ui.widgets.more_below import MoreBelow
from kiosk.ui.widgets.picture import render_picture

log = logging.getLogger(__name__)

BODY_CSS = """
p { margin-top: 0px; margin-bottom: 18px; line-height: 135%; }
li { margin-bottom: 10px; line-height: 135%; }
ul, ol { margin-top: 0px; margin-bottom: 18px; }
h1, h2, h3 { margin-top: 8px; margin-bottom: 12px; }
a[href] { color: LINK; text-decoration: underline; }
"""


def _line_x(line: QTextLine, position: int) -> float:
    """Where ``position`` is on ``line`` (PySide6 returns the x with the position, typed as an object)."""
    found = line.cursorToX(position)
    return float(found[0] if isinstance(found, tuple) else found)  # type: ignore[arg-type]


class PageBody(QTextBrowser):
    """The page text. Pictures load only from the pack; links only move between pages.

    Keyboard and switch users Tab into the text (its frame shows), scroll it with the arrow keys,
    Page Up/Down and Space, and Tab on through its links, one at a time: the chosen link gets a
    ring in the focus colour, and Enter or Space follows it. A link scrolled out of sight is not
    followed. After the last link, Tab leaves the text.

    ``on_link`` is called with the page's id when a ``page:<id>`` link is touched or chosen with
    the keyboard.
    """

    _FOLLOW_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)

    def __init__(
        self,
        pack: ContentPack,
        lang: str,
        parent: QWidget | None = None,
        *,
        on_link: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PageBody")
        self._pack = pack
        self._lang = lang
        #: Pictures in the text use the pack's high-contrast versions where it has them.
        self.high_contrast = False
        self._on_link = on_link
        self._pressed_link = ""
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab reaches the text, then each of its links (see the class docstring); a tap gives no focus.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setTabChangesFocus(True)
        self.frame = FocusFrame(self)
        enable_kinetic_scroll(self.viewport())

    # Set by the style sheet (see kiosk/ui/widgets/focus_frame.py).
    focusFrameWidth, focusFrameRadius, focusFrameColor = frame_properties()  # noqa: N815

    def set_link_color(self, color: str) -> None:
        self.document().setDefaultStyleSheet(BODY_CSS.replace("LINK", color))

    # -- links for the keyboard -------------------------------------------------------------------

    def chosen_link(self) -> str:
        """The link a keyboard user has moved to with Tab, while it is in sight; otherwise ""."""
        cursor = self.textCursor()
        if not self.hasFocus() or not cursor.hasSelection():
            return ""
        first = QTextCursor(self.document())
        first.setPosition(cursor.selectionStart() + 1)  # the format of the link's first letter
        href = first.charFormat().anchorHref()
        view = QRectF(self.viewport().rect())
        return href if any(view.intersects(rect) for rect in self.selection_rects()) else ""

    def selection_rects(self) -> list[QRectF]:
        """Where the selected words (a chosen link) are in the viewport: one rectangle per line."""
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        block = self.document().findBlock(start)
        layout = block.layout()
        scrolled = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        origin = self.document().documentLayout().blockBoundingRect(block).topLeft() - scrolled
        rects: list[QRectF] = []
        for number in range(layout.lineCount() if start != end else 0):
            line = layout.lineAt(number)
            first = max(start - block.position(), line.textStart())
            last = min(end - block.position(), line.textStart() + line.textLength())
            if first < last:
                left, right = _line_x(line, first), _line_x(line, last)
                rects.append(QRectF(left, line.y(), right - left, line.height()).translated(origin))
        return rects

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt override)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() in self._FOLLOW_KEYS and self.textCursor().hasSelection():
            event.accept()
            href = self.chosen_link()
            if href:
                self.follow(href)
                return
            if event.key() != Qt.Key.Key_Space:
                return  # the chosen link is out of sight: not followed
        super().keyPressEvent(event)  # arrows, Page Up/Down, Space, Home, End scroll

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802  (Qt override)
        moved = super().focusNextPrevChild(next)
        self.viewport().update()  # the ring moves with the chosen link
        return moved

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802  (Qt override)
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802  (Qt override)
        super().focusOutEvent(event)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt override)
        super().paintEvent(event)
        if not self.chosen_link():
            return
        width = max(2, self.frame.width)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.frame.color, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in self.selection_rects():
            painter.drawRoundedRect(rect.adjusted(-width, 0, width, 0), width * 1.5, width * 1.5)
        painter.end()

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802  (Qt override)
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return None
        name = url.toString() if isinstance(url, QUrl) else str(url)
        path = self._pack.image_path(name, self._lang, high_contrast=self.high_contrast)
        if path is None:
            log.warning("picture %r is not in pack %s; not shown", name, self._pack.id)
            return None
        width = max(200, int(self.viewport().width() * 0.9))
        return render_picture(path, width, width, self.devicePixelRatioF())

    # A tap on a link: pressed and let go on the same link (a drag never lets go here, see
    # kiosk/ui/widgets/kinetic.py). Not an ``anchorClicked`` connection: PySide keeps about 50 bytes
    # for some of those, and pages are built all day.
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt override)
        self._pressed_link = self.anchorAt(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt override)
        pressed, self._pressed_link = self._pressed_link, ""
        super().mouseReleaseEvent(event)
        let_go = event.button() == Qt.MouseButton.LeftButton
        if let_go and pressed and self.anchorAt(event.position().toPoint()) == pressed:
            self.follow(pressed)

    def follow(self, href: str) -> None:
        """Go where a link points: only ever to another page of the pack (``page:<id>``), or of
        another pack shown on the kiosk (``pack:<pack id>/<page id>``, passed on as ``<pack>/<page>``)."""
        url = QUrl(href)
        if url.scheme() not in (PAGE_SCHEME, PACK_SCHEME):
            return
        if self._on_link is not None:
            self._on_link(url.path())


class _PanelButton(TouchButton):
    """A checkable button that shows ``panel`` while it is checked.

    Not a ``toggled`` connection: PySide keeps a little memory for every connection to a Qt
    widget's method even after both widgets are gone, and pages are built all day.
    """

    def __init__(self, panel: QWidget) -> None:
        super().__init__()
        self._panel = panel

    def checkStateSet(self) -> None:  # noqa: N802  (Qt override: setChecked)
        super().checkStateSet()
        self._panel.setVisible(self.isChecked())

    def nextCheckState(self) -> None:  # noqa: N802  (Qt override: a tap, Enter or Space)
        super().nextCheckState()
        self._panel.setVisible(self.isChecked())


class PageScreen(QWidget):
    """Title, text and picture of one page in one language; lays out for wide or tall windows.

    ``on_link`` is called with a page's id when the patient touches a link to it.
    """

    WIDE_RATIO = 1.15

    def __init__(
        self,
        pack: ContentPack,
        page: Page,
        lang: str,
        *,
        colors: Palette,
        review_line: str = "",
        on_link: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PageScreen")
        self.page = page
        self.lang = lang
        text = page.text(lang)

        self.title = QLabel(text.title)
        self.title.setProperty("role", "page-title")
        self.title.setWordWrap(True)
        self.icon = Decoration()  # beside the title, which says it all
        if page.icon:
            self.icon.setPixmap(icons.icon(page.icon, colors["primary"]).pixmap(QSize(56, 56)))
        self.icon.setFixedWidth(72 if page.icon else 0)

        high_contrast = is_high_contrast(colors)
        self.body = PageBody(pack, lang, on_link=on_link)
        self.body.high_contrast = high_contrast
        self.body.set_link_color(colors["link"])
        self.body.setHtml(text.html + self._extra_html(pack, review_line))  # converted once, when the pack was loaded
        self.body.setAccessibleName(text.title)
        self.more_below = MoreBelow(self.body, colors["on_primary"])

        self.illustration: Illustration | None = None
        self.viewer: PictureViewer | None = None
        self._colors = colors
        image_path = pack.image_path(page.image, lang, high_contrast=high_contrast) if page.image else None
        if image_path is not None:
            # In high contrast, a picture made for the normal theme is shown on its own light panel, so
            # labels drawn dark on a see-through background stay readable.
            framed = high_contrast and not pack.has_high_contrast(page.image, lang)
            self.illustration = Illustration(
                image_path,
                text.alt,
                frame=colors["border"] if framed else "",
                colors=colors,
                on_tap=self.show_picture_larger,
            )

        # Narration and video (pack format 2): the video takes the picture's place.
        self.media = page_media(pack, page, lang) if pack.format >= 2 else PageMedia()
        self.video: VideoPanel | None = None
        if self.media.video is not None:
            self.video = VideoPanel(self.media.video, self.media.poster, self.media.captions, text.alt, colors)
        self.narration_bar = NarrationBar(colors) if self.media.narration is not None else None

        title_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        title_row.setSpacing(16)
        title_row.addWidget(self.icon)
        title_row.addWidget(self.title, 1)

        # "Sources": the citations this page relies on, one touch away, without leaving the page.
        self.sources_button: TouchButton | None = None
        self.sources_panel = QLabel()
        self.sources_panel.setProperty("role", "sources-panel")
        self.sources_panel.setWordWrap(True)
        self.sources_panel.hide()
        cited = [pack.sources[s] for s in page.sources if s in pack.sources]
        if cited and page.kind != "sources":
            self.sources_button = _PanelButton(self.sources_panel)
            self.sources_button.setIcon(icons.icon("fa6s.book", colors["on_secondary"]))
            self.sources_button.setIconSize(QSize(32, 32))
            self.sources_button.set_label(self.tr("Sources"), self.tr("Show where the facts on this screen come from"))
            self.sources_button.setCheckable(True)
            self.sources_panel.setText("\n".join(f"{n}. {c}" for n, c in enumerate(cited, 1)))
            title_row.addWidget(self.sources_button, 0, Qt.AlignmentFlag.AlignTop)

        self._content = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._content.setSpacing(40)
        self._content.addWidget(self.body, 11)
        # Long lines are hard to follow: without a picture, text keeps to a readable width.
        self._spacer: QWidget | None = None
        if self.illustration is not None:
            self._content.addWidget(self.illustration, 9)
        elif self.video is not None:
            self._content.addWidget(self.video, 9)
        elif page.kind != "sources":  # citations are long; they may use the whole width
            self._spacer = QWidget()
            self._content.addWidget(self._spacer, 3)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(20)
        outer.addLayout(title_row)
        outer.addWidget(self.sources_panel)
        if self.narration_bar is not None:
            outer.addWidget(self.narration_bar)
        outer.addLayout(self._content, 1)
        self._outer = outer
        self.print_panels: list[PrintPanel] = []

    def show_picture_larger(self) -> None:
        """The page's picture over the whole window, as large as it fits; a tap anywhere closes it."""
        if self.illustration is None or self.viewer is not None:
            return
        self.viewer = PictureViewer(self.illustration, self._colors, self.window(), on_close=self._picture_closed)

    def _picture_closed(self) -> None:
        self.viewer = None

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802  (Qt override)
        """Leaving the screen (or the visit ending) closes the larger picture."""
        if self.viewer is not None:
            self.viewer.close_viewer()
        super().hideEvent(event)

    def add_print_panel(self, panel: PrintPanel) -> None:
        """A "Print" control for one of the page's handouts, at the foot of the page."""
        self._outer.addWidget(panel)
        self.print_panels.append(panel)

    def _extra_html(self, pack: ContentPack, review_line: str) -> str:
        """What the kiosk adds to a page: the citations on the sources page, and the review date."""
        extra = ""
        if self.page.kind == "sources":
            extra += "<ol>" + "".join(f"<li><small>{html.escape(c)}</small></li>" for c in pack.sources.values())
            extra += "</ol>"
        if review_line:
            extra += f"<p><b>{html.escape(review_line)}</b></p>"
        return extra

    def focus_order(self) -> list[QWidget]:
        """The page's own stops for Tab: Sources (when the page has it), the narration's controls while it
        plays, the text, the picture (Enter shows it larger), then the video's controls."""
        media: list[QWidget] = []
        if self.narration_bar is not None and self.narration_bar.isVisibleTo(self):
            bar = self.narration_bar
            media = [bar.pause_button, bar.replay_button, bar.volume.quieter, bar.volume.louder]
        video: list[QWidget] = []
        if self.video is not None:
            panel = self.video
            video = [panel.play_button, panel.replay_button, panel.captions_button, panel.volume.quieter]
            video += [panel.volume.louder]
        sources = [self.sources_button] if self.sources_button is not None else []
        printing = [panel.button for panel in self.print_panels]
        picture = [self.illustration] if self.illustration is not None else []
        return [*sources, *media, self.body, *picture, *video, *printing]

    def announcement(self) -> str:
        """What a screen reader says as the page comes up: its title (not the label's text, which
        marks the word being read aloud)."""
        return self.page.text(self.lang).title

    def passages(self, colors: Palette) -> list[Passage]:
        """What "Read aloud" reads: the title, then every paragraph and list item."""
        return [label_passage(self.title, colors), *document_passages(self.body, colors)]

    def _get_text_scale(self) -> int:
        return round(self.illustration.text_scale * 100) if self.illustration is not None else 100

    def _set_text_scale(self, percent: int) -> None:
        if self.illustration is not None:
            self.illustration.set_text_scale(max(100, percent) / 100)

    #: The patient's text size in percent (set by the style sheet): a diagram's labels grow with it.
    textScale = Property(int, _get_text_scale, _set_text_scale)  # noqa: N815

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt override)
        wide = event.size().width() >= event.size().height() * self.WIDE_RATIO
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.BottomToTop
        if self._content.direction() != direction:
            self._content.setDirection(direction)
        if self._spacer is not None:
            self._spacer.setVisible(wide)
        super().resizeEvent(event)
