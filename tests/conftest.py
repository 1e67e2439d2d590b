import os

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page

from pages.models import ArticlePage, HomePage

LANGUAGES = ["fr", "en", "es"]


def skip_or_fail(reason: str):
    """A test that needs a missing tool skips on a laptop, and fails in CI, which has them all."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI must run this test)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo site, loaded once for the session; each test runs in a transaction on top."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture
def home(db):
    return HomePage.objects.get(locale__language_code="fr")


@pytest.fixture
def articles(db):
    """The French demo articles, newest first."""
    return list(ArticlePage.objects.filter(locale__language_code="fr").order_by("-date"))


def translation_of(page: Page, language: str) -> Page:
    return page.get_translation(Locale.objects.get(language_code=language)).specific


def live_pages():
    """Every live page below the site roots (the tree root excluded), all languages."""
    return list(Page.objects.live().filter(depth__gt=1).select_related("locale").specific())
