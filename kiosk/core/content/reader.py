"""Reading a content pack folder into a ``ContentPack``, reporting problems instead of raising.

Loading only reads and checks structure; the slower checks (Markdown, pictures, readability)
live in ``validate``. The format: ``docs/content-packs.md`` and ``docs/pack-format.md``.

pack.toml's [review] and [sources] tables are read in ``review_reader``, which also holds the
problem list and line finder this reader shares with it; the page files are read in ``page_reader``.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kiosk.core import toml_limits
from kiosk.core.content.budgets import MAX_PACK_PAGE_BYTES
from kiosk.core.content.markup import classify
from kiosk.core.content.model import (
    ID_FORM,
    ID_PATTERN,
    PACK_FILE,
    VERSION_FORM,
    VERSION_PATTERN,
    ContentPack,
    Handout,
    Page,
    PageText,
    Section,
    find_image,
)
from kiosk.core.content.page_reader import PageFileReader
from kiosk.core.content.stray_keys import lift_keys_written_below_tables
from kiosk.core.formats import format_problem
from kiosk.core.handout.reader import load_take_home
from kiosk.core.keypoints.reader import load_keypoints
from kiosk.core.languages import language_problem
from kiosk.core.problems import Problem, grouped_by_language, has_errors
from kiosk.core.questionnaire.reader import load_questionnaire
from kiosk.core.tomllines import TomlLines, toml_problem

__all__ = ["LoadResult", "load_pack"]

TOP_KEYS = frozenset(
    {
        "format", "id", "version", "languages", "default_language", "pages", "title", "subtitle",
        "review", "readability", "sections", "sources",
    }
)  # fmt: skip
#: What format 2 adds (docs/pack-format.md).
TOP_KEYS_2 = TOP_KEYS | {"kiosk_version", "handouts", "picture"}
#: The most languages one pack may have (each is checked against CLDR and has a folder of pages).
MAX_PACK_LANGUAGES = 50
#: The most handouts one pack may carry.
MAX_HANDOUTS = 10
#: A readability limit's largest size either way (a huge one lifts the check, as the benchmarks do).
MAX_READABILITY_LIMIT = 1_000_000
_READABILITY_KEY = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*_(?:max_grade|min_reading_ease)\Z")
#: Keys that are also top-level names but belong in these tables ([[sections]] and [[handouts]] have a title).
_TABLE_OWN_KEYS = {"sections": ("id", "title"), "handouts": ("id", "title")}


@dataclass
class LoadResult:
    pack: ContentPack | None
    problems: list[Problem]
    #: Seconds each page file took to convert to HTML (``kiosk validate`` reports the slowest).
    conversion_s: dict[str, float] = field(default_factory=dict)


class _PackReader(PageFileReader):
    """Collects problems while it reads one pack folder."""

    def read(self) -> ContentPack | None:
        if not self.root.is_dir():
            self.error(str(self.root), None, "this is not a folder; a content pack is a folder")
            return None
        try:
            self.toml_text = (self.root / PACK_FILE).read_text(encoding="utf-8")
        except FileNotFoundError:
            self.error(PACK_FILE, None, "the pack has no pack.toml")
            return None
        except (OSError, UnicodeDecodeError) as err:
            self.error(PACK_FILE, None, f"pack.toml cannot be read ({err})")
            return None
        try:
            data = toml_limits.loads(self.toml_text)
            self.lines = TomlLines(self.toml_text)
        except tomllib.TOMLDecodeError as err:
            line, message = toml_problem(err, self.toml_text)
            self.error(PACK_FILE, line, f"pack.toml is {message}")
            return None
        except toml_limits.TomlLimitError as err:
            self.error(PACK_FILE, err.lineno, f"pack.toml cannot be read: {err}")
            return None
        return self._build(data)

    def _text(self, data: dict[str, Any], key: str, pattern: re.Pattern[str] | None = None, form: str = "") -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            self.key_error(key, f"'{key}' is missing or is not text")
            return ""
        if pattern and not pattern.match(value):
            self.key_error(key, f"'{key}' = {value!r} is not {form}")
        return value

    def _per_language(
        self, data: dict[str, Any], key: str, languages: tuple[str, ...], required: bool, where: str = ""
    ) -> dict[str, str]:
        locate = where or key
        value = data.get(key, {})
        if not isinstance(value, dict):
            self.key_error(locate, f"'{key}' must be a table with one text per language")
            return {}
        texts = {lang: text for lang, text in value.items() if isinstance(text, str) and text.strip()}
        if required or texts:
            for lang in languages:
                if lang not in texts:
                    owner = f"section '{where.split(':', 1)[1]}': " if where.startswith("sections:") else ""
                    self.key_error(locate.split(":")[0], f"{owner}'{key}' has no text for language '{lang}'")
        return texts

    def _build(self, data: dict[str, Any]) -> ContentPack | None:
        for key, message in lift_keys_written_below_tables(data, TOP_KEYS_2, _TABLE_OWN_KEYS):
            self.error(PACK_FILE, self.lines.setting(key, top_level=False), message)
        fmt = data.get("format", 1)
        message = format_problem(fmt, data.get("kiosk_version"))
        if message:
            self.key_error("format", message)
            return None
        self.format = int(fmt)
        allowed = TOP_KEYS_2 if self.format >= 2 else TOP_KEYS
        for key in data:
            if key not in allowed:
                self.key_error(key, f"unknown key '{key}' in pack.toml; use {', '.join(sorted(allowed))}")
        pack_id = self._text(data, "id", ID_PATTERN, ID_FORM)
        version = self._text(data, "version", VERSION_PATTERN, VERSION_FORM)

        raw_languages = data.get("languages")
        if (
            not isinstance(raw_languages, list)
            or not raw_languages
            or not all(isinstance(x, str) for x in raw_languages)
        ):
            self.key_error("languages", '\'languages\' must be a list of language tags such as ["en", "es-MX"]')
            return None
        languages = tuple(dict.fromkeys(raw_languages))
        if len(languages) > MAX_PACK_LANGUAGES:
            self.key_error(
                "languages", f"a pack may have at most {MAX_PACK_LANGUAGES} languages, not {len(languages):,}"
            )
            return None
        for lang in languages:
            problem = language_problem(lang)
            if problem is not None:
                self.key_error("languages", f"languages: {problem}")
        # A tag that is not one never names a folder to read (it could be "../x").
        languages = tuple(lang for lang in languages if language_problem(lang) is None)
        if not languages:
            return None
        default_language = data.get("default_language", languages[0])
        if default_language not in languages:
            self.key_error(
                "default_language", f"default_language '{default_language}' is not one of the pack's languages"
            )
            default_language = languages[0]

        titles = self._per_language(data, "title", languages, required=True)
        subtitles = self._per_language(data, "subtitle", languages, required=False)
        sections = self._sections(data, languages)
        sources, kinds = self._sources(data)
        review = self._review(data)
        self._check_clinic_sign_off(data, review)
        readability = self._readability(data)

        page_ids = data.get("pages")
        if not isinstance(page_ids, list) or not page_ids or not all(isinstance(x, str) for x in page_ids):
            self.key_error("pages", "'pages' must list the page ids in the order patients see them")
            return None
        duplicates = {p for p in page_ids if page_ids.count(p) > 1}
        for dup in sorted(duplicates):
            self.key_error("pages", f"page id '{dup}' is listed more than once")
        for page_id in page_ids:
            if not ID_PATTERN.match(page_id):
                self.key_error("pages", f"page id '{page_id}' must use lower-case letters, digits and dashes")
        page_ids = list(dict.fromkeys(page_ids))

        for lang in languages:
            self._check_language_folder(lang, page_ids)
        pages = tuple(p for p in (self._page(pid, languages, sections) for pid in page_ids) if p is not None)
        self._check_section_order(pages, sections)
        handouts = self._handouts(data, languages, pages)
        picture = self._picture(data, languages)

        return ContentPack(
            root=self.root,
            id=pack_id or self.root.name,
            version=version or "0",
            languages=languages,
            default_language=default_language,
            titles=titles,
            subtitles=subtitles,
            sections=sections,
            pages=pages,
            sources=sources,
            source_kinds=kinds,
            review=review,
            readability=readability,
            format=self.format,
            handouts=handouts,
            picture=picture,
        )

    def _picture(self, data: dict[str, Any], languages: tuple[str, ...]) -> str:
        """``picture``: the pack's tile in the topic library, a file in images/ for every language."""
        name = data.get("picture", "")
        if not isinstance(name, str):
            self.key_error("picture", "'picture' must name a file in the pack's images/ folder, such as \"spine.svg\"")
            return ""
        if not name:
            return ""
        refused = classify(name, is_image=True)
        if refused:
            self.key_error("picture", refused)
            return ""
        missing = [lang for lang in languages if find_image(self.root, name, lang) is None]
        if missing:
            where = f"images/ and images/{missing[0]}/"
            self.key_error("picture", f"picture '{name}' is not in images/ (looked in {where})")
            return ""
        return name

    def _handouts(
        self, data: dict[str, Any], languages: tuple[str, ...], pages: tuple[Page, ...]
    ) -> tuple[Handout, ...]:
        """``[[handouts]]``: printable pages, each in ``<lang>/handouts/<id>.md`` and printed from one page."""
        raw = data.get("handouts", [])
        if not isinstance(raw, list) or not all(isinstance(entry, dict) for entry in raw):
            self.key_error("handouts", "'[[handouts]]' entries each need an 'id' and the 'page' they are printed from")
            return ()
        if len(raw) > MAX_HANDOUTS:
            self.key_error("handouts", f"a pack may have at most {MAX_HANDOUTS} handouts")
            return ()
        page_ids = {page.id for page in pages}
        handouts: list[Handout] = []
        for entry in raw:
            handout_id, page_id = entry.get("id"), entry.get("page")
            if not isinstance(handout_id, str) or not ID_PATTERN.match(handout_id):
                self.key_error("handouts", "a handout's 'id' must use lower-case letters, digits and dashes")
                continue
            if any(h.id == handout_id for h in handouts):
                self.key_error("handouts", f"handout id '{handout_id}' is used twice")
                continue
            if not isinstance(page_id, str) or page_id not in page_ids:
                self.key_error("handouts", f"handout '{handout_id}': 'page' must name one of the pack's pages")
                continue
            unknown = sorted(set(entry) - {"id", "page"})
            if unknown:
                self.key_error("handouts", f"handout '{handout_id}': unknown key '{unknown[0]}'; use id and page")
            texts: dict[str, PageText] = {}
            for lang in languages:
                text = self._page_text(f"handouts/{handout_id}", lang, required=("title",))
                if text is not None:
                    texts[lang] = text
            if len(texts) != len(languages):
                continue  # each missing language is already a problem
            first = next(iter(texts.values()))
            content = Page(
                f"handouts/{handout_id}",
                "",
                texts,
                image=first.header.get("image", ("", 0))[0],
                sources=tuple(s.strip() for s in first.header.get("sources", ("", 0))[0].split(",") if s.strip()),
                kind="handout",
            )
            handouts.append(Handout(handout_id, page_id, content))
        return tuple(handouts)

    def _sections(self, data: dict[str, Any], languages: tuple[str, ...]) -> tuple[Section, ...]:
        raw = data.get("sections")
        if not isinstance(raw, list) or not raw:
            self.key_error("sections", "'[[sections]]' must list the sections shown in the progress strip")
            return ()
        sections: list[Section] = []
        for entry in raw:
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                self.key_error("sections", "each [[sections]] entry needs an 'id'")
                continue
            titles = self._per_language(entry, "title", languages, required=True, where=f"sections:{entry['id']}")
            if any(s.id == entry["id"] for s in sections):
                self.key_error("sections", f"section id '{entry['id']}' is used twice")
                continue
            sections.append(Section(entry["id"], titles))
        return tuple(sections)

    def _readability(self, data: dict[str, Any]) -> dict[str, float]:
        raw = data.get("readability", {})
        if not isinstance(raw, dict):
            self.key_error("readability", "'readability' must be a table of limits")
            return {}
        limits: dict[str, float] = {}
        for key, value in raw.items():
            if not _READABILITY_KEY.match(key):
                self.warn(
                    PACK_FILE,
                    self.lines.setting(key, top_level=False),
                    f"unknown key '{key}' in [readability]; a limit is named like en_max_grade or es_min_reading_ease",
                )
                continue
            try:
                number = float(value) if not isinstance(value, bool) and isinstance(value, int | float) else math.nan
            except OverflowError:
                number = math.nan
            if not math.isfinite(number) or abs(number) > MAX_READABILITY_LIMIT:
                self.key_error(key, f"readability limit '{key}' must be a number such as 8 or 60")
                continue
            limits[key] = number
        return limits


def load_pack(root: Path, *, check_words: bool = True, convert: bool = True) -> LoadResult:
    """Read the pack folder at ``root``. ``pack`` is None only when nothing usable was found.

    ``check_words=False`` skips the questionnaire's forbidden-phrase check (see ``load_questionnaire``).
    ``convert=False`` leaves the pages' HTML for later (``Session.convert_pages``): the kiosk
    shows its first frame before it imports the Markdown converter. The budgets are checked
    either way.
    """
    reader = _PackReader(Path(root))
    result = _read_pack(reader, check_words=check_words, convert=convert)
    grouped = grouped_by_language(result.problems, PACK_FILE, reader.lines.setting("languages"))
    return replace(result, problems=grouped)


def _read_pack(reader: _PackReader, *, check_words: bool, convert: bool) -> LoadResult:
    pack = reader.read()
    if pack is not None and not pack.pages:
        reader.error(PACK_FILE, reader.lines.setting("pages"), "the pack has no pages that could be read")
        pack = None
    if pack is not None:
        questionnaire, problems = load_questionnaire(
            pack.root, pack.languages, tuple(pack.sources), check_words=check_words
        )
        reader.problems.extend(problems)
        keypoints, problems = load_keypoints(pack.root, pack.languages, pack.pages, check_words=check_words)
        reader.problems.extend(problems)
        take_home, problems = load_take_home(pack.root, pack.languages, check_words=check_words)
        reader.problems.extend(problems)
        pack = replace(pack, questionnaire=questionnaire, keypoints=keypoints, take_home=take_home)
    if pack is None or has_errors(reader.problems):
        return LoadResult(pack, reader.problems)  # refused anyway: nothing is converted
    total = sum(len(t.markdown.encode("utf-8", errors="surrogatepass")) for p in pack.pages for t in p.texts.values())
    if total > MAX_PACK_PAGE_BYTES:
        limit = MAX_PACK_PAGE_BYTES // 1024
        message = f"the pages add up to {total // 1024:,} KiB; a pack may have at most {limit:,} KiB of pages"
        reader.error(PACK_FILE, None, message)
        return LoadResult(None, reader.problems)
    if not convert:
        return LoadResult(pack, reader.problems)
    from kiosk.core.content.render import render_pack  # noqa: PLC0415  (it imports this module)

    pack, seconds = render_pack(pack)
    return LoadResult(pack, reader.problems, seconds)
