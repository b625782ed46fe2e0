"""Folding, tokens, stemming and edit distance: pure functions, no database."""

import pytest

from search.text import edit_distance, fold, german_verb_forms, light_stem, stem, stems, tokens


@pytest.mark.parametrize(
    "typed, folded",
    [("Sperrmüll", "sperrmuell"), ("SPERRMUELL", "sperrmuell"), ("Straße", "strasse"), ("Café", "cafe"), ("", "")],
)
def test_fold_brings_every_spelling_to_one_form(typed, folded):
    assert fold(typed) == folded


def test_tokens_drop_stop_words_and_punctuation():
    assert tokens("Wie melde ich meinen Hund an?", "de") == ["melde", "hund"]
    assert tokens("How do I register a dog", "en") == ["register", "dog"]
    assert tokens('AND OR ( " * ~ 🙂', "en") == []


@pytest.mark.parametrize(
    "word, language, expected",
    [
        ("ausweise", "de", "ausweis"),
        ("hunde", "de", "hund"),
        ("urkunden", "de", "urkund"),
        ("registering", "en", "register"),
    ],
)
def test_stemmer(word, language, expected):
    assert stem(word, language) == expected


@pytest.mark.parametrize(
    "word, language, expected",
    [("hunde", "de", "hund"), ("muell", "de", "muell"), ("urkunden", "de", "urkund"), ("permits", "en", "permit")],
)
def test_light_stemmer_keeps_the_base_a_part_of_its_compounds(word, language, expected):
    # Snowball's German stemmer drops umlauts ("muell" -> "mull"), which "sperrmuell" does not contain.
    assert light_stem(word, language) == expected


@pytest.mark.parametrize(
    "participle, verb",
    [
        ("angemeldet", "anmelden"),
        ("abgemeldet", "abmelden"),
        ("umgemeldet", "ummelden"),
        ("gemeldet", "melden"),
        ("beantragt", "beantragen"),
        ("geaendert", "aendern"),
        ("umgesiedelt", "umsiedeln"),
        ("registriert", "registrieren"),
        ("umgezogen", "umziehen"),
        ("verloren", "verlieren"),
        ("abgegeben", "abgeben"),
    ],
)
def test_german_verb_forms_lead_to_their_infinitive(participle, verb):
    assert verb in german_verb_forms(participle)
    assert stem(verb, "de") in stems(participle, "de")


def test_strong_participles_lead_to_the_noun_of_their_verb():
    assert "umzug" in german_verb_forms("umgezogen")
    assert "verlust" in german_verb_forms("verloren")


@pytest.mark.parametrize("word", ["gebiet", "geburt", "umgebung", "hund"])
def test_words_that_only_look_like_participles_stay_as_they_are(word):
    assert stems(word, "de", participles_only=True) == [stem(word, "de")]


def test_words_ending_in_t_are_verb_forms_in_the_index_only_with_a_verb_prefix():
    assert stems("hundert", "de", participles_only=True) == ["hundert"]
    assert stem("umziehen", "de") in stems("umzieht", "de", participles_only=True)


def test_edit_distance_counts_swaps_once_and_gives_up_early():
    assert edit_distance("persnalausweis", "personalausweis", 2) == 1
    assert edit_distance("fuehrungszeugnsi", "fuehrungszeugnis", 2) == 1
    assert edit_distance("abc", "xyzxyz", 2) == 3
