"""Links from one pack's pages to another's: ``[the test block](pack:rfa-facet/test-block)``.

The validator checks each against the packs installed beside the pack (:func:`linked_pack_pages`);
on the kiosk a link to a pack that is not shown is plain words (:func:`unlink_hidden_packs`), so a
patient never touches a link that goes nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from kiosk.core.content.markup import PACK_SCHEME
from kiosk.core.content.model import ID_PATTERN, PACK_FILE, ContentPack, Page
from kiosk.core.toml_limits import read_pack_file

# nh3 writes every link it keeps as <a href="...">; a link holds no other link inside it.
# Any attribute order: nh3 escapes quotes and brackets inside values, so [^>]* ends at the tag.
_PACK_LINK = re.compile(r'<a\b[^>]*?\bhref="pack:([a-z0-9-]+)/([a-z0-9-]*)"[^>]*>(.*?)</a>', re.DOTALL)


def parse_pack_link(url: str) -> tuple[str, str] | None:
    """(pack id, page id) of ``pack:<pack>/<page>``; None when ``url`` is not written that way."""
    if not url.startswith(f"{PACK_SCHEME}:"):
        return None
    pack_id, slash, page_id = url[len(PACK_SCHEME) + 1 :].partition("/")
    if not slash or not ID_PATTERN.match(pack_id) or not ID_PATTERN.match(page_id):
        return None
    return pack_id, page_id


def unlink_hidden_packs(pack: ContentPack, shown: Mapping[str, Iterable[str]]) -> ContentPack:
    """``pack`` with every link to a page of a pack that is not shown (``shown``: pack id → its
    page ids) turned into its plain words; so is a link to a page that pack does not have."""
    keep = {(pack_id, page) for pack_id, pages in shown.items() for page in pages}
    keep |= {(pack.id, page.id) for page in pack.pages}

    def plain(match: re.Match[str]) -> str:
        return match.group(0) if (match.group(1), match.group(2)) in keep else match.group(3)

    def unlinked(page: Page) -> Page:
        texts = {lang: replace(text, html=_PACK_LINK.sub(plain, text.html)) for lang, text in page.texts.items()}
        return replace(page, texts=texts)

    if not any(f'href="{PACK_SCHEME}:' in text.html for page in pack.pages for text in page.texts.values()):
        return pack
    return replace(pack, pages=tuple(unlinked(page) for page in pack.pages))


def linked_pack_pages(pack_id: str, folders: Iterable[Path]) -> tuple[str, ...] | None:
    """The page ids of the pack ``pack_id`` from the first of ``folders`` holding a pack of that id
    (each folder is a pack, or holds packs by their ids); None when none does."""
    for folder in folders:
        for candidate in (folder, folder / pack_id):
            read = read_pack_file(candidate / PACK_FILE, PACK_FILE) if (candidate / PACK_FILE).is_file() else None
            if not isinstance(read, tuple) or read[0].get("id") != pack_id:
                continue
            pages = read[0].get("pages")
            return tuple(page for page in pages if isinstance(page, str)) if isinstance(pages, list) else ()
    return None
