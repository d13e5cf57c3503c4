"""Reading pack.toml's [review] and [sources] tables: who signed the content off and where its facts
come from. ``PackTomlReader`` holds what ``reader._PackReader`` and ``page_reader`` share with
these: the problem list, the file's line finder and its format number.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from kiosk.core.content.model import PACK_FILE, Review, ReviewStatus, SourceKind
from kiosk.core.problems import Problem, Severity
from kiosk.core.tomllines import TomlLines

REVIEW_KEYS = frozenset({"reviewed_by", "review_date"})
REVIEW_KEYS_2 = REVIEW_KEYS | {"status"}
SOURCE_KEYS = frozenset({"citation"})
SOURCE_KEYS_2 = SOURCE_KEYS | {"kind", "approved_by"}


class PackTomlReader:
    """Collects problems while pack.toml is read; the review and sources tables."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []
        self.toml_text = ""
        self.lines = TomlLines("")
        self.format = 1

    def error(self, file: str, line: int | None, message: str) -> None:
        self.problems.append(Problem(file, line, message))

    def warn(self, file: str, line: int | None, message: str) -> None:
        self.problems.append(Problem(file, line, message, Severity.WARNING))

    def key_error(self, key: str, message: str) -> None:
        self.error(PACK_FILE, self.lines.setting(key.rsplit(".", maxsplit=1)[-1]), message)

    def _sources(self, data: dict[str, Any]) -> tuple[dict[str, str], dict[str, SourceKind]]:
        raw = data.get("sources", {})
        if not isinstance(raw, dict):
            self.key_error("sources", "'sources' must be a table of source ids")
            return {}, {}
        sources: dict[str, str] = {}
        kinds: dict[str, SourceKind] = {}
        allowed = SOURCE_KEYS_2 if self.format >= 2 else SOURCE_KEYS
        for source_id, entry in raw.items():
            line = self.lines.setting(f"sources.{source_id}")
            citation = entry.get("citation") if isinstance(entry, dict) else entry
            if not isinstance(citation, str) or not citation.strip():
                self.error(PACK_FILE, line, f"source '{source_id}' has no citation")
                continue
            sources[source_id] = citation.strip()
            kinds[source_id] = SourceKind.PUBLISHED
            if not isinstance(entry, dict):
                continue
            for key in entry:
                if key not in allowed:
                    self.error(
                        PACK_FILE, line, f"source '{source_id}': unknown key '{key}'; use {', '.join(sorted(allowed))}"
                    )
            kind = entry.get("kind", SourceKind.PUBLISHED.value)
            if kind not in {k.value for k in SourceKind}:
                self.error(
                    PACK_FILE, line, f"source '{source_id}': kind {kind!r} is unknown; use {', '.join(SourceKind)}"
                )
                continue
            kinds[source_id] = SourceKind(kind)
        return sources, kinds

    def _check_clinic_sign_off(self, data: dict[str, Any], review: Review) -> None:
        """A clinic instruction is the clinic's own practice: in a reviewed pack the medical lead
        must have signed each one off (``approved_by``)."""
        raw = data.get("sources", {})
        for source_id, entry in raw.items() if isinstance(raw, dict) else ():
            if not isinstance(entry, dict) or entry.get("kind") != SourceKind.CLINIC_INSTRUCTION.value:
                continue
            approved = entry.get("approved_by")
            if isinstance(approved, str) and approved.strip():
                continue
            line = self.lines.setting(f"sources.{source_id}")
            message = (
                f"source '{source_id}' is a clinic instruction with no 'approved_by': "
                "the medical lead signs each clinic instruction off"
            )
            if review.is_draft:
                self.warn(PACK_FILE, line, message + " (needed before the pack is marked reviewed)")
            else:
                self.error(PACK_FILE, line, message)

    def _review(self, data: dict[str, Any]) -> Review:
        """[review]: in format 2, ``status`` says draft or reviewed, and a reviewed pack names who
        reviewed it and when. A format 1 pack is taken as reviewed when it names both, else as a draft."""
        review = data.get("review", {})
        if not isinstance(review, dict):
            self.key_error("review", "'review' must be a table with status, reviewed_by and review_date")
            return Review()
        allowed = REVIEW_KEYS_2 if self.format >= 2 else REVIEW_KEYS
        for key in review:
            if key not in allowed:
                self.error(
                    PACK_FILE,
                    self.lines.setting(key, top_level=False) or self.lines.setting("review"),
                    f"unknown key '{key}' in [review]; use {', '.join(sorted(allowed))}",
                )
        reviewed_by = review.get("reviewed_by", "")
        review_date = review.get("review_date")
        if not isinstance(reviewed_by, str):
            self.key_error("reviewed_by", "'reviewed_by' must be text: the name and role of the reviewer")
            reviewed_by = ""
        reviewed_by = reviewed_by.strip()
        if isinstance(review_date, dt.datetime):
            review_date = review_date.date()
        date_written = review_date is not None  # a date written wrongly has had its own message
        if review_date is not None and not isinstance(review_date, dt.date):
            self.error(
                PACK_FILE,
                self.lines.setting("review_date", top_level=False),
                "'review_date' must be a date such as 2026-11-20 (no quotes)",
            )
            review_date = None
        if self.format < 2:
            status = ReviewStatus.REVIEWED if reviewed_by and review_date else ReviewStatus.DRAFT
            for key, missing in (("reviewed_by", not reviewed_by), ("review_date", not date_written)):
                if missing:
                    self.warn(PACK_FILE, self.lines.setting(key, top_level=False), f"no '{key}' in [review]")
            return Review(status, reviewed_by, review_date)
        raw_status = review.get("status")
        if raw_status not in {s.value for s in ReviewStatus}:
            self.error(
                PACK_FILE,
                self.lines.setting("status", top_level=False) or self.lines.setting("review"),
                f'[review] needs status = "draft" or "reviewed", not {raw_status!r}',
            )
            return Review(ReviewStatus.DRAFT, reviewed_by, review_date)
        status = ReviewStatus(raw_status)
        if status is ReviewStatus.REVIEWED:
            for key, missing in (("reviewed_by", not reviewed_by), ("review_date", not date_written)):
                if missing:
                    self.error(
                        PACK_FILE,
                        self.lines.setting("status", top_level=False),
                        f"a reviewed pack needs '{key}' in [review] (who reviewed it, and when)",
                    )
        return Review(status, reviewed_by, review_date)
