"""Text helpers shared by indexing and querying: folding, tokens, a light stemmer, edit distance.

Everything here is pure Python and backend-independent, so SQLite, PostgreSQL and Elasticsearch
see the same normalised words. Folding maps what citizens type on any keyboard to one form:
"Sperrmüll", "Sperrmuell" and "SPERRMULL" all become "sperrmuell"; "Straße" and "Strasse" become
"strasse".
"""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

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
    # Longest first: the light stemmer that finds the base of a word inside compounds
    # ("Hunde" -> "hund" in "Hundesteuer"). Inflections are matched with Snowball (below).
    "de": ("innen", "ungen", "ern", "em", "en", "er", "es", "e", "n", "s"),
    "en": ("ings", "ing", "ies", "ied", "es", "ed", "s", "e"),
}
MIN_STEM = 4

# German verb forms that Snowball's German stemmer leaves apart from the infinitive: the ge- of
# past participles ("angemeldet", "umgezogen") and the -t of finite forms and weak participles
# ("beantragt", "meldet ab"). Separable prefixes take the ge- inside: an-ge-meldet.
SEPARABLE_PREFIXES = tuple(
    sorted(
        """
        ab an auf aus bei dabei dar durch ein fest fort frei her heraus herein hin hinaus hinein los
        mit nach nieder statt teil ueber um unter vor vorbei weg weiter wieder zu zurueck zusammen
        """.split(),
        key=len,
        reverse=True,
    )
)
# Strong participles (without ge-) whose stem vowel changed, with their infinitive; and the nouns
# a verb's service is usually named after ("umgezogen" -> "umziehen", "Umzug").
STRONG_PARTICIPLES = {
    "zogen": "ziehen",
    "storben": "sterben",
    "funden": "finden",
    "schrieben": "schreiben",
    "schieden": "scheiden",
    "stohlen": "stehlen",
    "brochen": "brechen",
    "nommen": "nehmen",
    "gangen": "gehen",
    "blieben": "bleiben",
    "sprochen": "sprechen",
    "worfen": "werfen",
    "schlossen": "schliessen",
    "stiegen": "steigen",
    "wiesen": "weisen",
    "griffen": "greifen",
    "liehen": "leihen",
    "loren": "lieren",  # verloren -> verlieren
    "bunden": "binden",
    "wandt": "wenden",
    "nannt": "nennen",
    "bracht": "bringen",
}
VERB_NOUNS = {"ziehen": "zug", "finden": "fund", "lieren": "lust", "stehlen": "stahl", "greifen": "griff"}
_STRONG_LONGEST = sorted(STRONG_PARTICIPLES, key=len, reverse=True)
_INSEPARABLE = ("", "be", "emp", "ent", "er", "miss", "ver", "zer")
_VERB_PREFIXES = (*SEPARABLE_PREFIXES, *_INSEPARABLE[1:])


def fold(text):
    """Lower-case, umlauts to ae/oe/ue, ß to ss, other accents removed."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    return _fold(text)


@lru_cache(maxsize=200_000)
def _fold(text):
    # Words repeat across the candidates a search ranks: each spelling is folded once.
    text = unicodedata.normalize("NFC", text).lower().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text):
    """Surface words as a full-text engine tokenises them (letters and digits, split on the rest)."""
    return _WORD.findall(text or "")


def tokens(text, language=None):
    """Folded words of a query, without stop words when a language is given."""
    stop = STOPWORDS.get(language, set())
    return [t for t in (fold(w) for w in words(text)) if t and t not in stop]


def light_stem(token, language):
    """A deliberately light stemmer on folded tokens: strips one inflection suffix. Used where a
    word's base must stay a substring of its compounds ("muell" in "sperrmuell")."""
    for suffix in _SUFFIXES.get(language, ()):
        if token.endswith(suffix) and len(token) - len(suffix) >= MIN_STEM:
            token = token[: -len(suffix)]
            break
    if language == "en" and token.endswith("i") and len(token) > MIN_STEM:
        token = token[:-1] + "y"
    return token


_snowball_lock = threading.Lock()
_snowball_german = snowballstemmer.stemmer("german")


@lru_cache(maxsize=100_000)
def _snowball(token):
    # Snowball stemmers keep state while stemming: one at a time. Snowball's German stemmer reads
    # "ae", "oe", "ue" as umlauts, so it fits our folded words.
    with _snowball_lock:
        return _snowball_german.stemWord(token)


def stem(token, language):
    """The inflection stem of a folded word: German by Snowball ("Anmeldung", "anmelden" ->
    "anmeld"), English by the light stemmer ("registering" -> "register")."""
    if language == "de":
        return _snowball(token)
    return light_stem(token, language)


def _weak_infinitive(base):
    """The infinitive of a weak verb form without its -t: "beantrag" -> "beantragen",
    "melde" -> "melden", "aender" -> "aendern", "registrier" -> "registrieren"."""
    if base.endswith("e"):
        return base + "n"
    if base.endswith(("el", "er")) and not base.endswith("ier"):
        return base + "n"
    return base + "en"


def german_verb_forms(token, participles_only=False):
    """Infinitives (and the noun of a strong verb) a German verb form may come from: "angemeldet"
    -> "anmelden"; "umgezogen" -> "umziehen", "umzug"; "beantragt" -> "beantragen". Snowball's
    German stemmer strips neither the ge- of participles nor the -t of weak ones. With
    `participles_only`, a word without ge- is taken for a verb form only if it begins with a verb
    prefix or ends in -iert ("umzieht", "beantragt", "registriert"): -t alone also ends nouns and
    numbers ("hundert" is no form of "hundern")."""
    found = []
    splits = [("", token)]
    for prefix in (*SEPARABLE_PREFIXES, ""):
        if token.startswith(prefix + "ge") and len(token) - len(prefix) - 2 >= 4:
            # A participle: its ge- is not part of the verb ("gemeldet" is no form of "gemelden").
            splits = [(prefix, token[len(prefix) + 2 :])]
            break
    else:
        if participles_only and not (token.startswith(_VERB_PREFIXES) or token.endswith("iert")):
            return []
    for prefix, rest in splits:
        participle = rest != token
        strong = next((p for p in _STRONG_LONGEST if rest.endswith(p)), None)
        # Before a strong participle only an inseparable prefix (ver-loren, be-zogen), or nothing.
        if strong is not None and rest[: -len(strong)] in _INSEPARABLE:
            root = rest[: -len(strong)]
            infinitive = STRONG_PARTICIPLES[strong]
            found.append(prefix + root + infinitive)
            if infinitive in VERB_NOUNS:
                found.append(prefix + root + VERB_NOUNS[infinitive])
        elif rest.endswith("t") and len(rest) >= 5:
            found.append(prefix + _weak_infinitive(rest[:-1]))
        elif participle and rest.endswith("en"):
            found.append(prefix + rest)  # strong participle like its infinitive: "abgegeben"
    return [f for f in found if f != token]


def stems(token, language, participles_only=False):
    """Every stem a folded word is matched by: its own, and for German those of the verb forms it
    may be inflected from (`participles_only`: see german_verb_forms)."""
    found = [stem(token, language)]
    if language == "de":
        for form in german_verb_forms(token, participles_only):
            s = stem(form, language)
            if s not in found:
                found.append(s)
    return found


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
