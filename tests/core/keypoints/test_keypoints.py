"""Key-point checks: read from keypoints.toml, checked against the pages that teach them, and what a
patient's tries mean (never a score: a second miss only puts the point on the summary)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.core.content.reader import load_pack
from kiosk.core.content.validate import validate_pack
from kiosk.core.keypoints.model import Feedback, Placement
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.problems import Severity

BUNDLED = BUNDLED_CONTENT_DIR / "rfa-facet"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "rfa-facet"
    shutil.copytree(BUNDLED, target)
    return target


def errors(folder: Path) -> list[str]:
    return [str(p) for p in validate_pack(folder).problems if p.severity is Severity.ERROR]


def edit(folder: Path, old: str, new: str, file: str = "keypoints.toml") -> None:
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_bundled_pack_checks_every_section_it_teaches_in_both_languages() -> None:
    pack = load_pack(BUNDLED).pack
    assert pack is not None and pack.keypoints is not None
    keypoints = pack.keypoints
    assert keypoints.placement is Placement.AFTER_EACH_SECTION
    teaching = {page.section for page in pack.pages if page.section != "checkin"}
    assert {check.section for check in keypoints.checks} == teaching
    for check in keypoints.checks:
        for lang in ("en", "es"):
            assert check.text(lang) and check.point(lang)
            assert all(option.texts.get(lang) for option in check.options)
        assert 2 <= len(check.options) <= 4
    # asked in the order the pages teach them
    order = [pack.page_index(check.page) for check in keypoints.checks]
    assert order == sorted(order)


def test_a_check_whose_words_the_page_no_longer_says_is_an_error_with_its_line(copy: Path) -> None:
    edit(copy, 'page_says.es = "Déjelas solo si su médico se lo indica"', 'page_says.es = "Déjelas cuando quiera"')
    found = errors(copy)
    assert len(found) == 1
    assert found[0].startswith("keypoints.toml:")
    assert "getting-ready" in found[0] and "es/getting-ready.md" in found[0] and "Déjelas cuando quiera" in found[0]


def test_a_page_edited_so_it_no_longer_teaches_the_answer_fails_validation(copy: Path) -> None:
    edit(copy, "Stop them only if your doctor tells you to", "Ask about them", file="en/getting-ready.md")
    assert any("does not say 'Stop them only if your doctor tells you to'" in e for e in errors(copy))


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ('page = "results"', 'page = "outcomes"', "'page' must be the id of the page"),
        ('answer = "months"', 'answer = "weeks"', "'answer' must be the id of the right option"),
        ('text.es = "Para toda la vida"\n', "", "'text' has no text for es"),
        ('placement = "after_each_section"', 'placement = "sometimes"', "'placement' must be one of"),
        ("format = 2", "format = 2\ncolour = 1", "unknown key 'colour'"),
        (
            'text.en = "When RFA works, how long can the relief last?"',
            'text.en = "RFA will cure your pain. How long can the relief last?"',
            "must not appear on a patient screen",
        ),
    ],
)
def test_mistakes_in_a_check_are_errors_an_author_understands(copy: Path, old: str, new: str, said: str) -> None:
    edit(copy, old, new)
    found = errors(copy)
    assert any(said in e for e in found), found
    assert load_pack(copy).pack is None or load_pack(copy).pack.keypoints is None  # type: ignore[union-attr]


def test_a_check_with_one_answer_is_refused(copy: Path) -> None:
    text = (copy / "keypoints.toml").read_text(encoding="utf-8")
    start = text.index('[[checks.options]]\nid = "forever"')
    (copy / "keypoints.toml").write_text(text[:start], encoding="utf-8")
    assert any("give 2 to 4 answers" in e for e in errors(copy))


def test_feedback_is_right_then_once_more_then_the_point_goes_on_the_summary() -> None:
    pack = load_pack(BUNDLED).pack
    assert pack is not None and pack.keypoints is not None
    check = pack.keypoints.check("blood_thinner")
    assert check.feedback([]) is None
    assert check.feedback(["doctor"]) is Feedback.RIGHT
    assert check.feedback(["me"]) is Feedback.AGAIN
    assert check.feedback(["me", "doctor"]) is Feedback.RIGHT
    assert check.feedback(["me", "not_sure"]) is Feedback.LATER
    assert not check.missed(["me"])  # one miss, then skipped: not a point missed
    assert not check.missed(["me", "doctor"])
    assert check.missed(["not_sure", "me"])


def test_keypoint_cases_in_tests_toml_are_run_and_a_wrong_expectation_is_reported(copy: Path) -> None:
    assert not [p for p in validate_pack(copy).problems if "key-point" in p.message]
    edit(copy, 'missed = ["blood_thinner", "emergency_after"]', 'missed = ["blood_thinner"]', file="tests.toml")
    found = errors(copy)
    assert any(
        e.startswith("tests.toml:") and "expected missed blood_thinner but got blood_thinner, emergency_after" in e
        for e in found
    ), found


def test_a_check_no_case_tries_is_a_warning(copy: Path) -> None:
    text = (copy / "tests.toml").read_text(encoding="utf-8")
    (copy / "tests.toml").write_text(text[: text.index("[[keypoint_cases]]")], encoding="utf-8")
    warnings = [p.message for p in validate_pack(copy).problems if p.severity is Severity.WARNING]
    assert any("no [[keypoint_cases]]" in w for w in warnings)


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ('answer = "tell_staff"', "answer = []", "'answer' must be the id of the right option"),
        ('answer = "tell_staff"', "answer = { x = 1 }", "'answer' must be the id of the right option"),
        ('id = "wait"\n', 'id = "not_sure"\n', "is the \"I'm not sure\" button's id"),
        ('id = "warning_signs"', 'id = "warning_signs\\n"', "'id' must be lower-case letters"),
        ('page_says.en = "Tell a staff member now"', 'page_says.en = "!!! ???"', "must be at least 3 words"),
        ('page_says.en = "Tell a staff member now"', 'page_says.en = "ell a staff member no"', "does not say"),
        (
            'point.en = "If you have new trouble',
            "point.en = \"<a href='https://example.org/'>Tap here</a> If you have new trouble",
            "a patient screen shows plain words only",
        ),
        ('text.en = "Tell a staff member now"', 'text.en = "Tell a staff\\u202e member now"', "invisible control"),
        ('text.en = "My doctor"', 'text.en = "' + "very " * 80 + 'long"', "at most 300 are allowed"),
        ("format = 2", "format = 2.0", "write format = 2"),
    ],
)
def test_a_hostile_check_is_a_problem_with_its_line_never_a_crash(copy: Path, old: str, new: str, said: str) -> None:
    edit(copy, old, new)
    loaded = load_pack(copy, convert=False)
    messages = [p.message for p in loaded.problems if p.file == "keypoints.toml"]
    assert any(said in m for m in messages), messages
    assert loaded.pack is None or loaded.pack.keypoints is None


def test_thousands_of_mistakes_are_reported_as_fifty_and_a_line_saying_there_are_more(copy: Path) -> None:
    junk = "".join(f'junk{n} = "x"\n' for n in range(3000))
    edit(copy, 'page = "welcome"\n', 'page = "welcome"\n' + junk)
    problems = [p for p in load_pack(copy, convert=False).problems if p.file == "keypoints.toml"]
    assert len(problems) == 51 and problems[-1].message == "more problems than these; fix them first"


def test_a_pack_file_that_links_outside_the_pack_is_refused(copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.toml"
    outside.write_text('format = 2\nsecret_token = "x"\n', encoding="utf-8")
    (copy / "summary.toml").unlink()
    (copy / "summary.toml").symlink_to(outside)
    messages = [p.message for p in load_pack(copy, convert=False).problems if p.file == "summary.toml"]
    assert messages == ["is a link to another file; a pack's files must be inside the pack"]


def test_warning_signs_too_long_for_the_take_home_code_are_refused(copy: Path) -> None:
    text = (copy / "summary.toml").read_text(encoding="utf-8")
    long_line = '  "' + "Call the clinic the same day for a fever. " * 5 + '",\n'
    text = text.replace("watch_for.en = [\n", "watch_for.en = [\n" + long_line * 3, 1)
    (copy / "summary.toml").write_text(text, encoding="utf-8")
    messages = [p.message for p in load_pack(copy, convert=False).problems if p.file == "summary.toml"]
    assert any("fit the take-home QR code" in m for m in messages), messages
