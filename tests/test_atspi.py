"""The kiosk as a screen reader meets it: through AT-SPI, on a desktop of the test's own.

A private D-Bus session bus, Xvfb and the AT-SPI bus (at-spi-bus-launcher, at-spi2-registryd);
the kiosk in a process of its own on the xcb platform with Qt's accessibility bridge on
(tests/atspi_child.py); this process is the screen reader (tests/atspi_client.py). It walks the
bundled pack in Spanish and in English, every page, check, question and a result, pressing what
a patient would press with AT-SPI's actions, and on each screen checks what Orca would say:

- every object that can take the focus, every image and the progress bar has a name; a page's
  picture is an image named by its alt text; answers are radio buttons or check boxes in a group
  named by their question;
- each new screen is announced (its title, question or headline), and "Please tell a staff
  member now" at once (assertive);
- the answer given before shows as checked after Back;
- Toggle on a check box does what Press does (the language, a multiple-choice answer, Read aloud);
- the application's locale follows the patient's language;
- "Still there?" is announced and takes the focus, and a screen reader's action keeps the visit.

Needs Debian's dbus-daemon, xvfb and at-spi2-core (deploy/ci-packages.txt); it fails, never skips,
without them.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.content.model import ContentPack
from kiosk.core.content.reader import load_pack
from kiosk.core.paths import BUNDLED_CONTENT_DIR, PROJECT_ROOT
from kiosk.ui.i18n import translate_in
from tests.atspi_client import (
    ROLE_CHECK_BOX,
    ROLE_IMAGE,
    ROLE_PANEL,
    ROLE_PROGRESS_BAR,
    ROLE_PUSH_BUTTON,
    ROLE_RADIO_BUTTON,
    Client,
    Desktop,
    Node,
    Shown,
    private_desktop,
)

PACK_DIR = BUNDLED_CONTENT_DIR / "rfa-facet"
PRESS, TOGGLE = "Press", "Toggle"
#: The roles a control a patient acts on may have.
CONTROLS = {ROLE_PUSH_BUTTON, ROLE_CHECK_BOX, ROLE_RADIO_BUTTON}
READING = ("Read aloud", "Stop reading")


def word(lang: str, context: str, text: str) -> str:
    """One of the kiosk's own words, as the patient reads it in ``lang``."""
    return translate_in(lang, context, text)


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    with private_desktop(tmp_path_factory.mktemp("atspi") / "run") as started:
        yield started


@pytest.fixture(scope="module")
def pack() -> ContentPack:
    loaded = load_pack(PACK_DIR).pack
    assert loaded is not None
    return loaded


class Kiosk:
    """The kiosk in its child process, and the screen reader reading it."""

    def __init__(self, desktop: Desktop, folder: Path, idle_s: int | None = None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        env = dict(desktop.env, KIOSK_DATA_DIR=str(folder / "data"))
        command = [sys.executable, "-m", "tests.atspi_child", str(PACK_DIR)]
        self._log = folder / "kiosk.log"
        self.client: Client = desktop.connect()  # first: the kiosk reads the events asked for as it starts
        with self._log.open("w") as log:
            self.process = subprocess.Popen(
                [*command, *([str(idle_s)] if idle_s is not None else [])],
                cwd=PROJECT_ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        #: What a screen reader would trip over, screen by screen.
        self.problems: list[str] = []
        #: The names of the controls met in each language.
        self.controls: dict[str, set[str]] = {}
        try:
            self.app: Node = self.client.application(alive=lambda: self.process.poll() is None)
        except BaseException:
            self.close()
            raise

    def close(self) -> str:
        """Stop the kiosk (as systemd does, with SIGTERM); what it printed."""
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        finally:
            self.client.close()
        return self._log.read_text(errors="replace")

    def showing(self) -> list[Shown]:
        return self.client.showing(self.app)

    def find(self, name: str, role: int | None = None) -> Node:
        return self.client.wait_for(self.app, name, role)

    def press(self, name: str, action: str = PRESS, role: int | None = None) -> str:
        """Act on the control named ``name``; what the kiosk then announces."""
        control = self.find(name, role)
        heard = self.client.mark()
        control.do(action)
        return self.client.heard(heard, f"an announcement after {action} on {name!r}").text

    def check(self, screen: str, lang: str) -> list[Shown]:
        """Everything on the screen now, noting what a screen reader would trip over."""
        shown = self.showing()
        self.problems.extend(problems_on(f"{lang} {screen}", shown))
        self.controls.setdefault(lang, set()).update(each.name for each in shown if each.role in CONTROLS)
        return shown

    def focused(self) -> Shown:
        return self.client.until(
            lambda: next((s for s in self.showing() if "focused" in s.states), None), "an object with the focus"
        )


@pytest.fixture
def kiosk(desktop: Desktop, tmp_path: Path) -> Iterator[Kiosk]:
    started = Kiosk(desktop, tmp_path)
    yield started
    printed = started.close()
    assert started.process.returncode == 0 and "Traceback" not in printed, printed


def problems_on(screen: str, shown: list[Shown]) -> list[str]:
    """What a screen reader would trip over on the screen now."""
    found: list[str] = []
    for each in shown:
        label = each.name.strip()
        if "focusable" in each.states and not label:
            found.append(f"{screen}: a focusable object (role {each.role}) has no name")
        if each.role in (ROLE_IMAGE, ROLE_PROGRESS_BAR) and not label:
            found.append(f"{screen}: an object of role {each.role} has no name")
        if "checkable" in each.states and each.role not in CONTROLS:
            found.append(f"{screen}: {label!r} can be ticked but is role {each.role}")
    focused = [each for each in shown if "focused" in each.states]
    if len(focused) != 1 or not focused[0].name.strip():
        found.append(f"{screen}: the focus is on {[(f.role, f.name) for f in focused]}")
    return found


def answers_of(shown: list[Shown], question: str) -> list[Shown]:
    """The answers of ``question``: the controls in the group named by it."""
    groups = [each for each in shown if each.role == ROLE_PANEL and each.name == question]
    assert len(groups) == 1, f"{len(groups)} groups of answers are named {question!r}"
    return [each for each in Client.inside(shown, groups[0]) if each.role in CONTROLS]


def walk_pages(kiosk: Kiosk, pack: ContentPack, lang: str) -> int:
    """From "Touch to start" through every page and key-point check to the first question; the
    number of pictures met."""
    titles = [page.text(lang).title for page in pack.pages]
    heard = kiosk.press(word(lang, "AttractScreen", "Touch to start"))
    index, pictures = 0, 0
    questions = word(lang, "BottomBar", "Check if this could fit my pain")
    while True:
        shown = kiosk.check(f"page {index}", lang)
        names = {each.name for each in shown}
        if heard == titles[index]:
            assert heard in names, f"{heard!r} was announced but is not on screen"
            alt = pack.pages[index].text(lang).alt
            if pack.pages[index].image:
                pictures += 1
                images = [each.name for each in shown if each.role == ROLE_IMAGE]
                assert alt in images, f"page {index}: no image named {alt!r} (images: {images})"
            if index == len(titles) - 1:
                return pictures
            heard = kiosk.press(word(lang, "BottomBar", "Next") if questions not in names else questions)
            if heard == titles[index + 1]:
                index += 1
        else:  # a key-point check after a section: its question, said as it came up
            assert any(each.name and each.name in heard for each in shown), f"{heard!r} is not on screen"
            heard = kiosk.press(word(lang, "BottomBar", "Skip these questions"))
            if heard == titles[index + 1]:
                index += 1


def answer_questions(kiosk: Kiosk, lang: str, heard: str) -> str:
    """Answer every question as a patient without warning signs would, checking each; the result's
    announcement."""
    no = "No"  # the pack's answer, the same word in English and Spanish
    first = True
    while heard.startswith(word(lang, "QuestionScreen", "Question {number} of about {total}").split("{")[0]):
        question = heard.split(". ", 1)[1]
        shown = kiosk.check(question[:30], lang)
        bars = [each for each in shown if each.role == ROLE_PROGRESS_BAR]
        assert len(bars) == 1 and heard.startswith(bars[0].name), f"the progress bar is {bars}"
        answers = answers_of(shown, question)
        assert answers, f"{question!r} shows no answers"
        if answers[0].role == ROLE_CHECK_BOX:  # several may be ticked: Toggle ticks, as a tap does
            answers[0].node.do(TOGGLE)
            kiosk.client.until(lambda a=answers[0]: "checked" in a.node.states, "the answer to be ticked")
            heard = kiosk.press(word(lang, "BottomBar", "Next"), role=ROLE_PUSH_BUTTON)
            continue
        assert {each.role for each in answers} == {ROLE_RADIO_BUTTON}
        chosen = next((each for each in answers if each.name == no), answers[0])
        heard_before = kiosk.client.mark()
        chosen.node.do(PRESS)
        heard = kiosk.client.heard(heard_before, "the next question").text
        if first:  # Back: the answer given shows as checked, and only it
            first = False
            again = kiosk.press(word(lang, "BottomBar", "Back"))
            assert again.endswith(question)
            checked = [each.name for each in answers_of(kiosk.showing(), question) if "checked" in each.states]
            assert checked == [chosen.name]
            heard_before = kiosk.client.mark()
            chosen.node.do(PRESS)
            heard = kiosk.client.heard(heard_before, "the next question").text
    return heard


def check_result(kiosk: Kiosk, lang: str, heard: str) -> None:
    shown = kiosk.check("result", lang)
    assert heard in {each.name for each in shown}, f"the result's announcement {heard!r} is not its headline"
    bar = {word(lang, "ContrastButton", "High contrast"), *(word(lang, "BottomBar", w) for w in READING)}
    questions = [each for each in shown if each.role == ROLE_CHECK_BOX and each.name not in bar]
    if questions:  # a question for the doctor: Toggle puts it on the summary, as a tap does
        questions[0].node.do(TOGGLE)
        kiosk.client.until(lambda: "checked" in questions[0].node.states, "the question to be ticked")


def test_a_screen_reader_goes_through_the_visit_in_spanish_and_english(kiosk: Kiosk, pack: ContentPack) -> None:
    attract = kiosk.find("Touch to start")
    kiosk.check("attract", "en")
    assert kiosk.app.locale().startswith("en")
    assert PRESS in attract.actions()
    # Toggle on a language box switches the language (one box stays ticked), and the locale follows.
    spanish = kiosk.find("Español", ROLE_CHECK_BOX)
    spanish.do(TOGGLE)
    kiosk.find(word("es", "AttractScreen", "Touch to start"))
    assert "checked" in spanish.states and "checked" not in kiosk.find("English", ROLE_CHECK_BOX).states
    assert kiosk.app.locale() == "es_ES"
    pictures = walk_pages(kiosk, pack, "es")
    heard = kiosk.press(word("es", "BottomBar", "Check if this could fit my pain"))
    check_result(kiosk, "es", answer_questions(kiosk, "es", heard))
    # Start over: the next patient hears English, the kiosk's language.
    assert kiosk.press(word("es", "SessionView", "Start over")).endswith("Touch to start")
    assert kiosk.app.locale().startswith("en")
    assert walk_pages(kiosk, pack, "en") == pictures > 0
    # Read aloud: Toggle starts and stops it, as a tap does.
    reading = kiosk.find("Read aloud", ROLE_CHECK_BOX)
    reading.do(TOGGLE)
    stop = kiosk.find("Stop reading", ROLE_CHECK_BOX)
    assert "checked" in stop.states
    stop.do(TOGGLE)
    kiosk.find("Read aloud", ROLE_CHECK_BOX)
    heard = kiosk.press("Check if this could fit my pain")
    check_result(kiosk, "en", answer_questions(kiosk, "en", heard))
    # "Please tell a staff member now" is said at once, with what to do.
    kiosk.press("Start over")
    kiosk.press("Or go straight to the questions for your doctor")
    heard_before = kiosk.client.mark()
    kiosk.find("Yes", ROLE_RADIO_BUTTON).do(PRESS)
    urgent = kiosk.client.heard(heard_before, "the urgent result")
    assert urgent.assertive and "Show this screen to a staff member" in urgent.text
    kiosk.check("staff now", "en")
    assert kiosk.problems == [], "\n".join(kiosk.problems)
    # Every control a Spanish-speaking patient met was named in Spanish (only the pack's "No" and
    # the other language's own name are the same words in both).
    assert kiosk.controls["es"] & kiosk.controls["en"] <= {"No", "English", "Español"}


def test_still_there_is_announced_takes_the_focus_and_a_screen_reader_action_keeps_the_visit(
    desktop: Desktop, tmp_path: Path
) -> None:
    kiosk = Kiosk(desktop, tmp_path, idle_s=1)
    try:
        kiosk.press("Touch to start")
        heard_before = kiosk.client.mark()
        still = kiosk.client.heard(heard_before, '"Still there?"')
        assert still.assertive and still.text.startswith("Still there?")
        assert kiosk.focused().name == "Still there?"
        kiosk.find("Text size", ROLE_PUSH_BUTTON).do(PRESS)  # any action is the patient's activity
        kiosk.client.until(lambda: kiosk.client.find(kiosk.app, "Still there?") is None, "the card to go")
        assert kiosk.find("Start over", ROLE_PUSH_BUTTON)
        assert kiosk.focused().name == "Radiofrequency ablation for back and neck pain"
    finally:
        printed = kiosk.close()
    assert kiosk.process.returncode == 0 and "Traceback" not in printed, printed
