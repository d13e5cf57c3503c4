"""The take-home QR code on the result: the visit's summary as plain text, which any phone camera
shows with no app and no internet. Never a link; nothing in it identifies the patient.

The code is made on a worker thread (a large one takes tens of milliseconds in pure Python) and
shown when it is ready, so the result's words appear with their frame and the code follows.
Choosing a question makes it again; a code made for an older choice is dropped.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QMetaObject, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QPageSize, QPixmap, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.content.model import ContentPack
from kiosk.core.handout.summary import Part, fitted, modules
from kiosk.core.questionnaire.model import Result
from kiosk.core.session import Session
from kiosk.ui.widgets.picture import render_picture
from kiosk.ui.widgets.print_jobs import SheetMaker
from kiosk.ui.widgets.printed_page import Sheet, fitted_summary

#: The code's side on screen, in logical pixels: a phone held 30-50 cm away reads it at once.
QR_SIDE = 300


@dataclass(frozen=True)
class SummaryWords:
    """The summary's headings in the patient's language (translated where Qt's translator is)."""

    title: str
    go_over: str
    more_points: str
    watch_for: str
    phone: str
    my_questions: str
    today: str


def _matrix_bytes(rows: list[list[bool]]) -> bytes:
    """One byte per module (0 dark, 255 light), row by row, for an 8-bit grey QImage."""
    return b"".join(bytes(0 if dark else 255 for dark in row) for row in rows)


#: (the text the code holds, one byte per module, modules a side); side 0 when it does not fit.
Made = tuple[str, bytes, int]
#: How many codes made ahead are kept (one per answer of the question on screen).
MADE_AHEAD = 8


def _make(parts: Sequence[Part]) -> Made:
    text, code = fitted(parts)
    rows = modules(code) if code is not None else []
    return (text if rows else "", _matrix_bytes(rows), len(rows))


class _Maker(QObject):
    """Makes codes on one worker thread, the latest request first; ``made`` is delivered on the UI
    thread. One maker lives as long as the application, so a worker never emits on an object that
    a closed result screen is deleting."""

    made = Signal(int, str, bytes, int)  # (request number, text, module bytes, modules a side)
    ahead_made = Signal()  # every code asked for ahead is made

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._pending: tuple[int, tuple[Part, ...]] | None = None
        self._ahead: list[tuple[Part, ...]] = []
        self._made: dict[tuple[Part, ...], Made] = {}
        self._visit = 0  # counts forget(): a code being made when the visit ended is not kept
        self._working = False

    def request(self, number: int, parts: Sequence[Part]) -> None:
        with self._lock:
            self._pending = (number, tuple(parts))  # an older request not yet started is dropped
        self._start()

    def make_ahead(self, summaries: Sequence[Sequence[Part]]) -> None:
        """Make these codes when nothing else waits (the summaries the next answer could lead to),
        so the result can show its code in its first frame; older ones not yet made are dropped."""
        with self._lock:
            self._ahead = [tuple(parts) for parts in summaries if tuple(parts) not in self._made]
            waiting = bool(self._ahead)
        if waiting:
            self._start()
        else:
            self.ahead_made.emit()

    def made_already(self, parts: Sequence[Part]) -> Made | None:
        """The code for ``parts`` when it was made ahead (never for a summary not asked for)."""
        with self._lock:
            return self._made.get(tuple(parts))

    def forget(self) -> None:
        """Drop the codes made ahead (the visit ended: its summaries are not kept)."""
        with self._lock:
            self._ahead = []
            self._made.clear()
            self._visit += 1

    @Slot()
    def _announce_ahead(self) -> None:
        self.ahead_made.emit()

    def _start(self) -> None:
        with self._lock:
            if self._working:
                return
            self._working = True
        threading.Thread(target=self._work, name="qr-code", daemon=True).start()

    def _work(self) -> None:
        while True:
            with self._lock:
                number, ahead, visit = 0, None, self._visit
                if self._pending is not None:
                    number, parts = self._pending
                    self._pending = None
                elif self._ahead:
                    parts = ahead = self._ahead.pop(0)
                else:
                    self._working = False
                    return
            made = _make(parts)
            if ahead is not None:
                with self._lock:
                    if visit != self._visit:
                        continue
                    while len(self._made) >= MADE_AHEAD:
                        self._made.pop(next(iter(self._made)))
                    self._made[ahead] = made
                    done = not self._ahead
                if done:  # announced on the UI thread, where the result screens listen
                    QMetaObject.invokeMethod(self, "_announce_ahead", Qt.ConnectionType.QueuedConnection)
            else:
                self.made.emit(number, *made)


_maker: _Maker | None = None
_numbers = itertools.count(1)


def code_maker() -> _Maker:
    """The application's code maker (one worker thread for every result screen)."""
    global _maker  # noqa: PLW0603  (one per application, made on the UI thread when first needed)
    if _maker is None:
        _maker = _Maker()
    return _maker


class TakeHomeCode(QWidget):
    """The QR code with a line saying what it is; empty (its room kept) until the code is ready.

    Signals:
        ready(): the code for the latest summary is shown.
    """

    ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TakeHomeCode")
        self.text = ""  # the summary the code holds (for tests; never logged or written)
        self._asked = 0
        self._shown = 0
        self._maker = code_maker()
        # The first code waits for the window's next frame once the result is shown: the worker
        # shares Python's lock with the UI thread, and would hold the result's own frame back.
        self._before_first_frame = True
        self._waiting: tuple[int, tuple[Part, ...]] | None = None
        self._maker.made.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.picture = QLabel()
        self.picture.setFixedSize(QR_SIDE, QR_SIDE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("QR code of your summary"))
        self.caption = QLabel(self.tr("Take your summary home: point your phone's camera at this code."))
        self.caption.setProperty("role", "hint")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.caption.setFixedWidth(QR_SIDE + 40)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption, 0, Qt.AlignmentFlag.AlignHCenter)
        self.print_panel: QWidget | None = None
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  (Qt override)
        super().showEvent(event)
        if self._before_first_frame:
            self.window().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        if event.type() == QEvent.Type.UpdateRequest and self._before_first_frame:
            watched.removeEventFilter(self)
            self._before_first_frame = False
            QTimer.singleShot(0, self, self._send_waiting)  # once this frame is painted and out
        return False

    def show_summary(self, parts: Sequence[Part]) -> None:
        """Make the code for ``parts``; the one on show stays until the new one is ready. A code made
        ahead (while the patient read the last question) is shown at once, in the result's first frame."""
        self._asked = next(_numbers)  # numbers are unique across screens: only this one's answer is taken
        made = self._maker.made_already(parts)
        if made is not None:
            self._waiting = None
            self._show(self._asked, *made)
            return
        self._waiting = (self._asked, tuple(parts))
        if not self._before_first_frame:
            self._send_waiting()

    @Slot()
    def _send_waiting(self) -> None:
        if self._waiting is not None:
            self._maker.request(*self._waiting)
            self._waiting = None

    @Slot(int, str, bytes, int)
    def _show(self, number: int, text: str, data: bytes, side: int) -> None:
        if number != self._asked:
            return  # made for an older choice of questions
        self._shown = number
        self.text = text
        if not side:  # what must be on it does not fit one code: no code, and no words about one
            self.picture.clear()
            self.caption.hide()
            self.ready.emit()
            return
        self.caption.show()
        image = QImage(data, side, side, side, QImage.Format.Format_Grayscale8).copy()
        scale = max(1, QR_SIDE // side)
        pixmap = QPixmap.fromImage(
            image.scaled(
                QSize(side * scale, side * scale),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )
        self.picture.setPixmap(pixmap)
        self.ready.emit()

    def add_print_panel(self, panel: QWidget) -> None:
        """The "Print" control, under the code and its caption (nothing to tap below it)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        panel.setFixedWidth(QR_SIDE + 40)
        layout.insertSpacing(layout.count() - 1, 16)
        layout.insertWidget(layout.count() - 1, panel, 0, Qt.AlignmentFlag.AlignHCenter)
        self.print_panel = panel

    def is_ready(self) -> bool:
        """Whether the code on show is the one for the latest summary."""
        return self._shown == self._asked

    def image(self) -> QImage:
        """The code as shown, for tests that read it back."""
        pixmap = self.picture.pixmap()
        return pixmap.toImage() if pixmap is not None else QImage()


def make_ahead(summaries: Sequence[Sequence[Part]]) -> None:
    """Make the codes of these summaries on the worker now, before any result asks for them."""
    code_maker().make_ahead(summaries)


def forget_made_ahead() -> None:
    code_maker().forget()


def summary_parts(session: Session, result: Result, *, clinic: str, phone: str, words: SummaryWords) -> list[Part]:
    """The visit's summary in the patient's language, most important first (see ``fitted``)."""
    lang = session.language
    outcome = result.outcome
    chosen = [text for index, text in enumerate(outcome.questions_to_ask(lang)) if index in session.chosen_questions]
    take_home = session.pack.take_home
    watch_for = take_home.warning_signs(lang) if take_home is not None else ()
    questionnaire = session.questionnaire
    disclaimer = questionnaire.disclaimers.get(lang, "") if questionnaire is not None else ""
    title = f"{words.title} - {clinic}" if clinic else words.title
    # Priorities (0 kept longest): what to do next, the warning signs to watch for, how to reach the
    # clinic and that this is not a diagnosis; then the points missed (one by one, with a line saying
    # there were more); the questions chosen; today's notes, meant for this visit at the clinic.
    return [
        Part("", (title,), 0),
        Part("", (outcome.headline(lang),), 0),
        Part(words.go_over, tuple(check.point(lang) for check in session.missed_points()), 1, more=words.more_points),
        Part(words.my_questions, tuple(chosen), 2),
        Part(words.watch_for, watch_for, 0),
        Part(words.phone, (phone,) if phone else (), 0, inline=True),
        Part(words.today, tuple(note.text(lang) for note in (*result.warning_notes, *result.other_notes)), 3),
        Part("", (disclaimer,) if disclaimer else (), 0),
    ]


#: The summary's picture on paper, in pixels before it is drawn 55 mm wide at 300 dpi.
PICTURE_PIXELS = (650, 500)


def summary_sheet(parts: Sequence[Part], pack: ContentPack, lang: str, text_size: str) -> SheetMaker:
    """What "Print my summary" prints: ``parts`` on one page, with the pack's summary picture.

    The returned maker runs on the print job's thread: it reads only what is passed here.
    """
    take_home = pack.take_home
    path = pack.image_path(take_home.picture, lang) if take_home is not None and take_home.picture else None
    kept = tuple(parts)
    right_to_left = QLocale(lang).textDirection() == Qt.LayoutDirection.RightToLeft

    def make(size: QPageSize) -> tuple[Sheet, int]:
        picture = render_picture(path, *PICTURE_PIXELS, 1.0) if path is not None else None
        sheet = Sheet("", text_size=text_size, picture=picture, right_to_left=right_to_left, title=kept[0].lines[0])
        return fitted_summary(kept, sheet, size), 1

    return make
