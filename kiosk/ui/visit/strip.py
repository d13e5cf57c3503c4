"""The sections of the pack in a row above the visit's screens: where the patient is, what they have seen.

It is a progress line, not a row of tabs: the sections are words, not targets, and a section is
marked done only when every one of its pages was on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class SectionStrip(QWidget):
    """The sections of the pack in a row; done, current and still to come look different."""

    #: Stretch of the current section when only its title is shown (the others are bars).
    CURRENT_STRETCH = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self.labels: list[QLabel] = []
        self.titles: list[str] = []
        self._current = -1
        self._room = 0
        self._compact: bool | None = None
        self._full_width_key: tuple[object, ...] = ()
        self._full_width = 0

    def set_sections(self, titles: list[str]) -> None:
        if self.titles == titles:
            return
        if len(titles) == len(self.labels):  # the same sections in another language: new words only
            self.titles = list(titles)
            self._compact = None
            for label, title in zip(self.labels, titles, strict=True):
                label.setText(title)
                label.setAccessibleName(title)
            self.fit()
            return
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        self.titles = list(titles)
        self._compact = None
        for title in titles:
            label = QLabel(title)
            label.setProperty("role", "strip")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setAccessibleName(title)
            self._layout.addWidget(label, 1)
            self.labels.append(label)
        self.fit()

    def set_current(self, index: int, done: frozenset[int] = frozenset()) -> None:
        """Section ``index`` is where the patient is; the sections in ``done`` had all their pages seen
        (a section skipped by a link is not marked done)."""
        self._current = index
        for position, label in enumerate(self.labels):
            state = "current" if position == index else "done" if position in done else "todo"
            if label.property("state") != state:
                label.setProperty("state", state)
                label.style().unpolish(label)
                label.style().polish(label)
            label.setAccessibleDescription(
                {"done": self.tr("done"), "current": self.tr("you are here"), "todo": self.tr("still to come")}[state]
            )
        self._compact = None
        self.fit()

    def current_title(self) -> str:
        return self.titles[self._current] if 0 <= self._current < len(self.titles) else ""

    def is_compact(self) -> bool:
        return bool(self._compact)

    def _word_width(self, title: str) -> int:
        """Width of the longest word of ``title`` in bold (the current section is bold), with padding."""
        if not self.labels:
            return 0
        label = self.labels[0]
        label.ensurePolished()
        font = QFont(label.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        frame = label.width() - label.contentsRect().width()  # the style sheet's padding and border
        return max((metrics.horizontalAdvance(word) for word in title.split()), default=0) + frame + 4

    def full_width(self) -> int:
        """Room needed to show every section's title without cutting a word (measured again only when
        the titles, their font or the style sheet's padding change: it is asked on every page turn)."""
        if not self.labels:
            return 0
        label = self.labels[0]
        label.ensurePolished()
        key = (tuple(self.titles), label.font().key(), label.width() - label.contentsRect().width())
        if key != self._full_width_key:
            spacing = self._layout.spacing() * max(0, len(self.titles) - 1)
            self._full_width = sum(self._word_width(title) for title in self.titles) + spacing
            self._full_width_key = key
        return self._full_width

    def fit(self, room: int | None = None) -> None:
        """Show every title when they fit in ``room`` (the width the view can give the strip), otherwise
        only the current one (the others stay as bars)."""
        if room is not None:
            if room != self._room:
                self._compact = None
            self._room = room
        compact = (self._room if self._room > 0 else self.width()) < self.full_width()
        if compact == self._compact:
            return
        self._compact = compact
        for position, (label, title) in enumerate(zip(self.labels, self.titles, strict=True)):
            current = position == self._current
            label.setText(title if current or not compact else "")
            # Set outright: a word-wrapped label's own minimum is a guess, often far wider than its longest word.
            label.setMinimumWidth(self._word_width(title) if current or not compact else 1)
            self._layout.setStretch(position, self.CURRENT_STRETCH if current and compact else 1)
