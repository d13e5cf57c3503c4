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


#: Flesch reading ease in each language textstat 0.7.8 has its own constants for: (the score
#: before any words, taken off per word of sentence length, taken off per syllable per word) and
#: whose formula it is. Spanish keeps its own function (``syllables.fernandez_huerta``).
READING_EASE = {
    "es": (206.84, 1.02, 60.0, "Fernández-Huerta"),
    "de": (180.0, 1.0, 58.5, "Amstad"),
    "fr": (207.0, 1.015, 73.6, "Kandel and Moles"),
    "it": (217.0, 1.3, 60.0, "Flesch-Vacca"),
    "nl": (206.835, 0.93, 77.0, "Flesch-Douma"),
    "ru": (206.835, 1.3, 60.1, "Oborneva"),
    "hu": (206.835, 1.015, 58.5, "textstat's Hungarian Flesch"),
}
#: language (primary subtag) → (measure name, how its limit key in pack.toml's [readability] ends)
MEASURES = {
    "en": ("grade", "max_grade"),
    **{lang: ("reading ease", "min_reading_ease") for lang in READING_EASE},
}


def primary_language(lang: str) -> str:
    """The language of a BCP 47 tag (``es`` for ``es-MX``), which chooses the formula."""
    return lang.replace("_", "-").split("-", 1)[0].lower()


def measured(lang: str) -> bool:
    """Whether pages in ``lang`` get a reading score (``es-MX`` is scored as Spanish)."""
    return primary_language(lang) in MEASURES


def not_measured_message(lang: str) -> str:
    """What ``kiosk validate`` says, once, for a language it cannot score."""
    scored = ", ".join(sorted(MEASURES))
    return (
        f"reading level is not measured for the '{lang}' pages: the kiosk has no reading-level formula "
        f"for this language (it scores {scored}). Ask someone who reads it to check that the pages use "
        "short sentences and everyday words"
    )


def _value(text: str, lang: str) -> float:
    """The score of ``text`` in ``lang`` (a language ``measured`` accepts)."""
    code = primary_language(lang)
    hyphenation = lang.replace("-", "_")  # pyphen's own variant when it has one (de_CH), else its main one
    if code == "en":
        return float(syllables.flesch_kincaid_grade(text, hyphenation))
    if code == "es":
        return float(syllables.fernandez_huerta(text, hyphenation))
    base, per_sentence_word, per_syllable, _name = READING_EASE[code]
    return float(syllables.reading_ease(text, hyphenation, base, per_sentence_word, per_syllable))


def limit_for(lang: str, limits: dict[str, float]) -> float | None:
    """The pack's limit for pages in ``lang``: one named for the whole tag (``es-MX_min_reading_ease``)
    first, else the one for its language (``es_min_reading_ease``)."""
    code = primary_language(lang)
    if code not in MEASURES:
        return None
    ending = MEASURES[code][1]
    return limits.get(f"{lang}_{ending}", limits.get(f"{code}_{ending}"))


def score(markdown_text: str, lang: str, limits: dict[str, float]) -> Score | None:
    """Flesch-Kincaid grade (English) or the language's Flesch reading ease (Fernández-Huerta for
    Spanish, see ``READING_EASE``); None for other languages and for a page without words."""
    if not measured(lang):
        return None
    text = plain_text(markdown_text)
    words = len(text.split())
    if words == 0:
        return None
    measure = MEASURES[primary_language(lang)][0]
    return Score(measure, round(_value(text, lang), 1), limit_for(lang, limits), words)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def hardest_sentences(
    markdown_text: str, lang: str, limit: float | None = None, count: int = 3
) -> list[tuple[int, str, float]]:
    """The ``count`` sentences of a page that are hardest to read, as (line offset in the text, the
    sentence, its own score), hardest first; only those past ``limit`` when some are. What
    ``kiosk validate`` names when a page is too hard."""
    if not measured(lang):
        return []
    grade = MEASURES[primary_language(lang)][0] == "grade"
    scored: list[tuple[float, int, str, float]] = []  # (hardness, offset, sentence, score)
    for offset, line in enumerate(markdown_text.splitlines()):
        for sentence in _SENTENCE_END.split(plain_text(line)):
            if len(sentence.split()) < 3:
                continue
            value = round(_value(sentence, lang), 1)
            scored.append((value if grade else -value, offset, sentence, value))
    scored.sort(key=lambda found: -found[0])
    if limit is not None:
        past = [found for found in scored if (found[3] > limit if grade else found[3] < limit)]
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
