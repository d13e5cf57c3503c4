"""Reading a pack's TOML files with limits, so a hostile file is a plain problem, never a crash.

``tomllib`` reads nested arrays and inline tables by recursion: ``a = [[[[...`` a few thousand
deep raises ``RecursionError``, which is not a ``TOMLDecodeError`` and would escape every
caller. ``loads`` first measures how deeply brackets and braces nest (one pass, outside strings
and comments) and refuses anything deeper than ``MAX_TOML_NESTING`` with the line where it
happens; the ``RecursionError`` is caught as well, in case a shape the scan does not know
still recurses.
"""

from __future__ import annotations

import stat
import tomllib
from pathlib import Path
from typing import Any

from kiosk.core.problems import Problem
from kiosk.core.tomllines import toml_problem

#: Arrays and inline tables inside each other. Real pack files use 2 or 3.
MAX_TOML_NESTING = 32
#: Bytes in one TOML file of a pack.
MAX_TOML_BYTES = 1_000_000


class TomlLimitError(ValueError):
    """A TOML file over the limits; ``lineno`` is the line (or None) and ``str()`` says what."""

    def __init__(self, message: str, lineno: int | None) -> None:
        super().__init__(message)
        self.lineno = lineno


def deepest(text: str) -> tuple[int, int]:
    """(deepest nesting of ``[`` and ``{`` in values, its line). Strings and comments are skipped."""
    depth = best = 0
    best_line = line = 1
    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if char == "\n":
            line += 1
        elif char == "#":
            end = text.find("\n", index)
            index = length if end < 0 else end
            continue
        elif char in "\"'":
            quote = text[index : index + 3] if text.startswith(char * 3, index) else char
            end = _string_end(text, index + len(quote), quote)
            line += text.count("\n", index, end)
            index = end
            continue
        elif char in "[{":
            depth += 1
            if depth > best:
                best, best_line = depth, line
        elif char in "]}":
            depth = max(0, depth - 1)
        index += 1
    return best, best_line


def _string_end(text: str, start: int, quote: str) -> int:
    """The index just after the string that opened with ``quote`` before ``start``."""
    escapes = quote[0] == '"'
    index = start
    while True:
        end = text.find(quote, index)
        if end < 0:
            return len(text)
        backslashes = 0
        while escapes and end - backslashes - 1 >= start and text[end - backslashes - 1] == "\\":
            backslashes += 1
        if backslashes % 2 == 0:
            return end + len(quote)
        index = end + 1


def loads(text: str) -> dict[str, Any]:
    """``tomllib.loads`` within the limits; raises ``TomlLimitError`` or ``tomllib.TOMLDecodeError``."""
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > MAX_TOML_BYTES:
        raise TomlLimitError(f"the file is {size:,} bytes; at most {MAX_TOML_BYTES:,} are allowed", None)
    depth, line = deepest(text)
    if depth > MAX_TOML_NESTING:
        raise TomlLimitError(
            f"lists and tables are nested {depth:,} deep; at most {MAX_TOML_NESTING} levels are allowed", line
        )
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise TomlLimitError("lists and tables are nested too deeply to read", None) from None
    except ValueError as err:  # not a TOMLDecodeError: a number longer than Python reads (4,300 digits)
        if isinstance(err, tomllib.TOMLDecodeError):
            raise
        raise TomlLimitError("a number in the file is too long to read; write at most a few digits", None) from None


def read_pack_file(path: Path, name: str) -> tuple[dict[str, Any], str] | Problem:
    """A pack's TOML file ``name`` at ``path`` read within the limits: (its data, its text), or the
    problem saying why it cannot be read (UTF-8, the limits, or TOML itself, with its line)."""
    if path.is_symlink():  # (a folder pack: a link could read any file on the computer)
        return Problem(name, None, "is a link to another file; a pack's files must be inside the pack")
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a pipe or a device would keep the reader waiting
            return Problem(name, None, "is not a plain file; a pack's files must be plain files")
        if info.st_size > MAX_TOML_BYTES:
            return Problem(name, None, f"is larger than {MAX_TOML_BYTES:,} bytes; a pack's TOML files are small")
        text = path.read_text(encoding="utf-8")
        return loads(text), text
    except (OSError, UnicodeDecodeError) as err:
        return Problem(name, None, f"cannot be read as UTF-8 text ({err})")
    except TomlLimitError as err:
        return Problem(name, err.lineno, f"cannot be read: {err}")
    except tomllib.TOMLDecodeError as err:
        return Problem(name, *toml_problem(err, text))
