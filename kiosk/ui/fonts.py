"""The bundled fallback fonts, registered with Qt only when a pack's words need them.

Atkinson Hyperlegible (``theme.load_fonts``) draws the Latin text. For a character it lacks, Qt
tries the families substituted for it, in order: Noto Sans, Noto Sans Arabic, Noto Sans Hebrew,
Noto Sans CJK SC (``kiosk.core.checks.fonts``), so every widget and the page text find them
through the one family the stylesheet names. Qt shapes Arabic with HarfBuzz once a font with
its glyphs is found. A pack in English and Spanish never loads any of them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

from kiosk.core.checks import fonts
from kiosk.core.checks.pack_fonts import patient_texts
from kiosk.core.content.model import ContentPack
from kiosk.core.paths import resource_path

log = logging.getLogger(__name__)


@lru_cache(maxsize=len(fonts.FALLBACKS))
def register(family: fonts.BundledFamily) -> bool:
    """Register ``family``'s files with Qt once and make it a fallback for Atkinson Hyperlegible;
    False when a file could not be loaded (the system's fonts are used for those characters)."""
    # Always in FALLBACKS' order (Noto Sans CJK SC has Greek and Cyrillic letters too, which Noto
    # Sans draws better), and before the files: adding a font clears Qt's font cache, so no text
    # keeps a choice made without it.
    order = [*loaded_families(), family.family]
    QFont.removeSubstitutions(fonts.PRIMARY.family)
    QFont.insertSubstitutions(fonts.PRIMARY.family, [f.family for f in fonts.FALLBACKS if f.family in order])
    loaded = True
    for name in family.files:
        if QFontDatabase.addApplicationFont(str(resource_path(f"fonts/{name}"))) < 0:
            log.warning("could not load bundled font %s", name)
            loaded = False
    log.info("loaded the %s font (%s)", family.family, family.scripts)
    return loaded


def loaded_families() -> tuple[str, ...]:
    """The fallback families registered so far, in the order Qt tries them."""
    substitutes = {name.casefold() for name in QFont.substitutes(fonts.PRIMARY.family)}  # Qt keeps them in lower case
    return tuple(family.family for family in fonts.FALLBACKS if family.family.casefold() in substitutes)


def _register_all(families: Iterable[fonts.BundledFamily]) -> None:
    wanted = set(families)
    for family in fonts.FALLBACKS:
        if family in wanted:
            register(family)


def load_for_text(*texts: str) -> None:
    """Make sure the fallbacks that ``texts`` need are registered (cheap when none are)."""
    _register_all(family for text in texts for family in fonts.fallbacks_for(text))


def load_for_pack(pack: ContentPack) -> None:
    """Before a pack is shown: the fallbacks its languages (their own names on the language
    chooser, the translated controls) and every text a patient may see in it need."""
    needed = set(fonts.fallbacks_for_languages(pack.languages))
    if len(needed) < len(fonts.FALLBACKS):
        needed.update(fonts.fallbacks_for("".join(patient_texts(pack))))
    _register_all(needed)
