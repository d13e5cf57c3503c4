"""Pack pictures on screen, drawn only from bytes that passed the core's checks.

Qt decides a file's kind from its content and would follow an SVG's references to other files,
so nothing here hands Qt a file name: the bytes are read once, checked by
``kiosk.core.checks.images.picture_problems`` (kind from the bytes, the SVG allow-list, no
reference outside the file, the pixel budget), and only then given to Qt from memory, with the
kind the check found. A picture that fails is not shown (a warning is logged), whatever ran
before it: ``kiosk screenshot`` and ``--pack FOLDER`` draw through here too.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer, QtSvg

from kiosk.core.checks.images import MAX_IMAGE_BYTES, MAX_PIXELS, picture_problems

log = logging.getLogger(__name__)

#: Qt refuses to decode more than this (MiB); a picture within MAX_PIXELS needs far less.
ALLOCATION_LIMIT_MB = MAX_PIXELS * 4 // (1024 * 1024) + 1
#: What Qt SVG may draw: SVG Tiny 1.2 only, no animation (the allow-list already says so).
SVG_OPTIONS = QtSvg.Option.Tiny12FeaturesOnly | QtSvg.Option.DisableAnimations


def checked_bytes(path: Path) -> tuple[str, bytes] | None:
    """(kind, bytes) of the picture at ``path`` when it may be shown, otherwise None (and a warning)."""
    try:
        if path.stat().st_size > MAX_IMAGE_BYTES:
            log.warning("picture %s is too big; not shown", path.name)
            return None
        data = path.read_bytes()
    except OSError as err:
        log.warning("picture %s cannot be read (%s); not shown", path.name, type(err).__name__)
        return None
    kind, problems = picture_problems(data, path.name)
    if problems:
        log.warning("picture %s is not shown: %s", path.name, problems[0][1])
        return None
    return kind, data


def render_picture(path: Path, width: int, height: int, ratio: float, text_scale: float = 1.0) -> QImage:
    """The picture at ``path`` scaled once to fit ``width`` x ``height`` logical pixels (null if
    refused); an SVG's labels grown for a ``text_scale`` above 1 (kiosk/ui/widgets/svg_labels.py),
    by the factor the image's ``text`` entry ``"label-scale"`` says."""
    checked = checked_bytes(path)
    if checked is None:
        return QImage()
    kind, data = checked
    device = QSize(max(1, int(width * ratio)), max(1, int(height * ratio)))
    grown = 1.0
    if kind == "svg" and text_scale > 1.0:
        from kiosk.ui.widgets.svg_labels import grown_labels  # noqa: PLC0415  (larger text only)

        data, grown = grown_labels(data, text_scale)
    image = _draw_svg(data, device) if kind == "svg" else _decode(kind, data, device)
    image.setText("label-scale", f"{grown:g}")
    image.setDevicePixelRatio(ratio)
    return image


def _draw_svg(data: bytes, device: QSize) -> QImage:
    renderer = QSvgRenderer()
    renderer.setOptions(SVG_OPTIONS)
    if not renderer.load(QByteArray(data)) or not renderer.isValid():
        return QImage()
    target = renderer.defaultSize().scaled(device, Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(target, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, target.width(), target.height()))
    painter.end()
    return image


def _decode(kind: str, data: bytes, device: QSize) -> QImage:
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, kind.encode("ascii"))
    reader.setAutoDetectImageFormat(False)  # the kind the check found, nothing else
    natural = reader.size()
    if natural.isValid():
        reader.setScaledSize(natural.scaled(device, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return image
