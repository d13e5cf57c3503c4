"""The session state machine, without any window."""

from pathlib import Path

from kiosk.core.content.reader import load_pack
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.questionnaire.model import NOT_SURE
from kiosk.core.session import Preferences, Screen, Session


def make_session(pack_dir: Path, **defaults: str) -> Session:
    pack = load_pack(pack_dir).pack
    assert pack is not None
    return Session(pack, Preferences(**defaults))


def test_a_visit_walks_the_pages_and_ends_on_reset(pack_dir: Path) -> None:
    session = make_session(pack_dir)
    changes: list[int] = []
    session.changed.connect(lambda: changes.append(session.page_index))
    assert session.screen is Screen.ATTRACT and not session.is_active
    session.start()
    assert (session.screen, session.page.id, session.section_index) == (Screen.PAGE, "welcome", 0)
    session.next()
    session.next()
    assert session.page.id == "block" and session.section_index == 1
    session.next()
    assert not session.can_go_next
    session.next()  # nothing past the end
    assert session.page.id == "after"
    session.back()
    assert session.page.id == "block"
    assert changes == [0, 1, 2, 3, 2]


def test_back_on_the_first_page_returns_to_the_attract_screen(pack_dir: Path) -> None:
    session = make_session(pack_dir)
    session.start()
    session.back()
    assert session.screen is Screen.ATTRACT


def test_reset_forgets_the_patients_choices(pack_dir: Path) -> None:
    session = make_session(pack_dir, language="en")
    ended: list[bool] = []
    session.ended.connect(lambda: ended.append(True))
    session.start()
    session.set_language("es")
    session.text_size = "largest"
    session.go_to_page("after")
    session.reset()
    assert (session.screen, session.page_index, session.language, session.text_size) == (
        Screen.ATTRACT,
        0,
        "en",
        "normal",
    )
    assert ended == [True]


def test_unknown_language_and_page_are_ignored(pack_dir: Path) -> None:
    session = make_session(pack_dir, language="fr")
    assert session.language == "en"
    session.start()
    session.set_language("fr")
    assert session.language == "en"
    assert not session.go_to_page("nowhere")
    assert session.page.id == "welcome"


def test_text_size_and_contrast_are_the_patients_until_reset(pack_dir: Path) -> None:
    session = make_session(pack_dir, language="en", text_size="large", theme="default")
    changes: list[tuple[str, str]] = []
    session.changed.connect(lambda: changes.append((session.text_size, session.theme)))
    assert not session.has_choices
    session.next_text_size()
    session.next_text_size()
    session.set_theme("high-contrast")
    assert changes == [("largest", "default"), ("normal", "default"), ("normal", "high-contrast")]
    assert session.has_choices, "a changed preference must be forgotten even before a visit starts"
    session.set_text_size("huge")
    session.set_theme("purple")
    assert (session.text_size, session.theme) == ("normal", "high-contrast")
    session.reset()
    assert session.preferences == Preferences(language="en", text_size="large", theme="default")
    assert not session.has_choices


def test_reading_aloud_stops_on_every_move_language_and_contrast_change(pack_dir: Path) -> None:
    session = make_session(pack_dir)
    session.set_read_aloud(True)
    assert not session.read_aloud, "nothing to read before the visit starts"
    session.start()
    moves = [
        session.next,
        session.back,
        lambda: session.go_to_page("after"),
        lambda: session.set_language("es"),
        lambda: session.set_theme("high-contrast" if session.theme == "default" else "default"),
        session.reset,
    ]
    for move in moves:
        session.set_read_aloud(True)
        assert session.read_aloud
        move()
        assert not session.read_aloud, move
        session.start()


def test_reading_aloud_goes_on_when_the_text_grows(pack_dir: Path) -> None:
    session = make_session(pack_dir)
    session.start()
    session.set_read_aloud(True)
    session.next_text_size()
    assert session.read_aloud
    session.set_read_aloud(False)
    assert not session.read_aloud


def test_following_questions_are_what_each_answer_on_screen_can_lead_to() -> None:
    session = make_session(BUNDLED_CONTENT_DIR / "rfa-facet")
    session.start()
    session.go_to_page("check-in")
    assert [q.id for q in session.following_questions()] == ["bladder_bowel"]
    session.start_questionnaire()
    # "Yes" (and, for bladder or bowel control, "Not sure") ends the questions at once; "No" goes on.
    assert [q.id for q in session.following_questions()] == ["saddle_numbness"]
    for _ in range(4):
        session.answer("no")
    assert session.question.id == "area"
    # The neck's own warning signs come next for the neck (and for "Not sure").
    assert {q.id for q in session.following_questions()} == {"duration", "arm_weakness", "mention"}
    while session.screen is Screen.QUESTION:
        session.answer(NOT_SURE)
    assert session.following_questions() == []
    session.reset()
    assert session.following_questions() == []


def test_the_pages_are_converted_once_before_a_visit_can_show_one(pack_dir: Path) -> None:
    """The kiosk starts without the pages' HTML (first frame first); a visit never sees them empty."""
    pack = load_pack(pack_dir, convert=False).pack
    assert pack is not None and not pack.converted
    assert all(not text.html for page in pack.pages for text in page.texts.values())
    session = Session(pack, Preferences())
    session.start()
    assert session.pack.converted
    assert all(text.html for page in session.pack.pages for text in page.texts.values())
    converted = session.pack
    session.reset()
    session.start()
    assert session.pack is converted  # once, not at every visit


def test_going_straight_to_the_questions_converts_the_pages_too(tmp_path: Path) -> None:
    pack = load_pack(BUNDLED_CONTENT_DIR / "rfa-facet", convert=False).pack
    assert pack is not None
    session = Session(pack, Preferences())
    session.start_questionnaire()
    assert session.pack.converted


def test_result_after_tells_the_result_an_answer_would_end_on_and_changes_nothing() -> None:
    """Every answer of every question on the way: the result it would end on is the one answering
    it gives, or None when more questions follow; asking it leaves the visit as it was."""
    session = make_session(BUNDLED_CONTENT_DIR / "rfa-facet")
    session.start_questionnaire()
    seen_final = seen_urgent = 0
    while session.screen is Screen.QUESTION:
        question = session.question
        values = [frozenset()] if question.kind == "multiple" else [option.id for option in question.options]
        for value in [*values, NOT_SURE]:
            before = (session.question.id, dict(session.answers), list(session.asked))
            predicted = session.result_after(value)
            assert (session.question.id, dict(session.answers), list(session.asked)) == before
            trial = make_session(BUNDLED_CONTENT_DIR / "rfa-facet")
            trial.start_questionnaire()
            for asked in session.asked[:-1]:
                trial.answer(session.answers[asked])
            trial.answer(value)
            if trial.screen is Screen.QUESTION:
                assert predicted is None
            else:
                assert predicted is not None and predicted.outcome.id == trial.result.outcome.id
                assert predicted.warning_notes == trial.result.warning_notes
                seen_final += 1
                seen_urgent += predicted.outcome.kind.urgent
        options = [option.id for option in question.options]
        session.answer("no" if "no" in options else (frozenset() if question.kind == "multiple" else options[0]))
    assert seen_final and seen_urgent  # warning signs end it at once; the last question ends it too
