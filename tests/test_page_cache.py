"""The page cache: anonymous pages are served from it, never a page with a form's token or a
logged-in visitor's page, and a publish empties it."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.models import CampaignPage, ChallengePage
from tests.conftest import translation_of


@pytest.fixture
def page_cache(settings):
    settings.CACHE_MIDDLEWARE_SECONDS = 5
    return settings


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_anonymous_pages_are_served_from_the_cache_until_a_publish(client, page_cache, articles):
    article = articles[0]
    client.get(article.url)
    assert queries(client, article.url) == 0
    article.title = "Un titre tout neuf"
    article.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert "Un titre tout neuf" in html


@pytest.mark.django_db
def test_logged_in_visitors_and_forms_are_never_cached(client, page_cache, articles):
    challenge = ChallengePage.objects.filter(locale__language_code="fr").first()
    volunteer = get_user_model().objects.create_user("ana", "ana@example.org", "pw")
    client.force_login(volunteer)
    client.get(challenge.url)
    assert queries(client, challenge.url) > 0
    assert 'name="csrfmiddlewaretoken"' in client.get(challenge.url).content.decode()

    client.logout()
    client.cookies.clear()
    campaign = next(
        c for c in CampaignPage.objects.filter(locale__language_code="fr") if c.status == "open"
    )
    client.get(campaign.url)
    assert queries(client, campaign.url) == 0  # the join form is on a page of its own
    join = campaign.url + "join/"
    client.get(join)
    client.cookies.clear()
    assert queries(client, join) > 0  # the form's CSRF token
    assert 'name="csrfmiddlewaretoken"' in client.get(join).content.decode()


@pytest.mark.django_db
def test_no_page_cache_outside_production_by_default(client, articles):
    client.get(articles[0].url)
    assert queries(client, articles[0].url) > 0


@pytest.mark.django_db
def test_a_page_from_the_cache_keeps_its_security_headers_and_language(
    client, page_cache, articles
):
    fresh = client.get(articles[0].url)
    cached = client.get(articles[0].url)
    for header in ("Content-Security-Policy", "X-Frame-Options", "Referrer-Policy"):
        assert cached[header] == fresh[header]
    assert cached.content == fresh.content
    spanish = client.get(translation_of(articles[0], "es").url).content.decode()
    assert '<html lang="es"' in spanish
