"""Plain-language checks a program can make, after the understandability and actionability items
of AHRQ's PEMAT-P (the Patient Education Materials Assessment Tool for printable materials).

This is never a PEMAT score: PEMAT is scored by people. ``kiosk validate`` reports, per page, how
many of the items below a program could judge were met, and lists the items left for a person
(docs/content-packs.md). Nothing here refuses a pack: these are findings for its author.

Items judged per page:
  1  the purpose is evident: the page opens with one or two sentences, not a long paragraph;
  4  medical words are explained where the pack first uses them (words listed in ``glossary.toml``:
     in bold there, the pack's way of saying "this is the word", or in a sentence that says
     "called" or "means");
  7  no calculation is asked of the reader: no percentages, no fractions;
  8  short chunks: no paragraph over 4 sentences or 60 words;
  12 visual cues draw attention to key points: bold, a list or a heading.
Items judged for the whole pack:
  11 a summary: a page called a summary or key points, or the take-home summary (summary.toml);
  15 visual aids: every section has a page with a picture or a video;
  22 an action broken into steps: at least one numbered list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kiosk.core import toml_limits
from kiosk.core.content.model import ContentPack, Page
from kiosk.core.problems import Problem

GLOSSARY_FILE = "glossary.toml"
#: The most glossary terms a pack may list, and the longest a term may be.
MAX_TERMS = 300
MAX_TERM_CHARS = 80
#: The forms one term may list, and all terms together; the problems said about the file, at most.
MAX_FORMS_PER_TERM = 10
MAX_FORMS = 1000
MAX_PROBLEMS = 20

#: The items a program judges, by PEMAT-P number, in a few words.
PAGE_ITEMS = {
    1: "purpose first",
    4: "medical words explained",
    7: "no calculations",
    8: "short chunks",
    12: "visual cues",
}
PACK_ITEMS = {11: "a summary", 15: "pictures in every section", 22: "steps to follow"}
#: The PEMAT-P items left for a person (2, 3, 5, 6, 9, 10, 13, 14, 16-19 and 20, 21, 23-26).
LEFT_FOR_A_PERSON = (2, 3, 5, 6, 9, 10, 13, 14, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26)

_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_NUMBERED_ITEM = re.compile(r"^\s*\d+[.)]\s+")
_HEADING = re.compile(r"^\s*#{1,6}\s")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_CALCULATION = re.compile(
    r"(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:%|per\s?cent\b|por\s?ciento\b)|\bpercentage\b|\bporcentaje\b"
    r"|(?<![\d/])\d+/\d+(?![\d/])",
    re.IGNORECASE,
)
_EXPLAINS = re.compile(r"\b(?:called|means|meaning|llama|llaman|llamada|llamado|significa|quiere decir)\b", re.I)
_SUMMARY = re.compile(r"summary|key points|in short|resumen|puntos clave", re.IGNORECASE)


#: Per language, each term as its forms ("facet joint", "facet joints").
Glossary = dict[str, list[tuple[str, ...]]]


@dataclass(frozen=True)
class Finding:
    """One item on one page (or the pack): met or not, and what was found when not."""

    item: int
    met: bool
    detail: str = ""


@dataclass(frozen=True)
class PageFindings:
    page: str
    lang: str
    findings: tuple[Finding, ...]

    @property
    def met(self) -> int:
        return sum(finding.met for finding in self.findings)


def read_glossary(root: Path, languages: tuple[str, ...]) -> tuple[Glossary, list[Problem]]:
    """``glossary.toml``'s terms per language (each term its forms: "facet joint", "facet joints")."""
    path = root / GLOSSARY_FILE
    if not path.exists():
        return {}, []
    read = toml_limits.read_pack_file(path, GLOSSARY_FILE)
    if isinstance(read, Problem):
        return {}, [read]
    data, _text = read
    problems: list[Problem] = []
    terms: Glossary = {lang: [] for lang in languages}
    entries = data.get("terms", [])
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        return {}, [Problem(GLOSSARY_FILE, None, 'write each term as a [[terms]] table, such as en = "facet joint"')]
    if len(entries) > MAX_TERMS:
        problems.append(Problem(GLOSSARY_FILE, None, f"a glossary may list at most {MAX_TERMS} terms"))
        entries = entries[:MAX_TERMS]
    forms_left = MAX_FORMS
    for number, entry in enumerate(entries, 1):
        for lang, value in entry.items():
            forms = [value] if isinstance(value, str) else value
            if lang not in terms or not isinstance(forms, list) or not all(isinstance(f, str) for f in forms):
                if len(problems) < MAX_PROBLEMS:
                    problems.append(
                        Problem(
                            GLOSSARY_FILE,
                            None,
                            f"term {number}: '{str(lang)[:20]}' must be one of the pack's languages "
                            f"({', '.join(languages)}) with a word or a list of its forms",
                        )
                    )
                continue
            if len(forms) > MAX_FORMS_PER_TERM or any(len(form) > MAX_TERM_CHARS for form in forms):
                if len(problems) < MAX_PROBLEMS:
                    problems.append(
                        Problem(
                            GLOSSARY_FILE,
                            None,
                            f"term {number}: a term has at most {MAX_FORMS_PER_TERM} forms of at most "
                            f"{MAX_TERM_CHARS} characters each",
                        )
                    )
                forms = [form for form in forms[:MAX_FORMS_PER_TERM] if len(form) <= MAX_TERM_CHARS]
            kept = tuple(form.strip() for form in forms[:forms_left] if form.strip())
            forms_left -= len(kept)
            if kept:
                terms[lang].append(kept)
    return terms, problems


def _paragraphs(markdown: str) -> list[tuple[int, list[str]]]:
    """(line offset, lines) of each block of text between blank lines."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for offset, line in enumerate(markdown.splitlines()):
        if line.strip():
            if not current:
                start = offset
            current.append(line)
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def _sentences(text: str) -> int:
    return max(1, len(_SENTENCE_END.findall(text.strip() + " ")))


def _plain(line: str) -> str:
    return re.sub(r"[*_`#>]", "", line).strip()


def _purpose_first(markdown: str) -> Finding:
    blocks = _paragraphs(markdown)
    if not blocks:
        return Finding(1, False, "the page has no text")
    _offset, lines = blocks[0]
    if any(_LIST_ITEM.match(line) or _HEADING.match(line) for line in lines):
        return Finding(1, False, "the page opens with a list or a heading, not a sentence saying what it is for")
    text = " ".join(_plain(line) for line in lines)
    sentences, words = _sentences(text), len(text.split())
    if sentences > 2 or words > 40:
        return Finding(1, False, f"the first paragraph has {sentences} sentences and {words} words; open with 1 or 2")
    return Finding(1, True)


def _no_calculations(markdown: str) -> Finding:
    found = sorted({match.group(0).strip() for match in _CALCULATION.finditer(markdown)})
    if found:
        return Finding(7, False, "asks the reader to work with " + ", ".join(f"'{f}'" for f in found[:4]))
    return Finding(7, True)


def _short_chunks(markdown: str, body_line: int) -> Finding:
    for offset, lines in _paragraphs(markdown):
        if any(_LIST_ITEM.match(line) for line in lines):
            continue  # a list is already in chunks
        text = " ".join(_plain(line) for line in lines)
        sentences, words = _sentences(text), len(text.split())
        if sentences > 4 or words > 60:
            return Finding(
                8, False, f"the paragraph at line {body_line + offset} has {sentences} sentences, {words} words"
            )
    return Finding(8, True)


def _visual_cues(markdown: str) -> Finding:
    lines = markdown.splitlines()
    if _BOLD.search(markdown) or any(_LIST_ITEM.match(line) or _HEADING.match(line) for line in lines):
        return Finding(12, True)
    return Finding(12, False, "no bold words, list or heading points to what matters most")


def _term_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _explained_at(markdown: str, start: int, end: int) -> bool:
    """Whether the use of a term at ``start:end`` of ``markdown`` is in bold, or in a sentence that says what it is."""
    if any(match.start() <= start and end <= match.end() for match in _BOLD.finditer(markdown)):
        return True
    before = max(markdown.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n"))
    after = min(
        (i for i in (markdown.find(mark, end) for mark in (". ", "! ", "? ", "\n")) if i >= 0), default=len(markdown)
    )
    return bool(_EXPLAINS.search(markdown[before + 1 : after]))


def check_pack(pack: ContentPack, glossary: Glossary) -> tuple[list[PageFindings], list[tuple[str, Finding]]]:
    """Every patient page in every language, then the pack-wide items (per language)."""
    pages = [page for page in pack.pages if page.kind != "sources"]
    results: list[PageFindings] = []
    whole: list[tuple[str, Finding]] = []
    for lang in pack.languages:
        first_use: dict[str, list[str]] = {}  # page id -> terms it uses first, unexplained
        first_page: dict[tuple[str, ...], str] = {}
        patterns = [(forms, _term_pattern(forms)) for forms in glossary.get(lang, [])]
        for page in pages:
            text = page.text(lang)
            for forms, pattern in patterns:
                if forms in first_page:
                    continue
                match = pattern.search(text.markdown)
                if match is None:
                    continue
                first_page[forms] = page.id
                if not _explained_at(text.markdown, match.start(), match.end()):
                    first_use.setdefault(page.id, []).append(match.group(0))
        explained_here = set(first_page.values())
        for page in pages:
            text = page.text(lang)
            findings = [_purpose_first(text.markdown)]
            if glossary.get(lang) and page.id in explained_here:
                missing = first_use.get(page.id, [])
                findings.append(
                    Finding(4, not missing, "first used here, not explained: " + ", ".join(f"'{t}'" for t in missing))
                    if missing
                    else Finding(4, True)
                )
            findings += [_no_calculations(text.markdown), _short_chunks(text.markdown, text.body_line)]
            findings.append(_visual_cues(text.markdown))
            results.append(PageFindings(page.id, lang, tuple(findings)))
        whole += [(lang, finding) for finding in _pack_items(pack, pages, lang)]
    return results, whole


def _pack_items(pack: ContentPack, pages: list[Page], lang: str) -> list[Finding]:
    summary_page = next((p.id for p in pages if _SUMMARY.search(p.id) or _SUMMARY.search(p.text(lang).title)), "")
    if summary_page:
        summary = Finding(11, True, f"page '{summary_page}'")
    elif pack.take_home is not None:
        summary = Finding(11, True, "the take-home summary at the end of the visit (summary.toml)")
    else:
        summary = Finding(11, False, "no summary page and no take-home summary (summary.toml)")
    bare = [
        section.id
        for section in pack.sections
        if not any(
            p.section == section.id and (p.image or "![" in p.text(lang).markdown or "video" in p.text(lang).header)
            for p in pages
        )
        and any(p.section == section.id for p in pages)
    ]
    pictures = Finding(15, not bare, "sections without a picture: " + ", ".join(bare) if bare else "")
    numbered = any(_NUMBERED_ITEM.match(line) for p in pages for line in p.text(lang).markdown.splitlines())
    steps = Finding(22, numbered, "" if numbered else "no page lists steps as a numbered list (1. 2. 3.)")
    return [summary, pictures, steps]
