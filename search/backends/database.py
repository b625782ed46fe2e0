"""Wagtail's database search backend, with one PostgreSQL text-search configuration per language,
and one candidate query per search on SQLite and PostgreSQL.

On PostgreSQL every page is indexed with the configuration of its own language (German pages
with "german", English pages with "english"), and a search in a language uses that language's
configuration, so stemming and stop words fit the text. Stock Wagtail uses a single
configuration for all languages, which drops German words that are English stop words ("BuT").
On SQLite and other databases this is Wagtail's own backend unchanged.

    WAGTAILSEARCH_BACKENDS = {"default": {
        "BACKEND": "search.backends.database",
        "SEARCH_CONFIGS": {"de": "german", "en": "english"},
    }}

`candidates(terms, models, language, per_model)`: the search engine (search/engine.py) asks for
the best index entries of all its sources at once, in one SQL statement over Wagtail's index
table, instead of one `backend.search()` per source. Stock Wagtail search on SQLite lets the
planner walk the index entries of a content type and run the FTS match for each (1.4 s for one
type at 10,000 services); here the FTS5 match selects the rowids first, and the BM25 rank and
the per-type limit (in Wagtail's own order) are computed in the same statement (a window function). On PostgreSQL the
match uses the GIN indexes of the title and body vectors (`@@`, with the language's
configuration) and ranks with `ts_rank`. The result is {content type id: [object id, ...]},
best first; the engine then loads the rows of each source it needs, with the source's own
visibility rules.
"""

import copy
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import translation
from modelsearch.backends.database import SearchBackend as _database_backend


def _language_of(obj):
    locale = getattr(obj, "locale", None)
    return getattr(locale, "language_code", None)


def _content_types(models):
    types = ContentType.objects.get_for_models(*models, for_concrete_models=False)
    return {types[model].pk: model for model in models}


def _group(rows, content_types):
    found = defaultdict(list)
    for content_type_id, object_id in rows:
        found[content_types[content_type_id]].append(object_id)
    return dict(found)


def _index_tables():
    from wagtail.search.models import IndexEntry

    return IndexEntry._meta.db_table


def _object_order(alias):
    """Wagtail's tie-break: the newest object first (`-pk`); object ids are stored as text."""
    if connection.vendor == "postgresql":
        return f"CASE WHEN {alias}.object_id ~ '^[0-9]+$' THEN {alias}.object_id::bigint END DESC NULLS LAST"
    return f"CAST({alias}.object_id AS INTEGER) DESC"


class SQLiteCandidates:
    """FTS5: the matching rowids first, BM25 and the per-type cut in the same statement."""

    def candidates(self, terms, models, language=None, per_model=200):
        from wagtail.search.models import SQLiteFTSIndexEntry

        terms = [t for t in terms if t and t.isalnum()]
        if not terms or not models:
            return {}
        content_types = _content_types(models)
        fts = SQLiteFTSIndexEntry._meta.db_table
        entries = _index_tables()
        match = "{title body} : (" + " OR ".join(f'"{t}"' for t in terms) + ")"
        placeholders = ", ".join("%s" for _ in content_types)
        sql = f"""
            SELECT content_type_id, object_id FROM (
                SELECT e.content_type_id, e.object_id,
                       ROW_NUMBER() OVER (
                           PARTITION BY e.content_type_id ORDER BY m.score * (e.title_norm + 1), {_object_order("e")}
                       ) AS position
                FROM (SELECT rowid AS id, bm25({fts}) AS score FROM {fts} WHERE {fts} MATCH %s) AS m
                CROSS JOIN {entries} AS e ON e.id = m.id
                WHERE e.content_type_id IN ({placeholders})
            ) WHERE position <= %s ORDER BY content_type_id, position
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, [match, *content_types, per_model])
            return _group(cursor.fetchall(), content_types)


def _postgres_backend_class():
    # Imported only on PostgreSQL: the module needs django.contrib.postgres (and so psycopg),
    # which a SQLite installation does not have.
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )

    class MultilingualPostgresIndex(PostgresIndex):
        def add_items(self, model, objs):
            groups = defaultdict(list)
            for obj in objs:
                groups[self.backend.config_for(_language_of(obj))].append(obj)
            original = self.backend
            try:
                for config, group in groups.items():
                    self.backend = copy.copy(original)
                    self.backend.config = config
                    super().add_items(model, group)
            finally:
                self.backend = original

    class MultilingualQueryCompiler(PostgresSearchQueryCompiler):
        def get_config(self, backend):
            return backend.config_for(translation.get_language())

    class MultilingualPostgresSearchBackend(PostgresSearchBackend):
        index_class = MultilingualPostgresIndex
        query_compiler_class = MultilingualQueryCompiler

        def __init__(self, params):
            super().__init__(params)
            self.configs = dict(params.get("SEARCH_CONFIGS", {}))
            self.default_config = self.config

        def config_for(self, language):
            language = (language or "").split("-")[0]
            return self.configs.get(language, self.default_config)

        def candidates(self, terms, models, language=None, per_model=200):
            """The title and body vectors matched through their GIN indexes with the language's
            configuration, ranked as Wagtail ranks them (ts_rank of the title, scaled by the
            title's norm, plus that of the body), at most `per_model` per type."""
            from modelsearch.backends.database.postgres.weights import get_sql_weights

            terms = [t for t in terms if t and t.isalnum()]
            if not terms or not models:
                return {}
            content_types = _content_types(models)
            config = self.config_for(language or translation.get_language())
            query = " || ".join(["plainto_tsquery(%s::regconfig, %s)"] * len(terms))
            params = [value for term in terms for value in (config, term)]
            placeholders = ", ".join("%s" for _ in content_types)
            sql = f"""
                WITH q AS (SELECT ({query}) AS query)
                SELECT content_type_id, object_id FROM (
                    SELECT e.content_type_id, e.object_id,
                           ROW_NUMBER() OVER (
                               PARTITION BY e.content_type_id
                               ORDER BY ts_rank(%s::float4[], e.title, q.query) * e.title_norm
                                        + ts_rank(%s::float4[], e.body, q.query) DESC, {_object_order("e")}
                           ) AS position
                    FROM {_index_tables()} AS e, q
                    WHERE (e.title @@ q.query OR e.body @@ q.query) AND e.content_type_id IN ({placeholders})
                ) AS ranked WHERE position <= %s ORDER BY content_type_id, position
            """
            with connection.cursor() as cursor:
                weights = get_sql_weights()
                cursor.execute(sql, [*params, weights, weights, *content_types, per_model])
                return _group(cursor.fetchall(), content_types)

    return MultilingualPostgresSearchBackend


def _sqlite_backend(params):
    backend = _database_backend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        backend.__class__ = type("SQLiteCandidatesSearchBackend", (SQLiteCandidates, type(backend)), {})
    return backend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    params = {key: value for key, value in params.items() if key != "SEARCH_CONFIGS"}
    return _sqlite_backend(params)
