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

import bisect
import threading
import time
import uuid
from collections import defaultdict

from django.core.cache import cache
from wagtail.models import Locale

from search import registry
from search.models import Synonym
from search.text import MIN_STEM, allowed_typos, edit_distance, fold, light_stem, stem, stems, words

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
        self.stems = defaultdict(set)  # stem -> folded words (a word is filed under each of its stems)
        self.synonyms = []  # [[(token, ...), ...], ...]
        self._stemmed = set()

    def add_text(self, text):
        for word in words(text):
            folded = fold(word)
            if not folded:
                continue
            self.surfaces[folded].add(word.lower())
            if folded not in self._stemmed:
                self._stemmed.add(folded)
                # Indexed words are filed under the verb of a participle ("angemeldet": "anmeld"),
                # but not of every word ending in -t: a query's forms are looked up more widely.
                for key in stems(folded, self.language, participles_only=True):
                    self.stems[key].add(folded)

    def finish(self):
        self.words = sorted(self.surfaces)
        self.long_words = [w for w in self.words if len(w) >= MIN_STEM]
        self.reversed_words = sorted(w[::-1] for w in self.words)
        self.by_length = defaultdict(list)
        for w in self.words:
            self.by_length[len(w)].append(w)

    # --- lookups; each returns {folded word: weight} -------------------------------------------

    def exact(self, token):
        return {token: 1.0} if token in self.surfaces else {}

    def inflected(self, token):
        """Words of the same stem: "Ausweise" -> "ausweis", "Anmeldung" -> "anmelden"; and of the
        verb a participle or other verb form comes from ("angemeldet" -> "anmelden", "umgezogen"
        -> "umziehen", "umzug"), a little weaker."""
        found = {}
        own, *derived = stems(token, self.language)
        for key, weight in ((own, 0.85), *((d, 0.8) for d in derived)):
            for w in self.stems.get(key, ()):
                if w != token and weight > found.get(w, 0):
                    found[w] = weight
        return found

    def prefixed(self, token, limit=30):
        """Words the citizen may be typing: "perso" -> "personalausweis"."""
        if len(token) < 2:
            return {}
        found = sorted((w for w in self.words if w.startswith(token) and w != token), key=len)
        return {w: 0.8 for w in found[:limit]}

    def compounds(self, token, limit=40):
        """Indexed words that contain the token as a part: "muell" -> "sperrmuell", "muellabfuhr".
        Only where the rest of the word is a word too (in German, where it is long enough to be
        one), so "sport" does not find "passport" or "transport"."""
        base = light_stem(token, self.language)
        if len(base) < MIN_STEM:
            return {}
        found = sorted(
            (
                (w, how)
                for w in self.long_words
                if base in w and w != token
                for how in [self._compound_of(w, base)]
                if how
            ),
            key=lambda item: len(item[0]),
        )
        # A word that ends with the query word ("Sperrmüll" for "Müll") is the closer match.
        return {w: (0.75 if how == "head" else 0.6) for w, how in found[:limit]}

    def _is_word(self, piece):
        """A piece of a compound that is a word of the vocabulary, or an inflection of one."""
        return len(piece) >= 3 and (piece in self.surfaces or bool(self.stems.get(stem(piece, self.language))))

    def _compound_of(self, word, base):
        """How `word` holds `base` as one of its parts: "head" where it ends with it (German
        compounds are right-headed: a "Sperrmüll" is a kind of "Müll"), "part" elsewhere, or None
        for a word that merely contains the letters ("passport" holds "sport")."""
        start = word.find(base)
        found = None
        while start != -1:
            before, after = word[:start], word[start + len(base) :]
            if (not before or self._plausible_part(before)) and (after in self._ENDINGS or self._plausible_part(after)):
                if after in self._ENDINGS:
                    return "head"
                found = "part"
            start = word.find(base, start + 1)
        return found

    def _plausible_part(self, piece):
        if self._is_word(piece) or self._is_word(piece.removesuffix("s")):
            return True
        # German compounds join words with linking letters ("Hund-e-steuer") and keep parts that
        # appear on their own only inflected ("Sperr-müll", "Trau-termin"): a rest of four letters
        # or more is taken as a word. English compounds written together join whole words.
        if self.language == "de":
            return len(piece) >= 4 or (piece[0] in "esn" and self._is_word(piece[1:]))
        return False

    def parts(self, token):
        """Indexed words that a compound query word consists of: "personalausweisverlust" ->
        "personalausweis", "verlust". The parts must make up the whole word (with linking letters
        between them and an inflection at the end), so "passport" is not "pas" + "sport"."""
        if len(token) < 8:
            return {}
        found = {w for w in self.long_words if len(w) >= 4 and w != token and w in token}
        cover = self._cover(token, found)
        return {w: 0.5 for w in cover if len(w) >= 5}

    _LINKS = ("", "s", "es", "n", "en", "e")
    _ENDINGS = ("", "s", "e", "n", "en", "es", "er", "ern")

    def _cover(self, token, found):
        """The parts from `found` that make up `token`, fewest unknown letters and parts first, or
        []. In German, a piece of five letters or more that the vocabulary has only inside longer
        words may stand unknown beside them ("schwer" in "Schwerbehinderung")."""
        best = {0: (0, [])}  # position -> (unknown letters, parts) up to there
        result = None

        def offer(end, unknown, parts):
            if end not in best or (unknown, len(parts)) < (best[end][0], len(best[end][1])):
                best[end] = (unknown, parts)

        for position in range(len(token) + 1):
            if position not in best:
                continue
            unknown, parts = best[position]
            if parts and token[position:] in self._ENDINGS:
                if result is None or (unknown, len(parts)) < (result[0], len(result[1])):
                    result = (unknown, parts)
            for link in self._LINKS if parts or unknown else ("",):
                if not token.startswith(link, position):
                    continue
                start = position + len(link)
                for w in found:
                    if token.startswith(w, start):
                        offer(start + len(w), unknown, [*parts, w])
            if self.language == "de":
                for end in range(position + 5, len(token) + 1):
                    if self._known_piece(token[position:end]):
                        offer(end, unknown + end - position, parts)
        return result[1] if result else []

    def _known_piece(self, piece):
        """Whether an indexed word starts or ends with `piece`: a modifier or head the vocabulary
        has only inside compounds ("schwer" of "schwerbehindert", "probe" of "Wasserprobe")."""
        i = bisect.bisect_left(self.words, piece)
        if i < len(self.words) and self.words[i].startswith(piece):
            return True
        backwards = piece[::-1]
        i = bisect.bisect_left(self.reversed_words, backwards)
        return i < len(self.reversed_words) and self.reversed_words[i].startswith(backwards)

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
