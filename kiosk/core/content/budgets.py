"""Limits on a page's Markdown, so that no page can take long to convert or lay out.

Python-Markdown's time grows faster than the page for a few shapes of text: an unclosed ``[``
makes it search the rest of its block, so ``[`` repeated along a paragraph costs (brackets x
block length); a list or quote nested hundreds deep exhausts the interpreter's stack; every
block and every table row adds work for all the ones after it. Each limit below cuts one of
those shapes off, and every check here is one pass over the text (linear in its length), so the
limits themselves cost nothing to enforce. With them, the largest page allowed converts in well
under 200 ms (``make bench`` measures it: "pages: largest allowed page").

The limits are counts, never seconds, so a pack that passes on one machine passes on every one.
"""

from __future__ import annotations

from dataclasses import dataclass

#: A page file, header included, in bytes (UTF-8).
MAX_PAGE_BYTES = 64 * 1024
#: Characters on one line.
MAX_LINE_CHARS = 2_000
#: Characters in one block (lines between blank lines: a paragraph, a list, a table).
MAX_BLOCK_CHARS = 8_000
#: Blocks on one page. (Python-Markdown's work per block grows with the blocks before it.)
MAX_BLOCKS = 500
#: Lists and quotes inside each other.
MAX_NESTING = 16
#: Levels of nesting beyond the first, summed over all lines of a page (each nested line is
#: rebuilt at every level).
MAX_NESTED_LINES = 256
#: ``[`` on a page: each one may make the converter search the rest of its block.
MAX_BRACKETS = 32
#: Markup characters on a page (``* _ ` [ ] ! < > & | \``): each one costs the converter a match.
MARKUP_CHARS = frozenset("*_`[]!<>&|\\")
MAX_MARKUP_CHARS = 2_000
#: ``<`` on a page: an unfinished tag makes the converter look for its end again and again.
MAX_ANGLE_BRACKETS = 64
#: Quote marks on a page (turned into curly quotes one by one).
MAX_QUOTE_MARKS = 2_000
#: Table rows on a page, and columns of one row.
MAX_TABLE_ROWS = 60
MAX_TABLE_COLUMNS = 10
#: The Markdown of all pages of a pack together, in bytes: bounds the time to convert a whole pack.
MAX_PACK_PAGE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class BudgetIssue:
    """A limit a page goes over, at the line where it first does."""

    line: int
    message: str


def _nesting(line: str) -> int:
    """How deep ``line`` sits in lists and quotes, counted generously from its leading markers.

    Each ``>``, each list marker followed by a space (``-``, ``*``, ``+``, ``1.``, ``1)``: "- - a"
    is a list in a list) and each 4 columns of indent count one, so the nesting Python-Markdown
    builds is never deeper than this. A rule (``----``) has no space after its markers: 0.
    """
    depth = 0
    column = 0
    index, length = 0, len(line)
    while index < length:
        char = line[index]
        if char == ">":
            depth += 1
            column = 0
        elif char == " ":
            column += 1
        elif char == "\t":
            column += 4
        elif char in "-*+" or char.isdigit():
            end = index + 1
            while char.isdigit() and end < length and line[end].isdigit():
                end += 1
            if char.isdigit() and (end >= length or line[end] not in ".)"):
                break
            end += char.isdigit()  # past the "." or ")"
            if end < length and line[end] not in " \t":
                break
            depth += 1
            column = 0
            index = end
            continue
        else:
            break
        if column >= 4:
            depth += 1
            column -= 4
        index += 1
    return depth


class _Counts:
    """What one pass over a page has counted so far; each limit is reported once, where it is first passed."""

    def __init__(self, first_line: int) -> None:
        self.issues: list[BudgetIssue] = []
        self.reported: set[str] = set()
        self.block_start = first_line
        self.block_chars = 0
        self.in_block = False
        self.blocks = 0
        self.nested = 0
        self.brackets = 0
        self.angles = 0
        self.markup = 0
        self.quotes = 0
        self.rows = 0

    def once(self, key: str, line: int, message: str, *, per_block: bool = False) -> None:
        name = f"{key}@{self.block_start}" if per_block else key
        if name not in self.reported:
            self.reported.add(name)
            self.issues.append(BudgetIssue(line, message))

    def line(self, number: int, line: str) -> None:
        if not line.strip():
            self.in_block = False
            return
        if not self.in_block:
            self.in_block = True
            self.block_start, self.block_chars = number, 0
            self.blocks += 1
            if self.blocks > MAX_BLOCKS:
                self.once("blocks", number, f"this page has more than {MAX_BLOCKS} paragraphs, lists and tables")
        if len(line) > MAX_LINE_CHARS:
            self.once(
                "line",
                number,
                f"this line is {len(line):,} characters long; a line may have at most {MAX_LINE_CHARS:,}",
                per_block=True,
            )
        self.block_chars += len(line) + 1
        if self.block_chars > MAX_BLOCK_CHARS:
            self.once(
                "block",
                self.block_start,
                f"this paragraph (or list, or table) is over {MAX_BLOCK_CHARS:,} characters; "
                "put a blank line between paragraphs",
                per_block=True,
            )
        depth = _nesting(line)
        if depth > MAX_NESTING:
            self.once(
                "depth", number, f"lists or quotes are nested {depth} deep here; at most {MAX_NESTING} are allowed"
            )
        self.nested += max(0, depth - 1)  # a plain list item or quote is not nested
        if self.nested > MAX_NESTED_LINES:
            self.once(
                "nested",
                number,
                f"this page has more nested lists and quotes than the {MAX_NESTED_LINES} levels allowed in all",
            )
        self.brackets += line.count("[")
        if self.brackets > MAX_BRACKETS:
            self.once(
                "brackets",
                number,
                f"this page has more than {MAX_BRACKETS} '[' characters; links and pictures need far fewer",
            )
        self.angles += line.count("<")
        if self.angles > MAX_ANGLE_BRACKETS:
            self.once(
                "angles",
                number,
                f"this page has more than {MAX_ANGLE_BRACKETS} '<' characters; HTML is not allowed in a page",
            )
        self.markup += sum(line.count(char) for char in MARKUP_CHARS)
        if self.markup > MAX_MARKUP_CHARS:
            self.once(
                "markup",
                number,
                f"this page has more than {MAX_MARKUP_CHARS:,} markup characters ({' '.join(sorted(MARKUP_CHARS))})",
            )
        self.quotes += line.count("'") + line.count('"')
        if self.quotes > MAX_QUOTE_MARKS:
            self.once("quotes", number, f"this page has more than {MAX_QUOTE_MARKS:,} quote marks")
        pipes = line.count("|")
        if pipes:
            self.rows += 1
            if self.rows > MAX_TABLE_ROWS:
                self.once("rows", number, f"this page has more than {MAX_TABLE_ROWS} table rows")
            if pipes > MAX_TABLE_COLUMNS + 1:
                self.once(
                    "columns", number, f"this table row has more than {MAX_TABLE_COLUMNS} columns", per_block=True
                )


def page_budget_issues(text: str, first_line: int = 1) -> list[BudgetIssue]:
    """Every limit ``text`` (a page's Markdown) goes over, at the line where it first does.

    One pass, linear in the length of ``text``. Each limit is reported once (the per-block ones
    once per block), so even a hostile page gives a short list.
    """
    counts = _Counts(first_line)
    too_big = page_too_big(len(text.encode("utf-8", errors="surrogatepass")))
    if too_big:
        counts.once("size", first_line, too_big)
    # splitlines, as the pack reader splits a page: form feeds and other line separators end a line too
    for offset, line in enumerate(text.splitlines()):
        counts.line(first_line + offset, line)
    return counts.issues


def page_too_big(size: int) -> str:
    """Why a page file of ``size`` bytes is refused before it is read, or "" when it may be read."""
    if size <= MAX_PAGE_BYTES:
        return ""
    return (
        f"this page is {size // 1024:,} KiB; a page may be at most {MAX_PAGE_BYTES // 1024} KiB, "
        "so split it into several pages"
    )
