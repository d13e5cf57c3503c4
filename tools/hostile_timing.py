"""Time each text check of a pack on growing hostile inputs, to find the ones that are not linear.

    .venv/bin/python tools/hostile_timing.py [--sizes 1000,2000,4000]

For every (check, input) pair it prints the seconds at each size and the growth per doubling:
about 2 is linear, about 4 is quadratic. Anything well above 2 is a bug to fix.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from kiosk.core.checks import readability
from kiosk.core.checks.images import svg_bytes_problems
from kiosk.core.content import budgets, markup
from kiosk.core.content.model import HEADER_LINE
from kiosk.core.questionnaire.model import TomlLines

INPUTS: dict[str, Callable[[int], str]] = {
    "open brackets": lambda n: "[" * n,
    "brackets and parens": lambda n: "[a](" * n,
    "tag starts": lambda n: "<a " * n,
    "angle brackets": lambda n: "<" * n,
    "autolink starts": lambda n: "<a:" * n,
    "stars": lambda n: "*a " * n,
    "underscores": lambda n: "_" * n,
    "backticks": lambda n: "`a" * n,
    "spaces": lambda n: "a" + " " * n + "b",
    "list items": lambda n: "- you\n" * (n // 6),
    "words": lambda n: "you have " * (n // 9),
    "references": lambda n: "[" * n + "]:",
    "exclamations": lambda n: "![" * n,
    "list item spaces": lambda n: "- " + " " * n,
    "heading spaces": lambda n: "# " + " " * n,
    "header spaces": lambda n: "title: a" + " " * n + "b",
    "table header spaces": lambda n: "[" + " " * n,
    "dotted table header": lambda n: "[a" + " . " * n,
    "svg elements": lambda n: "<svg>" + "<g>" * min(n, 30) + "<rect/>" * n + "</g>" * min(n, 30) + "</svg>",
}

CHECKS: dict[str, Callable[[str], object]] = {
    "budgets": budgets.page_budget_issues,
    "page header line": HEADER_LINE.match,
    "toml lines": TomlLines,
    "svg check": lambda text: svg_bytes_problems(text.encode()),
    "check_markdown": markup.check_markdown,
    "targets": markup.targets,
    "plain_text": readability.plain_text,
    "forbidden_phrases": lambda text: readability.forbidden_phrases(text, "en"),
    "score": lambda text: readability.score(text, "en", {}),
}


def seconds(check: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    check(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,4000,8000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    for check_name, check in CHECKS.items():
        for input_name, make in INPUTS.items():
            times = [seconds(check, make(size)) for size in sizes]
            growth = times[-1] / max(times[-2], 1e-6)
            flag = "  <-- grows faster than its input" if growth > 3 and times[-1] > 0.01 else ""
            shown = " ".join(f"{t:8.4f}" for t in times)
            print(f"{check_name:18} {input_name:20} {shown}  x{growth:4.1f}{flag}")


if __name__ == "__main__":
    main()
