"""Plain-language checks for patient pages: reading scores and phrases a page must never use."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kiosk.core.checks import syllables


@dataclass(frozen=True)
class PhraseRule:
    """A phrase that diagnoses, promises or decides for the patient (CONTENT.md), the contexts
    around it that do not (``allowed``: each one contains the phrase), and a way to say it instead."""

    phrase: str
    rewrite: str
    allowed: tuple[str, ...] = ()


_YOU_HAVE_OK = ("if you have", "do you have", "you have tried", "you have had")
_USTED_TIENE_OK = ("si usted tiene", "si tiene usted", "¿usted tiene", "¿tiene usted")

#: Phrases patient screens must never use, per language; Spanish pages are also checked for the English ones.
PHRASE_RULES: dict[str, tuple[PhraseRule, ...]] = {
    "en": (
        PhraseRule("you have", "'some people have…', 'if you have…' or 'ask your doctor whether…'", _YOU_HAVE_OK),
        PhraseRule("you are a candidate", "'ask your doctor whether this could help you'"),
        PhraseRule("you're a candidate", "'ask your doctor whether this could help you'"),
        PhraseRule("you qualify", "'ask your doctor whether this could be a choice for you'"),
        PhraseRule("you need", "'your doctor may ask you to…' or 'you may want to…'"),
        PhraseRule("diagnosis:", "which conversation to have with the doctor, not what the patient has"),
        PhraseRule("guaranteed", "what studies found, such as 'some people get relief'"),
        PhraseRule("will cure", "'may ease' or 'can help some people'"),
        PhraseRule("cures your", "'may ease your'"),
        PhraseRule("you will feel better", "'you may feel better'"),
        PhraseRule("you will be pain-free", "'your pain may ease'"),
        PhraseRule("you will be pain free", "'your pain may ease'"),
        PhraseRule("miracle", "plainly what it does"),
        PhraseRule("state of the art", "plainly what it does"),
    ),
    "es": (
        PhraseRule("usted tiene", "'algunas personas tienen…', 'si usted tiene…' o 'pregunte a su médico si…'",
                   _USTED_TIENE_OK),
        PhraseRule("tiene usted", "'si tiene usted…' o 'pregunte a su médico si…'", _USTED_TIENE_OK),
        PhraseRule("usted es candidato", "'pregunte a su médico si esto podría ayudarle'"),
        PhraseRule("usted es candidata", "'pregunte a su médico si esto podría ayudarle'"),
        PhraseRule("es un candidato", "'pregunte a su médico si esto podría ayudarle'"),
        PhraseRule("es una candidata", "'pregunte a su médico si esto podría ayudarle'"),
        PhraseRule("usted califica", "'pregunte a su médico si esto podría ser una opción'"),
        PhraseRule("califica para", "'pregunte a su médico si esto podría ser una opción'"),
        PhraseRule("usted necesita", "'su médico le puede pedir…'"),
        PhraseRule("necesita usted", "'su médico le puede pedir…'"),
        PhraseRule("diagnóstico:", "qué conversación tener con el médico"),
        PhraseRule("garantizado", "lo que encontraron los estudios"),
        PhraseRule("garantizada", "lo que encontraron los estudios"),
        PhraseRule("le curará", "'puede aliviar'"),
        PhraseRule("se sentirá mejor", "'tal vez se sienta mejor'"),
        PhraseRule("milagro", "con palabras sencillas lo que hace"),
    ),
}  # fmt: skip
#: The phrases alone, per language.
FORBIDDEN_PHRASES: dict[str, tuple[str, ...]] = {
    lang: tuple(rule.phrase for rule in rules) for lang, rules in PHRASE_RULES.items()
}

_MARKUP = [
    # Linear: "[" and "(" end the searches, so a run of them is not searched from each one.
    (re.compile(r"!\[[^\[\]]*\]\([^()\[\]]*\)"), ""),  # pictures
    (re.compile(r"\[([^\[\]]*)\]\([^()\[\]]*\)"), r"\1"),  # links keep their words
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),  # headings
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.M), ""),  # list markers
    (re.compile(r"[*_`>|]"), ""),  # emphasis, code, quotes, tables
]
#: The item's words start with a non-space and are stripped after matching (no backtracking over spaces).
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(\S.*)$")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*(\S.*)$")


def plain_text(markdown_text: str) -> str:
    """The words of a page, for scoring: list items and headings end a sentence."""
    lines = []
    for line in markdown_text.splitlines():
        item = _LIST_ITEM.match(line) or _HEADING.match(line)
        ends_sentence = not item or item.group(1).rstrip().endswith((".", "!", "?", ":"))
        lines.append(line if ends_sentence else line.rstrip() + ".")
    text = "\n".join(lines)
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Score:
    """A page's reading score in one language, and whether it is within the pack's limit."""

    measure: str
    value: float
    limit: float | None
    words: int

    @property
    def ok(self) -> bool:
        if self.limit is None:
            return True
        if self.measure == "grade":
            return self.value <= self.limit
        return self.value >= self.limit


#: language → (measure name, limit key in pack.toml's [readability], "max" or "min")
MEASURES = {
    "en": ("grade", "en_max_grade"),
    "es": ("reading ease", "es_min_reading_ease"),
}


def score(markdown_text: str, lang: str, limits: dict[str, float]) -> Score | None:
    """Flesch-Kincaid grade (English) or Fernández-Huerta ease (Spanish); None for other languages."""
    if lang not in MEASURES:
        return None
    text = plain_text(markdown_text)
    words = len(text.split())
    if words == 0:
        return None
    measure, limit_key = MEASURES[lang]
    value = syllables.flesch_kincaid_grade(text, lang) if lang == "en" else syllables.fernandez_huerta(text, lang)
    return Score(measure, round(float(value), 1), limits.get(limit_key), words)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def hardest_sentences(
    markdown_text: str, lang: str, limit: float | None = None, count: int = 3
) -> list[tuple[int, str, float]]:
    """The ``count`` sentences of a page that are hardest to read, as (line offset in the text, the
    sentence, its own score), hardest first; only those past ``limit`` when some are. What
    ``kiosk validate`` names when a page is too hard."""
    if lang not in MEASURES:
        return []
    english = lang == "en"
    scored: list[tuple[float, int, str, float]] = []  # (hardness, offset, sentence, score)
    for offset, line in enumerate(markdown_text.splitlines()):
        for sentence in _SENTENCE_END.split(plain_text(line)):
            if len(sentence.split()) < 3:
                continue
            if english:
                value = round(float(syllables.flesch_kincaid_grade(sentence, lang)), 1)
            else:
                value = round(float(syllables.fernandez_huerta(sentence, lang)), 1)
            scored.append((value if english else -value, offset, sentence, value))
    scored.sort(key=lambda found: -found[0])
    if limit is not None:
        past = [found for found in scored if (found[3] > limit if english else found[3] < limit)]
        scored = past or scored
    return [(offset, sentence, value) for _hardness, offset, sentence, value in scored[:count]]


_EMPHASIS = re.compile(r"[*_`]")
#: Characters that draw nothing: removed before phrases are looked for.
_INVISIBLE = dict.fromkeys(
    [
        *map(ord, "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u3164\uffa0\ufeff"),
        *range(0x200B, 0x2010),  # zero-width spaces and joiners, direction marks
        *range(0x202A, 0x202F),  # direction embeddings and overrides
        *range(0x2060, 0x2070),  # word joiner, invisible operators, direction isolates
        *range(0xFE00, 0xFE10),  # variation selectors
        *range(0xFFF9, 0xFFFC),  # interlinear annotation marks
        *range(0xE0000, 0xE0080),  # tag characters
    ]
)
#: Letters from other scripts that look like Latin ones (Cyrillic, Greek), and look-alike punctuation.
_LOOK_ALIKES = str.maketrans(
    "аеорсухіјѕԁһӏԛԝвкмнтАВЕКМНОРСТУХІЈЅαβεικνορτυχΑΒΕΗΙΚΜΝΟΡΤΥΧ’‘ʼ′‐‑‒–",
    "aeopcyxijsdhlqwbkmhtABEKMHOPCTYXIJSabeikvoptuxABEHIKMNOPTYX''''----",
)
_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")


def normalise(line: str) -> str:
    """One line as the phrase rules read it: NFKC, look-alike letters folded to Latin, nothing
    invisible, every kind of space one plain space, lower case, no Markdown emphasis."""
    text = unicodedata.normalize("NFKC", line).translate(_INVISIBLE).translate(_LOOK_ALIKES)
    text = _SPACES.sub(" ", text).casefold()
    return _EMPHASIS.sub("", text)


@dataclass(frozen=True)
class PhraseFinding:
    """A phrase that must not appear, on line ``offset`` of the text checked."""

    offset: int
    rule: PhraseRule

    @property
    def message(self) -> str:
        return (
            f"'{self.rule.phrase}' must not appear on a patient screen: it diagnoses, promises or decides "
            f"for the patient; write {self.rule.rewrite}"
        )


@lru_cache(maxsize=8)
def _rules(lang: str) -> tuple[re.Pattern[str], tuple[tuple[PhraseRule, re.Pattern[str]], ...]]:
    """One pattern that finds any of the phrases (most lines have none), and one per rule, in order."""
    rules = PHRASE_RULES.get(lang, ()) + (PHRASE_RULES["en"] if lang != "en" else ())
    each = tuple((rule, re.compile(rf"(?<!\w){re.escape(rule.phrase)}(?!\w)")) for rule in rules)
    alternatives = "|".join(re.escape(rule.phrase) for rule in rules) or r"(?!x)x"
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), each


def _allowed_here(line: str, start: int, rule: PhraseRule) -> bool:
    """Whether the phrase found at ``start`` is part of one of the rule's allowed contexts, as
    whole words."""
    for context in rule.allowed:
        inside = context.find(rule.phrase)
        if inside < 0:
            continue
        at = start - inside
        end = at + len(context)
        if at < 0 or line[at:end] != context:
            continue
        joined_before = at > 0 and line[at - 1].isalnum() and context[0].isalnum()
        joined_after = end < len(line) and line[end].isalnum() and context[-1].isalnum()
        if not joined_before and not joined_after:
            return True
    return False


def phrase_findings(text: str, lang: str) -> list[PhraseFinding]:
    """Every phrase in ``text`` that must not appear, line by line, after normalising each line."""
    found: list[PhraseFinding] = []
    anything, each = _rules(lang)
    for offset, raw in enumerate(text.splitlines()):
        line = normalise(raw)
        if not anything.search(line):
            continue
        for rule, pattern in each:
            if any(not _allowed_here(line, m.start(), rule) for m in pattern.finditer(line)):
                found.append(PhraseFinding(offset, rule))
    return found


def forbidden_phrases(text: str, lang: str) -> list[tuple[int, str]]:
    """(line offset, phrase) for every forbidden phrase in ``text``, found as ``phrase_findings`` finds them."""
    return [(finding.offset, finding.rule.phrase) for finding in phrase_findings(text, lang)]
