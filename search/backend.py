"""The search backend: Wagtail's database backend, which on PostgreSQL stems and unaccents each
page in its own language (search/postgres.py); elsewhere (SQLite for a newcomer) the database
backend Wagtail picks for the database."""

from django.db import connection
from wagtail.search.backends.database import SearchBackend as database_backend


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks for in a backend's module)
    if connection.vendor == "postgresql":
        from search.postgres import LanguageSearchBackend

        return LanguageSearchBackend(params)
    return database_backend(params)
