"""Problems found in a pack: values shown to authors and staff, never exceptions."""

from __future__ import annotations

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
