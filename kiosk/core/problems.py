"""Problems found in a pack: values shown to authors and staff, never exceptions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a pack, located by file (relative to the pack) and line."""

    file: str
    line: int | None
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.severity}: {self.message}"


def errors_in(problems: Iterable[Problem]) -> list[Problem]:
    """The problems that stop a pack being shown (not the warnings)."""
    return [p for p in problems if p.severity is Severity.ERROR]


def has_errors(problems: Iterable[Problem]) -> bool:
    """Whether any of ``problems`` stops a pack being shown: the one place severity is tested."""
    return any(p.severity is Severity.ERROR for p in problems)


#: The messages that say a text is missing in one language (the language is the group).
_MISSING_IN = re.compile(
    r"^(?P<what>.*?):? (?:has no text for language|is missing in language) '(?P<lang>[^']+)'$"
    r"|^the pack lists language '(?P<folder>[^']+)' but has no '[^']+' folder$"
)
#: More missing texts than this in one language are said as one problem with a list.
GROUP_MISSING_FROM = 6
#: How many of them that problem names.
LIST_AT_MOST = 12


def grouped_by_language(problems: list[Problem], file: str, line: int | None) -> list[Problem]:
    """A language with many missing texts (a language just added, or a folder forgotten) is one
    problem listing them, at ``file:line`` (where the languages are listed), not one per text."""
    missing: dict[str, list[Problem]] = {}
    for problem in problems:
        match = _MISSING_IN.match(problem.message)
        if match and problem.severity is Severity.ERROR:
            missing.setdefault(match.group("lang") or match.group("folder"), []).append(problem)
    grouped = {lang: found for lang, found in missing.items() if len(found) >= GROUP_MISSING_FROM}
    if not grouped:
        return problems
    language_of = {id(problem): lang for lang, found in grouped.items() for problem in found}
    out: list[Problem] = []
    said: set[str] = set()
    for problem in problems:
        lang = language_of.get(id(problem))
        if lang is None:
            out.append(problem)
            continue
        if lang in said:
            continue  # already in its language's list
        said.add(lang)
        found = grouped[lang]
        names = []
        for each in found[:LIST_AT_MOST]:
            match = _MISSING_IN.match(each.message)
            what = match.group("what") if match and match.group("what") else f"the '{lang}' folder"
            where = each.file if each.line is None else f"{each.file}:{each.line}"
            names.append(f"{where} {what}")
        more = f"; and {len(found) - LIST_AT_MOST} more" if len(found) > LIST_AT_MOST else ""
        out.append(
            Problem(
                file,
                line,
                f"language '{lang}' is listed, but {len(found)} texts have no '{lang}' version: "
                + "; ".join(names)
                + more,
            )
        )
    return out
