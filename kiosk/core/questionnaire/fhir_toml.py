"""Writing a questionnaire as ``questionnaire.toml`` text laid out as an author would write it.

Conditions are inline tables (``show_if = { question = "area", is = "back" }``) and each text is
one ``key.lang = "…"`` line, as in the bundled pack, so an imported file reads like a written one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def value(item: Any) -> str:
    """One TOML value; tables inline."""
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, int):
        return str(item)
    if isinstance(item, str):
        return json.dumps(item, ensure_ascii=False)
    if isinstance(item, list):
        return "[" + ", ".join(value(part) for part in item) + "]"
    if isinstance(item, Mapping):
        return "{ " + ", ".join(f"{_key(k)} = {value(v)}" for k, v in item.items()) + " }"
    raise TypeError(f"no TOML for {item!r}")


def _key(key: str) -> str:
    return key if key.replace("_", "").replace("-", "").isalnum() else json.dumps(key)


def _entry(entry: Mapping[str, Any], per_language: tuple[str, ...], indent: str = "") -> list[str]:
    lines: list[str] = []
    for key, item in entry.items():
        if key in per_language and isinstance(item, Mapping):
            lines += [f"{indent}{key}.{_key(lang)} = {value(text)}" for lang, text in item.items()]
        elif key != "options":
            lines.append(f"{indent}{key} = {value(item)}")
    return lines


def write_toml(data: Mapping[str, Any]) -> str:
    """``data`` (format, disclaimer, questions, outcomes, notes) as questionnaire.toml text."""
    lines = [
        "# The check-in questionnaire, imported from a FHIR Questionnaire (docs/questionnaire.md explains every key).",
        f"format = {value(data['format'])}",
        "",
        "[disclaimer]",
        *(f"{_key(lang)} = {value(text)}" for lang, text in data["disclaimer"].items()),
    ]
    for question in data["questions"]:
        lines += ["", "[[questions]]", *_entry(question, ("text", "hint"))]
        for option in question.get("options", []):
            lines += ["", "  [[questions.options]]", *_entry(option, ("text",), "  ")]
    for outcome in data["outcomes"]:
        lines += ["", "[[outcomes]]", *_entry(outcome, ("headline", "explanation", "ask_doctor"))]
    for note in data["notes"]:
        lines += ["", "[[notes]]", *_entry(note, ("text",))]
    return "\n".join(lines) + "\n"
