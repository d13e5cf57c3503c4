"""``kiosk validate``: every check on a pack, as a list of problems and a readability table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.core.app_strings import missing_app_strings
from kiosk.core.checks import images, pack_fonts, picture_labels, plain_language, readability
from kiosk.core.checks.icons import icon_problem
from kiosk.core.checks.media import media_problems
from kiosk.core.content import markup
from kiosk.core.content.cases import run_pack_cases
from kiosk.core.content.model import HIGH_CONTRAST_MARK, PACK_FILE, ContentPack, Page, PageText
from kiosk.core.content.reader import load_pack
from kiosk.core.keypoints.cases import run_keypoint_cases
from kiosk.core.paths import BUNDLED_CONTENT_DIR
from kiosk.core.problems import Problem, Severity, has_errors


@dataclass(frozen=True)
class ScoreRow:
    page: str
    lang: str
    score: readability.Score


#: A page should convert within this on the reference machine (see ``kiosk.core.content.budgets``).
SLOW_PAGE_S = 0.2


@dataclass
class Report:
    pack: ContentPack | None
    problems: list[Problem] = field(default_factory=list)
    scores: list[ScoreRow] = field(default_factory=list)
    #: The plain-language items a program can judge (kiosk/core/checks/plain_language.py), per page,
    #: and for the whole pack in each language.
    plain: list[plain_language.PageFindings] = field(default_factory=list)
    plain_pack: list[tuple[str, plain_language.Finding]] = field(default_factory=list)
    #: Seconds each page file took to convert to HTML, measured while the pack was loaded.
    conversion_s: dict[str, float] = field(default_factory=dict)

    def conversion_line(self) -> str:
        """One line for people: the slowest page and all pages together."""
        if not self.conversion_s:
            return ""
        slowest = max(self.conversion_s, key=lambda file: self.conversion_s[file])
        total = sum(self.conversion_s.values())
        return (
            f"converting pages to HTML: slowest {slowest} {self.conversion_s[slowest] * 1000:.1f} ms, "
            f"all {len(self.conversion_s)} page files {total * 1000:.0f} ms"
        )

    @property
    def ok(self) -> bool:
        return self.pack is not None and not has_errors(self.problems)


class _Checker:
    def __init__(self, pack: ContentPack, problems: list[Problem], packs_beside: Sequence[Path] = ()) -> None:
        self.pack = pack
        self.problems = problems
        #: Where packs linked to are looked for: beside the pack, the installed ones, the bundled ones.
        self.packs_beside = [pack.root.parent, *packs_beside, BUNDLED_CONTENT_DIR]
        self._linked: dict[str, tuple[str, ...] | None] = {}
        self.scores: list[ScoreRow] = []

    def add(self, file: str, line: int | None, message: str, severity: Severity = Severity.ERROR) -> None:
        self.problems.append(Problem(file, line, message, severity))

    def run(self) -> None:
        for file, line, message in images.image_problems(self.pack.root / "images"):
            self.add(file, line, message)
        for file, line, message in images.image_warnings(self.pack.root / "images"):
            self.add(file, line, message, Severity.WARNING)
        self._high_contrast_versions()
        self._picture_labels()
        self.problems.extend(media_problems(self.pack))  # narration and video (format 2)
        for page in (*self.pack.pages, *(handout.content for handout in self.pack.handouts)):
            self._page_header(page)
            for text in page.texts.values():
                self._page_text(page, text)
        self.problems.extend(pack_fonts.font_problems(self.pack))  # characters no bundled font draws
        for lang in (lang for lang in self.pack.languages if not readability.measured(lang)):
            self.add(PACK_FILE, None, readability.not_measured_message(lang), Severity.WARNING)

    def _high_contrast_versions(self) -> None:
        """A high-contrast version (``NAME.hc.svg``) whose picture is not beside it is never shown."""
        folder = self.pack.root / "images"
        if not folder.is_dir():
            return
        for path in sorted(folder.rglob(f"*{HIGH_CONTRAST_MARK}.*"))[:500]:
            stem, mark, suffix = path.name.rpartition(f"{HIGH_CONTRAST_MARK}.")
            if not (stem and mark) or path.is_symlink() or not path.is_file():
                continue
            base = f"{stem}.{suffix}"
            if not (path.parent / base).is_file() and not (folder / base).is_file():
                relative = path.relative_to(self.pack.root).as_posix()
                message = f"a high-contrast version of '{base}', which is not in images/"
                self.add(relative, None, message, Severity.WARNING)

    def _picture_labels(self) -> None:
        """Labels of the pages' SVG pictures too small or too faint on a 1280x800 screen (warnings)."""
        seen: set[Path] = set()
        for page in self.pack.pages:
            if not page.image:
                continue
            for lang in self.pack.languages:
                path = self.pack.image_path(page.image, lang)
                if path is None or path in seen or path.suffix.lower() != ".svg":
                    continue
                seen.add(path)
                try:
                    data = path.read_bytes() if path.stat().st_size <= images.MAX_SVG_BYTES else b""
                except OSError:
                    continue
                if not data or images.sniff(data) != "svg" or images.svg_bytes_problems(data):
                    continue  # refused already, with its own message
                relative = path.relative_to(self.pack.root.resolve()).as_posix()
                for line, message in picture_labels.label_findings(data):
                    self.add(relative, line, message, Severity.WARNING)

    def _header_line(self, text: PageText, key: str) -> int | None:
        return text.header.get(key, ("", None))[1]

    def _page_header(self, page: Page) -> None:
        first = next(iter(page.texts.values()))
        if page.icon:
            message = icon_problem(page.icon)
            if message:
                self.add(first.file, self._header_line(first, "icon"), message)
        for source in page.sources:
            if source not in self.pack.sources:
                self.add(
                    first.file,
                    self._header_line(first, "sources"),
                    f"source '{source}' is not in [sources] in {PACK_FILE}",
                )

    def _page_text(self, page: Page, text: PageText) -> None:
        if page.image:
            refused = markup.classify(page.image, is_image=True)
            if refused:
                self.add(text.file, self._header_line(text, "image"), refused)
            elif self.pack.image_path(page.image, text.lang) is None:
                self.add(text.file, self._header_line(text, "image"), self.pack.missing_picture(page.image, text.lang))
        for issue in markup.check_markdown(text.markdown, text.body_line):
            self.add(text.file, issue.line, issue.message)
        for target in markup.targets(text.markdown, text.body_line):
            if markup.classify(target.url, target.is_image):
                continue
            if target.is_image and self.pack.image_path(target.url, text.lang) is None:
                self.add(text.file, target.line, self.pack.missing_picture(target.url, text.lang))
            elif target.url.startswith(f"{markup.PAGE_SCHEME}:"):
                page_id = target.url.split(":", 1)[1]
                if self.pack.page_index(page_id) is None:
                    self.add(text.file, target.line, f"link to page '{page_id}', which is not in the pack")
            elif target.url.startswith(f"{markup.PACK_SCHEME}:"):
                self._pack_link(text.file, target.line, target.url)
        self._plain_language(page, text)

    def _pack_link(self, file: str, line: int, url: str) -> None:
        """A link to another pack's page: that page must be in that pack, when it is installed."""
        from kiosk.core.library.links import linked_pack_pages, parse_pack_link  # noqa: PLC0415

        parsed = parse_pack_link(url)
        if parsed is None:
            return  # classify() said what is wrong with how it is written
        pack_id, page_id = parsed
        if pack_id == self.pack.id:
            if self.pack.page_index(page_id) is None:
                self.add(file, line, f"link to page '{page_id}', which is not in the pack")
            return
        if pack_id not in self._linked:  # read once a pack, however many links name it
            self._linked[pack_id] = linked_pack_pages(pack_id, self.packs_beside)
        pages = self._linked[pack_id]
        if pages is None:
            self.add(
                file,
                line,
                f"link to pack '{pack_id}', which is not installed beside this pack: patients see the link's "
                "words without a link until that pack is installed and shown",
                Severity.WARNING,
            )
        elif page_id not in pages:
            self.add(file, line, f"link to page '{page_id}' of pack '{pack_id}', which has no such page")

    def _plain_language(self, page: Page, text: PageText) -> None:
        title_line = self._header_line(text, "title") or 1
        for finding in readability.phrase_findings(text.title, text.lang):
            self.add(text.file, title_line + finding.offset, finding.message)
        for finding in readability.phrase_findings(text.markdown, text.lang):
            self.add(text.file, text.body_line + finding.offset, finding.message)
        if page.kind == "sources":
            return
        result = readability.score(text.markdown, text.lang, self.pack.readability)
        if result is None:
            return
        self.scores.append(ScoreRow(page.id, text.lang, result))
        if not result.ok:
            bound = "at most" if result.measure == "grade" else "at least"
            hardest = readability.hardest_sentences(text.markdown, text.lang, result.limit)
            named = "; ".join(
                f"line {text.body_line + offset}: {_shortened(sentence)} ({result.measure} {value:g})"
                for offset, sentence, value in hardest
            )
            self.add(
                text.file,
                text.body_line + hardest[0][0] if hardest else None,
                f"too hard to read: {result.measure} {result.value:g}, "
                f"the pack asks for {bound} {result.limit:g}; use shorter sentences and words"
                + (f". The hardest sentences: {named}" if named else ""),
            )


def _shortened(sentence: str, at_most: int = 70) -> str:
    """A sentence quoted in a message: whole when short, else its start and "…"."""
    if len(sentence) <= at_most:
        return f"“{sentence}”"
    return f"“{sentence[: at_most - 1].rsplit(' ', 1)[0]} …”"


def validate_pack(root: Path, *, packs_beside: Sequence[Path] = ()) -> Report:
    """Load the pack at ``root`` and run every check on it.

    Links to other packs' pages are checked against the packs in the same folder as ``root``, the
    pack folders ``packs_beside`` (those installed on the kiosk) and the bundled packs."""
    loaded = load_pack(root)
    report = Report(loaded.pack, list(loaded.problems), conversion_s=dict(loaded.conversion_s))
    for file, seconds in sorted(loaded.conversion_s.items()):
        if seconds > SLOW_PAGE_S:
            report.problems.append(
                Problem(
                    file,
                    None,
                    f"this page took {seconds * 1000:.0f} ms to convert (more than {SLOW_PAGE_S * 1000:.0f} ms); "
                    "shorter pages show sooner",
                    Severity.WARNING,
                )
            )
    if loaded.pack is not None:
        checker = _Checker(loaded.pack, report.problems, packs_beside)
        checker.run()
        if loaded.pack.questionnaire is not None:
            report.problems.extend(run_pack_cases(loaded.pack.root, loaded.pack.questionnaire))
        if loaded.pack.keypoints is not None:
            report.problems.extend(run_keypoint_cases(loaded.pack.root, loaded.pack.keypoints))
        report.scores = checker.scores
        glossary, problems = plain_language.read_glossary(loaded.pack.root, loaded.pack.languages)
        report.problems.extend(problems)
        report.plain, report.plain_pack = plain_language.check_pack(loaded.pack, glossary)
        report.problems.extend(app_words_problems(loaded.pack))
    return report


def app_words_problems(pack: ContentPack) -> list[Problem]:
    """A warning for each of the pack's languages that shows some of the kiosk's own words (Next,
    Back …) in another language, saying how many, a few of them, and in which language instead."""
    found: list[Problem] = []
    for lang in pack.languages:
        missing = missing_app_strings(lang, pack.default_language)
        if missing is not None:
            found.append(Problem(PACK_FILE, None, missing.message(pack.default_language), Severity.WARNING))
    return found
