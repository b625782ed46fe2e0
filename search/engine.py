"""The search itself: expand the citizens' words, ask the backend, rank, add promotions,
cross-language hits and facets. The results page, the JSON API and autocomplete all call `search()`,
so they return the same results in the same order.

Retrieval is the configured Wagtail search backend (SQLite FTS5, PostgreSQL full text or
Elasticsearch); it receives the query words plus their expansions from the vocabulary. Ranking
is ours and the same on every backend: a match in the title counts more than one in the hidden
search terms, an exact word more than an inflection, a compound part or a typo; the backend's own
order breaks ties. See docs/search.md for the measured effect of each step."""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import models
from django.db.models.base import ModelState
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from core.sitecache import ProcessCache
from search import registry
from search.text import SEPARABLE_PREFIXES, STOPWORDS, fold, tokens, words
from search.vocabulary import get_vocabulary

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_TOKENS = 8
MAX_BACKEND_TERMS = 48
CANDIDATES_PER_SOURCE = 200
# Hits in another language are added when nothing in the visitor's language scores this much
# (at least one word matched in a title or search term), and only those that score it themselves.
CROSS_LANGUAGE_MIN_SCORE = 5


def clean_query(raw):
    """Strip control characters (NUL included) and cap the length, so no input reaches the backend unchecked."""
    text = "".join(ch if ch.isprintable() else " " for ch in (raw or "")[: MAX_QUERY_LENGTH * 4])
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


@dataclass
class Hit:
    obj: object
    source: object
    score: float = 0.0
    language: str = ""
    other_language: bool = False  # shown in the language it exists in, labelled
    # Of a hit in another language: its live version in the visitor's language, if there is one,
    # offered beside it ("In German: Reisepass beantragen").
    translation: object = None
    promoted: bool = False
    groups: dict = field(default_factory=dict)  # facet key -> [(title, slug)]
    group_lines: list = field(default_factory=list)  # [(label, [title, ...])] shown on the result
    url: str = ""
    external_title: str = ""
    external_description: str = ""

    @property
    def kind(self):
        return self.source.key if self.source else "link"

    @property
    def kind_label(self):
        return self.source.label if self.source else ""

    @property
    def title(self):
        if self.obj is None:
            return self.external_title
        return getattr(self.obj, "title", None) or getattr(self.obj, "name", "") or str(self.obj)

    @property
    def summary(self):
        if self.obj is None:
            return self.external_description
        return self.source.summary(self.obj) if self.source else ""


@dataclass
class Outcome:
    query: str
    language: str
    hits: list
    promotions: list
    facets: dict  # "type" and each registered facet's key -> [(value, label, count)]
    terms: list  # what was sent to the backend, for the API and debugging
    kind: str = ""
    filters: dict = field(default_factory=dict)  # facet key -> the chosen slug

    @property
    def total(self):
        return len(self.hits)


# --- query expansion ------------------------------------------------------------------------------


def expand(query, language, prefix=False):
    """[(query token, {folded word: weight})] for the meaningful words of the query. With
    `prefix`, the last word may be unfinished (autocomplete)."""
    vocabulary = get_vocabulary(language)
    query_tokens = tokens(query, language)[:MAX_TOKENS] or tokens(query)[:MAX_TOKENS]
    synonyms = vocabulary.synonym_alternatives(query_tokens)
    detached = detached_prefixes(query, language)
    expanded = []
    for position, token in enumerate(query_tokens):
        alternatives = {}
        exact = vocabulary.exact(token)
        inflected = vocabulary.inflected(token)
        if token in detached:  # "siedelt ... um" is a form of "umsiedeln"
            for word, weight in vocabulary.inflected(detached[token] + token).items():
                inflected.setdefault(word, weight)
        for found in (vocabulary.compounds(token), vocabulary.parts(token), inflected, exact):
            alternatives.update(found)  # later (stronger) kinds overwrite weaker ones
        if not exact and not inflected:
            for word, weight in vocabulary.fuzzy(token).items():
                alternatives.setdefault(word, weight)
        for word, weight in synonyms.get(position, {}).items():
            alternatives[word] = max(alternatives.get(word, 0), weight)
        if prefix and position == len(query_tokens) - 1:
            for word, weight in vocabulary.prefixed(token).items():
                alternatives.setdefault(word, weight)
        alternatives.setdefault(token, 1.0)
        expanded.append((token, alternatives))
    return expanded


def detached_prefixes(query, language):
    """{verb: prefix} for a German separable verb whose prefix stands at the end of the query
    ("Wohnsitz melde ich um", "siedelt um"): the prefix is a stop word or no word on its own."""
    if language != "de":
        return {}
    raw = tokens(query)
    if len(raw) < 2 or raw[-1] not in SEPARABLE_PREFIXES:
        return {}
    stop = STOPWORDS[language]
    verbs = [t for t in raw[:-1] if t not in stop and t not in SEPARABLE_PREFIXES]
    return {verbs[-1]: raw[-1]} if verbs else {}


def unfold(token):
    """A guess at the umlaut spelling of a folded word, for words only in body text."""
    return token.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")


def backend_terms(expanded, language):
    vocabulary = get_vocabulary(language)
    terms = []
    for token, alternatives in expanded:
        ordered = sorted(alternatives.items(), key=lambda item: -item[1])
        candidates = [token, unfold(token)]
        for word, _weight in ordered:
            candidates.extend(sorted(vocabulary.spellings(word)) or [word])
        for term in candidates:
            if term not in terms:
                terms.append(term)
    return terms[:MAX_BACKEND_TERMS]


# --- ranking ------------------------------------------------------------------------------------------


def _field_words(obj, source):
    data = {}
    for name in source.fields:
        value = getattr(obj, name, "") or ""
        value = str(value)
        data[name] = (set(fold(w) for w in words(value)), " ".join(fold(w) for w in words(value)), value)
    return data


def score(obj, source, expanded, backend_rank):
    fields = _field_words(obj, source)
    total = 0.0
    matched = 0
    for _token, alternatives in expanded:
        best = 0.0
        for name, weight in source.fields.items():
            field_words = fields[name][0]
            for word, strength in alternatives.items():
                if word in field_words:
                    best = max(best, weight * strength)
        if best:
            matched += 1
        total += best
    if not expanded:
        return 0.0
    if matched == len(expanded):
        total += 5
    query_text = " ".join(token for token, _ in expanded)
    title_name = next(iter(source.fields))
    title_words, title_text, _ = fields[title_name]
    if len(expanded) > 1 and query_text in title_text:
        total += 8
    # A whole hidden search term typed as it stands ("Perso verloren").
    if "search_terms" in fields:
        phrases = {" ".join(fold(w) for w in words(p)) for p in fields["search_terms"][2].split(",")}
        if query_text in phrases:
            total += 10
    # Short titles fully covered by the query are the most specific answer.
    all_tokens = {w for _t, alternatives in expanded for w, s in alternatives.items() if s >= 0.85}
    meaningful = {w for w in title_words if len(w) > 3}
    if meaningful and meaningful <= all_tokens:
        total += 3
    if total == 0:
        total = 0.5  # found by the backend in the body text only
    return total + source.prior + 1.0 / (1 + backend_rank)


def backend_for(language):
    """The search backend of a language: Elasticsearch configures one per language
    (search/backends/elasticsearch.py); the database backend serves all."""
    name = language if language in settings.WAGTAILSEARCH_BACKENDS else "default"
    return get_search_backend(name)


# Candidates fetched per type from the database backend before the locale and visibility
# filters of the sources: the index holds both languages.
CANDIDATES_FETCHED = 2 * CANDIDATES_PER_SOURCE


def _heavy_fields(model, keep):
    """Columns a hit never reads (rich text, stream fields, long texts outside the ranking fields):
    deferred, so ranking 200 candidates does not load their bodies."""
    found = []
    for f in model._meta.concrete_fields:
        # Wagtail's own page columns stay: a hit's URL needs `url_path` (a TextField), and a
        # deferred column would cost one query per hit shown.
        if f.name in keep or f.primary_key or f.model is Page:
            continue
        if isinstance(f, (StreamField, RichTextField, models.TextField, models.JSONField)):
            found.append(f.name)
    return tuple(found)


def _light(queryset, source):
    keep = {*source.fields, *source.summary_fields}
    return queryset.defer(*_heavy_fields(source.model, keep))


def _run_backend(source, locale, terms):
    """One source through the backend's own search (Elasticsearch, or a database backend without
    `candidates`)."""
    queryset = _light(source.queryset(locale), source)
    with translation.override(locale.language_code):
        try:
            backend = backend_for(locale.language_code)
            results = backend.search(" ".join(terms), queryset, operator="or")
            return list(results[:CANDIDATES_PER_SOURCE])
        except Exception:  # noqa: BLE001 - a backend failure (database, cluster) must not become a 500
            logger.exception("search backend failed for %r", terms)
            return []


def _row_columns(source):
    """The columns a candidate is ranked, filtered, grouped and deduplicated by, or None where a
    ranking field is no plain column (then the rows are loaded as objects)."""
    model = source.model
    concrete = {f.name: f for f in model._meta.concrete_fields}
    if any(name not in concrete or concrete[name].is_relation for name in source.fields):
        return None
    extra = ("translation_key", "locale", "slug", "url_path", "expire_at", "go_live_at", "live")
    columns = []
    for name in (*source.fields, *extra):
        f = concrete.get(name)
        if f is not None and f.attname not in columns:
            columns.append(f.attname)
    return columns


def _bare(model, pk, values, db):
    """A model instance made of the ranking columns only, without Django's per-field __init__:
    ranking 200 candidates per type builds no full objects. Any other field loads on access (as
    a deferred field does); `materialise` replaces the hits a page shows by full objects."""
    obj = model.__new__(model)
    obj._state = ModelState()
    obj._state.adding, obj._state.db = False, db
    obj.__dict__.update(values)
    for parent in (model, *model._meta.all_parents):
        obj.__dict__[parent._meta.pk.attname] = pk
    obj._search_bare = True
    return obj


def _rows(source, locale, pks):
    """{str(pk): candidate} of `pks` that the source shows in `locale`."""
    queryset = source.queryset(locale).filter(pk__in=pks)
    columns = _row_columns(source)
    if columns is None:
        return {str(o.pk): o for o in _light(queryset, source)}
    return {
        str(pk): _bare(source.model, pk, dict(zip(columns, values, strict=True)), queryset.db)
        for pk, *values in queryset.values_list("pk", *columns)
    }


def materialise(hits):
    """Full objects for the hits that will be shown (a results page, the suggestions), one query
    per type; ranking worked on bare candidates (`_bare`)."""
    pending = {}
    for hit in hits:
        if getattr(hit.obj, "_search_bare", False):
            pending.setdefault(hit.source.key, (hit.source, []))[1].append(hit)
    for source, group in pending.values():
        loaded = _light(source.model._default_manager.filter(pk__in=[h.obj.pk for h in group]), source)
        by_pk = {o.pk: o for o in loaded}
        for hit in group:
            hit.obj = by_pk.get(hit.obj.pk, hit.obj)
    return hits


def retrieve(sources, locale, terms):
    """[(source, [objects, best first])]. A database backend answers for all sources in one query
    (search/backends/database.py `candidates`); the rows of each source that has candidates are
    then loaded in one query each, with the source's visibility rules and without their bodies."""
    backend = backend_for(locale.language_code)
    if not hasattr(backend, "candidates"):
        return [(source, _run_backend(source, locale, terms)) for source in sources]
    try:
        found = backend.candidates(terms, [s.model for s in sources], locale.language_code, CANDIDATES_FETCHED)
    except Exception:  # noqa: BLE001 - a backend failure must not become a 500
        logger.exception("search backend failed for %r", terms)
        return []
    results = []
    for source in sources:
        object_ids = found.get(source.model)
        if not object_ids:
            continue
        # The index holds both languages: rows are loaded in chunks of the best ids until the
        # source has its candidates in this language (one chunk, as a rule).
        objects = []
        for start in range(0, len(object_ids), CANDIDATES_PER_SOURCE):
            chunk = object_ids[start : start + CANDIDATES_PER_SOURCE]
            pks = [int(i) if i.isdigit() else i for i in chunk]
            rows = _rows(source, locale, pks)
            objects.extend(rows[i] for i in chunk if i in rows)
            if len(objects) >= CANDIDATES_PER_SOURCE:
                break
        results.append((source, objects[:CANDIDATES_PER_SOURCE]))
    return results


def locales():
    """{language code: Locale}, one query per search."""
    return {locale.language_code: locale for locale in Locale.objects.all()}


def rank(query, language, sources=None, prefix=False, all_locales=None):
    """Hits of the registered sources (or `sources`) in `language`, best first, and the terms sent."""
    locale = (all_locales if all_locales is not None else locales()).get(language)
    if locale is None or not query:
        return [], []
    expanded = expand(query, language, prefix=prefix)
    if not expanded:
        return [], []
    terms = backend_terms(expanded, language)
    hits = []
    for source, objects in retrieve(sources or registry.sources(), locale, terms):
        found = [obj for obj in objects if source.visible(obj)]
        for position, obj in enumerate(found):
            hits.append(Hit(obj=obj, source=source, score=score(obj, source, expanded, position), language=language))
    hits.sort(key=lambda h: (-h.score, h.title))
    return hits, terms


# --- promotions, other language, groups, facets ------------------------------------------------------


def _query_key(text):
    """Best bets are matched on the folded words: "Knöllchen", "knoellchen" and "KNÖLLCHEN "
    are one query, whichever of them an editor entered."""
    return " ".join(fold(w) for w in words(text))


def identity(hit):
    """What a hit shows, the same in every language: a page and its translations are one result,
    an external best bet is its address."""
    if hit.obj is None:
        return ("link", hit.url)
    key = getattr(hit.obj, "translation_key", None)
    if key is not None:
        return (type(hit.obj).__name__ if not isinstance(hit.obj, Page) else "page", key)
    return (type(hit.obj).__name__, hit.obj.pk)


def _build_promoted_queries():
    """{query key: the Query rows with best bets under that key, their picks prefetched}."""
    found = {}
    for record in Query.objects.filter(editors_picks__isnull=False).distinct().prefetch_related("editors_picks__page"):
        found.setdefault(_query_key(record.query_string), []).append(record)
    return found


# Kept in the process until a page or a best bet changes (core.sitecache's generation; a saved or
# deleted SearchPromotion gives it a new value, search.apps).
_promoted_queries = ProcessCache(_build_promoted_queries)


def promotions(query, language, all_locales=None):
    """The editors' best bets for the query, each target once (an editor may have entered the
    same bet under several spellings, or a page and its translation), in the visitor's language
    where it has a live translation."""
    key = _query_key(query)
    if not key:
        return []
    records = list(_promoted_queries.get().get(key, ()))
    # The spelling the visitor typed first, then the others in the order they were entered.
    records.sort(key=lambda r: (r.query_string != query.lower().strip(), r.pk))
    found = []
    seen = set()
    locale = (all_locales if all_locales is not None else locales()).get(language)
    for record in records:
        for pick in sorted(record.editors_picks.all(), key=lambda p: p.sort_order):
            if pick.page_id:
                page = pick.page.specific
                if page.locale_id == getattr(locale, "pk", None):
                    translated = page
                else:
                    translated = page.get_translation_or_none(locale) if locale else None
                other = translated is None or not translated.live
                shown = page if other else translated.specific
                if not shown.live or shown.get_view_restrictions().exists():
                    continue
                source = registry.source_of(shown)
                hit = Hit(
                    obj=shown,
                    source=source,
                    promoted=True,
                    other_language=other and shown.locale.language_code != language,
                    language=shown.locale.language_code,
                    external_description=pick.description,
                )
            elif pick.external_link_url:
                hit = Hit(
                    obj=None,
                    source=None,
                    promoted=True,
                    url=pick.external_link_url,
                    external_title=pick.external_link_text or pick.external_link_url,
                    external_description=pick.description,
                    language=language,
                )
            else:
                continue
            if identity(hit) not in seen:
                seen.add(identity(hit))
                found.append(hit)
    return found


def other_language_hits(query, language, all_locales=None):
    """Confident hits in the other languages, shown in the language they matched in and labelled
    with it: the words the visitor typed are in that version ("passport" is in "Applying for a
    passport", not in "Reisepass beantragen"). Where the page has a live version in `language`,
    the hit carries it, and the results offer it beside the match. The versions in `language`
    are looked up in one query per source, whatever the number of hits."""
    all_locales = all_locales if all_locales is not None else locales()
    target = all_locales.get(language)
    found = []
    for code, _name in settings.LANGUAGES:
        if code == language:
            continue
        hits, _terms = rank(query, code, all_locales=all_locales)
        hits = [hit for hit in hits if hit.score >= CROSS_LANGUAGE_MIN_SCORE]
        translations = _translations(hits, target)
        for hit in hits:
            hit.other_language = True
            hit.language = code
            hit.translation = translations.get((hit.source.key, getattr(hit.obj, "translation_key", None)))
            found.append(hit)
    return found


def _translations(hits, target):
    """{(source key, translation key): the live, public, visible version in `target`}."""
    if target is None:
        return {}
    by_source = {}
    for hit in hits:
        key = getattr(hit.obj, "translation_key", None)
        if key is not None:
            by_source.setdefault(hit.source.key, (hit.source, set()))[1].add(key)
    found = {}
    for source, keys in by_source.values():
        queryset = _light(source.queryset(target).filter(translation_key__in=keys), source)
        for obj in queryset:
            if source.visible(obj):
                found[(source.key, obj.translation_key)] = obj
    return found


def attach_groups(hits, language):
    """Each registered facet says which of its groups (e.g. life situations) a hit belongs to."""
    for facet in registry.facets():
        for hit, groups in zip(hits, facet.groups(hits, language), strict=True):
            hit.groups[facet.key] = groups
            if groups and hit.obj is not None and not facet.is_group(hit.obj):
                hit.group_lines.append((facet.hit_label, [title for title, _slug in groups]))


def facets(hits):
    by_kind = {}
    by_group = {facet.key: {} for facet in registry.facets()}
    for hit in hits:
        if hit.source:
            by_kind.setdefault(hit.kind, [hit.source.label, 0])[1] += 1
        for key, groups in hit.groups.items():
            for title, slug in groups:
                by_group[key].setdefault(slug, [title, 0])[1] += 1
    found = {"type": [(key, label, count) for key, (label, count) in by_kind.items()]}
    for key, counts in by_group.items():
        found[key] = sorted(((slug, t, c) for slug, (t, c) in counts.items()), key=lambda x: x[1])
    return found


def search(query, language, kind="", filters=None, suggest=False, prefix=False):
    """The results for a query: `kind` narrows to one source, `filters` to a group of each facet
    ({facet key: slug}); `suggest` searches only what autocomplete offers, without promotions."""
    query = clean_query(query)
    filters = {key: slug for key, slug in (filters or {}).items() if slug}
    if not query:
        return Outcome(query, language, [], [], facets([]), [], kind=kind, filters=filters)
    sources = [s for s in registry.sources() if s.suggest] if suggest else None
    all_locales = locales()
    hits, terms = rank(query, language, sources, prefix=prefix, all_locales=all_locales)
    if not suggest and not any(h.score >= CROSS_LANGUAGE_MIN_SCORE for h in hits):
        hits.extend(other_language_hits(query, language, all_locales))
        hits.sort(key=lambda h: (-h.score, h.title))
    promoted = [] if suggest else promotions(query, language, all_locales)
    # Each page once: a best bet is not repeated among the results, nor is a page in both its
    # languages (the better-ranked one stays).
    seen = {identity(p) for p in promoted}
    unique = []
    for hit in hits:
        if identity(hit) not in seen:
            seen.add(identity(hit))
            unique.append(hit)
    hits = unique
    attach_groups(hits + promoted, language)
    all_facets = facets(hits)
    if kind:
        hits = [h for h in hits if h.kind == kind]
    for key, chosen in filters.items():
        hits = [h for h in hits if any(slug == chosen for _title, slug in h.groups.get(key, ()))]
    return Outcome(query, language, hits, promoted, all_facets, terms, kind=kind, filters=filters)
