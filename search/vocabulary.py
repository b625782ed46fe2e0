"""The per-language vocabulary: every word of the titles, hidden search terms and teasers of
what the search covers, folded, with the spellings the full-text index saw.

Query expansion looks citizens' words up here: exact, inflected, as part of a compound
("Ausweis" -> "Personalausweis"), split from a compound ("Personalausweisverlust" ->
"Personalausweis", "Verlust"), misspelt ("Persnalausweis"), and through the editors' synonyms.
Matches become the extra terms sent to the search backend, so every backend finds them.

The words come from the weighted fields of the registered sources (search/registry.py). The
vocabulary is built lazily per process and rebuilt when its generation in the shared cache
changes; publishing, unpublishing, moving pages, saving a registered model's rows and editing
synonyms bump the generation (search/tasks.py)."""

import threading
import time
import uuid
from collections import defaultdict

from django.core.cache import cache
from wagtail.models import Locale

from search import registry
from search.models import Synonym
from search.text import MIN_STEM, allowed_typos, edit_distance, fold, stem, words

GENERATION_KEY = "search:vocabulary:generation"
# Without a shared cache (several processes, local-memory cache) an invalidation reaches only
# its own process; the others rebuild after this many seconds at the latest.
MAX_AGE = 300
_memo = {}
_lock = threading.Lock()


def invalidate():
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def _generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, generation, None):
            generation = cache.get(GENERATION_KEY) or generation
    return generation


class Vocabulary:
    def __init__(self, language):
        self.language = language
        self.surfaces = defaultdict(set)  # folded -> lower-case spellings as written
        self.stems = defaultdict(set)  # stem -> folded words
        self.synonyms = []  # [[(token, ...), ...], ...]

    def add_text(self, text):
        for word in words(text):
            folded = fold(word)
            if not folded:
                continue
            self.surfaces[folded].add(word.lower())
            self.stems[stem(folded, self.language)].add(folded)

    def finish(self):
        self.words = sorted(self.surfaces)
        self.long_words = [w for w in self.words if len(w) >= MIN_STEM]
        self.by_length = defaultdict(list)
        for w in self.words:
            self.by_length[len(w)].append(w)

    # --- lookups; each returns {folded word: weight} -------------------------------------------

    def exact(self, token):
        return {token: 1.0} if token in self.surfaces else {}

    def inflected(self, token):
        return {w: 0.85 for w in self.stems.get(stem(token, self.language), ()) if w != token}

    def prefixed(self, token, limit=30):
        """Words the citizen may be typing: "perso" -> "personalausweis"."""
        if len(token) < 2:
            return {}
        found = sorted((w for w in self.words if w.startswith(token) and w != token), key=len)
        return {w: 0.8 for w in found[:limit]}

    def compounds(self, token, limit=40):
        """Indexed words that contain the token: "muell" -> "sperrmuell", "muellabfuhr"."""
        base = stem(token, self.language)
        if len(base) < MIN_STEM:
            return {}
        found = [w for w in self.long_words if base in w and w != token]
        found.sort(key=len)
        # German compounds are right-headed: a "Sperrmüll" is a kind of "Müll", a "Müllabfuhr" is
        # not. A word that ends with the query word is the closer match.
        return {w: (0.75 if w.endswith(base) else 0.6) for w in found[:limit]}

    def parts(self, token):
        """Indexed words that a compound query word consists of: "personalausweisverlust" ->
        "personalausweis", "verlust". Only whole-word parts of five letters or more."""
        if len(token) < 8:
            return {}
        found = [w for w in self.long_words if len(w) >= 5 and w != token and w in token]
        # Keep the longest parts: "personalausweis" makes "ausweis" redundant.
        found.sort(key=len, reverse=True)
        kept = []
        for w in found:
            if not any(w in longer for longer in kept):
                kept.append(w)
        return {w: 0.5 for w in kept[:6]}

    def fuzzy(self, token):
        limit = allowed_typos(token)
        if not limit:
            return {}
        found = {}
        for length in range(len(token) - limit, len(token) + limit + 1):
            for w in self.by_length.get(length, ()):
                if w[0] != token[0] and w[-1] != token[-1]:
                    continue
                distance = edit_distance(token, w, limit)
                if distance <= limit:
                    found[w] = 0.7 if distance == 1 else 0.55
        return found

    def synonym_alternatives(self, query_tokens):
        """For each query position, the tokens of the synonyms matched at it (weight 0.9)."""
        extra = defaultdict(dict)
        for group in self.synonyms:
            for term in group:
                n = len(term)
                for start in range(len(query_tokens) - n + 1):
                    if tuple(query_tokens[start : start + n]) == term:
                        for other in group:
                            if other == term:
                                continue
                            for position in range(start, start + n):
                                for tok in other:
                                    extra[position][tok] = 0.9
        return extra

    def spellings(self, folded):
        return self.surfaces.get(folded, set())


def build(language):
    vocabulary = Vocabulary(language)
    locale = Locale.objects.filter(language_code=language).first()
    if locale is not None:
        for source in registry.sources():
            for row in source.queryset(locale).values_list(*source.fields):
                for value in row:
                    vocabulary.add_text(value or "")
    for synonym in Synonym.objects.filter(language=language):
        group = synonym.folded_terms()
        if len(group) > 1:
            vocabulary.synonyms.append(group)
            for term in synonym.term_list():
                vocabulary.add_text(term)
    vocabulary.finish()
    return vocabulary


def get_vocabulary(language):
    generation = _generation()
    now = time.monotonic()

    def fresh(entry):
        return entry and entry[0] == generation and now - entry[2] < MAX_AGE

    if fresh(_memo.get(language)):
        return _memo[language][1]
    with _lock:
        if fresh(_memo.get(language)):
            return _memo[language][1]
        vocabulary = build(language)
        _memo[language] = (generation, vocabulary, now)
        return vocabulary
