"""Every text of a pack a patient can see, and the characters in it no bundled font can draw.

The page files are checked line by line; the words a TOML file gives per language (the pack's
titles, the questions, the key-point checks, the take-home summary) are found in the model
whatever its shape, and the lines of the file that hold a character no font draws are named.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from pathlib import Path

from kiosk.core.checks import fonts
from kiosk.core.content.model import PACK_FILE, ContentPack, Page
from kiosk.core.handout.reader import SUMMARY_FILE
from kiosk.core.keypoints.reader import KEYPOINTS_FILE
from kiosk.core.problems import Problem
from kiosk.core.questionnaire.checks import QUESTIONNAIRE_FILE

#: How many lines of one TOML file are named before the rest are counted.
LINES_AT_MOST = 20
#: How deep the search for words goes into a model (a questionnaire is a few levels deep).
_DEPTH = 8


def language_texts(value: object, languages: frozenset[str], depth: int = 0) -> Iterator[str]:
    """Every text in ``value`` given for one of ``languages``: the values (or lists of values) of
    any mapping keyed by language, found in dataclasses, mappings, lists and tuples."""
    if depth > _DEPTH or isinstance(value, str | bytes | int | float | bool) or value is None:
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            if key in languages and isinstance(item, str):
                yield item
            elif key in languages and isinstance(item, list | tuple):
                yield from (text for text in item if isinstance(text, str))
            else:
                yield from language_texts(item, languages, depth + 1)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from language_texts(item, languages, depth + 1)
    else:
        for name in _field_names(type(value)):
            yield from language_texts(getattr(value, name), languages, depth + 1)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...]:
    """The fields of a dataclass (none for anything else), looked up once per class."""
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = tuple(each.name for each in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else ()
        _FIELD_NAMES[kind] = names
    return names


def _toml_texts(pack: ContentPack) -> Iterator[tuple[str, str]]:
    """(file, text) for the patient's words in the pack's TOML files."""
    languages = frozenset(pack.languages)
    for text in (*pack.titles.values(), *pack.subtitles.values(), *pack.sources.values()):
        yield PACK_FILE, text
    for section in pack.sections:
        for text in section.titles.values():
            yield PACK_FILE, text
    for file, model in (
        (QUESTIONNAIRE_FILE, pack.questionnaire),
        (KEYPOINTS_FILE, pack.keypoints),
        (SUMMARY_FILE, pack.take_home),
    ):
        if model is not None:
            for text in language_texts(model, languages):
                yield file, text


def page_texts(page: Page) -> Iterator[tuple[str, int | None, str]]:
    """(file, line, text) for what a page shows: its title, its picture's description and each
    line of its text."""
    for text in page.texts.values():
        yield text.file, text.header.get("title", ("", None))[1], text.title
        if text.alt:
            yield text.file, text.header.get("alt", ("", None))[1], text.alt
        yield text.file, text.body_line, text.markdown


def patient_texts(pack: ContentPack) -> Iterator[str]:
    """Every text of ``pack`` a patient may see (what the kiosk loads fonts for)."""
    for page in (*pack.pages, *(handout.content for handout in pack.handouts)):
        for _file, _line, text in page_texts(page):
            yield text
    for _file, text in _toml_texts(pack):
        yield text


def _page_problems(page: Page) -> Iterator[Problem]:
    for file, line, text in page_texts(page):
        if not fonts.undrawable(text):
            continue
        for offset, each in enumerate(text.splitlines()):
            missing = fonts.undrawable(each)
            if missing:
                yield Problem(file, None if line is None else line + offset, fonts.undrawable_message(missing))


def _file_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def font_problems(pack: ContentPack) -> list[Problem]:
    """An error for each line of the pack where a patient would see a character no bundled font
    can draw (an empty box on the screen)."""
    problems: list[Problem] = []
    for page in (*pack.pages, *(handout.content for handout in pack.handouts)):
        problems.extend(_page_problems(page))
    missing: dict[str, dict[str, None]] = {}  # file -> its characters, in order (a dict: no quadratic search)
    for file, text in _toml_texts(pack):
        missing.setdefault(file, {}).update(dict.fromkeys(fonts.undrawable(text)))
    for file, wanted in missing.items():
        chars = list(wanted)
        if not chars:
            continue
        found = [
            (number, [char for char in dict.fromkeys(line) if char in wanted])
            for number, line in enumerate(_file_lines(pack.root / file), start=1)
        ]
        found = [(number, on_line) for number, on_line in found if on_line]
        for number, on_line in found[:LINES_AT_MOST]:
            problems.append(Problem(file, number, fonts.undrawable_message(on_line)))
        if len(found) > LINES_AT_MOST:
            problems.append(
                Problem(file, None, f"{len(found) - LINES_AT_MOST} more lines have characters no font can draw")
            )
        if not found:
            problems.append(Problem(file, None, fonts.undrawable_message(chars)))
    return problems
