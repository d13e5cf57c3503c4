"""The tiles of the topic library, read from each shown pack's ``pack.toml`` alone.

The attract screen shows every shown pack's title, summary and picture in its first frame; reading
one small TOML file per pack is all that needs (a whole pack takes some 20 ms to load, so nine
would delay the first frame by far more than a patient should wait). The packs themselves load
after the first frame (:class:`Library`), or at the latest when their tile is touched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.core.content.model import ID_PATTERN, PACK_FILE, ContentPack, find_image
from kiosk.core.toml_limits import read_pack_file

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Topic:
    """One tile: a shown pack's id, title, one-line summary and picture, per language."""

    id: str
    folder: Path
    titles: dict[str, str]
    summaries: dict[str, str]
    languages: tuple[str, ...]
    default_language: str
    picture: str = ""
    #: The pack's page ids (links to others are plain words on the kiosk).
    pages: tuple[str, ...] = ()

    def language_for(self, lang: str) -> str:
        """``lang`` when the pack has it, else the pack's own default language."""
        return lang if lang in self.languages else self.default_language

    def title(self, lang: str) -> str:
        return self.titles.get(self.language_for(lang)) or self.titles.get(self.default_language) or self.id

    def summary(self, lang: str) -> str:
        return self.summaries.get(self.language_for(lang)) or self.summaries.get(self.default_language, "")

    def picture_path(self, lang: str, *, high_contrast: bool = False) -> Path | None:
        if not self.picture:
            return None
        return find_image(self.folder, self.picture, self.language_for(lang), high_contrast=high_contrast)


def topic_of(pack: ContentPack) -> Topic:
    """The tile of a pack already loaded."""
    return Topic(
        id=pack.id,
        folder=pack.root,
        titles=dict(pack.titles),
        summaries=dict(pack.subtitles),
        languages=pack.languages,
        default_language=pack.default_language,
        picture=pack.picture or _first_page_picture(pack),
        pages=tuple(page.id for page in pack.pages),
    )


def _first_page_picture(pack: ContentPack) -> str:
    """A pack without its own ``picture`` shows the first picture of its pages."""
    return next((page.image for page in pack.pages if page.image), "")


def _texts(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {lang: text.strip() for lang, text in value.items() if isinstance(text, str) and text.strip()}


def read_topic(folder: Path) -> Topic | None:
    """The tile of the pack in ``folder`` from its pack.toml, or None when that cannot be read.

    Only what the tile shows is read; whether the pack can be shown is for :func:`open_pack` (a
    pack that turns out unusable loses its tile then)."""
    read = read_pack_file(folder / PACK_FILE, PACK_FILE)
    if not isinstance(read, tuple):
        log.error("pack %s: %s", folder, read)
        return None
    data = read[0]
    pack_id, languages = data.get("id"), data.get("languages")
    if not isinstance(pack_id, str) or not ID_PATTERN.match(pack_id):
        return None
    if not isinstance(languages, list) or not languages or not all(isinstance(x, str) for x in languages):
        return None
    default = data.get("default_language", languages[0])
    if not isinstance(default, str) or default not in languages:
        default = languages[0]
    picture, pages = data.get("picture", ""), data.get("pages")
    return Topic(
        id=pack_id,
        folder=folder,
        titles=_texts(data.get("title")),
        summaries=_texts(data.get("subtitle")),
        languages=tuple(dict.fromkeys(languages)),
        default_language=default,
        picture=picture if isinstance(picture, str) else "",
        pages=tuple(page for page in pages if isinstance(page, str)) if isinstance(pages, list) else (),
    )


def all_languages(topics: Iterable[Topic]) -> tuple[str, ...]:
    """Every language of ``topics``, the first topic's first and in its order."""
    found: dict[str, None] = {}
    for topic in topics:
        found.update(dict.fromkeys(topic.languages))
    return tuple(found)


@dataclass
class Library:
    """The packs shown, in order: their tiles at once, the packs themselves as they are loaded.

    ``load`` opens one pack by id (``kiosk.core.install.locate.open_pack`` in the kiosk); a pack
    that cannot be opened is dropped from the library, and staff are told by ``open_pack``.
    """

    topics: tuple[Topic, ...]
    load: Callable[[str], ContentPack | None]
    packs: dict[str, ContentPack] = field(default_factory=dict)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(topic.id for topic in self.topics)

    @property
    def has_choice(self) -> bool:
        """Whether patients choose a topic (more than one pack is shown)."""
        return len(self.topics) > 1

    def topic(self, pack_id: str) -> Topic | None:
        return next((topic for topic in self.topics if topic.id == pack_id), None)

    def pack(self, pack_id: str) -> ContentPack | None:
        """The pack ``pack_id``, loaded now if it was not yet; None when it is not shown or cannot be."""
        if pack_id in self.packs:
            return self.packs[pack_id]
        if self.topic(pack_id) is None:
            return None
        pack = self.load(pack_id)
        if pack is None:
            log.error("pack %s cannot be shown; its tile is taken away", pack_id)
            self.topics = tuple(topic for topic in self.topics if topic.id != pack_id)
            return None
        self.add(pack)
        return pack

    def add(self, pack: ContentPack) -> None:
        """Keep ``pack`` (loaded elsewhere); its tile now shows what the loaded pack says."""
        self.packs[pack.id] = pack
        self.topics = tuple(topic_of(pack) if topic.id == pack.id else topic for topic in self.topics)

    def convert(self, pack_id: str) -> ContentPack | None:
        """The pack ``pack_id`` with its pages' HTML made (once), links to packs not shown unlinked."""
        pack = self.pack(pack_id)
        if pack is None or pack.converted:
            return pack
        from kiosk.core.content.render import render_pack  # noqa: PLC0415  (Markdown: not for the first frame)
        from kiosk.core.library.links import unlink_hidden_packs  # noqa: PLC0415

        pack = unlink_hidden_packs(render_pack(pack)[0], {topic.id: topic.pages for topic in self.topics})
        self.packs[pack_id] = pack
        return pack

    def not_loaded(self) -> list[str]:
        return [topic.id for topic in self.topics if topic.id not in self.packs]


def single(pack: ContentPack) -> Library:
    """A library of one pack, which is what the kiosk shows without a topic choice."""
    library = Library((topic_of(pack),), load=lambda _pack_id: None)
    library.add(pack)
    return library
