"""What speech mode says: a screen's words when it appears, and each control as a patient reaches it.

A screen is spoken as a list of passages (the ones "Read aloud" reads, so their words are marked
as they are heard), in this order: where the patient is ("Page 3 of 13", "Question 4 of about
12"), the screen's text, then its choices. A control is spoken with what it is and its state
("No, answer 2 of 3", "High contrast, switch, off"). The words are the app's own, in the
language of the moment (``tr``).

A chosen answer is confirmed with "chosen" only, never by repeating its words: a patient who
says yes to a warning sign on a loudspeaker should not hear it said back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QLabel, QTextBrowser, QWidget

from kiosk.core.session import Screen
from kiosk.ui.theme import Palette
from kiosk.ui.visit.pictures import Illustration
from kiosk.ui.visit.question import AnswerButton
from kiosk.ui.visit.speech import Passage, button_passage, label_passage

if TYPE_CHECKING:
    from kiosk.core.clock import Clock
    from kiosk.core.session import Session
    from kiosk.ui.visit.attract import AttractScreen
    from kiosk.ui.visit.idle import StillThereOverlay
    from kiosk.ui.visit.speech import ReadAloud
    from kiosk.ui.visit.view import SessionView
    from kiosk.ui.widgets.settle import SettleGuard


def _nothing_to_mark(_start: int, _length: int) -> None:
    """A spoken line that is not on the screen as such (a place, a hint on the keys)."""


def said(text: str) -> Passage:
    """Words that are spoken but not marked on the screen."""
    return Passage(text, _nothing_to_mark, lambda: None)


@dataclass
class Spoken:
    """A screen as speech mode speaks it.

    ``intro`` is spoken when the screen appears; ``controls`` are the stops the arrow keys move
    between, in reading order; ``start`` is the control the patient is on once the intro is done.
    ``act`` overrides what Enter does on a control that is not a button (the attract screen).
    """

    intro: list[Passage]
    controls: list[QWidget]
    start: int = 0
    urgent: bool = False
    acts: dict[int, Callable[[], None]] = field(default_factory=dict)


class SpeechWords(QObject):
    """The sentences speech mode adds to what is on the screen (a ``QObject`` for ``tr``)."""

    def welcome(self) -> str:
        return self.tr(
            "Speech is on. Use the arrow keys to move from one choice to the next, and Enter to choose. "
            "On the screen, touch a choice to hear it, then tap it again to choose it. "
            "Press the help key, F1 or the star key, to hear this screen and these keys again."
        )

    def keys(self) -> str:
        return self.tr(
            "Keys: the arrows move between the choices. Enter or Space chooses. "
            "R or zero repeats. Escape or the full stop key stops the speech. "
            "Plus and minus make the voice louder or quieter. F1 or the star key is help."
        )

    def loudspeaker(self) -> str:
        return self.tr(
            "The voice is coming from the loudspeaker, so people nearby may hear it. "
            "Plug in headphones if you would like to listen privately."
        )

    def no_voice(self, missing: str, used: str) -> str:
        return self.tr("There is no voice for {missing} on this kiosk, so the kiosk speaks {used}.").format(
            missing=missing, used=used
        )

    def ended(self) -> str:
        return self.tr("Speech is off. The screen has started over.")

    def page(self, number: int, total: int) -> str:
        return self.tr("Page {number} of {total}.").format(number=number, total=total)

    def part(self, number: int, total: int, title: str) -> str:
        return self.tr("Part {number} of {total}: {title}.").format(number=number, total=total, title=title)

    def parts(self, titles: Sequence[str]) -> str:
        return self.tr("The parts of this visit: {titles}.").format(titles="; ".join(titles))

    def choices(self) -> str:
        return self.tr("The choices:")

    def answer(self, name: str, number: int, total: int) -> str:
        return self.tr("{name}, answer {number} of {total}").format(name=name, number=number, total=total)

    def button(self, name: str) -> str:
        return self.tr("{name}, button").format(name=name)

    def switch(self, name: str, on: bool) -> str:
        return (self.tr("{name}, switch, on") if on else self.tr("{name}, switch, off")).format(name=name)

    def chosen(self) -> str:
        return self.tr("chosen")

    def not_chosen(self) -> str:
        return self.tr("not chosen")

    def chosen_before(self) -> str:
        return self.tr("your answer before")

    def text(self, title: str) -> str:
        return self.tr("The page's text: {title}. Press Enter to hear it again.").format(title=title)

    def picture(self, alt: str) -> str:
        return self.tr("Picture: {alt}").format(alt=alt)

    def start(self) -> str:
        return self.tr("Start, button. Press Enter to begin.")

    def still_there(self) -> str:
        return self.tr("Press any key or touch the screen to keep going.")

    def volume(self, level: int) -> str:
        return self.tr("Volume {level} of 10").format(level=level)


def control_words(words: SpeechWords, widget: QWidget, answers: Sequence[QWidget] = ()) -> str:
    """How ``widget`` is spoken when the patient reaches it: what it is, and its state."""
    if isinstance(widget, AnswerButton):
        number = answers.index(widget) + 1 if widget in answers else 0
        text = words.answer(widget.label(), number, len(answers)) if number else widget.label()
        if widget.isCheckable():
            return f"{text}, {words.chosen() if widget.isChecked() else words.not_chosen()}"
        if widget.property("selected"):
            return f"{text}, {words.chosen_before()}"
        return text
    if isinstance(widget, QTextBrowser):
        return words.text(widget.accessibleName())
    if isinstance(widget, Illustration):
        return words.picture(widget.alt)
    if isinstance(widget, QAbstractButton):
        name = widget.accessibleName() or widget.text().strip()
        text = words.switch(name, widget.isChecked()) if widget.isCheckable() else words.button(name)
        description = widget.accessibleDescription()
        return f"{text}. {description}" if description and description != name else text
    return widget.accessibleName() or (widget.text() if isinstance(widget, QLabel) else "")


def control_passage(words: SpeechWords, widget: QWidget, answers: Sequence[QWidget] = ()) -> Passage:
    """A control spoken, the button itself marked as being read."""
    text = control_words(words, widget, answers)
    if isinstance(widget, QAbstractButton):
        return button_passage(widget, text)
    return said(text)


def label_passages(labels: Sequence[QLabel], colors: Palette) -> list[Passage]:
    """The labels that are on show and say something, as passages."""
    return [label_passage(label, colors) for label in labels if label.isVisible() and label.text().strip()]


def visible_labels(root: QWidget) -> list[QLabel]:
    """Every label with words on show inside ``root``, top to bottom then in reading order."""
    labels = [label for label in root.findChildren(QLabel) if label.isVisible() and label.text().strip()]
    return sorted(labels, key=lambda label: (label.mapTo(root, label.rect().topLeft()).y(), label.x()))


class Endings(Protocol):
    """How a result ends (kiosk/ui/endings.py): "Thank you", and the staff check with its PIN."""

    def check_shown(self) -> bool: ...
    def thanks_shown(self) -> bool: ...
    @property
    def thanks(self) -> QWidget: ...


class Host(Protocol):
    """What speech mode needs of the kiosk's window."""

    session: Session
    clock: Clock
    attract: AttractScreen
    overlay: StillThereOverlay
    settle: SettleGuard

    @property
    def endings(self) -> Endings: ...
    @property
    def reader(self) -> ReadAloud: ...
    @property
    def session_view(self) -> SessionView: ...
    def visit_shown(self) -> bool: ...
    def current_screen(self) -> QWidget | None: ...
    def staff_is_shown(self) -> bool: ...


class Describer:
    """Makes the ``Spoken`` of the screen a window shows. It remembers the part of the visit last
    spoken, to say "Part 2 of 7" only on the way into a part."""

    def __init__(self, window: Host, widget: QWidget, words: SpeechWords) -> None:
        self.window = window
        self.widget = widget
        self.words = words
        self.last_part = -1

    def describe(self, colors: Palette) -> Spoken | None:
        """The screen on show, as speech mode speaks it; None where nothing may be spoken."""
        window = self.window
        session = window.session
        if window.staff_is_shown() or window.endings.check_shown():
            return None
        if window.overlay.isVisible():
            overlay = window.overlay
            intro = label_passages([overlay.title, overlay.message, overlay.count], colors)
            return Spoken([*intro, said(self.words.still_there())], [overlay.keep_button])
        screen = window.current_screen()
        if screen is window.attract:
            return self._describe_attract(colors)
        if screen is None or not window.visit_shown() or not session.is_active:
            root = screen if screen is not None else self.widget
            return Spoken(label_passages(visible_labels(root), colors), [])
        return self._describe_visit(colors)

    def _describe_attract(self, colors: Palette) -> Spoken:
        attract = self.window.attract
        shown = [w for w in attract.focus_order() if w.isVisibleTo(attract)]
        if attract.choosing_topic() and attract.topics is not None:
            intro = label_passages([attract.clinic, attract.topics.heading], colors)
            tiles = [tile for tile in attract.topics.tiles if tile in shown]
            start = shown.index(tiles[0]) if tiles else 0
            return Spoken(intro, shown, start=start)
        intro = label_passages([attract.clinic, attract.title, attract.subtitle, attract.touch], colors)
        return Spoken(intro, [attract, *shown], start=0, acts={0: attract.start_requested.emit})

    def _describe_visit(self, colors: Palette) -> Spoken:
        window, session = self.window, self.window.session
        view = window.session_view
        controls = [w for w in view.focus_order() if w.isVisibleTo(view)]
        content = view.current_content()
        intro: list[Passage] = []
        start = 0
        if session.screen is Screen.PAGE:
            section = session.section_index
            if section != self.last_part and len(session.pack.sections) > 1:
                intro.append(said(self.words.part(section + 1, len(session.pack.sections), view.strip.current_title())))
            self.last_part = section
            intro.append(said(self.words.page(session.page_index + 1, len(session.pack.pages))))
            if content is not None:
                intro += content.passages(colors)
                intro += [
                    said(control_words(self.words, w)) for w in content.focus_order() if isinstance(w, Illustration)
                ]
            for preferred in (view.next_button, view.back_button):
                if preferred in controls:
                    start = controls.index(preferred)
                    break
        elif content is not None:
            intro += self._flow_intro(content, colors)
            answers = [w for w in controls if isinstance(w, AnswerButton)]
            if answers:
                start = controls.index(answers[0])
        return Spoken(intro, controls, start=start, urgent=session.shows_urgent_result)

    def _flow_intro(self, content: QWidget, colors: Palette) -> list[Passage]:
        """A question or key-point check (its place, words and choices), or a result (all of it)."""
        from kiosk.ui.visit.question import QuestionScreen  # noqa: PLC0415

        passages: list[Passage] = []
        if isinstance(content, QuestionScreen):
            passages += label_passages([content.progress_label], colors)
        own: list[Passage] = content.passages(colors)  # type: ignore[attr-defined]
        answers = sum(isinstance(w, AnswerButton) for w in content.focus_order())  # type: ignore[attr-defined]
        if answers and answers <= len(own):  # a question's (or check's) answers come last: say they follow
            own.insert(len(own) - answers, said(self.words.choices()))
        return passages + own
