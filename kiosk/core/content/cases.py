"""A pack's own test cases for its questionnaire (``tests.toml``): answers in, outcome and notes out.

Each case walks the questionnaire as a patient would; a case that fails, or cannot be read, is a
problem with its line, so a clinician sees at once which expectation a change broke.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from kiosk.core import toml_limits
from kiosk.core.problems import Problem, Severity
from kiosk.core.questionnaire.answers import simulate_json
from kiosk.core.questionnaire.model import Questionnaire
from kiosk.core.tomllines import TomlLines, toml_problem

CASES_FILE: Final = "tests.toml"
CASE_KEYS: Final = frozenset({"name", "answers", "outcome", "notes", "asked"})


@dataclass(frozen=True)
class PackCase:
    """One expectation: these answers give this outcome and exactly these notes."""

    name: str
    line: int | None
    answers: dict[str, Any]
    outcome: str
    notes: tuple[str, ...]
    asked: tuple[str, ...] | None = None


def read_pack_cases(pack_root: Path) -> tuple[list[PackCase], list[Problem]]:
    """The cases in ``tests.toml``; a warning and no cases when the pack has none."""
    path = Path(pack_root) / CASES_FILE
    if not path.is_file():
        return [], [Problem(CASES_FILE, None, "the pack has no test cases for its questionnaire", Severity.WARNING)]
    try:
        text = path.read_text(encoding="utf-8")
        data = toml_limits.loads(text)
    except (OSError, UnicodeDecodeError) as err:
        return [], [Problem(CASES_FILE, None, f"cannot be read as UTF-8 text ({err})")]
    except toml_limits.TomlLimitError as err:
        return [], [Problem(CASES_FILE, err.lineno, f"cannot be read: {err}")]
    except tomllib.TOMLDecodeError as err:
        return [], [Problem(CASES_FILE, *toml_problem(err, text))]
    lines = TomlLines(text)
    raw = data.get("cases")
    if not isinstance(raw, list) or not raw:
        return [], [Problem(CASES_FILE, None, "tests.toml needs one or more [[cases]] blocks")]
    cases: list[PackCase] = []
    problems: list[Problem] = []
    for index, entry in enumerate(raw):
        case, errors = _case(entry, index, lines)
        problems += errors
        if case is not None:
            cases.append(case)
    seen: set[str] = set()
    for case in cases:
        if case.name in seen:
            problems.append(Problem(CASES_FILE, case.line, f"two cases are named '{case.name}'", Severity.WARNING))
        seen.add(case.name)
    return cases, problems


def _case(entry: object, index: int, lines: TomlLines) -> tuple[PackCase | None, list[Problem]]:
    span = lines.item("cases", index)
    name = entry.get("name") if isinstance(entry, dict) else None
    if span is not None:
        line: int | None = span[0]
    else:  # written inline: find it by its name
        line = lines.quoted(lines.whole, name) if isinstance(name, str) and name else None
    label = f"case '{name}'" if isinstance(name, str) and name else f"case {index + 1}"
    if not isinstance(entry, dict):
        return None, [Problem(CASES_FILE, line, f"{label} must be a table")]
    errors = [
        f"unknown key '{key}'; a case has {', '.join(sorted(CASE_KEYS))}" for key in entry if key not in CASE_KEYS
    ]
    if not isinstance(name, str) or not name.strip():
        errors.append("'name' is missing: say in words what the case checks")
    answers = entry.get("answers", {})
    if not isinstance(answers, dict):
        errors.append("'answers' must be a table such as answers = { area = \"back\" }")
    outcome = entry.get("outcome")
    if not isinstance(outcome, str) or not outcome:
        errors.append("'outcome' is missing: the id of the outcome these answers must give")
    notes = _ids(entry, "notes", errors) or ()
    asked = _ids(entry, "asked", errors)
    if errors or not isinstance(name, str) or not isinstance(outcome, str) or not isinstance(answers, dict):
        return None, [Problem(CASES_FILE, line, f"{label}: {error}") for error in errors]
    return PackCase(name.strip(), line, answers, outcome, notes, asked), []


def _ids(entry: dict[str, Any], key: str, errors: list[str]) -> tuple[str, ...] | None:
    if key not in entry:
        return None
    value = entry[key]
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        errors.append(f"'{key}' must be a list of ids in quotes")
        return None
    return tuple(value)


def run_pack_cases(pack_root: Path, q: Questionnaire) -> list[Problem]:
    """Run every case in ``tests.toml``; one problem per case that fails or cannot be read.

    Also warns about outcomes and notes that no case reaches, since nothing would catch a change
    that breaks them.
    """
    cases, problems = read_pack_cases(pack_root)
    reached: set[str] = set()
    for case in cases:
        label = f"case '{case.name}'"
        unknown = [f"outcome '{case.outcome}'"] if case.outcome not in {o.id for o in q.outcomes} else []
        unknown += [f"note '{n}'" for n in case.notes if n not in {note.id for note in q.notes}]
        if unknown:
            problems.append(Problem(CASES_FILE, case.line, f"{label}: there is no {', '.join(unknown)}"))
            continue
        got, errors = simulate_json(q, case.answers)
        if got is None:
            problems += [Problem(CASES_FILE, case.line, f"{label}: {error}") for error in errors]
            continue
        outcome, notes, asked = str(got["outcome"]), _strings(got["notes"]), _strings(got["asked"])
        reached |= {outcome, *notes}
        failures = []
        if outcome != case.outcome:
            failures.append(f"expected outcome '{case.outcome}' but got '{outcome}'")
        missing = [n for n in case.notes if n not in notes]
        extra = [n for n in notes if n not in case.notes]
        if missing:
            failures.append(f"expected note(s) {', '.join(missing)} but they were not added")
        if extra:
            failures.append(f"note(s) {', '.join(extra)} were added but not expected")
        if case.asked is not None and case.asked != asked:
            failures.append(f"expected to ask {', '.join(case.asked) or 'nothing'} but asked {', '.join(asked)}")
        if failures:
            path = f" (asked: {', '.join(asked)})" if case.asked is None else ""
            problems.append(Problem(CASES_FILE, case.line, f"{label}: {'; '.join(failures)}{path}"))
    if cases:
        for item, kind in [(o.id, "outcome") for o in q.outcomes] + [(n.id, "note") for n in q.notes]:
            if item not in reached:
                problems.append(
                    Problem(CASES_FILE, None, f"no case reaches {kind} '{item}'; add one", Severity.WARNING)
                )
    return problems


def _strings(value: object) -> tuple[str, ...]:
    return tuple(str(x) for x in value) if isinstance(value, list) else ()
