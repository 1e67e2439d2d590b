"""Full-text search in each page's language on PostgreSQL.

Wagtail's PostgreSQL backend builds every text-search vector and query with one configuration
(SEARCH_CONFIG). Several backends, one per language, would not do: they all write the same
index table (one row per object), so the last to index a page would win. This backend indexes
each object with the configuration of its own language (SEARCH_CONFIGS, by language code) and
searches with the configuration of the visitor's language; objects that have no language
(images, documents) and languages without a configuration use SEARCH_CONFIG. The
configurations (search/migrations/0001) drop accents, then stem."""

import copy
from collections import defaultdict

from django.utils.translation import get_language
from wagtail.models import Locale, TranslatableMixin
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        languages = {}
        if issubclass(model, TranslatableMixin):
            languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_config = defaultdict(list)
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None))
            by_config[self.backend.config_for(language)].append(obj)
        for config, group in by_config.items():
            # Wagtail's indexer reads the configuration from the backend.
            backend = copy.copy(self.backend)
            backend.config = config
            PostgresIndex(backend).add_items(model, group)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        if issubclass(self.queryset.model, TranslatableMixin):
            return backend.config_for(get_language())
        return backend.config


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.configs = params.get("SEARCH_CONFIGS", {})
        # Wagtail's default, "simple", keeps accents: the admin's choosers would need them.
        self.autocomplete_config = self.config

    def config_for(self, language: str | None) -> str:
        """The text-search configuration of a language code ("fr", "fr-ca"), else the default."""
        if not language:
            return self.config
        return self.configs.get(language, self.configs.get(language.split("-")[0], self.config))
