"""One patient's visit: which screen they are on and what they chose, in memory only.

The session is the single source of truth for the screens; widgets call its methods and
re-render when ``changed`` fires. ``reset`` forgets everything the patient chose.

Over 500 lines: pages, key-point checks, questions and the topic library's choice all move the
one screen the patient is on, and each needs the others' state (a check between two pages, a
link into another pack's pages); split them only along a seam that keeps one owner of that state.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kiosk.core.content.model import ContentPack, Page
from kiosk.core.events import Event
from kiosk.core.keypoints.model import Feedback, KeyPoint, KeyPoints, Placement
from kiosk.core.library.topics import Library, all_languages, single
from kiosk.core.questionnaire.model import Answer, Question, Questionnaire, ReportedSign, Result
from kiosk.core.settings import TEXT_SIZES, THEMES

#: The two colour schemes a patient can switch between (names of themes in settings.toml).
NORMAL_COLOURS, HIGH_CONTRAST = THEMES


class Screen(Enum):
    ATTRACT = "attract"
    PAGE = "page"
    QUESTION = "question"
    RESULT = "result"
    CHECK = "check"  # a key-point check (teach-back), after a section or before the questions


#: Where a group of key-point checks leads when it ends: the questionnaire (else a page index).
TO_QUESTIONS = -1


@dataclass(frozen=True)
class Preferences:
    """The clinic's defaults that a patient may change for their own visit."""

    language: str = "en"
    text_size: str = "normal"
    theme: str = "default"


class Session:
    """Where a patient is in the pack.

    Events:
        changed(): the screen, page or a patient choice changed.
        ended(): the session ended (start over, idle, staff); everything chosen is forgotten.

    Reading aloud belongs to one screen: moving to another screen, language or contrast turns it off.
    """

    def __init__(self, pack: ContentPack, defaults: Preferences | None = None, library: Library | None = None) -> None:
        self.changed = Event()
        self.ended = Event()
        self.pack = pack
        #: The packs shown (the topic library); with more than one, the attract screen offers a choice.
        self.library = library if library is not None else single(pack)
        self.library.add(pack)
        self.defaults = defaults or Preferences(language=pack.default_language)
        self.screen = Screen.ATTRACT
        self.page_index = 0
        self.language = self._language_or_default(self.defaults.language)
        self.text_size = self.defaults.text_size
        self.theme = self.defaults.theme
        # Reading the screen aloud: off until the patient asks, and only for the screen they asked on.
        self.read_aloud = False
        #: Speech mode, for a patient who cannot see the screen: every screen and control is spoken.
        #: Started by a key, headphones or a two-finger hold; it ends with the visit like every choice.
        self.speech = False
        # The patient's answers: in memory only, never written or logged, gone on reset.
        self.answers: dict[str, Answer] = {}
        self.asked: list[str] = []
        self._came_from_pages = False
        #: Pages that have been on screen this visit (a section is done when all its pages were seen).
        self.seen_pages: set[int] = set()
        self._forget_checks()
        #: The suggested questions the patient chose to ask (their places in the result's list).
        self.chosen_questions: frozenset[int] = frozenset()

    def _forget_checks(self) -> None:
        # Key-point checks: the answers chosen at each check, in order (in memory only, like answers).
        self.check_tries: dict[str, list[str]] = {}
        #: The checks being asked now, the one on screen, and whether its answer is being shown.
        self.check_group: tuple[KeyPoint, ...] = ()
        self.check_index = 0
        self.check_answered = False
        self._after_checks = TO_QUESTIONS
        #: Groups of checks already asked or skipped this visit (by their first check's id).
        self._checks_done: set[str] = set()

    def _language_or_default(self, lang: str) -> str:
        if lang in self.languages:
            return lang
        if self.screen is Screen.ATTRACT and self.library.has_choice:
            return self.library.topics[0].default_language
        return self.pack.default_language

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages a patient may choose now: on the topic choice, those of every topic."""
        if self.screen is Screen.ATTRACT and self.library.has_choice:
            return all_languages(self.library.topics)
        return self.pack.languages

    @property
    def chooses_topic(self) -> bool:
        """Whether the attract screen on show is the topic choice (more than one pack is shown)."""
        return self.screen is Screen.ATTRACT and self.library.has_choice

    @property
    def page(self) -> Page:
        return self.pack.pages[self.page_index]

    @property
    def section_index(self) -> int:
        if self.screen in (Screen.PAGE, Screen.CHECK):
            return self.pack.section_index(self.page.section)
        if self.screen in (Screen.QUESTION, Screen.RESULT):
            return len(self.pack.sections) - 1
        return -1

    @property
    def questionnaire(self) -> Questionnaire | None:
        return self.pack.questionnaire

    @property
    def question(self) -> Question:
        """The question on screen (only while ``screen`` is QUESTION)."""
        assert self.questionnaire is not None and self.asked
        return self.questionnaire.question(self.asked[-1])

    def _asked_answers(self) -> dict[str, Answer]:
        """Only the answers to questions on the current path count (an earlier answer may have changed)."""
        return {qid: self.answers[qid] for qid in self.asked if qid in self.answers}

    @property
    def result(self) -> Result:
        assert self.questionnaire is not None
        return self.questionnaire.walk(self._asked_answers())

    def result_after(self, value: Answer) -> Result | None:
        """The result answering the question on screen with ``value`` would end on, if that answer ends
        the questionnaire; None otherwise. Nothing changes: the take-home code uses it to be ready early."""
        if self.screen is not Screen.QUESTION or self.questionnaire is None or not self.asked:
            return None
        current = self.asked[-1]
        answers = {**self._asked_answers(), current: value}
        if self.questionnaire.stop_outcome(answers) is None and self.questionnaire.next_question(answers, current):
            return None
        return self.questionnaire.walk(answers)

    @property
    def shows_urgent_result(self) -> bool:
        """True while the result on screen is "Please tell a staff member now": only staff (with their
        PIN) or a long idle time end it; Back, Finish and Start over do not."""
        return self.screen is Screen.RESULT and self.questionnaire is not None and self.result.outcome.kind.urgent

    def reported_signs(self) -> tuple[ReportedSign, ...]:
        """The warning signs answered "Yes" or "Not sure" on the current path (for staff, after their PIN)."""
        if self.questionnaire is None:
            return ()
        return self.questionnaire.reported_signs(self._asked_answers())

    def following_questions(self) -> list[Question]:
        """The questions the screen on show can lead to next, so they can be prepared before a tap:
        the first question from a page, or what each answer to the question on screen leads to."""
        questionnaire = self.questionnaire
        if questionnaire is None:
            return []
        if self.screen is Screen.PAGE:
            first = questionnaire.next_question({}, None)
            return [first] if first is not None else []
        if self.screen is not Screen.QUESTION:
            return []
        current = self.asked[-1]
        given = self._asked_answers()
        found: dict[str, Question] = {}
        for value in questionnaire.question(current).sample_answers():
            answers = {**given, current: value}
            if questionnaire.stop_outcome(answers) is None:
                following = questionnaire.next_question(answers, current)
                if following is not None:
                    found.setdefault(following.id, following)
        return list(found.values())

    def progress(self) -> tuple[int, int]:
        """(number of the question on screen, estimated total) for the progress indicator."""
        assert self.questionnaire is not None
        total = self.questionnaire.total_estimate(self._asked_answers())
        return len(self.asked), max(total, len(self.asked))

    @property
    def can_go_next(self) -> bool:
        return self.screen is Screen.PAGE and self.page_index < len(self.pack.pages) - 1

    @property
    def is_active(self) -> bool:
        """True once a patient has started; the attract screen is not a session."""
        return self.screen is not Screen.ATTRACT

    @property
    def preferences(self) -> Preferences:
        """What the patient has chosen for this visit: language, text size and contrast."""
        return Preferences(language=self.language, text_size=self.text_size, theme=self.theme)

    @property
    def has_choices(self) -> bool:
        """True when something must be forgotten before the next patient: a visit, or a changed preference."""
        defaults = Preferences(
            self._language_or_default(self.defaults.language), self.defaults.text_size, self.defaults.theme
        )
        return self.is_active or self.speech or self.preferences != defaults

    def _moved(self) -> None:
        """The patient went to another screen: whatever was being read aloud belongs to the old one."""
        self.read_aloud = False
        if self.screen is Screen.PAGE:
            self.seen_pages.add(self.page_index)

    def sections_done(self) -> frozenset[int]:
        """The sections whose every page has been on screen in this visit."""
        done = set()
        for index, section in enumerate(self.pack.sections):
            pages = [number for number, page in enumerate(self.pack.pages) if page.section == section.id]
            if pages and all(number in self.seen_pages for number in pages):
                done.add(index)
        return frozenset(done)

    def convert_pages(self) -> None:
        """Make sure every page's HTML is there (the kiosk starts without it and converts after its first frame)."""
        if not self.pack.converted:
            self.library.add(self.pack)
            self.pack = self.library.convert(self.pack.id) or self.pack

    def choose_topic(self, pack_id: str) -> None:
        """The patient touched a topic's tile: its pack's first page, in the patient's language when
        the pack has it (else in the pack's own default language)."""
        if self.screen is not Screen.ATTRACT:
            return
        if not self._use_shown(pack_id):
            self.changed.emit()  # the pack could not be opened: its tile is gone
            return
        self.start()

    def _use_shown(self, pack_id: str) -> bool:
        """Make the shown pack ``pack_id`` the visit's pack (answers belong to one questionnaire)."""
        if pack_id == self.pack.id:
            self.language = self.language if self.language in self.pack.languages else self.pack.default_language
            return True
        pack = self.library.pack(pack_id)
        if pack is None:
            return False
        self.pack = pack
        self.language = self.language if self.language in pack.languages else pack.default_language
        self.answers, self.asked, self.seen_pages = {}, [], set()
        self._came_from_pages = False
        self._forget_checks()
        self.chosen_questions = frozenset()
        return True

    def follow_link(self, target: str) -> bool:
        """Go where a page's link points: ``<page>`` in this pack, or ``<pack>/<page>`` in another
        shown pack (whose pages then follow; answers given so far belonged to this pack)."""
        pack_id, _, page_id = target.rpartition("/")
        if pack_id and pack_id != self.pack.id:
            pack = self.library.pack(pack_id)
            if pack is None or pack.page_index(page_id) is None or not self._use_shown(pack_id):
                return False
            self.convert_pages()
        return self.go_to_page(page_id)

    def start(self) -> None:
        self.convert_pages()  # a touch before the kiosk converted the pages after its first frame
        self.screen = Screen.PAGE
        self.page_index = 0
        self._moved()
        self.changed.emit()

    def next(self) -> None:
        if self.can_go_next:
            if self._begin_checks(self.page_index + 1):
                return
            self.page_index += 1
            self._moved()
            self.changed.emit()

    # -- key-point checks ------------------------------------------------------------------------

    @property
    def keypoints(self) -> KeyPoints | None:
        return self.pack.keypoints

    def _checks_due(self, then: int) -> tuple[KeyPoint, ...]:
        """The checks to ask on leaving the page on screen for ``then`` (a page, or the questions)."""
        keypoints = self.keypoints
        if keypoints is None or self.screen is not Screen.PAGE:
            return ()
        if keypoints.placement is Placement.BEFORE_QUESTIONNAIRE:
            group = keypoints.checks if then == TO_QUESTIONS else ()
        else:
            section = self.page.section
            leaving = then == TO_QUESTIONS or self.pack.pages[then].section != section
            group = keypoints.for_section(section) if leaving else ()
        return () if not group or group[0].id in self._checks_done else group

    def checks_on_next(self) -> tuple[KeyPoint, ...]:
        """The key-point checks that Next would ask now, before the next page (none: it turns the page)."""
        return self._checks_due(self.page_index + 1) if self.can_go_next and self.screen is Screen.PAGE else ()

    def _begin_checks(self, then: int) -> bool:
        group = self._checks_due(then)
        if not group:
            return False
        self.check_group = group
        self.check_index = 0
        self.check_answered = False
        self._after_checks = then
        for check in group:  # asked again from the start (after Back): earlier tries do not count
            self.check_tries.pop(check.id, None)
        self.screen = Screen.CHECK
        self._moved()
        self.changed.emit()
        return True

    @property
    def check(self) -> KeyPoint:
        """The check on screen (only while ``screen`` is CHECK)."""
        return self.check_group[self.check_index]

    @property
    def check_feedback(self) -> Feedback | None:
        """What the screen says about the answer just given; None while the check is being asked."""
        if self.screen is not Screen.CHECK or not self.check_answered:
            return None
        return self.check.feedback(self.check_tries.get(self.check.id, ()))

    def check_progress(self) -> tuple[int, int]:
        return self.check_index + 1, len(self.check_group)

    def answer_check(self, option_id: str) -> None:
        """The patient chose an answer (any id that is not the right one, "Not sure" too, is a miss)."""
        if self.screen is not Screen.CHECK or self.check_answered:
            return
        self.check_tries.setdefault(self.check.id, []).append(option_id)
        self.check_answered = True
        self._moved()
        self.changed.emit()

    def continue_checks(self) -> None:
        """After the answer was shown: the same check once more after a first miss, else the next one."""
        if self.screen is not Screen.CHECK or not self.check_answered:
            return
        again = self.check_feedback is Feedback.AGAIN
        self.check_answered = False
        if again:
            self._moved()
            self.changed.emit()
            return
        if self.check_index + 1 < len(self.check_group):
            self.check_index += 1
            self._moved()
            self.changed.emit()
            return
        self._end_checks()

    def skip_checks(self) -> None:
        """One tap: the rest of these checks are not asked (a check skipped is never a point missed)."""
        if self.screen is Screen.CHECK:
            self._end_checks()

    def _end_checks(self) -> None:
        self._checks_done.add(self.check_group[0].id)
        then = self._after_checks
        self.check_group = ()
        self.check_index = 0
        self.check_answered = False
        if then == TO_QUESTIONS:
            self.screen = Screen.PAGE  # (where the questions are started from)
            self.start_questionnaire()
            return
        self.screen = Screen.PAGE
        self.page_index = then
        self._moved()
        self.changed.emit()

    def missed_points(self) -> list[KeyPoint]:
        """The points still missed after the second try: "Points to go over with your doctor"."""
        keypoints = self.keypoints
        return keypoints.missed(self.check_tries) if keypoints is not None else []

    def toggle_question(self, index: int) -> None:
        """Choose (or un-choose) the result's suggested question ``index`` for the take-home summary."""
        chosen = set(self.chosen_questions)
        chosen ^= {index}
        self.chosen_questions = frozenset(chosen)
        self.changed.emit()

    def start_questionnaire(self) -> None:
        """Begin the questions (from the last page, or straight from the attract screen)."""
        self.convert_pages()  # Back from the first question shows the last page
        questionnaire = self.questionnaire
        if questionnaire is None:
            return
        first = questionnaire.next_question({}, None)
        if first is None:
            return
        if self._begin_checks(TO_QUESTIONS):
            return
        self._came_from_pages = self.screen is Screen.PAGE
        self.answers = {}
        self.asked = [first.id]
        self.chosen_questions = frozenset()
        self.screen = Screen.QUESTION
        self._moved()
        self.changed.emit()

    def answer(self, value: Answer) -> None:
        """Record the answer to the question on screen and move to the next question or the result."""
        if self.screen is not Screen.QUESTION or self.questionnaire is None:
            return
        current = self.asked[-1]
        self.answers[current] = value
        self.chosen_questions = frozenset()  # the result's questions may be others now
        answers = self._asked_answers()
        following = None
        if self.questionnaire.stop_outcome(answers) is None:
            following = self.questionnaire.next_question(answers, current)
        if following is None:
            self.screen = Screen.RESULT
        else:
            self.asked.append(following.id)
        self._moved()
        self.changed.emit()

    def back(self) -> None:
        if self.shows_urgent_result:
            return  # a reported warning sign is not undone: staff see it first (docs/questionnaire.md)
        if self.screen is Screen.RESULT:
            self.screen = Screen.QUESTION
            self._moved()
            self.changed.emit()
            return
        if self.screen is Screen.CHECK:
            # Back to the page the checks followed; they are asked from the start on the way on.
            self.check_group = ()
            self.check_answered = False
            self.screen = Screen.PAGE
            self._moved()
            self.changed.emit()
            return
        if self.screen is Screen.QUESTION:
            if len(self.asked) > 1:
                self.asked.pop()
            elif self._came_from_pages:
                self.screen = Screen.PAGE
                self.page_index = len(self.pack.pages) - 1
            else:
                self.reset()
                return
            self._moved()
            self.changed.emit()
            return
        if self.screen is not Screen.PAGE:
            return
        if self.page_index == 0:
            self.reset()
            return
        self.page_index -= 1
        self._moved()
        self.changed.emit()

    def go_to_page(self, page_id: str) -> bool:
        index = self.pack.page_index(page_id)
        if index is None:
            return False
        self.screen = Screen.PAGE
        self.page_index = index
        self._moved()
        self.changed.emit()
        return True

    def set_language(self, lang: str) -> None:
        """Another language, on the same screen; reading aloud stops (it was in the old language)."""
        if lang in self.languages and lang != self.language:
            self.language = lang
            self._moved()
            self.changed.emit()

    def set_text_size(self, size: str) -> None:
        """One of ``TEXT_SIZES``; anything else is ignored."""
        if size in TEXT_SIZES and size != self.text_size:
            self.text_size = size
            self.changed.emit()

    def next_text_size(self) -> None:
        """The "Aa" control: normal → large → largest → normal."""
        index = TEXT_SIZES.index(self.text_size) if self.text_size in TEXT_SIZES else -1
        self.set_text_size(TEXT_SIZES[(index + 1) % len(TEXT_SIZES)])

    @property
    def text_size_level(self) -> tuple[int, int]:
        """(the patient's text size, 0 for normal; how many sizes there are), for the "Aa" dots."""
        level = TEXT_SIZES.index(self.text_size) if self.text_size in TEXT_SIZES else 0
        return level, len(TEXT_SIZES)

    @property
    def high_contrast(self) -> bool:
        return self.theme == HIGH_CONTRAST

    def toggle_contrast(self) -> None:
        """The contrast control: the normal colours, or high contrast."""
        self.set_theme(NORMAL_COLOURS if self.high_contrast else HIGH_CONTRAST)

    def set_theme(self, theme: str) -> None:
        """One of ``THEMES`` (the normal colours, or high contrast); anything else is ignored.

        The screen is drawn anew in the new colours, so reading aloud stops.
        """
        if theme in THEMES and theme != self.theme:
            self.theme = theme
            self._moved()
            self.changed.emit()

    def set_read_aloud(self, on: bool) -> None:
        """Start or stop reading the current screen aloud (only during a visit)."""
        on = on and self.is_active
        if on != self.read_aloud:
            self.read_aloud = on
            self.changed.emit()

    def set_speech(self, on: bool) -> None:
        """Turn speech mode on or off (on the attract screen too: a key there starts it)."""
        if on != self.speech:
            self.speech = on
            self.changed.emit()

    def use_pack(self, pack: ContentPack, library: Library | None = None) -> None:
        """Show ``pack`` (the first of ``library``, when several are shown) from now on: staff
        switched, installed or rolled back a pack. The visit under way ends and the next patient
        starts on the attract screen."""
        self.pack = pack
        self.library = library if library is not None else single(pack)
        self.library.add(pack)
        self.reset()

    def reset(self) -> None:
        """End the visit: back to the attract screen (the topic choice) with the clinic's defaults."""
        self.screen = Screen.ATTRACT
        self.page_index = 0
        self.language = self._language_or_default(self.defaults.language)
        self.text_size = self.defaults.text_size
        self.theme = self.defaults.theme
        self.read_aloud = False
        self.speech = False
        self.answers = {}
        self.asked = []
        self._came_from_pages = False
        self.seen_pages = set()
        self._forget_checks()
        self.chosen_questions = frozenset()
        self.ended.emit()
        self.changed.emit()
