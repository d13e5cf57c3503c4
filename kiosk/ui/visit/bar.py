"""The bottom bar of a visit: Back, the patient's own settings, the page counter and the big Next.

The settings are text size ("Aa"), contrast, read aloud and language. Every control keeps its place
from one screen to the next: the bar is laid out as three fixed zones (Back on the leading side,
the settings in the middle, Next on the trailing side), Next is as wide and as tall on every
screen (its longer labels wrap inside it), and a control that is not needed on a screen keeps its
room (it is hidden without giving its space away), so nothing slides when Next changes its words
or "Read aloud" comes and goes.

The language button always says a language in words, never just an icon: with two languages it
names the other one, in that language ("Español"); with three or more it says "Language" and
opens a chooser that lists each by its own name (``languages.py``).

When a row is too narrow (a small screen, large text, long Spanish words) the bar gives way in
steps: "Read aloud" shows only its icon, Next breaks its words over two lines, and finally the
settings move to a row of their own. Nothing is ever cut off or scrolled sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.languages import own_name
from kiosk.core.session import Session
from kiosk.ui import icons
from kiosk.ui.theme import Palette
from kiosk.ui.visit.languages import LanguageChooser
from kiosk.ui.widgets.controls import ContrastButton, TextSizeButton, TouchButton

#: Back's and Next's arrows in a left-to-right language (mirrored in a right-to-left one).
BACK_NEXT_ICONS = ("fa6s.arrow-left", "fa6s.arrow-right")
#: Gaps between the buttons of the bottom bar, in logical pixels.
BAR_SPACING = 24


def keep_room(widget: QWidget) -> None:
    """A hidden ``widget`` keeps its place in the layout, so its neighbours never move."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


class BottomBar(QWidget):
    """Back, Aa, contrast, read aloud, language, the counter and Next; the buttons call the session.

    Next's words and what it does depend on the screen above it, so the view sets them
    (``show_next``) and connects ``next_button.clicked`` itself.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._mode: tuple[bool, bool] | None = None
        self.back_button = TouchButton()
        self.back_button.clicked.connect(self.session.back)
        self.text_size_button = TextSizeButton()
        self.text_size_button.clicked.connect(self.session.next_text_size)
        self.contrast_button = ContrastButton()
        self.contrast_button.clicked.connect(self._toggle_contrast)
        self.read_button = TouchButton()
        self.read_button.setCheckable(True)
        self.read_button.clicked.connect(self._toggle_reading)
        self.read_button.hide()
        self.language_button = TouchButton()
        self.language_button.clicked.connect(self._next_language)
        self._chooser: LanguageChooser | None = None  # three or more languages: made when first asked for
        self.next_button = TouchButton(wrap=True)
        self.next_button.setProperty("role", "primary")
        self._colors: Palette | None = None
        self._icons_drawn: tuple[object, ...] = ()
        self._fitted: tuple[object, ...] = ()
        self._place_next_icon()
        self.counter = QLabel()
        self.counter.setProperty("role", "counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        #: The patient's own settings; they give way first when the bar is crowded.
        self.settings_buttons: tuple[TouchButton, ...] = (
            self.text_size_button,
            self.contrast_button,
            self.read_button,
            self.language_button,
        )
        for widget in (self.back_button, self.next_button, self.read_button, self.language_button, self.counter):
            keep_room(widget)
        self._labelled_language = ""

        self._settings_row = QHBoxLayout()
        self._settings_row.setSpacing(BAR_SPACING)
        self._nav = QHBoxLayout()
        self._nav.setSpacing(BAR_SPACING)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(self._settings_row)
        layout.addLayout(self._nav)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._arrange(two_rows=False)

    # -- what it shows ---------------------------------------------------------------------------

    def set_icons(self, colors: Palette) -> None:
        self._colors = colors
        size = icons_size()
        drawn = (colors, self.session.read_aloud, self.isRightToLeft(), size)
        if drawn == self._icons_drawn:
            return  # as they are: a new icon repaints its button, on every screen change
        self._icons_drawn = drawn
        # Back points to where the patient came from: the left, or the right in a right-to-left language.
        backwards, forwards = ("fa6s.arrow-right", "fa6s.arrow-left") if self.isRightToLeft() else BACK_NEXT_ICONS
        self.language_button.setIcon(icons.icon("fa6s.language", colors.on_secondary))
        self.back_button.setIcon(icons.icon(backwards, colors.on_secondary))
        self.next_button.setIcon(icons.icon(forwards, colors.on_primary))
        reading = colors.on_primary if self.session.read_aloud else colors.on_secondary
        self.read_button.setIcon(icons.icon("fa6s.volume-high", reading))
        for button in (self.back_button, self.next_button, self.language_button, self.read_button):
            button.setIconSize(size)
        for tool in (self.text_size_button, self.contrast_button):
            tool.set_mark_colors(colors.on_secondary, colors.on_primary)

    def _place_next_icon(self) -> None:
        """Next's arrow after its words: on the right, or on the left in a right-to-left language
        (the button's own direction is the other one, which puts the icon after the text)."""
        rtl = self.isRightToLeft()
        self.next_button.setLayoutDirection(Qt.LayoutDirection.LeftToRight if rtl else Qt.LayoutDirection.RightToLeft)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt override)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fitted = ()  # the style sheet's padding may have changed with it: fit again
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._place_next_icon()
            if self._colors is not None:
                self.set_icons(self._colors)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.back_button.set_label(self.tr("Back"), self.tr("Go to the previous screen"))
        self.language_button.setAccessibleDescription(self.tr("Change the language"))
        self.contrast_button.retranslate()
        self.text_size_button.retranslate()

    def show_settings(self, can_read: bool) -> None:
        """Aa, contrast and read aloud show the session's current choices; the language button names
        the other language in words, written in that language ("Español"), or with three or more
        languages says "Language" and opens the chooser."""
        session = self.session
        self.text_size_button.set_level(*session.text_size_level)
        self.contrast_button.setChecked(session.high_contrast)
        reading = session.read_aloud
        self.read_button.setChecked(reading)
        if reading:
            self.read_button.set_label(self.tr("Stop reading"), self.tr("Stop reading this screen aloud"))
        else:
            self.read_button.set_label(self.tr("Read aloud"), self.tr("Listen to this screen"))
        self.read_button.setVisible(can_read)
        if session.language != self._labelled_language:
            self._labelled_language = session.language
            other = self.other_language()
            self.language_button.setVisible(other is not None)
            if len(session.pack.languages) > 2:
                self.language_button.set_label(self.tr("Language"))
            elif other is not None:
                self.language_button.set_label(own_name(other))

    def next_labels(self) -> dict[str, tuple[str, str]]:
        """Every label Next can have (words, description), by what it does; it is as wide as the widest."""
        return {
            "next": (self.tr("Next"), self.tr("Go to the next screen")),
            "questions": (
                self.tr("Check if this could fit my pain"),
                self.tr("Answer a few questions to know what to ask your doctor"),
            ),
            "none": (self.tr("None of these"), self.tr("Go to the next question")),
            "chosen": (self.tr("Next"), self.tr("Go to the next question")),
            "finish": (self.tr("Finish"), self.tr("End and go back to the first screen")),
            "skip-checks": (self.tr("Skip these questions"), self.tr("Go on without answering these questions")),
            "ask-again": (self.tr("Ask me again"), self.tr("See the question once more")),
            "continue": (self.tr("Continue"), self.tr("Go on")),
        }

    def show_next(self, what: str, visible: bool = True) -> None:
        """Next says and does ``what`` (a key of ``next_labels``); hidden, it keeps its room."""
        text, description = self.next_labels()[what]
        self.next_button.set_label(text, description)
        self.next_button.setVisible(visible)

    def other_language(self) -> str | None:
        languages = self.session.pack.languages
        if len(languages) < 2:
            return None
        return languages[(languages.index(self.session.language) + 1) % len(languages)]

    # -- the buttons -------------------------------------------------------------------------------

    @Slot()
    def _toggle_contrast(self) -> None:
        self.session.toggle_contrast()
        self.contrast_button.setChecked(self.session.high_contrast)

    @Slot()
    def _toggle_reading(self) -> None:
        self.session.set_read_aloud(not self.session.read_aloud)
        self.read_button.setChecked(self.session.read_aloud)

    @Slot()
    def _next_language(self) -> None:
        languages = self.session.pack.languages
        if len(languages) > 2:
            self.language_chooser().open(languages, self.session.language)
            return
        other = self.other_language()
        if other is not None:
            self.session.set_language(other)

    def language_chooser(self) -> LanguageChooser:
        """The list of every language, over the whole window (three or more languages)."""
        if self._chooser is None:
            self._chooser = LanguageChooser(self.window())
            self._chooser.chosen.connect(self.session.set_language)
        return self._chooser

    # -- giving way when crowded -------------------------------------------------------------------

    def _arrange(self, two_rows: bool) -> None:
        """Back, the settings, the counter and Next in one row; or the settings above the others."""
        for row in (self._nav, self._settings_row):
            while row.count():
                row.takeAt(0)
        self._nav.addWidget(self.back_button)
        self._nav.addStretch(1)
        settings = self._settings_row if two_rows else self._nav
        if two_rows:
            self._settings_row.addStretch(1)
        for button in self.settings_buttons:
            settings.addWidget(button)
        if two_rows:
            self._settings_row.addStretch(1)
        else:
            self._nav.addStretch(1)
        self._nav.addWidget(self.counter)
        self._nav.addWidget(self.next_button)

    def _next_width(self, wraps: bool) -> int:
        """The room of Next's widest label (one line, or with ``wraps`` its longest word)."""
        return max(self.next_button.width_for(text, wrapped=wraps) for text, _ in self.next_labels().values())

    def _row_width(self, widgets: list[QWidget]) -> int:
        shown = [widget for widget in widgets if widget.isVisibleTo(self) or widget.sizePolicy().retainSizeWhenHidden()]
        return sum(widget.sizeHint().width() for widget in shown) + BAR_SPACING * max(0, len(shown) - 1)

    def fit(self, available: int) -> None:
        """Choose the first arrangement in which every word fits in ``available`` pixels.

        Next is always as wide (and as tall) as its widest label needs, and the counter as wide as
        its longest text, so no control moves when Next's words or the counter change.
        """
        if available <= 0:
            return
        key = self._fit_key(available)
        if key == self._fitted:
            return  # as it is: fitting measures every label of Next, on every screen change
        self._fitted = key
        # A fixed size: its words change on every page turn, and a label of fixed size does not make
        # the bar lay itself out again (nor move anything) when they do.
        self.counter.setFixedSize(self._counter_width(), self.counter.fontMetrics().height())
        compactable = (self.read_button,)  # the language button always shows its words
        chosen = (True, True, True)
        for compact, two_rows, wraps in (
            (False, False, False),
            (True, False, False),
            (True, False, True),
            (False, True, False),
            (True, True, False),
            (True, True, True),
        ):
            for button in compactable:
                button.set_compact(compact)
            ends = self._ends_width(self._next_width(wraps))
            settings = self._row_width(list(self.settings_buttons))
            if two_rows:
                fits = ends <= available and settings <= available
            else:
                fits = ends + settings + 2 * BAR_SPACING <= available
            if fits:
                chosen = (compact, two_rows, wraps)
                break
        compact, two_rows, wraps = chosen
        for button in compactable:
            button.set_compact(compact)
        width = min(self._next_width(wraps), available // 2)
        if wraps:
            # Its words wrap anyway: as wide as the row leaves it, so they take as few lines as they can.
            room = available - self._ends_width(0) - (0 if two_rows else self._row_width(list(self.settings_buttons)))
            room -= 0 if two_rows else 2 * BAR_SPACING
            width = max(width, min(self._next_width(False), room))
        # Next is exactly this wide and as tall as its tallest label on every screen, so neither
        # it nor the settings beside it move when its words change.
        self.next_button.set_floor_width(width)
        self.next_button.setMaximumWidth(width)
        tallest = max(self.next_button.height_for_words(text, width) for text, _ in self.next_labels().values())
        self.next_button.set_floor_height(tallest)
        if self._mode is None or two_rows != self._mode[1]:
            self._arrange(two_rows=two_rows)
        self._mode = (compact, two_rows)

    def _fit_key(self, available: int) -> tuple[object, ...]:
        """What the arrangement depends on: the room, the words, their font and which buttons show."""
        buttons = (self.back_button, self.next_button, *self.settings_buttons)
        return (
            available,
            tuple(text for text, _ in self.next_labels().values()),
            self.next_button.font().key(),
            self.counter.font().key(),
            self.page_count(len(self.session.pack.pages), len(self.session.pack.pages)),
            tuple((button.label(), button.isVisibleTo(self), button.iconSize()) for button in buttons),
        )

    def _ends_width(self, next_width: int) -> int:
        """Back, the counter and a Next ``next_width`` wide, with the gaps between them."""
        return self.back_button.sizeHint().width() + next_width + self._counter_width() + 2 * BAR_SPACING

    def page_count(self, current: int, total: int) -> str:
        """What the counter says on page ``current`` of ``total`` ("3 of 18")."""
        return self.tr("{current} of {total}").format(current=current, total=total)

    def _counter_width(self) -> int:
        total = len(self.session.pack.pages)
        sample = self.page_count(total, total)
        return self.counter.fontMetrics().horizontalAdvance(sample) + 8

    def is_two_rows(self) -> bool:
        return bool(self._mode and self._mode[1])


def icons_size() -> QSize:
    return QSize(32, 32)
