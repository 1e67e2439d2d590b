import os
from pathlib import Path

import pytest
from django.db import DEFAULT_DB_ALIAS, connections

from tests.conftest import skip_or_fail
from tests.demo.browsers import AXE, CHROMIUM, CHROMIUM_ARGS, DjangoRoutes


@pytest.fixture(autouse=True)
def _demo(demo):
    """Every test here is about the demo site, or reads it (the browser tests walk through it)."""


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        skip_or_fail(f"Chromium not found at {CHROMIUM}: apt-get install chromium")
    if not AXE.exists():
        skip_or_fail("axe-core is not installed: run npm ci")
    from playwright.sync_api import sync_playwright

    # Playwright runs an event loop in this thread; Django's ORM calls from its route handler
    # are still synchronous and single-threaded.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # Database connections belong to a context, and Playwright switches it: lend the new one
    # the connection the tests' transactions (and the demo's) are open on, rather than let
    # Django open a second connection, which would not see them.
    connection = connections[DEFAULT_DB_ALIAS]
    with sync_playwright() as playwright:
        connections[DEFAULT_DB_ALIAS] = connection
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def django_routes(db) -> DjangoRoutes:
    """Where the browser's requests go: `.client` (log in with `force_login`) and
    `.foreign_requests`, those to other hosts, refused."""
    return DjangoRoutes()


@pytest.fixture
def page_in(browser, django_routes):
    """A new page, in a context of its own: `page_in(javascript=False)`, `page_in(width=320)`.
    The test fails if any page asked another host for anything."""
    contexts = []

    def open_page(javascript=True, width=None, height=800):
        viewport = {"width": width, "height": height} if width else None
        context = browser.new_context(
            java_script_enabled=javascript, locale="fr-FR", viewport=viewport
        )
        context.route("**/*", django_routes)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
    assert django_routes.foreign_requests == [], "requests to other hosts"
