"""Reading a pack's page files, ``<lang>/<page id>.md``: the header lines, the body, and the
checks that every language's copy of a page agrees (section, kind, picture, icon, sources).
"""

from __future__ import annotations

import difflib
import unicodedata

from kiosk.core.content.budgets import BudgetIssue, page_budget_issues, page_too_big
from kiosk.core.content.model import HEADER_KEYS, HEADER_LINE, PAGE_KINDS, Page, PageText, Section
from kiosk.core.content.review_reader import PackTomlReader
from kiosk.core.paths import resolve_inside


class PageFileReader(PackTomlReader):
    """Reads page files into ``Page`` and ``PageText``, adding to the same problem list."""

    def _check_language_folder(self, lang: str, page_ids: list[str]) -> None:
        folder = self.root / lang
        if not folder.is_dir():
            self.error(f"{lang}/", None, f"the pack lists language '{lang}' but has no '{lang}' folder")
            return
        extra = sorted(p.stem for p in folder.glob("*.md") if p.stem not in page_ids)
        for stem in extra:
            self.warn(
                f"{lang}/{stem}.md", None, "this page is not listed in 'pages' in pack.toml, so it is never shown"
            )

    def _page(self, page_id: str, languages: tuple[str, ...], sections: tuple[Section, ...]) -> Page | None:
        texts: dict[str, PageText] = {}
        for lang in languages:
            text = self._page_text(page_id, lang)
            if text is not None:
                texts[lang] = text
        if not texts:
            return None
        first = next(iter(texts.values()))
        shared: dict[str, str] = {}
        for key in ("section", "kind", "image", "icon", "sources"):
            values = {lang: t.header.get(key, ("", 0))[0] for lang, t in texts.items()}
            shared[key] = values[first.lang]
            for lang, value in values.items():
                if value != shared[key]:
                    severity = self.error if key in ("section", "kind") else self.warn
                    severity(
                        texts[lang].file,
                        texts[lang].header.get(key, ("", None))[1],
                        f"'{key}' is '{value}' here but '{shared[key]}' in {first.file}; languages must match",
                    )
        section = shared["section"]
        if section and sections and section not in {s.id for s in sections}:
            self.error(
                first.file, first.header["section"][1], f"section '{section}' is not one of the sections in pack.toml"
            )
        kind = shared["kind"] or "page"
        if kind not in PAGE_KINDS:
            self.error(first.file, first.header["kind"][1], f"kind '{kind}' is unknown; use 'sources' or leave it out")
        sources = tuple(s.strip() for s in shared["sources"].split(",") if s.strip())
        return Page(page_id, section, texts, icon=shared["icon"], image=shared["image"], sources=sources, kind=kind)

    def _page_text(
        self, page_id: str, lang: str, *, required: tuple[str, ...] = ("title", "section")
    ) -> PageText | None:
        file = f"{lang}/{page_id}.md"
        path = resolve_inside(self.root, file)
        if path is None:
            if (self.root / lang).is_dir():
                self.error(file, None, f"page '{page_id}' is missing in language '{lang}'")
            return None
        try:
            too_big = page_too_big(path.stat().st_size)
            text = "" if too_big else path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            self.error(file, None, f"cannot be read as UTF-8 text ({err})")
            return None
        over = [BudgetIssue(1, too_big)] if too_big else page_budget_issues(text)
        for issue in over:
            self.error(file, issue.line, issue.message)
        if over:
            return None  # never converted, never checked further: its limits already refuse the pack
        lines = text.splitlines()
        header: dict[str, tuple[str, int]] = {}
        index = 0
        while index < len(lines) and lines[index].strip():
            match = HEADER_LINE.match(lines[index])
            if not match:
                if not header:
                    self.error(
                        file, index + 1, "a page must start with header lines such as 'title: …' and a blank line"
                    )
                    return None
                self.error(file, index + 1, "header lines look like 'key: value'; end the header with a blank line")
                break
            key = match.group(1).lower()
            if key not in HEADER_KEYS:
                meant = _meant_header_key(key)
                if meant:  # a slip ("títle", "tilte"): said once, and read as what was meant
                    self.error(file, index + 1, f"unknown header key '{key}'; did you mean '{meant}'?")
                    key = meant
                else:
                    self.warn(file, index + 1, f"unknown header key '{key}' is ignored")
            header[key] = (match.group(2).strip(), index + 1)
            index += 1
        for key in required:
            if not header.get(key, ("", 0))[0]:
                self.error(file, 1, f"the header has no '{key}:' line")
        if header.get("image", ("", 0))[0] and not header.get("alt", ("", 0))[0]:
            self.error(file, header["image"][1], "a picture needs an 'alt:' line that says what it shows")
        body_start = index + 1
        return PageText(
            lang=lang,
            file=file,
            title=header.get("title", (page_id, 0))[0],
            markdown="\n".join(lines[index:]).strip("\n"),
            body_line=body_start + _leading_blank_lines(lines[index:]) if index < len(lines) else body_start,
            alt=header.get("alt", ("", 0))[0],
            header=header,
        )

    def _check_section_order(self, pages: tuple[Page, ...], sections: tuple[Section, ...]) -> None:
        order = [s.id for s in sections]
        last = -1
        for page in pages:
            if page.section not in order:
                continue
            position = order.index(page.section)
            if position < last:
                first = next(iter(page.texts.values()))
                self.error(
                    first.file,
                    first.header.get("section", ("", None))[1],
                    f"page '{page.id}' is in section '{page.section}', which comes earlier in the progress strip; "
                    "keep each section's pages together and in the order of [[sections]]",
                )
            last = max(last, position)


def _meant_header_key(key: str) -> str:
    """The header key ``key`` was probably meant to be (an accent added, letters swapped), or ""."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    if plain in HEADER_KEYS:
        return plain
    close = difflib.get_close_matches(plain, sorted(HEADER_KEYS), n=1, cutoff=0.8)
    return close[0] if close else ""


def _leading_blank_lines(lines: list[str]) -> int:
    count = 0
    for line in lines:
        if line.strip():
            break
        count += 1
    return count
