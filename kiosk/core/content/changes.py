"""Which screen to show after files of a pack changed: the page just edited, in its language.

``kiosk preview`` asks this after every save. A page file (``es/welcome.md``) shows that page in
that language; a picture shows the first page that uses it; ``questionnaire.toml`` or
``tests.toml`` shows the first question; anything else keeps the screen the author was on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from kiosk.core.content.model import ContentPack

QUESTIONNAIRE_FILES = frozenset({"questionnaire.toml", "tests.toml"})


@dataclass(frozen=True, slots=True)
class Target:
    """Where the preview goes: a page (and a language), the questions, or nowhere new."""

    page_id: str | None = None
    lang: str | None = None
    questionnaire: bool = False
    #: The changed file, relative to the pack ("" when none is known).
    file: str = ""


def _relative(path: Path, root: Path) -> PurePosixPath | None:
    try:
        return PurePosixPath(path.resolve().relative_to(root.resolve()).as_posix())
    except (OSError, ValueError):
        return None


def _latest(paths: Iterable[Path]) -> list[Path]:
    """The changed paths, the most recently written first (a deleted file counts as oldest)."""

    def written(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return float("-inf")

    return sorted(set(paths), key=written, reverse=True)


def target_for(changed: Iterable[Path], root: Path, pack: ContentPack | None) -> Target:
    """The screen to show after ``changed`` files in the pack at ``root`` were saved."""
    fallback = Target()
    for path in _latest(changed):
        relative = _relative(path, root)
        if relative is None:
            continue
        parts = relative.parts
        name = relative.as_posix()
        if name in QUESTIONNAIRE_FILES:
            return Target(questionnaire=True, file=name)
        if pack is None:
            fallback = fallback if fallback.file else Target(file=name)
            continue
        if len(parts) == 2 and parts[0] in pack.languages and relative.suffix == ".md":
            page_id = relative.stem
            if pack.page_index(page_id) is not None:
                return Target(page_id, parts[0], file=name)
        if parts and parts[0] == "images":
            lang = parts[1] if len(parts) == 3 and parts[1] in pack.languages else None
            for page in pack.pages:
                texts = [page.texts[lang]] if lang in page.texts else list(page.texts.values())
                if page.image == relative.name or any(relative.name in text.markdown for text in texts):
                    return Target(page.id, lang, file=name)
        fallback = fallback if fallback.file else Target(file=name)
    return fallback
