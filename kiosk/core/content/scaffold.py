"""``kiosk pack new``: a small, complete pack that validates as written, for an author to edit.

It has every part a real pack has: pages in each language, a labelled diagram per language, a
check-in questionnaire whose warning-sign question sends the patient to staff, two other
outcomes, a note, test cases for every outcome, and a source. The words live in
``scaffold_text``; this module lays out the files. Nothing is ever overwritten: the pack is
written to a temporary folder beside the target and moved into place only when complete.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from kiosk.core.content import scaffold_text as words
from kiosk.core.content.model import ID_PATTERN


class ScaffoldError(Exception):
    """The pack cannot be written; the message says why and what to do."""


def _q(text: str) -> str:
    """``text`` as a TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def _per_language(name: str, texts: dict[str, str], languages: Sequence[str]) -> str:
    return "\n".join(f"{name}.{lang} = {_q(texts[lang])}" for lang in languages)


def _title(pack_id: str) -> str:
    return pack_id.replace("-", " ").capitalize()


def pack_toml(pack_id: str, languages: Sequence[str], today: dt.date) -> str:
    langs = ", ".join(_q(lang) for lang in languages)
    pages = "".join(f"  {_q(page)},\n" for page in words.PAGES)
    title = "\n".join(f"{lang} = {_q(_title(pack_id))}" for lang in languages)
    subtitle = "\n".join(f"{lang} = {_q(words.SUBTITLE[lang])}" for lang in languages)
    sections = "\n\n".join(
        f"[[sections]]\nid = {_q(sid)}\ntitle = {{ "
        + ", ".join(f"{lang} = {_q(titles[lang])}" for lang in languages)
        + " }"
        for sid, titles in words.SECTIONS.items()
    )
    return f"""\
# What this pack is. docs/content-packs.md explains every key; `kiosk validate` checks them all.
# Top-level keys must come before the first [table].
format = 1
id = {_q(pack_id)}
version = "0.1.0"
languages = [{langs}]
default_language = {_q(languages[0])}

# The pages in the order patients see them; each one is a file in every language folder.
pages = [
{pages}]

[title]
{title}

[subtitle]
{subtitle}

[review]
reviewed_by = "Write the name and role of the person who checked the medical facts"
review_date = {today.isoformat()}

[readability]
en_max_grade = 8
es_min_reading_ease = 60

# The progress strip along the top, in order. Every page names one of these in 'section:'.
{sections}

# Every source a page or question names, with its full citation (author, title, publisher, date).
[sources.clinic-leaflet]
citation = "Replace with the full citation of the document your facts come from (author, title, publisher, date)."
"""


def page_markdown(page_id: str, lang: str) -> str:
    title, body = words.PAGES[page_id][lang]
    section, icon, image = words.PAGE_LAYOUT[page_id]
    header = [f"title: {title}", f"section: {section}", f"icon: {icon}"]
    if image:
        header += [f"image: {image}", f"alt: {words.ALT[lang]}"]
    if page_id == "sources":
        header.append("kind: sources")
    header.append("sources: clinic-leaflet")
    return "\n".join(header) + "\n\n" + body


def diagram_svg(lang: str) -> str:
    """Three labelled boxes joined by arrows, in SVG Tiny 1.2 (what Qt draws), 900x400."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        'width="900" height="400" viewBox="0 0 900 400">',
        '<rect x="0" y="0" width="900" height="400" fill="#ffffff"/>',
    ]
    font = 'font-family="Atkinson Hyperlegible" fill="#1a1a1a" text-anchor="middle"'
    for index, (first, second) in enumerate(words.DIAGRAM_LABELS[lang]):
        left = 30 + index * 300
        middle = left + 120
        parts += [
            f'<rect x="{left}" y="100" width="240" height="200" rx="24" fill="#e6f2f7" '
            'stroke="#0b6e99" stroke-width="6"/>',
            f'<text x="{middle}" y="190" font-size="36" font-weight="bold" {font}>{first}</text>',
            f'<text x="{middle}" y="238" font-size="30" {font}>{second}</text>',
        ]
        if index < 2:
            start = left + 246
            parts += [
                f'<line x1="{start}" y1="200" x2="{start + 36}" y2="200" stroke="#d9822b" stroke-width="8"/>',
                f'<polygon points="{start + 52},200 {start + 32},186 {start + 32},214" fill="#d9822b"/>',
            ]
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def questionnaire_toml(languages: Sequence[str]) -> str:
    q = words.QUESTIONNAIRE

    def texts(name: str, key: str) -> str:
        return _per_language(name, q[key], languages)

    def ask(key: str) -> str:
        return "\n".join(
            f"ask_doctor.{lang} = [" + ", ".join(_q(item) for item in q[key][lang].split("|")) + "]"
            for lang in languages
        )

    disclaimer = "\n".join(f"{lang} = {_q(q['disclaimer'][lang])}" for lang in languages)
    return f"""\
# The check-in questionnaire (docs/questionnaire.md explains every key).
# - Questions are asked from top to bottom; every question also offers "Not sure".
# - Outcomes are tried from top to bottom; the first whose "when" holds is the result.
#   "immediate = true" is checked after every answer and stops the questions at once.
#   The last outcome has no "when": it is the result when nothing above it holds.
# - Ask your clinic's medical lead which warning signs to ask about, and keep them first.
format = 1

[disclaimer]
{disclaimer}

[[questions]]
id = "warning_sign"
kind = "yes_no"
warning = true
sources = ["clinic-leaflet"]
{texts("text", "warning.text")}
{texts("hint", "warning.hint")}

[[questions]]
id = "talk"
kind = "single"
sources = ["clinic-leaflet"]
{texts("text", "talk.text")}

  [[questions.options]]
  id = "yes"
  {texts("text", "talk.yes").replace(chr(10), chr(10) + "  ")}

  [[questions.options]]
  id = "later"
  {texts("text", "talk.later").replace(chr(10), chr(10) + "  ")}

# A warning sign answered "Yes" stops the questions and sends the patient to staff.
[[outcomes]]
id = "staff_now"
kind = "staff_now"
icon = "fa6s.user-nurse"
immediate = true
sources = ["clinic-leaflet"]
when = {{ question = "warning_sign", is = "yes" }}
{texts("headline", "staff.headline")}
{texts("explanation", "staff.explanation")}
{ask("staff.ask")}

# "discuss_rfa" is the style of the outcome that suggests talking about the guide's treatment.
[[outcomes]]
id = "talk_today"
kind = "discuss_rfa"
icon = "fa6s.comments"
sources = ["clinic-leaflet"]
when = {{ question = "talk", is = "yes" }}
{texts("headline", "talk_today.headline")}
{texts("explanation", "talk_today.explanation")}
{ask("talk_today.ask")}

[[outcomes]]
id = "another_day"
kind = "discuss_other"
icon = "fa6s.user-doctor"
sources = ["clinic-leaflet"]
# No "when": this is the result whenever nothing above holds.
{texts("headline", "later.headline")}
{texts("explanation", "later.explanation")}
{ask("later.ask")}

# Notes are added to whichever outcome is shown, when their "when" holds.
[[notes]]
id = "warning_sign_not_sure"
when = {{ question = "warning_sign", is = "not_sure" }}
sources = ["clinic-leaflet"]
{texts("text", "not_sure.note")}
"""


TESTS_TOML = """\
# Test cases for the questionnaire: `kiosk validate` runs each one (docs/questionnaire.md, "Test cases").
# Write name, outcome, notes and asked first; the keys after [cases.answers] are the answers.

[[cases]]
name = "A warning sign: tell staff now, and stop at once"
outcome = "staff_now"
notes = []
asked = ["warning_sign"]
[cases.answers]
warning_sign = "yes"

[[cases]]
name = "No warning sign, would like to talk: ask the doctor today"
outcome = "talk_today"
notes = []
asked = ["warning_sign", "talk"]
[cases.answers]
warning_sign = "no"
talk = "yes"

[[cases]]
name = "No warning sign, another day"
outcome = "another_day"
notes = []
[cases.answers]
warning_sign = "no"
talk = "later"

[[cases]]
name = "Not sure about the warning sign: a note for staff, then the usual result"
outcome = "talk_today"
notes = ["warning_sign_not_sure"]
[cases.answers]
warning_sign = "not_sure"
talk = "yes"
"""


def pack_files(pack_id: str, languages: Sequence[str], today: dt.date) -> dict[str, str]:
    """Every file of the new pack: path inside the pack -> text."""
    files = {"pack.toml": pack_toml(pack_id, languages, today)}
    for lang in languages:
        for page_id in words.PAGES:
            files[f"{lang}/{page_id}.md"] = page_markdown(page_id, lang)
        files[f"images/{lang}/steps.svg"] = diagram_svg(lang)
    files["questionnaire.toml"] = questionnaire_toml(languages)
    files["tests.toml"] = TESTS_TOML
    return files


def check_request(pack_id: str, languages: Sequence[str]) -> None:
    """Raise :class:`ScaffoldError` for an id or language list the pack cannot be written with."""
    if not ID_PATTERN.match(pack_id):
        raise ScaffoldError(
            f"'{pack_id}' is not a pack id: use lower-case letters, digits and dashes, such as knee-injection"
        )
    if not languages:
        raise ScaffoldError("name at least one language, such as --languages en,es")
    unknown = [lang for lang in languages if lang not in words.LANGUAGES]
    if unknown:
        raise ScaffoldError(
            f"there are no starting words for {', '.join(unknown)}; choose from {', '.join(words.LANGUAGES)}"
        )
    if len(set(languages)) != len(languages):
        raise ScaffoldError("a language is named twice in --languages")


def write_pack(pack_id: str, languages: Sequence[str], target: Path, today: dt.date | None = None) -> list[str]:
    """Write the new pack into the folder ``target`` (which must not exist, or be empty); its files."""
    check_request(pack_id, languages)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ScaffoldError(f"{target} already exists and is not empty; nothing was written (choose another --out)")
    files = pack_files(pack_id, languages, today or dt.date.today())
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{pack_id}-", dir=target.parent))
    try:
        for name, text in files.items():
            path = staging / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        if target.exists():
            target.rmdir()  # empty, checked above
        staging.rename(target)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(files)
