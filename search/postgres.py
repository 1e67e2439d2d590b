"""Full-text search in each page's language on PostgreSQL.

Wagtail's PostgreSQL backend builds every text-search vector and query with one configuration
(SEARCH_CONFIG). Several backends, one per language, would not do: they all write the same
index table (one row per object), so the last to index a page would win. This backend indexes
each object with the configuration of its own language (SEARCH_CONFIGS, by language code);
objects that have no language (images, documents) and languages without a configuration use
SEARCH_CONFIG. The configurations (search/migrations/0001) drop accents, then stem.

A search inside `searching_in(language)` (the public search) reads the words with that
language's configuration. Any other (the admin's) reads them with every configuration at once,
in one query: the words stemmed as each language stems them, any reading matching, so that a
French editor's "voluntario" finds a Spanish page's "voluntarios"."""

import copy
import operator
from collections import defaultdict
from functools import reduce

from wagtail.models import Locale, TranslatableMixin
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from search.backend import searched_language


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
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Read as the search is asked for: its results may be read after `searching_in` ends.
        self.language = searched_language()

    def get_config(self, backend):
        """One configuration, or a tuple of them for a search in every language."""
        if not issubclass(self.queryset.model, TranslatableMixin):
            return backend.config
        if self.language:
            return backend.config_for(self.language)
        return backend.every_config

    def build_tsquery(self, query, config=None):
        if not isinstance(config, tuple):
            return super().build_tsquery(query, config=config)
        readings = [self.build_tsquery_content(query, config=each) for each in config]
        if any(reading is None for reading in readings):  # no words, in any language
            return None
        # Combined, the readings keep the first one's configuration, SEARCH_CONFIG: Wagtail
        # builds with it the vectors of a search in named fields (`fields=`), which have no
        # language to be read in.
        return reduce(operator.or_, readings)


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.configs = params.get("SEARCH_CONFIGS", {})
        # Every configuration, once each, SEARCH_CONFIG first.
        self.every_config = tuple(dict.fromkeys([self.config, *self.configs.values()]))
        # Wagtail's default, "simple", keeps accents: the admin's choosers would need them.
        self.autocomplete_config = self.config

    def config_for(self, language: str | None) -> str:
        """The text-search configuration of a language code ("fr", "fr-ca"), else the default."""
        if not language:
            return self.config
        return self.configs.get(language, self.configs.get(language.split("-")[0], self.config))
