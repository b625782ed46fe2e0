"""Folding, tokens, stemming and edit distance: pure functions, no database."""

import pytest

from search.text import edit_distance, fold, stem, tokens


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
def test_light_stemmer(word, language, expected):
    assert stem(word, language) == expected


def test_edit_distance_counts_swaps_once_and_gives_up_early():
    assert edit_distance("persnalausweis", "personalausweis", 2) == 1
    assert edit_distance("fuehrungszeugnsi", "fuehrungszeugnis", 2) == 1
    assert edit_distance("abc", "xyzxyz", 2) == 3
