import os

import pytest
from django.contrib.auth.hashers import get_hasher
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


def index_of(page: Page) -> Page:
    """The listing that shows a campaign or a challenge (they live under their
    organisation's page), in the page's language."""
    from campaigns.models import CampaignIndexPage, CampaignPage
    from challenges.models import ChallengeIndexPage

    index_model = CampaignIndexPage if isinstance(page, CampaignPage) else ChallengeIndexPage
    return index_model.objects.get(locale_id=page.locale_id)


def live_pages():
    """Every live page below the site roots (the tree root excluded), all languages."""
    return list(Page.objects.live().filter(depth__gt=1).select_related("locale").specific())


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` need real concurrent writers: they run in the PostgreSQL pass
    (`DATABASE_URL=postgres://… make test`, which CI runs) and are left out on SQLite."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    deselected = [item for item in items if item.get_closest_marker("postgres")]
    if deselected:
        items[:] = [item for item in items if not item.get_closest_marker("postgres")]
        config.hook.pytest_deselected(items=deselected)
        print(
            f"\n{len(deselected)} PostgreSQL-only tests left out: the database is not PostgreSQL."
        )


@pytest.fixture
def campaigns(db):
    """The French demo campaigns by state: finished, open, just_opened, upcoming."""
    from campaigns.models import CampaignPage

    by_slug = {c.slug: c for c in CampaignPage.objects.filter(locale__language_code="fr")}
    by_state = {}
    for campaign in by_slug.values():
        if campaign.status == "finished":
            by_state["finished"] = campaign
        elif campaign.status == "upcoming":
            by_state["upcoming"] = campaign
        elif campaign.progress.percent > 50:
            by_state["open"] = campaign
        else:
            by_state["just_opened"] = campaign
    return by_state


@pytest.fixture
def challenges(db):
    """The French demo challenges by status (the first of each)."""
    from challenges.models import ChallengePage

    by_status = {}
    for challenge in ChallengePage.objects.filter(locale__language_code="fr").order_by("deadline"):
        by_status.setdefault(challenge.status, challenge)
    return by_status


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Each test starts with no rate limit used and no page or fragment cached by another test
    (whose changes were rolled back without a publish to empty the caches)."""
    from django.core.cache import cache

    from core.cache import empty_local_caches

    cache.clear()
    empty_local_caches()


@pytest.fixture
def hashings(monkeypatch):
    """How many passwords the configured hasher has hashed: the slow step that, skipped, would
    tell by its speed which addresses have an account."""
    hasher = type(get_hasher())
    calls = []
    encode = hasher.encode

    def counted(self, *args, **kwargs):
        calls.append(args)
        return encode(self, *args, **kwargs)

    monkeypatch.setattr(hasher, "encode", counted)
    return calls
