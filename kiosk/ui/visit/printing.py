"""The "Print" control on the result and on pages with a handout, and what it says afterwards.

A tap sends one job; the button says "Printing…" at once, in its own frame, and takes no more taps
until the print service has answered (so a double tap prints one page). Then a line under the
button says what happened in plain words; a printer that cannot print never leaves the patient
waiting, and the take-home code stays on the result. The line is under the button, with nothing
to tap below it, so nothing moves under a finger.
"""

from __future__ import annotations

import html
import re
import socket
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QSize, Qt, QTime, Signal, Slot
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.content.model import ContentPack, Handout
from kiosk.core.idle import STAFF_NOW_IDLE_S
from kiosk.core.printing.cups import PrintOutcome
from kiosk.ui import icons
from kiosk.ui.i18n import translate_in
from kiosk.ui.theme import Palette
from kiosk.ui.widgets.controls import TouchButton
from kiosk.ui.widgets.picture import render_picture
from kiosk.ui.widgets.print_jobs import SheetMaker, print_jobs
from kiosk.ui.widgets.printed_page import Sheet, fitted_to_one_page


class PrintPanel(QWidget):
    """A print button and its outcome line.

    Signals:
        printed(str): the job's :class:`PrintOutcome` value, once the print service answered.
    """

    printed = Signal(str)

    def __init__(
        self,
        label: str,
        colors: Palette,
        *,
        printer: str,
        prepare: Callable[[], SheetMaker],
        fallback: str,
        beside: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PrintPanel")
        self._printer = printer
        self._prepare = prepare  # called on the UI thread at the tap: what to print as it is now
        self._label = label
        self._fallback = fallback
        self._job = 0
        self.outcome: PrintOutcome | None = None
        self.button = TouchButton(wrap=True)
        self.button.setProperty("role", "print")
        self.button.setIcon(icons.icon("fa6s.print", colors.on_secondary))
        self.button.setIconSize(QSize(32, 32))
        self.button.set_label(label)
        self.button.clicked.connect(self._send)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()
        # Under the button where nothing follows it (the result's code column); beside it at the
        # foot of a page, where a line appearing underneath would push the button up.
        layout = QHBoxLayout(self) if beside else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16 if beside else 8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft if beside else Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.status, 1 if beside else 0)
        if beside:
            layout.addStretch(0)
            self.status.setMinimumHeight(self.button.sizeHint().height())
        print_jobs().finished.connect(self._finished)

    def is_busy(self) -> bool:
        return self._job != 0

    @Slot()
    def _send(self) -> None:
        if self._job or (self.outcome is not None and self.outcome.ok):
            return  # one page per tap, and one per screen once it printed
        self.button.set_label(self.tr("Printing…"))
        self.button.setEnabled(False)
        self.status.hide()
        self._job = print_jobs().send(self._printer, self._prepare())

    @Slot(int, str)
    def _finished(self, number: int, value: str) -> None:
        if number != self._job:
            return
        self._job = 0
        self.outcome = PrintOutcome(value)
        if self.outcome.ok:
            self.button.set_label(self.tr("Sent to the printer"))
            self.status.setText(self.tr("Your page is printing. Please ask a staff member for it."))
        else:
            self.button.set_label(self.tr("Try printing again"))
            self.button.setEnabled(True)
            self.status.setText(self._fallback)
        self.status.setAccessibleName(self.status.text())
        self.status.show()
        self.printed.emit(value)


# A handout may run to this many pages (a diary and its notes); more is cut off.
MAX_HANDOUT_PAGES = 2


def handout_sheet(pack: ContentPack, handout: Handout, lang: str, text_size: str) -> SheetMaker:
    """What a handout's "Print" control prints: its title and text in the patient's text size, or as
    near it as fits one page; a handout too long even then runs onto a second page."""
    text = handout.content.text(lang)
    head = f"<h1>{html.escape(text.title)}</h1>"
    path = pack.image_path(handout.content.image, lang) if handout.content.image else None
    right_to_left = QLocale(lang).textDirection() == Qt.LayoutDirection.RightToLeft

    names = sorted({html.unescape(src) for src in re.findall(r'<img\b[^>]*\bsrc="([^"]*)"', text.html)})
    paths = {name: pack.image_path(name, lang) for name in names}

    def make(size: QPageSize) -> tuple[Sheet, int]:
        picture = render_picture(path, 650, 500, 1.0) if path is not None else None
        # The text's own pictures, each through the picture checks (render_picture reads its bytes).
        images = tuple((name, render_picture(found, 1200, 900, 1.0)) for name, found in paths.items() if found)
        sheet = Sheet(
            text.html, head_html=head, text_size=text_size, picture=picture, right_to_left=right_to_left, images=images
        )
        return fitted_to_one_page(replace(sheet, title=text.title), size), MAX_HANDOUT_PAGES

    return make


# -- the front-desk slip ------------------------------------------------------------------------

SLIP_CONTEXT = "FrontDeskSlip"
SLIP_TITLE = str(QT_TRANSLATE_NOOP("FrontDeskSlip", "Urgent: a patient needs a staff member now"))
SLIP_TEXT = str(
    QT_TRANSLATE_NOOP(
        "FrontDeskSlip",
        "Kiosk {name}: a patient reported a warning sign at {time} and was asked to speak to you. "
        "Please go to the kiosk now.",
    )
)
SLIP_NOTE = str(
    QT_TRANSLATE_NOOP(
        "FrontDeskSlip",
        "The answers are not on this slip. Enter the staff PIN at the kiosk to see them: the kiosk "
        "clears them after {minutes} minutes without a touch.",
    )
)


@dataclass(frozen=True)
class FrontDesk:
    """Where the warning-sign slip prints, and in which words (the clinic's language, not the patient's)."""

    printer: str
    kiosk_name: str
    lang: str


def slip_sheet(desk: FrontDesk, at: QTime) -> SheetMaker:
    """The slip: this kiosk's name and the time, large; never an answer, never the outcome's words."""
    name = desk.kiosk_name or socket.gethostname()
    when = QLocale(desk.lang).toString(at, QLocale.FormatType.ShortFormat)
    title = translate_in(desk.lang, SLIP_CONTEXT, SLIP_TITLE)
    text = translate_in(desk.lang, SLIP_CONTEXT, SLIP_TEXT).format(name=name, time=when)
    note = translate_in(desk.lang, SLIP_CONTEXT, SLIP_NOTE).format(minutes=STAFF_NOW_IDLE_S // 60)
    body = f'<p>{html.escape(text)}</p><p class="small">{html.escape(note)}</p>'
    sheet = Sheet(body, head_html=f"<h1>{html.escape(title)}</h1>", text_size="largest", title=title)

    def make(size: QPageSize) -> tuple[Sheet, int]:
        del size
        return sheet, 1

    return make
