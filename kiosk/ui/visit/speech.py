"""Reading a screen aloud with Qt TextToSpeech, offline, in the screen's language.

A screen hands over its text as passages (title, paragraphs, question, answers); each passage
knows how to show which part of it is being read. The QtTextToSpeech module is imported, and
its engine started, only when ``ReadAloud.prepare`` runs: never on the way to the first frame,
because starting speech-dispatcher can take a second or two.
"""

from __future__ import annotations

import contextlib
import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QTextBrowser, QTextEdit, QWidget

from kiosk.ui.theme import Palette

log = logging.getLogger(__name__)

#: ``Passage.mark`` with this length shows the whole passage as being read.
WHOLE = -1
#: Qt's stand-in character for a picture inside text; read as a space.
OBJECT_REPLACEMENT = "\ufffc"


@dataclass
class Passage:
    """One piece of a screen to read, and how to show which part of it is being read.

    ``mark(start, length)`` shows ``text[start:start + length]`` (``length == WHOLE``: all of it).
    """

    text: str
    mark: Callable[[int, int], None]
    clear: Callable[[], None]


class WordMarker:
    """The one passage whose words are marked as they are heard (by the speech engine or a
    recording): marking another clears the last; a passage whose screen is gone is let go."""

    def __init__(self) -> None:
        self.passage: Passage | None = None

    def mark(self, passage: Passage, start: int, length: int) -> None:
        if self.passage is not None and self.passage is not passage:
            self.clear()
        self.passage = passage
        try:
            passage.mark(start, length)
        except RuntimeError:  # its widget is already gone (the screen changed)
            self.passage = None

    def clear(self) -> None:
        marked, self.passage = self.passage, None
        if marked is not None:
            with contextlib.suppress(RuntimeError):  # its widget is already gone
                marked.clear()


class ReadAloud(QObject):
    """Reads passages one after another and marks the word (or passage) being read.

    Signals:
        finished(): reading ended: every passage was read, it was stopped, or the engine failed.
        progress(): the engine moved on to another passage or word; someone is listening.
        availability_changed(): the engine started, or stopped working; voices may differ.
    """

    finished = Signal()
    progress = Signal()
    availability_changed = Signal()

    #: The Qt TextToSpeech engine: "" is the platform's default (speech-dispatcher on Linux).
    #: Tests use Qt's "mock" engine, which is never chosen otherwise.
    ENGINE = ""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tts: Any = None  # QTextToSpeech, typed loosely because its module loads late
        self._broken = False
        self._word_positions = False
        self._locales: dict[str, QLocale | None] = {}
        self._passages: list[Passage] = []
        self._ids: dict[int, int] = {}
        self._begun = 0
        self._queued = 0
        self._marker = WordMarker()
        self._reading = False

    # -- the engine --------------------------------------------------------------------------------

    def prepare(self) -> bool:
        """Load Qt TextToSpeech and start the engine, once; False when reading aloud cannot work here."""
        if self._tts is not None or self._broken:
            return self._tts is not None
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415  (slow; only when needed)
        except ImportError as err:  # e.g. a missing system library such as libpulse
            return self._give_up(f"Qt TextToSpeech cannot be loaded ({err})")
        tts = QTextToSpeech(self.ENGINE, self) if self.ENGINE else QTextToSpeech(self)
        if tts.state() == QTextToSpeech.State.Error:
            reason = tts.errorString() or "no speech engine"
            tts.deleteLater()
            return self._give_up(reason)
        if tts.engine() == "mock" and self.ENGINE != "mock":
            tts.deleteLater()
            return self._give_up("only Qt's silent test engine is installed")
        tts.stateChanged.connect(self._on_state)
        tts.aboutToSynthesize.connect(self._on_passage)
        tts.sayingWord.connect(self._on_word)
        tts.errorOccurred.connect(self._on_error)
        self._word_positions = bool(tts.engineCapabilities() & QTextToSpeech.Capability.WordByWordProgress)
        self._tts = tts
        log.info("read aloud: engine %s, word positions %s", tts.engine(), "yes" if self._word_positions else "no")
        self.availability_changed.emit()
        return True

    def _give_up(self, reason: str) -> bool:
        log.warning("read aloud is not offered: %s", reason)
        self._broken = True
        self._tts = None
        self.availability_changed.emit()
        return False

    def set_volume(self, level: float) -> None:
        """Loudness from 0.0 to 1.0 (the patient's volume), for what is read from now on."""
        if self._tts is not None:
            self._tts.setVolume(max(0.0, min(1.0, level)))

    def is_prepared(self) -> bool:
        return self._tts is not None

    def can_read(self, lang: str) -> bool:
        """True when the engine runs and has a voice for ``lang`` (this never starts the engine)."""
        return self._tts is not None and self._locale(lang) is not None

    def _locale(self, lang: str) -> QLocale | None:
        if lang not in self._locales:
            wanted = QLocale(lang)
            available = list(self._tts.availableLocales())
            same = [loc for loc in available if loc.language() == wanted.language()]
            exact = [loc for loc in same if loc.territory() == wanted.territory()]
            self._locales[lang] = (exact or same or [None])[0]
        return self._locales[lang]

    # -- reading -------------------------------------------------------------------------------------

    def is_reading(self) -> bool:
        return self._reading

    def read(self, lang: str, passages: list[Passage]) -> bool:
        """Start reading ``passages`` in ``lang``; False (and nothing happens) when that cannot be done."""
        self._halt()
        locale = self._locale(lang) if self._tts is not None else None
        chosen = [passage for passage in passages if passage.text.strip()]
        if locale is None or not chosen:
            return False
        if self._tts.locale() != locale:
            self._tts.setLocale(locale)
        self._passages = chosen
        self._begun = 0
        self._reading = True
        self._say(0)
        return True

    def _say(self, index: int) -> None:
        """Hand the engine one passage; the next follows when it is done. (speech-dispatcher reports
        Ready after each queued text, so a queue of them cannot tell the end of the last one.)"""
        self._queued = index
        self._ids[self._tts.enqueue(self._passages[index].text.replace(OBJECT_REPLACEMENT, " "))] = index

    def stop(self) -> None:
        """Stop at once and remove the marks; ``finished`` follows."""
        if self._reading:
            self._halt()
            self.finished.emit()

    def _halt(self) -> None:
        was_reading, self._reading = self._reading, False
        self._marker.clear()
        self._passages, self._ids = [], {}
        if was_reading and self._tts is not None:
            from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415  (already loaded)

            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    @Slot(int)
    def _on_passage(self, _utterance: int) -> None:
        """The engine begins the next passage (engines number these differently; count them)."""
        if not self._reading or self._begun >= len(self._passages):
            return
        passage = self._passages[self._begun]
        self._begun += 1
        if self._word_positions:
            self._marker.clear()
        else:
            self._marker.mark(passage, 0, WHOLE)
        self.progress.emit()

    @Slot(str, int, int, int)
    def _on_word(self, _word: str, utterance: int, start: int, length: int) -> None:
        index = self._ids.get(utterance)
        if self._reading and index is not None and length > 0:
            self._marker.mark(self._passages[index], start, length)
            self.progress.emit()

    @Slot(object)
    def _on_state(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415  (already loaded)

        if state == QTextToSpeech.State.Ready and self._reading:
            if self._queued + 1 < len(self._passages):
                self._say(self._queued + 1)
            else:
                self.stop()

    @Slot(object, str)
    def _on_error(self, _reason: object, message: str) -> None:
        log.warning("read aloud failed: %s", message)
        self.stop()
        if self._tts is not None:
            self._tts.deleteLater()
        self._give_up("the speech engine reported an error")


# -- passages from widgets ------------------------------------------------------------------------------


def _reading_format(colors: Palette) -> QTextCharFormat:
    mark = QTextCharFormat()
    mark.setBackground(QColor(colors.reading))
    mark.setForeground(QColor(colors.on_reading))
    return mark


def _show(widget: QWidget) -> None:
    """Scroll ``widget`` into view when it sits in a scroll area."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
            return
        parent = parent.parentWidget()


def label_passage(label: QLabel, colors: Palette, skip: int = 0) -> Passage:
    """A label's text; the part being read gets the theme's reading colours. ``skip``: leading characters
    not to read (a bullet)."""
    original = label.text()
    text_format = label.textFormat()
    style = f"background-color: {colors.reading}; color: {colors.on_reading};"

    def mark(start: int, length: int) -> None:
        begin = skip + (0 if length == WHOLE else start)
        end = len(original) if length == WHOLE else begin + length
        parts = (original[:begin], original[begin:end], original[end:])
        escaped = [html.escape(part).replace("\n", "<br>") for part in parts]
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(f'{escaped[0]}<span style="{style}">{escaped[1]}</span>{escaped[2]}')
        _show(label)

    def clear() -> None:
        label.setTextFormat(text_format)
        label.setText(original)

    return Passage(original[skip:], mark, clear)


def button_passage(button: QAbstractButton, text: str) -> Passage:
    """An answer read aloud: the whole button shows it is being read."""

    def mark(_start: int, _length: int) -> None:
        button.setProperty("reading", True)
        button.style().unpolish(button)
        button.style().polish(button)
        _show(button)

    def clear() -> None:
        button.setProperty("reading", False)
        button.style().unpolish(button)
        button.style().polish(button)

    return Passage(text, mark, clear)


def document_passages(browser: QTextBrowser, colors: Palette) -> list[Passage]:
    """One passage per paragraph or list item of a text browser, marked in place and scrolled into view."""
    document = browser.document()
    passages: list[Passage] = []
    block = document.begin()
    while block.isValid():
        text = block.text()
        if text.replace(OBJECT_REPLACEMENT, " ").strip():
            passages.append(_document_passage(browser, block.position(), text, colors))
        block = block.next()
    return passages


def _document_passage(browser: QTextBrowser, position: int, text: str, colors: Palette) -> Passage:
    def mark(start: int, length: int) -> None:
        if length == WHOLE:
            start, length = 0, len(text)
        cursor = QTextCursor(browser.document())
        cursor.setPosition(position + start)
        cursor.setPosition(position + start + length, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = _reading_format(colors)
        browser.setExtraSelections([selection])
        _scroll_to(browser, cursor)

    def clear() -> None:
        browser.setExtraSelections([])

    return Passage(text, mark, clear)


def _scroll_to(browser: QTextBrowser, cursor: QTextCursor) -> None:
    """Keep the marked words in view, with a third of the view of context ahead."""
    rect = browser.cursorRect(cursor)
    view = browser.viewport().rect()
    bar = browser.verticalScrollBar()
    if rect.bottom() > view.bottom():
        bar.setValue(bar.value() + rect.bottom() - view.bottom() + view.height() // 3)
    elif rect.top() < view.top():
        bar.setValue(bar.value() + rect.top() - view.top() - view.height() // 3)
