"""The largest pages the budgets allow, in the shapes that cost Python-Markdown the most.

``make bench`` converts each of them and reports the slowest ("largest allowed page");
``tests/core/content/test_budgets.py`` proves every one of them is within the budgets, so the
figure really is for the worst page a pack can bring.
"""

from __future__ import annotations

from kiosk.core.content import budgets as b


def _page(block: str, count: int | None = None) -> str:
    """As many copies of ``block`` as the budgets allow, a blank line between them.

    Room is left for the page's header (a block of its own, of up to 256 bytes).
    """
    room = (b.MAX_PAGE_BYTES - 256) // (len(block.encode()) + 2)
    return "\n\n".join([block] * min(b.MAX_BLOCKS - 1, room, count or b.MAX_BLOCKS))


def _spread(unit: str, markup_per_unit: int, total: int) -> str:
    """Lines of ``unit`` holding ``total`` markup characters in all, in blocks as long as allowed."""
    per_line = b.MAX_LINE_CHARS // len(unit)
    line = unit * per_line
    lines = max(1, total // (markup_per_unit * per_line))
    per_block = max(1, b.MAX_BLOCK_CHARS // (len(line) + 1))
    blocks = ["\n".join([line] * min(per_block, lines - start)) for start in range(0, lines, per_block)]
    return "\n\n".join(blocks)


def _brackets() -> str:
    """Unclosed ``[``, each at the start of a block as long as allowed: the most searching there can be."""
    per_block = 4
    gap = b.MAX_BLOCK_CHARS // per_block - 2
    block = "\n".join(["[" + "a " * (gap // 2)] * per_block)[: b.MAX_BLOCK_CHARS - 2]
    return _page(block, b.MAX_BRACKETS // per_block)


def _table() -> str:
    row = "|" + "a|" * b.MAX_TABLE_COLUMNS
    return "\n".join([row, "|" + "-|" * b.MAX_TABLE_COLUMNS, *[row] * (b.MAX_TABLE_ROWS - 2)])


def _nested() -> str:
    depth = b.MAX_NESTING
    lines = ["    " * level + "- a" for level in range(depth)]
    per_list = sum(range(depth))
    return _page("\n".join(lines), b.MAX_NESTED_LINES // per_list)


LARGEST_PAGES: dict[str, str] = {
    "prose": _page("Most people go home the same day. " * (b.MAX_LINE_CHARS // 35)),
    "unclosed brackets": _brackets(),
    "links": _page(" ".join(["[the block](page:block)"] * 16), b.MAX_BRACKETS // 16),
    "emphasis": _page("\n".join(["*a **b** _c_ " * 50] * (b.MAX_MARKUP_CHARS // 400)), 1),
    "code spans": _spread("`a` ", 2, b.MAX_MARKUP_CHARS),
    "ampersands": _spread("&amp; ", 1, b.MAX_MARKUP_CHARS),
    "angle brackets": _page("<a " * b.MAX_ANGLE_BRACKETS, 1),
    "quote marks": _spread("'a\" ", 2, b.MAX_QUOTE_MARKS),
    "many blocks": _page("a"),
    "table": _table(),
    "nested lists": _nested(),
    "nested quotes": _page("> " * b.MAX_NESTING + "a", b.MAX_NESTED_LINES // b.MAX_NESTING),
}
