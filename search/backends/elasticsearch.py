"""Elasticsearch 8/9 configuration with per-language analysis. Pure data, imported by settings.

Wagtail indexes every object into every configured backend. We configure one backend per
language, each with its own index prefix and that language's analyzer as the index default:

- "default" (German): lower-casing, dictionary decompounding ("Personalausweis" also yields
  "ausweis"; "Sperrmüllabfuhr" yields "müll", "abfuhr"), German normalisation (ä/ae -> a,
  ß -> ss) and the light German stemmer.
- "en" (English): possessives, lower-casing, ASCII folding, the English (Porter 2) stemmer.

The search app asks the backend of the visitor's language (search.engine.backend_for), and
filters by locale, so each language is analysed by its own rules. A German page is also present,
unused, in the English index: the price of staying with Wagtail's stock indexing.
"""

# Parts of compounds citizens search for on their own. Elasticsearch's dictionary decompounder
# emits each part found inside a longer word, so "Ausweis" finds "Personalausweis". Extend it
# from the vocabulary with `manage.py search_compound_parts` (prints candidates) when content grows.
GERMAN_COMPOUND_PARTS = sorted(
    set(
        """
        abfall abfuhr abholung adresse amt anmeldung antrag anwohner arbeit auskunft ausweis auto
        bau behinderung beitrag bescheid bescheinigung bestätigung betreuung bewohner bildung biotonne
        bürger ehe eltern elektro erlaubnis fahrzeug fahrkarte familie friedhof fund führung garten
        gebühr geburt geld genehmigung gewerbe grab grund gruen grün halteverbot haus hilfe hochzeit
        hund kennzeichen kind kinder kita kosten lebensunterhalt melde meldung miete müll muell nummer
        park parkausweis pass personal pflege platz register reise rente schein schrott schule schüler
        sperr sperrmüll stadt standesamt steuer sterbe straße tonne trauung umzug unterlagen urkunde
        verlust wohn wohnung wohnsitz zeugnis zulassung zuschuss
        """.split()
    )
)

GERMAN_ANALYSIS = {
    "filter": {
        "stadtportal_de_decompounder": {
            "type": "dictionary_decompounder",
            "word_list": GERMAN_COMPOUND_PARTS,
            "min_subword_size": 3,
            "only_longest_match": False,
        },
        "stadtportal_de_stop": {"type": "stop", "stopwords": "_german_"},
        "stadtportal_de_stemmer": {"type": "stemmer", "language": "light_german"},
    },
    "analyzer": {
        "default": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "lowercase",
                "stadtportal_de_decompounder",
                "stadtportal_de_stop",
                "german_normalization",
                "stadtportal_de_stemmer",
            ],
        },
        "default_search": {
            # Queries are not decompounded: a compound typed in full should match itself first.
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "stadtportal_de_stop", "german_normalization", "stadtportal_de_stemmer"],
        },
    },
}

ENGLISH_ANALYSIS = {
    "filter": {
        "stadtportal_en_possessive": {"type": "stemmer", "language": "possessive_english"},
        "stadtportal_en_stop": {"type": "stop", "stopwords": "_english_"},
        "stadtportal_en_stemmer": {"type": "stemmer", "language": "english"},
    },
    "analyzer": {
        "default": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "stadtportal_en_possessive",
                "lowercase",
                "asciifolding",
                "stadtportal_en_stop",
                "stadtportal_en_stemmer",
            ],
        },
    },
}

ANALYSIS = {"de": GERMAN_ANALYSIS, "en": ENGLISH_ANALYSIS}
BACKEND_MODULES = {8: "wagtail.search.backends.elasticsearch8", 9: "wagtail.search.backends.elasticsearch9"}


def index_settings(language):
    return {"settings": {"analysis": ANALYSIS[language], "index": {"number_of_shards": 1}}}


def backend_settings(url, version=8, prefix="stadtportal", languages=("de", "en"), timeout=10):
    """WAGTAILSEARCH_BACKENDS for an Elasticsearch 8 or 9 cluster at `url`; the first language's
    backend is "default", the others are named by their language code."""
    if version not in BACKEND_MODULES:
        raise ValueError(f"Elasticsearch {version} is not supported; use 8 or 9.")
    backends = {}
    for position, language in enumerate(languages):
        name = "default" if position == 0 else language
        backends[name] = {
            "BACKEND": BACKEND_MODULES[version],
            "URLS": [url],
            "INDEX_PREFIX": f"{prefix}_{language}_",
            "TIMEOUT": timeout,
            "OPTIONS": {},
            "INDEX_SETTINGS": index_settings(language),
        }
    return backends
