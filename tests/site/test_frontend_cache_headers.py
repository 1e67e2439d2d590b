"""Behind Varnish (FRONTEND_CACHE_URL set), each answer tells it how long it may keep it: an
hour (FRONTEND_CACHE_SECONDS) for what only a publish changes, which the publish purges; 5
seconds (LIVE_FIGURES_SECONDS) wherever live figures are drawn, whatever the page (the figures'
own templates say so); never for a page with a form token, a visitor with a session, the
admin or a document. Browsers ask again each time. Without FRONTEND_CACHE_URL, nothing is
said, and production keeps its per-worker page cache."""

import pytest
from django.contrib.auth import get_user_model

from tests.conftest import index_of, translation_of
from tests.factories import ChallengePageFactory, ContributionFactory
from tests.site.test_security import PRODUCTION_ENV, manage

LONG = "public, max-age=0, s-maxage=3600"
SHORT = "public, max-age=0, s-maxage=5"


@pytest.fixture
def behind_varnish(settings):
    settings.FRONTEND_CACHE_URL = "http://127.0.0.1:6081"
    return settings


def cache_control(client, url, **headers) -> str:
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response.get("Cache-Control", "")


@pytest.mark.django_db
def test_pages_without_live_figures_are_kept_an_hour(client, behind_varnish, articles, site):
    assert cache_control(client, articles[0].url) == LONG
    assert cache_control(client, translation_of(articles[0], "es").url) == LONG
    assert cache_control(client, site.indexes["articles"]["en"].url) == LONG
    assert cache_control(client, site.indexes["articles"]["fr"].url + "feed/") == LONG
    assert cache_control(client, "/sitemap.xml") == LONG
    assert cache_control(client, "/sitemap_index.xml") == LONG


@pytest.mark.django_db
def test_wherever_live_figures_are_drawn_the_page_is_kept_seconds(
    client, behind_varnish, campaigns, challenges, site
):
    campaign = campaigns["open"]
    assert cache_control(client, campaign.url) == SHORT
    assert cache_control(client, translation_of(campaign, "en").url + "embed/") == SHORT
    # The cards that show it, the feed entries that count its participants.
    assert cache_control(client, index_of(campaign).url) == SHORT
    assert cache_control(client, site.homes["es"].url) == SHORT
    assert cache_control(client, index_of(campaign).url + "feed/") == SHORT
    assert cache_control(client, site.organisation["fr"].url) == SHORT
    # A challenge's contributions, and the statistics.
    assert cache_control(client, challenges["open"].url) == SHORT
    assert cache_control(client, "/fr/statistiques/") == SHORT


@pytest.mark.django_db
def test_an_answer_with_its_own_cache_control_keeps_it_with_the_cache_s_time_added(
    client, behind_varnish, campaigns
):
    badge = cache_control(client, campaigns["open"].url + "badge.svg")
    assert badge == "public, max-age=60, s-maxage=5"  # browsers keep it a minute
    assert (
        cache_control(client, "/fr/manifest.webmanifest") == "public, max-age=86400, s-maxage=3600"
    )


@pytest.mark.django_db
def test_forms_sessions_and_the_admin_are_never_shared(client, behind_varnish, campaigns, site):
    join = client.get(campaigns["open"].url + "join/")
    assert 'name="csrfmiddlewaretoken"' in join.content.decode()
    assert "s-maxage" not in join.get("Cache-Control", "")
    assert "public" not in join.get("Cache-Control", "")

    challenge = ChallengePageFactory(parent=site.organisation["fr"])
    ContributionFactory(challenge=challenge)
    client.force_login(get_user_model().objects.create_user("ana", "ana@example.org", "pw"))
    logged_in = client.get(challenge.url)
    assert logged_in.status_code == 200
    assert "s-maxage" not in logged_in.get("Cache-Control", "")
    assert "s-maxage" not in client.get(campaigns["open"].url).get("Cache-Control", "")
    assert "s-maxage" not in client.get("/admin/").get("Cache-Control", "")


@pytest.mark.django_db
def test_without_a_front_end_cache_nothing_is_said(client, articles, campaigns):
    assert "s-maxage" not in client.get(articles[0].url).get("Cache-Control", "")
    assert "s-maxage" not in client.get(campaigns["open"].url).get("Cache-Control", "")


@pytest.mark.parametrize(
    ("frontend_cache", "page_cache_seconds"), [("", "5"), ("http://127.0.0.1:6081", "0")]
)
def test_production_keeps_pages_per_worker_only_without_varnish(frontend_cache, page_cache_seconds):
    """Varnish is the page cache when it is in front: a page a worker kept would be fetched
    into it after a publish had purged it there."""
    read = "from django.conf import settings; print(settings.CACHE_MIDDLEWARE_SECONDS)"
    result = manage("shell", "-c", read, FRONTEND_CACHE_URL=frontend_cache, **PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == page_cache_seconds
