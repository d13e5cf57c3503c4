"""Every page of a pack converted to HTML once, when the pack is loaded: screens only show it.

Widgets never call the Markdown converter. A page reaches here only after the budgets in
``kiosk.core.content.budgets`` passed, so each conversion is bounded; how long each one really
took is kept, and ``kiosk validate`` reports the slowest. The whole conversion runs inside
``watchdog.long_work``, so the service manager keeps getting pings while a large (but allowed)
pack is converted, and still stops getting them if the conversion ever hangs.
"""

from __future__ import annotations

import time
from dataclasses import replace

from kiosk.core import watchdog
from kiosk.core.content.markup import prepare, render_markdown
from kiosk.core.content.model import ContentPack, Page

#: Longest a whole pack may take to convert before the watchdog is left to do its job.
CONVERT_LIMIT_S = 30.0


def render_pack(pack: ContentPack) -> tuple[ContentPack, dict[str, float]]:
    """``pack`` with every page's ``html`` filled in, and the seconds each page file took."""
    seconds: dict[str, float] = {}

    def converted(page: Page) -> Page:
        texts = {}
        for lang, text in page.texts.items():
            start = time.perf_counter()
            html = render_markdown(text.markdown)
            seconds[text.file] = time.perf_counter() - start
            texts[lang] = replace(text, html=html)
        return replace(page, texts=texts)

    with watchdog.long_work(CONVERT_LIMIT_S):
        prepare()
        pages = tuple(converted(page) for page in pack.pages)
        handouts = tuple(replace(handout, content=converted(handout.content)) for handout in pack.handouts)
    return replace(pack, pages=pages, handouts=handouts, converted=True), seconds
