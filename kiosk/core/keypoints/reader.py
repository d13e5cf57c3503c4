"""Reading ``keypoints.toml`` into ``KeyPoints``, checked against the pack's own pages.

Every check names the page that teaches its answer, and gives (per language) the words of that
page that say it: the validator finds those words on the page, so a page edited later cannot
leave a check whose answer the pack no longer teaches. The format is in ``docs/keypoints.md``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Final

from kiosk.core import toml_limits
from kiosk.core.checks import readability
from kiosk.core.content.model import Page
from kiosk.core.keypoints.model import CheckOption, KeyPoint, KeyPoints, Placement
from kiosk.core.keypoints.words import shown, text_problem
from kiosk.core.problems import Problem, Severity
from kiosk.core.tomllines import Span, TomlLines

KEYPOINTS_FILE: Final = "keypoints.toml"
ID_PATTERN: Final = re.compile(r"[a-z0-9]+(?:[_-][a-z0-9]+)*")  # (used with fullmatch: no trailing newline)
#: The answer id of the "I'm not sure" button every check has: no option may use it.
NOT_SURE: Final = "not_sure"
#: Words ``page_says`` must have, so that it names what the page teaches (not "a" or "!!!").
MIN_PAGE_WORDS: Final = 3
#: Problems reported per file; a hostile file of thousands of mistakes is not listed in full.
MAX_PROBLEMS: Final = 50
TOP_KEYS: Final = frozenset({"format", "placement", "checks"})
CHECK_KEYS: Final = frozenset({"id", "page", "answer", "text", "point", "page_says", "options"})
OPTION_KEYS: Final = frozenset({"id", "text"})
#: A patient answers these standing at a kiosk: a few per section, never a quiz.
MAX_CHECKS: Final = 30
MIN_OPTIONS, MAX_OPTIONS = 2, 4
PLACEMENTS: Final = ", ".join(f'"{p.value}"' for p in Placement)


class _Reader:
    def __init__(self, text: str, languages: tuple[str, ...], pages: tuple[Page, ...], check_words: bool) -> None:
        self.lines = TomlLines(text)
        self.languages = languages
        self.pages = {page.id: page for page in pages}
        self.check_words = check_words
        self.problems: list[Problem] = []
        self._page_words: dict[tuple[str, str], str] = {}

    def error(self, line: int | None, message: str, severity: Severity = Severity.ERROR) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(KEYPOINTS_FILE, line, message, severity))
        elif len(self.problems) == MAX_PROBLEMS:
            self.problems.append(Problem(KEYPOINTS_FILE, None, "more problems than these; fix them first"))

    def read(self, data: dict[str, Any]) -> KeyPoints | None:
        top = self.lines.top()
        for key in data:
            if key not in TOP_KEYS:
                where = self.lines.setting(key) or self.lines.key(top, key)
                self.error(where, f"unknown key '{key}'; keypoints.toml has {', '.join(sorted(TOP_KEYS))}")
        fmt = data.get("format")
        if fmt != 2 or not isinstance(fmt, int) or isinstance(fmt, bool):
            self.error(self.lines.key(top, "format"), f"write format = 2 at the top (found {shown(fmt)})")
        raw_placement = data.get("placement", Placement.AFTER_EACH_SECTION.value)
        try:
            placement = Placement(raw_placement)
        except ValueError:
            self.error(
                self.lines.key(top, "placement"), f"'placement' must be one of {PLACEMENTS}, not {shown(raw_placement)}"
            )
            placement = Placement.AFTER_EACH_SECTION
        raw = data.get("checks")
        if not isinstance(raw, list) or not raw:
            self.error(None, "keypoints.toml needs at least one [[checks]] block")
            return None
        if len(raw) > MAX_CHECKS:
            self.error(None, f"keypoints.toml has {len(raw)} checks; at most {MAX_CHECKS} are allowed")
            return None
        checks: list[KeyPoint] = []
        seen: set[str] = set()
        for index, entry in enumerate(raw):
            check = self._check(entry, index, seen)
            if check is not None:
                checks.append(check)
        if any(p.severity is Severity.ERROR for p in self.problems):
            return None
        order = list(self.pages)
        checks.sort(key=lambda check: order.index(check.page))  # asked in the order the pages teach them
        return KeyPoints(tuple(checks), placement)

    # -- one check --

    def _span(self, table: str, index: int, within: Span | None = None) -> Span:
        return self.lines.item(table, index, within) or within or self.lines.whole

    def _check(self, entry: object, index: int, seen: set[str]) -> KeyPoint | None:
        span = self._span("checks", index)
        line = span[0]
        if not isinstance(entry, dict):
            self.error(line, f"check {index + 1} must be a table")
            return None
        check_id = entry.get("id")
        name = f"check '{check_id}'" if isinstance(check_id, str) else f"check {index + 1}"
        before = len(self.problems)
        for key in entry:
            if key not in CHECK_KEYS:
                self.error(
                    self._key(span, key), f"{name}: unknown key '{key}'; a check has {', '.join(sorted(CHECK_KEYS))}"
                )
        if not isinstance(check_id, str) or not ID_PATTERN.fullmatch(check_id):
            self.error(self._key(span, "id"), f"{name}: 'id' must be lower-case letters and digits joined by _ or -")
        elif check_id in seen:
            self.error(self._key(span, "id"), f"{name}: the id is used twice")
        else:
            seen.add(check_id)
        page_id = entry.get("page")
        page = self.pages.get(page_id) if isinstance(page_id, str) else None
        if page is None:
            self.error(
                self._key(span, "page"),
                f"{name}: 'page' must be the id of the page that teaches the answer (one of the pack's pages), "
                f"not {shown(page_id)}",
            )
        texts = self._texts(entry, "text", span, name)
        points = self._texts(entry, "point", span, name)
        says = self._texts(entry, "page_says", span, name, check=False)
        options = self._options(entry.get("options"), span, name)
        answer = entry.get("answer")
        if options and (not isinstance(answer, str) or answer not in {option.id for option in options}):
            self.error(
                self._key(span, "answer"),
                f"{name}: 'answer' must be the id of the right option ({', '.join(o.id for o in options)}), "
                f"not {shown(answer)}",
            )
        if page is not None:
            for lang, words in says.items():
                needle = _words(words)
                where = self._key(span, f"page_says.{lang}")
                if len(needle.split()) < MIN_PAGE_WORDS:
                    self.error(where, f"{name}: 'page_says.{lang}' must be at least {MIN_PAGE_WORDS} words of the page")
                elif f" {needle} " not in f" {self._page_text(page, lang)} ":
                    self.error(
                        where,
                        f"{name}: page '{page.id}' ({page.text(lang).file}) does not say {shown(words)}; "
                        "'page_says' must be words the page itself uses to teach the answer",
                    )
        if len(self.problems) > before or page is None or not isinstance(check_id, str) or not isinstance(answer, str):
            return None
        return KeyPoint(check_id, page.id, page.section, answer, texts, points, tuple(options))

    def _options(self, raw: object, span: Span, name: str) -> list[CheckOption]:
        if not isinstance(raw, list) or not MIN_OPTIONS <= len(raw) <= MAX_OPTIONS:
            count = len(raw) if isinstance(raw, list) else 0
            self.error(
                self.lines.header("checks.options") if count else span[0],
                f"{name}: give {MIN_OPTIONS} to {MAX_OPTIONS} answers as [[checks.options]] blocks (found {count})",
            )
            return []
        options: list[CheckOption] = []
        seen: set[str] = set()
        for index, entry in enumerate(raw):
            own = self._span("checks.options", index, span)
            if not isinstance(entry, dict):
                self.error(own[0], f"{name}: answer {index + 1} must be a table")
                continue
            for key in entry:
                if key not in OPTION_KEYS:
                    self.error(self._key(own, key), f"{name}: unknown key '{key}' in an answer; use id and text")
            option_id = entry.get("id")
            if not isinstance(option_id, str) or not ID_PATTERN.fullmatch(option_id) or option_id in seen:
                self.error(
                    self._key(own, "id"), f"{name}: each answer needs its own id (lower-case letters and digits)"
                )
                continue
            if option_id == NOT_SURE:
                message = f"{name}: '{NOT_SURE}' is the \"I'm not sure\" button's id; choose another"
                self.error(self._key(own, "id"), message)
                continue
            seen.add(option_id)
            options.append(CheckOption(option_id, self._texts(entry, "text", own, f"{name}, answer '{option_id}'")))
        return options

    def _texts(self, entry: dict[str, Any], key: str, span: Span, name: str, *, check: bool = True) -> dict[str, str]:
        value = entry.get(key)
        if not isinstance(value, dict):
            self.error(self._key(span, key), f"{name}: '{key}' needs one text per language ({key}.en = \"…\")")
            return {}
        texts: dict[str, str] = {}
        for lang, text in value.items():
            if lang not in self.languages:
                self.error(
                    self._key(span, f"{key}.{lang}"),
                    f"{name}: '{key}' has text for '{lang}', which is not one of the pack's languages",
                    Severity.WARNING,
                )
                continue
            if not isinstance(text, str) or not text.strip():
                self.error(self._key(span, f"{key}.{lang}"), f"{name}: '{key}.{lang}' must be text")
                continue
            problem = text_problem(text)
            if problem:
                self.error(self._key(span, f"{key}.{lang}"), f"{name}: '{key}.{lang}' {problem}")
                continue
            texts[lang] = text.strip()
            if check and self.check_words:
                for finding in readability.phrase_findings(text.strip(), lang):
                    self.error(self._key(span, f"{key}.{lang}"), f"{name}: {finding.message}")
        missing = [lang for lang in self.languages if lang not in value]
        if missing:
            self.error(self._key(span, key), f"{name}: '{key}' has no text for {', '.join(missing)}")
        return texts

    def _key(self, span: Span, key: str) -> int:
        return self.lines.key(span, key) or span[0]

    def _page_text(self, page: Page, lang: str) -> str:
        key = (page.id, lang)
        if key not in self._page_words:
            text = page.texts.get(lang)
            self._page_words[key] = _words(readability.plain_text(text.markdown)) if text is not None else ""
        return self._page_words[key]


def _words(text: str) -> str:
    """Text as the check compares it: the phrase rules' normal form, punctuation gone, one space."""
    return " ".join(re.sub(r"[^\w]+", " ", readability.normalise(text)).split())


def load_keypoints(
    pack_root: Path, languages: tuple[str, ...], pages: tuple[Page, ...], *, check_words: bool = True
) -> tuple[KeyPoints | None, list[Problem]]:
    """Read and check ``keypoints.toml``; (None, []) when the pack has none. Returned only when it has
    no errors, like the questionnaire."""
    path = Path(pack_root) / KEYPOINTS_FILE
    if not path.is_file():
        return None, []
    read = toml_limits.read_pack_file(path, KEYPOINTS_FILE)
    if isinstance(read, Problem):
        return None, [read]
    data, text = read
    reader = _Reader(text, languages, pages, check_words)
    keypoints = reader.read(data)
    return keypoints, reader.problems
