"""Text helpers shared by indexing and querying: folding, tokens, a light stemmer, edit distance.

Everything here is pure Python and backend-independent, so SQLite, PostgreSQL and Elasticsearch
see the same normalised words. Folding maps what citizens type on any keyboard to one form:
"Sperrmüll", "Sperrmuell" and "SPERRMULL" all become "sperrmuell"; "Straße" and "Strasse" become
"strasse".
"""

import re
import unicodedata

# Umlauts are folded to their two-letter spelling (the German convention, and what people type
# on foreign keyboards); other accents are dropped (café -> cafe).
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)

STOPWORDS = {
    "de": set(
        """
        a ab alle als am an auch auf aus bei beim bin bis da das dass dem den der des die dies diese
        dieser du ein eine einem einen einer eines er es fuer gibt habe haben hat hier ich ihr im in
        ist ja kann koennen man mein meine meinem meinen meiner mich mir mit muss muessen nach nicht
        noch nur ob oder sein seine sich sie sind so soll ueber um und uns unser vom von vor war was
        wann warum welche wer werden wie wir wird wo zu zum zur bitte mal
        """.split()
    ),
    "en": set(
        """
        a about am an and are as at be by can could do does for from get got has have how i if in
        is it me my need of on or our please should so the their this to want we what when where
        which who why will with you your
        """.split()
    ),
}

_SUFFIXES = {
    # Longest first. Enough to bring citizens' inflections ("Ausweise", "Hunde", "Urkunden") onto
    # the indexed form; compounds are handled separately.
    "de": ("innen", "ungen", "ern", "em", "en", "er", "es", "e", "n", "s"),
    "en": ("ings", "ing", "ies", "ied", "es", "ed", "s", "e"),
}
MIN_STEM = 4


def fold(text):
    """Lower-case, umlauts to ae/oe/ue, ß to ss, other accents removed."""
    text = unicodedata.normalize("NFC", text or "").lower().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text):
    """Surface words as a full-text engine tokenises them (letters and digits, split on the rest)."""
    return _WORD.findall(text or "")


def tokens(text, language=None):
    """Folded words of a query, without stop words when a language is given."""
    stop = STOPWORDS.get(language, set())
    return [t for t in (fold(w) for w in words(text)) if t and t not in stop]


def stem(token, language):
    """A deliberately light stemmer on folded tokens: strips one inflection suffix."""
    for suffix in _SUFFIXES.get(language, ()):
        if token.endswith(suffix) and len(token) - len(suffix) >= MIN_STEM:
            token = token[: -len(suffix)]
            break
    if language == "en" and token.endswith("i") and len(token) > MIN_STEM:
        token = token[:-1] + "y"
    return token


def edit_distance(a, b, limit):
    """Damerau-Levenshtein (adjacent swaps count once), giving up above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2 = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        best = i
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def allowed_typos(token):
    if len(token) < 5:
        return 0
    return 1 if len(token) < 9 else 2
