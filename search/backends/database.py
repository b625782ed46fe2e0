"""Wagtail's database search backend, with one PostgreSQL text-search configuration per language.

On PostgreSQL every page is indexed with the configuration of its own language (German pages
with "german", English pages with "english"), and a search in a language uses that language's
configuration, so stemming and stop words fit the text. Stock Wagtail uses a single
configuration for all languages, which drops German words that are English stop words ("BuT").
On SQLite and other databases this is Wagtail's own backend unchanged.

    WAGTAILSEARCH_BACKENDS = {"default": {
        "BACKEND": "search.backends.database",
        "SEARCH_CONFIGS": {"de": "german", "en": "english"},
    }}
"""

import copy
from collections import defaultdict

from django.db import connection
from django.utils import translation
from modelsearch.backends.database import SearchBackend as _database_backend


def _language_of(obj):
    locale = getattr(obj, "locale", None)
    return getattr(locale, "language_code", None)


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

    return MultilingualPostgresSearchBackend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    params = {key: value for key, value in params.items() if key != "SEARCH_CONFIGS"}
    return _database_backend(params)
