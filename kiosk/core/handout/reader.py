"""Reading ``summary.toml``: what a pack puts on every take-home summary besides the visit's own parts.

Today that is the warning signs to watch for after the procedure (``watch_for``), one list per
language. The format is in ``docs/keypoints.md`` beside the key-point checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from kiosk.core import toml_limits
from kiosk.core.checks import readability
from kiosk.core.keypoints.words import shown, text_problem
from kiosk.core.problems import Problem
from kiosk.core.tomllines import TomlLines

SUMMARY_FILE: Final = "summary.toml"
TOP_KEYS: Final = frozenset({"format", "watch_for", "picture", "handouts"})
MAX_LINES: Final = 8
MAX_LINE_CHARS: Final = 240
#: The warning signs' bytes in one language: with the headline, the clinic's name and phone and the
#: disclaimer, which are always kept, they must leave room in one QR code (997 bytes) for the rest.
MAX_WATCH_FOR_BYTES: Final = 600


@dataclass(frozen=True)
class TakeHome:
    """The pack's own lines on every summary."""

    watch_for: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: The picture on the printed summary (a file in ``images/``), or "" for none.
    picture: str = ""

    def warning_signs(self, lang: str) -> tuple[str, ...]:
        return self.watch_for.get(lang) or next(iter(self.watch_for.values()), ())


def load_take_home(
    pack_root: Path, languages: tuple[str, ...], *, check_words: bool = True
) -> tuple[TakeHome | None, list[Problem]]:
    """Read and check ``summary.toml``; (None, []) when the pack has none."""
    path = Path(pack_root) / SUMMARY_FILE
    if not path.is_file():
        return None, []
    read = toml_limits.read_pack_file(path, SUMMARY_FILE)
    if isinstance(read, Problem):
        return None, [read]
    data, text = read
    lines = TomlLines(text)
    problems: list[Problem] = []

    def error(key: str, message: str) -> None:
        problems.append(Problem(SUMMARY_FILE, lines.setting(key, top_level=False), message))

    for key in list(data)[:20]:
        if key not in TOP_KEYS:
            error(key, f"unknown key '{key}'; summary.toml has {', '.join(sorted(TOP_KEYS))}")
    fmt = data.get("format")
    if fmt != 2 or not isinstance(fmt, int) or isinstance(fmt, bool):
        error("format", f"write format = 2 at the top (found {shown(data.get('format'))})")
    raw = data.get("watch_for")
    watch_for: dict[str, tuple[str, ...]] = {}
    if not isinstance(raw, dict):
        error("watch_for", '\'watch_for\' needs one list per language: watch_for.en = ["…", "…"]')
        raw = {}
    for lang in languages:
        items = raw.get(lang)
        key = f"watch_for.{lang}"
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
            error(key, f"'{key}' must be a list of one to {MAX_LINES} lines of text")
            continue
        if len(items) > MAX_LINES or any(len(i) > MAX_LINE_CHARS for i in items):
            error(key, f"'{key}' may have at most {MAX_LINES} lines of at most {MAX_LINE_CHARS} characters")
            continue
        size = sum(len(item.strip().encode("utf-8")) for item in items)
        if size > MAX_WATCH_FOR_BYTES:
            error(
                key, f"'{key}' is {size} bytes; at most {MAX_WATCH_FOR_BYTES} fit the take-home QR code beside the rest"
            )
            continue
        wrong = next((problem for item in items if (problem := text_problem(item, MAX_LINE_CHARS))), "")
        if wrong:
            error(key, f"'{key}': a line {wrong}")
            continue
        if check_words:
            for finding in readability.phrase_findings("\n".join(items), lang):
                error(key, f"'{key}': {finding.message}")
        watch_for[lang] = tuple(item.strip() for item in items)
    for lang in list(raw)[:20]:  # a few are enough to say what is wrong (each looks its line up)
        if lang not in languages:
            error(f"watch_for.{lang}", f"'watch_for' has '{lang}', which is not one of the pack's languages")
    picture = data.get("picture", "")
    if not isinstance(picture, str) or (picture and not _is_picture(Path(pack_root), picture, languages)):
        error("picture", f"'picture' must name a picture in images/ (found {shown(picture)})")
        picture = ""
    if problems:
        return None, problems
    return TakeHome(watch_for, picture), []


def _is_picture(root: Path, name: str, languages: tuple[str, ...]) -> bool:
    """Whether ``images/<lang>/name`` or ``images/name`` is there for every language, and local."""
    from kiosk.core.content.markup import classify  # noqa: PLC0415
    from kiosk.core.paths import resolve_inside  # noqa: PLC0415

    if classify(name, is_image=True):
        return False
    images = root / "images"
    return all(resolve_inside(images, f"{lang}/{name}") or resolve_inside(images, name) for lang in languages)
