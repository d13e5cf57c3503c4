"""Pages for paper: the take-home summary and a pack's handouts, laid out for one printed page.

A sheet is laid out by Qt's rich-text engine on the paint device it is drawn on: a PDF writer
(what goes to the printer, made in memory) or an image at the same page size (what ``kiosk
screenshot`` shows authors), so both have the same lines and breaks. The patient's text size
carries over to paper. The summary always fits one page: its picture goes first, then the text
steps down towards :data:`MIN_PT`, then the least important parts go, whole (as on the QR code).
Everything here may run on a worker thread: it touches no widget.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from kiosk.core.handout.summary import Part

#: The body text on paper for each of the patient's text sizes, in points.
TEXT_PT = {"normal": 13.0, "large": 16.0, "largest": 20.0}
#: The summary's text never gets smaller than this to fit its page.
MIN_PT = 11.0
MARGIN_MM = 15.0
#: How wide a sheet's picture is drawn, in millimetres (about a third of an A4 page's text width).
PICTURE_MM = 55.0
PDF_DPI = 300
#: What ``kiosk screenshot`` draws a page at (enough to read the smallest text on screen).
IMAGE_DPI = 110
FONT_FAMILY = "sans-serif"

_CSS = """
body { color: #000000; }
h1 { font-size: 160%; margin-bottom: 6px; }
h2 { font-size: 125%; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 110%; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 8px; }
li { margin-bottom: 4px; }
p.headline { font-size: 140%; font-weight: bold; margin-bottom: 10px; }
p.small { font-size: 85%; }
table { border-collapse: collapse; margin-top: 6px; }
th { border: 1px solid #000000; padding: 6px; background-color: #e6e6e6; }
td { border: 1px solid #000000; padding: 12px 6px 12px 6px; }
"""


@dataclass(frozen=True)
class Sheet:
    """One printed page: safe HTML (escaped here, or sanitised by the pack reader) and its picture."""

    body_html: str
    #: What comes before the picture (a title, the conversation to have).
    head_html: str = ""
    text_size: str = "normal"
    picture: QImage | None = None
    right_to_left: bool = False
    #: The document's title in the print service's list is never this: it is for the PDF itself.
    title: str = ""
    #: The pictures the body's ``<img src="NAME">`` tags may draw, by NAME, decoded from bytes that
    #: passed the picture checks; any other ``<img>`` is dropped (never a file opened by name).
    images: tuple[tuple[str, QImage], ...] = ()
    pt: float = field(default=0.0)

    def body_pt(self) -> float:
        return self.pt or TEXT_PT.get(self.text_size, TEXT_PT["normal"])


def default_page_size(country_uses_letter: bool) -> QPageSize:
    """Letter where the clinic's locale prints on it, A4 elsewhere (a printer's own default wins)."""
    return QPageSize(QPageSize.PageSizeId.Letter if country_uses_letter else QPageSize.PageSizeId.A4)


def _layout(size: QPageSize) -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


class _SheetDocument(QTextDocument):
    """Rich text that draws only the pictures handed to it: Qt would otherwise open a file an
    ``<img>`` names (relative to the kiosk's working folder), past every picture check."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802  (Qt override)
        del kind, name
        return None


_IMG = re.compile(r"<img\b[^>]*>")
_SRC = re.compile(r'\bsrc="([^"]*)"')


def _sized_images(body: str, images: dict[str, QImage], dpi: int) -> str:
    """Each ``<img>`` of a known picture at the printed width (``PICTURE_MM``); any other dropped."""

    def sized(match: re.Match[str]) -> str:
        src = _SRC.search(match.group(0))
        image = images.get(html.unescape(src.group(1))) if src else None
        if src is None or image is None or image.isNull():
            return ""
        width = round(PICTURE_MM / 25.4 * dpi)
        height = round(width * image.height() / max(1, image.width()))
        return f'<img src="{src.group(1)}" width="{width}" height="{height}">'

    return _IMG.sub(sized, body)


def _document(sheet: Sheet, device: QPaintDevice, text_rect: QSizeF) -> QTextDocument:
    doc = _SheetDocument()
    layout = doc.documentLayout()
    assert isinstance(layout, QAbstractTextDocumentLayout)
    layout.setPaintDevice(device)  # points become the device's own pixels: the same size on paper
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(sheet.body_pt())
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(_CSS)
    doc.setDocumentMargin(0)
    # A table on paper is a form to fill in: the page's whole width, room to write in every cell.
    body_html = sheet.body_html.replace("<table>", '<table width="100%" cellspacing="0">')
    images = dict(sheet.images)
    for name, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    body_html = _sized_images(body_html, images, device.logicalDpiX())
    body = sheet.head_html + body_html
    if sheet.picture is not None and not sheet.picture.isNull():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("sheet:picture"), sheet.picture)
        width = round(PICTURE_MM / 25.4 * device.logicalDpiX())
        height = round(width * sheet.picture.height() / max(1, sheet.picture.width()))
        picture = f'<p align="center"><img src="sheet:picture" width="{width}" height="{height}"></p>'
        body = sheet.head_html + picture + body_html
    direction = ' dir="rtl"' if sheet.right_to_left else ""
    doc.setHtml(f"<html><body{direction}>{body}</body></html>")
    doc.setPageSize(text_rect)
    if sheet.right_to_left:
        option = doc.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        doc.setDefaultTextOption(option)
    return doc


def _text_rect(layout: QPageLayout, dpi: int) -> QSizeF:
    rect = layout.paintRectPixels(dpi)
    return QSizeF(rect.width(), rect.height())


def page_count(sheet: Sheet, size: QPageSize) -> int:
    """How many pages ``sheet`` takes on paper of ``size``."""
    image = _blank_image(size, IMAGE_DPI)
    return _document(sheet, image, _text_rect(_layout(size), IMAGE_DPI)).pageCount()


def print_to(sheet: Sheet, device: QPagedPaintDevice, size: QPageSize, pages: int = 1) -> bool:
    """Draw the sheet's first ``pages`` pages on a paged device (a PDF writer or a printer)."""
    layout = _layout(size)
    device.setPageLayout(layout)
    dpi = device.resolution() if hasattr(device, "resolution") else device.logicalDpiX()
    rect = _text_rect(layout, dpi)
    doc = _document(sheet, device, rect)
    margin = layout.marginsPixels(dpi)
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        for page in range(min(pages, doc.pageCount())):
            if page:
                device.newPage()
            _draw_page(painter, doc, QMarginsF(margin), rect, page)
    finally:
        painter.end()
    return True


def _draw_page(painter: QPainter, doc: QTextDocument, margin: QMarginsF, rect: QSizeF, page: int) -> None:
    painter.save()
    painter.translate(margin.left(), margin.top() - page * rect.height())
    doc.drawContents(painter, QRectF(0, page * rect.height(), rect.width(), rect.height()))
    painter.restore()


def to_pdf(sheet: Sheet, size: QPageSize, *, pages: int = 1) -> bytes:
    """The sheet as a PDF made in memory (never a file), at most ``pages`` pages long."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(sheet.title)
    writer.setCreator("Patient-education kiosk")
    print_to(sheet, writer, size, pages)
    buffer.close()
    return bytes(data.data())


def _blank_image(size: QPageSize, dpi: int) -> QImage:
    pixels = size.sizePixels(dpi)
    image = QImage(pixels.width(), pixels.height(), QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("#ffffff"))
    return image


def to_images(sheet: Sheet, size: QPageSize, *, pages: int = 1, dpi: int = IMAGE_DPI) -> list[QImage]:
    """The sheet's pages as pictures of the paper, laid out as :func:`to_pdf` lays them out."""
    layout = _layout(size)
    count = min(pages, _document(sheet, _blank_image(size, dpi), _text_rect(layout, dpi)).pageCount())
    rect = _text_rect(layout, dpi)
    margin = layout.marginsPixels(dpi)
    images = []
    for page in range(count):
        image = _blank_image(size, dpi)
        doc = _document(sheet, image, rect)
        painter = QPainter(image)
        _draw_page(painter, doc, QMarginsF(margin), rect, page)
        painter.end()
        images.append(image)
    return images


# -- the take-home summary on paper -----------------------------------------------------------


def summary_html(parts: Sequence[Part]) -> tuple[str, str]:
    """The summary's parts as HTML, every word escaped: (the title and the conversation, the lists)."""
    head: list[str] = []
    out: list[str] = []
    for index, part in enumerate(parts):
        lines = [html.escape(line) for line in part.lines if line.strip()]
        if not lines:
            continue
        if index == 0 and not part.heading:
            head.append(f"<h1>{lines[0]}</h1>")
        elif index == 1 and not part.heading:
            head.append(f'<p class="headline">{lines[0]}</p>')
        elif part.inline:
            out.append(f"<p><b>{html.escape(part.heading)}</b> {' '.join(lines)}</p>")
        elif not part.heading:
            out.append("".join(f'<p class="small">{line}</p>' for line in lines))
        else:
            items = "".join(f"<li>{line}</li>" for line in lines)
            out.append(f"<h2>{html.escape(part.heading)}</h2><ul>{items}</ul>")
    return "".join(head), "".join(out)


def fitted_to_one_page(sheet: Sheet, size: QPageSize) -> Sheet:
    """``sheet`` in smaller text, step by step down to :data:`MIN_PT`, until it fits one page (a form
    is easier to fill in on one sheet); as it is when even that does not fit."""
    candidate, pt = sheet, sheet.body_pt()
    while page_count(candidate, size) > 1 and pt > MIN_PT:
        pt = max(MIN_PT, pt - 1)
        candidate = replace(candidate, pt=pt)
    return candidate if page_count(candidate, size) == 1 else sheet


def fitted_summary(parts: Sequence[Part], sheet: Sheet, size: QPageSize) -> Sheet:
    """``sheet`` with the summary on it, made to fit one page: without its picture first, then
    with smaller text (never under :data:`MIN_PT`), then without the least important parts."""
    head, body = summary_html(parts)
    candidate = replace(sheet, head_html=head, body_html=body)
    if page_count(candidate, size) <= 1:
        return candidate
    candidate = replace(candidate, picture=None)
    pt = candidate.body_pt()
    while page_count(candidate, size) > 1 and pt > MIN_PT:
        pt = max(MIN_PT, pt - 1)
        candidate = replace(candidate, pt=pt)
    kept = list(parts)
    for priority in sorted({part.priority for part in parts if part.priority > 0}, reverse=True):
        if page_count(candidate, size) <= 1:
            break
        kept = [part for part in kept if part.priority != priority]
        head, body = summary_html(kept)
        candidate = replace(candidate, head_html=head, body_html=body)
    return candidate
