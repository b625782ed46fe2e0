"""The per-language vocabulary: every word of the titles, hidden search terms and teasers of
what the search covers, folded, with the spellings the full-text index saw.

Query expansion looks citizens' words up here: exact, inflected, as part of a compound
("Ausweis" -> "Personalausweis"), split from a compound ("Personalausweisverlust" ->
"Personalausweis", "Verlust"), misspelt ("Persnalausweis"), and through the editors' synonyms.
Matches become the extra terms sent to the search backend, so every backend finds them.

The words come from the weighted fields of the registered sources (search/registry.py). The
vocabulary is built lazily per process, once; after that it is updated incrementally:

- saving or publishing a row of a registered source (search/tasks.py) records its words as a
  numbered change in the shared (default) cache and bumps the generation there
  (`record_change`); every process that sees a new generation reads the changes it has not
  applied (one `get_many`) and adds their words to its vocabulary, at a cost proportional to
  the change (sorted lists are extended with bisect, not rebuilt);
- a changed synonym reloads only the synonyms of its language (one query);
- a change never alters a vocabulary that requests may be reading: it is applied to a copy
  (`Vocabulary.updated`: the lists copied and extended, the dictionaries copied, their sets
  replaced where they grow), and the process's state is swapped for the new one in one
  assignment; a thread still searching with the old vocabulary finishes with it unchanged;
- words that no longer occur anywhere (a page unpublished or deleted) stay until the next full
  build: they only add a search term that finds nothing. A full build happens when a change
  is missing from the cache (evicted, or another cache) and at the latest after MAX_AGE.
"""

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
EPOCH_KEY = "search:vocabulary:epoch"
CHANGE_KEY = "search:vocabulary:change:{epoch}:{number}"
# A full build at the latest after this many seconds, which also drops words nothing uses any more.
MAX_AGE = 3600
CHANGE_TIMEOUT = 2 * MAX_AGE
_memo = {}  # language -> _State
_lock = threading.Lock()


def _epoch():
    epoch = cache.get(EPOCH_KEY)
    if epoch is None:
        epoch = uuid.uuid4().hex[:12]
        if not cache.add(EPOCH_KEY, epoch, None):
            epoch = cache.get(EPOCH_KEY) or epoch
    return epoch


def _next_number():
    cache.add(GENERATION_KEY, 0, None)
    try:
        return cache.incr(GENERATION_KEY)
    except ValueError:  # evicted between add and incr
        cache.set(GENERATION_KEY, 1, None)
        return 1


def record_change(language, texts=(), synonyms=False):
    """A change of the words of `language`: `texts` to add (the weighted fields of a saved row),
    or `synonyms` changed. Stored as the next numbered change in the shared cache; the other
    processes pick it up through the generation."""
    epoch = _epoch()
    number = _next_number()
    change = {"language": language, "texts": [t for t in texts if t], "synonyms": synonyms}
    cache.set(CHANGE_KEY.format(epoch=epoch, number=number), change, CHANGE_TIMEOUT)


def invalidate():
    """Every process builds its vocabularies anew (after `update_index`, or a change that cannot
    be described as words added)."""
    cache.set(EPOCH_KEY, uuid.uuid4().hex[:12], None)


def _generation():
    """(epoch, number of the last change): one `get_many` of the shared cache."""
    values = cache.get_many([EPOCH_KEY, GENERATION_KEY])
    epoch = values.get(EPOCH_KEY) or _epoch()
    return epoch, int(values.get(GENERATION_KEY) or 0)


class Vocabulary:
    def __init__(self, language):
        self.language = language
        self.surfaces = defaultdict(set)  # folded -> lower-case spellings as written
        self.stems = defaultdict(set)  # stem -> folded words (a word is filed under each of its stems)
        self.synonyms = []  # [[(token, ...), ...], ...]
        self._stemmed = set()

    def add_text(self, text):
        # Sets are replaced, not grown in place: a copy made by `updated` shares them with the
        # vocabulary that requests are reading.
        for word in words(text):
            folded = fold(word)
            if not folded:
                continue
            spelling = word.lower()
            known = self.surfaces.get(folded)
            if known is None or spelling not in known:
                self.surfaces[folded] = (known or frozenset()) | {spelling}
            if folded not in self._stemmed:
                self._stemmed.add(folded)
                # Indexed words are filed under the verb of a participle ("angemeldet": "anmeld"),
                # but not of every word ending in -t: a query's forms are looked up more widely.
                for key in stems(folded, self.language, participles_only=True):
                    self.stems[key] = self.stems.get(key, frozenset()) | {folded}

    def updated(self, texts=(), synonyms=None):
        """A new vocabulary: this one with the words of `texts` added (and, given, the synonym
        groups [(group, terms)] instead of the present ones). This one is left as it is, for the
        requests still reading it; the cost is a copy of the containers plus the new words."""
        new = Vocabulary.__new__(Vocabulary)
        new.language = self.language
        new.surfaces = defaultdict(set, self.surfaces)
        new.stems = defaultdict(set, self.stems)
        new._stemmed = set(self._stemmed)
        new.synonyms = list(self.synonyms)
        new.words, new.reversed_words, new.long_words = list(self.words), list(self.reversed_words), list(self.long_words)
        new.by_length = defaultdict(list, {length: list(found) for length, found in self.by_length.items()})
        texts = list(texts)
        if synonyms is not None:
            new.synonyms = [group for group, _terms in synonyms]
            texts += [term for _group, terms in synonyms for term in terms]
        new._add_words_incrementally(texts)
        return new

    def _add_words_incrementally(self, texts):
        """Add the words of `texts` to a finished vocabulary (only ever a fresh copy, see
        `updated`): cost proportional to the new words."""
        new = []
        for text in texts:
            for word in words(text):
                folded = fold(word)
                if folded and folded not in self.surfaces:
                    new.append(folded)
            self.add_text(text)
        for folded in dict.fromkeys(new):
            bisect.insort(self.words, folded)
            bisect.insort(self.reversed_words, folded[::-1])
            if len(folded) >= MIN_STEM:
                self.long_words.append(folded)
            self.by_length[len(folded)].append(folded)
        return len(new)

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


def _synonym_groups(language):
    groups = []
    for synonym in Synonym.objects.filter(language=language):
        group = synonym.folded_terms()
        if len(group) > 1:
            groups.append((group, synonym.term_list()))
    return groups


def build(language):
    vocabulary = Vocabulary(language)
    locale = Locale.objects.filter(language_code=language).first()
    if locale is not None:
        for source in registry.sources():
            for row in source.queryset(locale).values_list(*source.fields):
                for value in row:
                    vocabulary.add_text(value or "")
    for group, terms in _synonym_groups(language):
        vocabulary.synonyms.append(group)
        for term in terms:
            vocabulary.add_text(term)
    vocabulary.finish()
    return vocabulary


class _State:
    def __init__(self, epoch, number, vocabulary, built):
        self.epoch, self.number, self.vocabulary, self.built = epoch, number, vocabulary, built


def _apply_changes(state, epoch, number):
    """The state at change `number`: a new vocabulary with the changes since `state` applied (the
    old one stays as it is), or None where a change is missing (a full build follows)."""
    keys = [CHANGE_KEY.format(epoch=epoch, number=n) for n in range(state.number + 1, number + 1)]
    changes = cache.get_many(keys) if keys else {}
    if len(changes) < len(keys):
        return None
    texts, synonyms = [], None
    language = state.vocabulary.language
    for key in keys:
        change = changes[key]
        if change["language"] != language:
            continue
        if change["synonyms"]:
            synonyms = _synonym_groups(language)
        texts.extend(change["texts"])
    vocabulary = state.vocabulary
    if texts or synonyms is not None:
        vocabulary = vocabulary.updated(texts, synonyms)
    return _State(epoch, number, vocabulary, state.built)


def get_vocabulary(language):
    """The process's vocabulary of `language` at the shared generation. The state is replaced, never
    changed: what a request got stays valid while another thread brings the process up to date."""
    epoch, number = _generation()
    now = time.monotonic()
    state = _memo.get(language)
    if state and state.epoch == epoch and state.number == number and now - state.built < MAX_AGE:
        return state.vocabulary
    with _lock:
        state = _memo.get(language)
        if state and state.epoch == epoch and now - state.built < MAX_AGE and state.number <= number:
            if state.number == number:
                return state.vocabulary
            current = _apply_changes(state, epoch, number)
            if current is not None:
                _memo[language] = current
                return current.vocabulary
        vocabulary = build(language)
        _memo[language] = _State(epoch, number, vocabulary, now)
        return vocabulary
