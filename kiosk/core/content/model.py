"""A content pack's data: its pages, sections, sources and review status.

``reader`` reads a pack folder into a ``ContentPack``; the format is documented for authors in
``docs/content-packs.md`` and, field by field, in ``docs/pack-format.md``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from kiosk.core.handout.reader import TakeHome
from kiosk.core.keypoints.model import KeyPoints
from kiosk.core.languages import is_language_tag
from kiosk.core.paths import resolve_inside
from kiosk.core.questionnaire.model import Questionnaire

PACK_FILE = "pack.toml"
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z")
VERSION_PATTERN = re.compile(r"^\d+(?:\.\d+){0,3}$")
#: What the patterns above ask for, in the words of a pack's author.
ID_FORM = "an id: lower-case letters a-z and digits, with single hyphens between words, such as 'rfa-facet'"
VERSION_FORM = "a version: one to four numbers with dots between them, such as '1.2.0'"

#: The mark of a picture's high-contrast version: ``spine.hc.svg`` is ``spine.svg`` for the high-contrast theme.
HIGH_CONTRAST_MARK = ".hc"


def high_contrast_name(name: str) -> str:
    """The file name of picture ``name``'s high-contrast version (``spine.svg`` -> ``spine.hc.svg``)."""
    folder, slash, file = name.rpartition("/")
    stem, dot, suffix = file.rpartition(".")
    marked = f"{stem}{HIGH_CONTRAST_MARK}.{suffix}" if dot and stem else f"{file}{HIGH_CONTRAST_MARK}"
    return f"{folder}{slash}{marked}"


#: ``key: value`` (the value is stripped after matching: a pattern that strips it backtracks on long runs of spaces).
#: The key may have any letters, so that one written with an accent ("títle") is named as unknown.
HEADER_LINE = re.compile(r"^([^\W\d_][\w-]*)[ \t]*:(.*)$")
HEADER_KEYS = frozenset({"title", "section", "icon", "image", "alt", "sources", "kind"})
# Narration and video (pack format 2; checked in kiosk/core/checks/media.py).
MEDIA_HEADER_KEYS = frozenset({"narration", "narration-cues", "video", "poster", "captions"})
HEADER_KEYS = HEADER_KEYS | MEDIA_HEADER_KEYS
PAGE_KINDS = frozenset({"page", "sources"})
#: The kind of a handout's page (``[[handouts]]``): printed, never one of the visit's screens.
HANDOUT_KIND = "handout"


@dataclass(frozen=True)
class Section:
    id: str
    titles: dict[str, str]

    def title(self, lang: str) -> str:
        return self.titles.get(lang) or next(iter(self.titles.values()), self.id)


@dataclass(frozen=True)
class PageText:
    """One page in one language, as the author wrote it."""

    lang: str
    file: str
    title: str
    markdown: str
    body_line: int
    alt: str = ""
    header: dict[str, tuple[str, int]] = field(default_factory=dict)
    #: The page's Markdown converted once, when the pack is loaded, and made safe to show
    #: (see ``kiosk.core.content.render``): what the screen shows, never converted again.
    html: str = ""


@dataclass(frozen=True)
class Page:
    """One screen of the pack; what it shows is the same in every language but the words."""

    id: str
    section: str
    texts: dict[str, PageText]
    icon: str = ""
    image: str = ""
    sources: tuple[str, ...] = ()
    kind: str = "page"

    def text(self, lang: str) -> PageText:
        return self.texts.get(lang) or next(iter(self.texts.values()))


@dataclass(frozen=True)
class Handout:
    """A page to print (``[[handouts]]`` in pack.toml), offered on the page ``page``."""

    id: str
    page: str
    content: Page

    def title(self, lang: str) -> str:
        return self.content.text(lang).title


class SourceKind(StrEnum):
    """Where a source's facts come from."""

    PUBLISHED = "published"  # a guideline, paper or patient document
    CLINIC_INSTRUCTION = "clinic-instruction"  # the clinic's own practice, signed off by its medical lead


class ReviewStatus(StrEnum):
    """Whether the clinic's medical lead has signed the pack's content off."""

    DRAFT = "draft"
    REVIEWED = "reviewed"


@dataclass(frozen=True)
class Review:
    """The pack's review status, for staff; patients only ever see the date of a reviewed pack."""

    status: ReviewStatus = ReviewStatus.DRAFT
    by: str = ""
    date: dt.date | None = None

    @property
    def is_draft(self) -> bool:
        return self.status is ReviewStatus.DRAFT


@dataclass(frozen=True)
class ContentPack:
    root: Path
    id: str
    version: str
    languages: tuple[str, ...]
    default_language: str
    titles: dict[str, str]
    subtitles: dict[str, str]
    sections: tuple[Section, ...]
    pages: tuple[Page, ...]
    sources: dict[str, str]
    #: Each source's kind; a source not listed here is published.
    source_kinds: dict[str, SourceKind] = field(default_factory=dict)
    review: Review = field(default_factory=Review)
    readability: dict[str, float] = field(default_factory=dict)
    questionnaire: Questionnaire | None = None
    #: The key-point checks (``keypoints.toml``), asked where the pack says; None when it has none.
    keypoints: KeyPoints | None = None
    #: What the pack puts on every take-home summary (``summary.toml``).
    take_home: TakeHome | None = None
    #: The pack format it was written in (``format`` in pack.toml): media keys need format 2.
    format: int = 1
    #: Pages to print, each offered on one of the pack's pages (format 2).
    handouts: tuple[Handout, ...] = ()
    #: Every page's ``html`` is filled in (``kiosk.core.content.render``).
    converted: bool = False
    #: The picture on the pack's tile in the topic library (a file in images/; format 2).
    picture: str = ""

    def title(self, lang: str) -> str:
        return self.titles.get(lang) or self.titles.get(self.default_language, self.id)

    @property
    def reviewed_by(self) -> str:
        return self.review.by

    @property
    def review_date(self) -> dt.date | None:
        return self.review.date

    @property
    def is_draft(self) -> bool:
        return self.review.is_draft

    def subtitle(self, lang: str) -> str:
        return self.subtitles.get(lang) or self.subtitles.get(self.default_language, "")

    def handouts_for(self, page_id: str) -> tuple[Handout, ...]:
        return tuple(handout for handout in self.handouts if handout.page == page_id)

    def page_index(self, page_id: str) -> int | None:
        for index, page in enumerate(self.pages):
            if page.id == page_id:
                return index
        return None

    def section_index(self, section_id: str) -> int:
        for index, section in enumerate(self.sections):
            if section.id == section_id:
                return index
        return -1

    def image_path(self, name: str, lang: str, *, high_contrast: bool = False) -> Path | None:
        """The picture ``name`` for ``lang`` (see :func:`find_image`)."""
        return find_image(self.root, name, lang, high_contrast=high_contrast)

    def has_high_contrast(self, name: str, lang: str) -> bool:
        """Whether the pack has a high-contrast version of picture ``name`` for ``lang``."""
        found = self.image_path(name, lang, high_contrast=True)
        return found is not None and found.name == Path(high_contrast_name(name)).name

    def missing_picture(self, name: str, lang: str) -> str:
        """What to tell an author when ``image_path`` finds no picture ``name``: where it looked,
        and the picture with the closest name when there is one."""
        message = f"picture '{name}' is not in images/: looked for images/{lang}/{name} and images/{name}"
        names: list[str] = []
        folders = (
            [self.root / "images"] if not is_language_tag(lang) else [self.root / "images" / lang, self.root / "images"]
        )
        for folder in folders if not (self.root / "images").is_symlink() else []:
            try:
                names += sorted(entry.name for entry in folder.iterdir() if entry.is_file())[:500]
            except OSError:
                continue
        close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
        return message + (f"; did you mean '{close[0]}'?" if close else "")


def find_image(root: Path, name: str, lang: str, *, high_contrast: bool = False) -> Path | None:
    """The picture ``name`` of the pack at ``root`` for ``lang``: ``images/<lang>/name`` first,
    then ``images/name``.

    With ``high_contrast``, the pack's high-contrast version of it (``NAME.hc.svg`` beside
    ``NAME.svg``, see :func:`high_contrast_name`) comes first when the pack has one."""
    images = root / "images"
    if images.is_symlink():  # images/ itself a link would lead out of the pack
        return None
    # Anchored on images/ itself: a symbolic link for images/<lang> cannot lead out of the pack.
    # The language's own pictures first (their labels are in the patient's language), each with
    # its high-contrast version ahead of it when asked for.
    names = (high_contrast_name(name), name) if high_contrast else (name,)
    for relative in [f"{lang}/{each}" for each in names] + list(names):
        found = resolve_inside(images, relative)
        if found is not None:
            return found
    return None
