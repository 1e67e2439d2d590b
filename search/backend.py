"""The search backend: Wagtail's database backend, which on PostgreSQL stems and unaccents each
page in its own language (search/postgres.py); elsewhere (SQLite for a newcomer) the database
backend Wagtail picks for the database.

A search reads the words in every language (the admin's: an editor finds pages in every
language, whatever the admin's language) unless it is made inside `searching_in(language)`,
as the public search is, which reads them as its visitor's language does."""

import contextlib
from contextvars import ContextVar

from django.db import connection
from wagtail.search.backends.database import SearchBackend as database_backend

_searched_language: ContextVar[str | None] = ContextVar("searched_language", default=None)


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks for in a backend's module)
    if connection.vendor == "postgresql":
        from search.postgres import LanguageSearchBackend

        return LanguageSearchBackend(params)
    return database_backend(params)


@contextlib.contextmanager
def searching_in(language: str):
    """The searches begun inside read the words as `language` does (its configuration)."""
    token = _searched_language.set(language)
    try:
        yield
    finally:
        _searched_language.reset(token)


def searched_language() -> str | None:
    """The language of `searching_in` around this search, else None: every language."""
    return _searched_language.get()
