"""Page Markdown → HTML that is safe to show, and the author-facing checks behind it.

Two layers, on purpose: ``check_markdown`` tells authors (with line numbers) what is not
allowed, and ``render_markdown`` removes it anyway with nh3, so a pack that skipped
validation still cannot run script, fetch a remote file or point outside itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kiosk.core.content.budgets import page_budget_issues
from kiosk.core.paths import safe_relative

if TYPE_CHECKING:
    import markdown

PAGE_SCHEME = "page"
#: Links to another pack's page: ``pack:<pack id>/<page id>`` (the topic library, kiosk/core/library/).
PACK_SCHEME = "pack"
EXTENSIONS = ("sane_lists", "tables", "smarty")
ALLOWED_TAGS = frozenset(
    {
        "p",
        "br",
        "hr",
        "strong",
        "em",
        "b",
        "i",
        "u",
        "code",
        "pre",
        "blockquote",
        "ul",
        "ol",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "a",
        "img",
        "span",
    }
)
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}, "th": {"align"}, "td": {"align"}}
#: Removed with everything inside them, not just their tags.
DROPPED_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math"}
)

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_INLINE_CODE = re.compile(r"`[^`]*`")
_RAW_HTML = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?\s*>|<!--")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]*:[^<>\s]*)>")
#: ``[words](target)`` and ``![alt](src)``, with one level of ``[...]`` inside the words. Written so
#: that a run of ``[`` cannot make it search the rest of the line from each one (linear, not quadratic).
_INLINE_TARGET = re.compile(r"(!?)\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\]\([ \t]*<?([^)\s>]*)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_REMOTE_SCHEMES = frozenset({"http", "https", "ftp", "ftps", "ws", "wss"})


@dataclass(frozen=True)
class Target:
    """A link or picture found in a page's Markdown."""

    line: int
    url: str
    is_image: bool


@dataclass(frozen=True)
class MarkupIssue:
    line: int
    message: str


def targets(text: str, first_line: int = 1) -> list[Target]:
    found: list[Target] = []
    for number, line in _code_free_lines(text, first_line):
        for match in _INLINE_TARGET.finditer(line):
            found.append(Target(number, match.group(2), match.group(1) == "!"))
        ref = _REFERENCE.match(line)
        if ref:
            found.append(Target(number, ref.group(1), False))
        for match in _AUTOLINK.finditer(line):
            found.append(Target(number, match.group(1), False))
    return found


def _code_free_lines(text: str, first_line: int) -> list[tuple[int, str]]:
    result: list[tuple[int, str]] = []
    in_fence = False
    for offset, line in enumerate(text.splitlines()):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if not in_fence:
            result.append((first_line + offset, _INLINE_CODE.sub("", line)))
    return result


def classify(url: str, is_image: bool) -> str | None:
    """Why ``url`` is not allowed in a page, or None when it is fine to use."""
    what = "picture" if is_image else "link"
    if url.startswith("//") or url.startswith("\\\\"):
        return f"{what} '{url}' points to the internet; the kiosk works offline, so use a file from the pack"
    scheme = _SCHEME.match(url)
    if scheme and len(scheme.group(1)) > 1:
        name = scheme.group(1).lower()
        if name in _REMOTE_SCHEMES:
            return f"{what} '{url}' points to the internet; the kiosk works offline, so use a file from the pack"
        if name == PAGE_SCHEME and not is_image:
            return None
        if name == PACK_SCHEME and not is_image:
            if re.match(r"^pack:[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*\Z", url):
                return None
            return f"link '{url}' is not written 'pack:<pack id>/<page id>', such as 'pack:rfa-facet/test-block'"
        return (
            f"{what} '{url}' uses '{name}:', which is not allowed; link to pages with 'page:<id>' "
            "(or 'pack:<pack id>/<page id>' for another pack's page)"
        )
    if is_image:
        if safe_relative(url) is None:
            return f"picture '{url}' is outside the pack; pictures must be files in the pack's images/ folder"
        return None
    if url.startswith("#") or not url:
        return None
    return f"link '{url}' goes nowhere on the kiosk; link to another page with 'page:<id>'"


def check_markdown(text: str, first_line: int = 1) -> list[MarkupIssue]:
    """Everything in a page's Markdown that the kiosk will not show, with its line."""
    issues: list[MarkupIssue] = []
    for number, line in _code_free_lines(text, first_line):
        stripped = _AUTOLINK.sub("", line)
        tags = [match.group(0)[:40] for match in _RAW_HTML.finditer(stripped)]
        if tags:
            issues.append(
                MarkupIssue(number, f"raw HTML ({' '.join(tags)}) is not allowed in a page; use Markdown only")
            )
    for target in targets(text, first_line):
        message = classify(target.url, target.is_image)
        if message:
            issues.append(MarkupIssue(target.line, message))
    return sorted(issues, key=lambda issue: issue.line)


@lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    import markdown  # noqa: PLC0415  (≈90 ms import: kept off the path to the first screen)

    return markdown.Markdown(extensions=list(EXTENSIONS), output_format="html")


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute in ("href", "src") and classify(value, is_image=attribute == "src"):
        return None
    if tag == "a" and attribute == "href" and not value.lower().startswith((f"{PAGE_SCHEME}:", f"{PACK_SCHEME}:")):
        return None  # "#part" and "" go nowhere on the kiosk: plain words, not something that looks touchable
    return value


def sanitize(html: str) -> str:
    """Strip ``html`` down to what a page may show: no script, no remote or outside files."""
    import nh3  # noqa: PLC0415

    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes={PAGE_SCHEME, PACK_SCHEME},
        attribute_filter=_keep_attribute,
        link_rel=None,
        strip_comments=True,
    )


def prepare() -> None:
    """Import and build the converter now, so that timing a conversion times only the conversion."""
    _converter()
    sanitize("")


class OverBudgetError(ValueError):
    """The text goes over a page's limits (``kiosk.core.content.budgets``), so it is not converted."""


def render_markdown(text: str) -> str:
    """Markdown → sanitised HTML, ready for a Qt rich-text document.

    Text over the page budgets is refused (``OverBudgetError``) before the converter sees it, so no
    caller can make a conversion take long, even one that skipped loading the pack.
    """
    over = page_budget_issues(text)
    if over:
        raise OverBudgetError(f"line {over[0].line}: {over[0].message}")
    converter = _converter()
    converter.reset()
    return sanitize(converter.convert(text))
