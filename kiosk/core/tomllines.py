"""Finding lines in a TOML file, which ``tomllib`` does not report: one finder for every pack file.

``pack.toml``, ``questionnaire.toml`` and ``tests.toml`` all report problems as ``file:line``;
they all find their lines here.
"""

from __future__ import annotations

import re
import tomllib

#: First line and the line after the last (1-based).
Span = tuple[int, int]


def toml_error_line(err: tomllib.TOMLDecodeError) -> int | None:
    """The line a TOML syntax error is on (``lineno`` on Python 3.14+, else read from the message)."""
    lineno = getattr(err, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    match = re.search(r"line (\d+)", str(err))
    return int(match.group(1)) if match else None


_KEY_RULE = (
    "this line is neither key = value nor a [table]; a key is plain letters a-z, digits, _ and - "
    '(other letters only inside quotes: "título" = …)'
)
#: What TOML's own messages mean, in the words of someone writing a pack (first match wins).
_PLAIN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), words)
    for pattern, words in (
        (
            r"^Illegal character '\\n'",
            'a quote is not closed on this line: text starts and ends with " on the same line '
            '(write """ … """ for text over several lines)',
        ),
        (r"^(Unterminated string|Expected \"'\")", "a quote is opened and never closed"),
        (
            r"^Invalid value",
            'this value cannot be read: text needs quotes ("like this"), a list needs [ ], '
            "true, false, numbers and dates need none",
        ),
        (r"^Expected '=' after a key", 'a key needs "=" and then its value, such as title = "Welcome"'),
        (r"^Cannot overwrite a value", "this key is written twice in the same table; keep one"),
        (r"^Cannot declare .* twice", "this [table] is written twice; keep one (use [[name]] for a list of tables)"),
        (r"^Unclosed array", "a list [ … ] is not closed with ], or a comma is missing between two of its items"),
        (r"^Unclosed inline table", "a { … } table is not closed: it ends with } on the same line"),
        (
            r"^Invalid initial character for a key part",
            'a { … } table must stay on one line, and each key in it needs "=" and a value',
        ),
        (r"^Invalid statement", _KEY_RULE),
        (
            r"^Expected newline or end of document after a statement",
            "something follows the value on this line: one key = value per line (a comment starts with #)",
        ),
        (r"^Expected '\]' at the end of a table declaration", "a [table] name is not closed with ]"),
        (
            r"^Unescaped '\\'",
            "a backslash \\ inside double quotes starts an escape: write \\\\, or use single quotes 'like\\this'",
        ),
    )
)
_ACCENTED_KEY = re.compile(r"^\s*[A-Za-z0-9_.-]*[^\x00-\x7f]")  # a bare key with a letter outside a-z
_OPENS_TEXT = re.compile(r"""=\s*(?:"(?!"")[^"]*|'(?!'')[^']*)$""")


def toml_problem(err: tomllib.TOMLDecodeError, text: str = "") -> tuple[int | None, str]:
    """A TOML syntax error as (its line, what is wrong in plain words), TOML's own words after them.

    When TOML only knows the error is at the end of the file (a quote never closed), the line with
    the quote that opens text and does not close it is found in ``text``."""
    raw = str(err)
    said = re.sub(r"\s*\((?:at line \d+, column \d+|at end of document)\)$", "", raw)
    words = next((plain for pattern, plain in _PLAIN if pattern.search(said)), "")
    line = toml_error_line(err)
    lines = text.split("\n")  # TOML's lines: U+2028 and the like may sit inside its strings
    if line is not None and 0 < line <= len(lines) and _ACCENTED_KEY.match(lines[line - 1]):
        words = _KEY_RULE  # "versión = …": TOML stops at the accent and asks for "="
    if "end of document" in raw and text:
        opened = [number for number, content in enumerate(lines, 1) if _OPENS_TEXT.search(content)]
        line = opened[-1] if opened else line
    return line, f"not valid TOML: {words} (TOML: {said})" if words else f"not valid TOML: {said}"


class TomlLines:
    """The lines of a TOML file, to find where a table, key or value was written."""

    # No two neighbouring parts can both take spaces (the name is stripped after matching):
    # the old pattern took cubic time on a "[" followed by a long run of spaces.
    _HEADER = re.compile(r"^[ \t]*\[\[?([^\[\]#]*)\]\]?[ \t]*(?:#.*)?$")

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers: list[tuple[int, str]] = []
        for number, line in enumerate(self.lines, start=1):
            match = self._HEADER.match(line)
            if match:
                name = ".".join(part.strip() for part in match.group(1).split(".")).replace('"', "").replace("'", "")
                self.headers.append((number, name))

    @property
    def whole(self) -> Span:
        return (1, len(self.lines) + 1)

    def top(self) -> Span:
        """The top-level keys, before the first table."""
        return (1, self.headers[0][0] if self.headers else len(self.lines) + 1)

    def item(self, name: str, index: int, within: Span | None = None) -> Span | None:
        """The ``index``-th ``[[name]]`` block (with its sub-tables), or None if it is written inline."""
        low, high = within or self.whole
        starts = [number for number, header in self.headers if header == name and low <= number < high]
        if index >= len(starts):
            return None
        start = starts[index]
        end = next(
            (n for n, header in self.headers if n > start and not header.startswith(name + ".")), len(self.lines) + 1
        )
        return (start, min(end, high))

    def header(self, name: str) -> int | None:
        return next((number for number, header in self.headers if header == name), None)

    def key(self, span: Span, key: str) -> int | None:
        """The line where ``key`` is set in the block starting at ``span``."""
        start, end = span
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*[=.]")
        own_end = next((n for n, _ in self.headers if start < n < end), end)
        for number in range(start, own_end):
            if pattern.match(self.lines[number - 1]):
                return number
        return next((n for n, h in self.headers if start < n < end and h.endswith("." + key)), None)

    def setting(self, key: str, top_level: bool = True) -> int | None:
        """Where ``key`` is first set: a ``[key]`` or ``[key.…]`` table, else a ``key =`` line
        among the top-level keys (anywhere in the file when not ``top_level``)."""
        table = next((n for n, h in self.headers if h == key or h.startswith(key + ".")), None)
        if table is not None:
            return table
        span = self.top() if top_level else self.whole
        pattern = re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*=")
        return next((n for n in range(*span) if pattern.match(self.lines[n - 1])), None)

    def containing(self, span: Span, fragment: str, start: int | None = None) -> int | None:
        """The first line in ``span`` (from ``start``) that contains ``fragment``."""
        if not fragment:
            return None
        first, end = span
        for number in range(max(first, start or first), end):
            if fragment in self.lines[number - 1]:
                return number
        return None

    def quoted(self, span: Span, word: str, start: int | None = None) -> int | None:
        return self.containing(span, f'"{word}"', start) or self.containing(span, f"'{word}'", start)
