"""The pack's own cases for its key-point checks (``[[keypoint_cases]]`` in ``tests.toml``).

Each case gives the answers a patient chose at each check, in order, and the points that must go
on the summary as "Points to go over with your doctor"; a check that no case covers is a warning.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from kiosk.core import toml_limits
from kiosk.core.content.cases import CASES_FILE
from kiosk.core.keypoints.model import TRIES, KeyPoints
from kiosk.core.keypoints.reader import MAX_PROBLEMS, NOT_SURE
from kiosk.core.keypoints.words import shown
from kiosk.core.problems import Problem, Severity
from kiosk.core.tomllines import TomlLines

TABLE: Final = "keypoint_cases"
CASE_KEYS: Final = frozenset({"name", "tries", "missed"})


def run_keypoint_cases(pack_root: Path, keypoints: KeyPoints) -> list[Problem]:
    """One problem per case that fails or cannot be read; a warning for a check no case covers."""
    read = toml_limits.read_pack_file(Path(pack_root) / CASES_FILE, CASES_FILE)
    # (tests.toml's own reader reports what is wrong with the file)
    data, text = read if not isinstance(read, Problem) else ({}, "")
    raw = data.get(TABLE)
    if not isinstance(raw, list) or not raw:
        return [
            Problem(CASES_FILE, None, "no [[keypoint_cases]] cover the key-point checks; add some", Severity.WARNING)
        ]
    lines = TomlLines(text)
    problems: list[Problem] = []
    covered: set[str] = set()
    ids = {check.id for check in keypoints.checks}
    for index, entry in enumerate(raw):
        span = lines.item(TABLE, index)
        line = span[0] if span else None
        name = entry.get("name") if isinstance(entry, dict) else None
        if len(problems) >= MAX_PROBLEMS:
            problems.append(Problem(CASES_FILE, line, "more key-point case problems than these; fix them first"))
            break
        label = f"key-point case {shown(name)}" if isinstance(name, str) and name else f"key-point case {index + 1}"
        if not isinstance(entry, dict) or not isinstance(name, str) or not name.strip():
            problems.append(Problem(CASES_FILE, line, f"{label}: needs a name, tries and missed"))
            continue
        unknown = [key for key in entry if key not in CASE_KEYS]
        tries = entry.get("tries", {})
        missed = entry.get("missed", [])
        errors = [f"unknown key '{key}'; a key-point case has {', '.join(sorted(CASE_KEYS))}" for key in unknown]
        if not isinstance(tries, dict) or not all(
            isinstance(v, list) and 0 < len(v) <= TRIES and all(isinstance(x, str) for x in v) for v in tries.values()
        ):
            errors.append(
                f'\'tries\' must give each check the answers chosen, one or {TRIES}: tries = {{ id = ["a", "b"] }}'
            )
        if not isinstance(missed, list) or not all(isinstance(x, str) for x in missed):
            errors.append("'missed' must be a list of check ids in quotes")
        if errors:
            problems += [Problem(CASES_FILE, line, f"{label}: {error}") for error in errors]
            continue
        strange = [check_id for check_id in [*tries, *missed] if check_id not in ids]
        if strange:
            problems.append(Problem(CASES_FILE, line, f"{label}: there is no check {', '.join(sorted(set(strange)))}"))
            continue
        for check_id, chosen in tries.items():
            options = {option.id for option in keypoints.check(check_id).options} | {NOT_SURE}
            if not set(chosen) <= options:
                problems.append(
                    Problem(
                        CASES_FILE,
                        line,
                        f"{label}: check '{check_id}' has no answer {', '.join(sorted(set(chosen) - options))}",
                    )
                )
        covered |= set(tries)
        got = [check.id for check in keypoints.missed(tries)]
        if sorted(got) != sorted(missed):
            problems.append(
                Problem(
                    CASES_FILE,
                    line,
                    f"{label}: expected missed {', '.join(missed) or 'none'} but got {', '.join(got) or 'none'}",
                )
            )
    for check in keypoints.checks:
        if check.id not in covered:
            problems.append(
                Problem(CASES_FILE, None, f"no key-point case tries check '{check.id}'; add one", Severity.WARNING)
            )
    return problems
