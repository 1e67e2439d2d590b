"""The page cache: anonymous pages are served from it, never a page with a form's token or a
logged-in visitor's page, and a publish empties it, in every worker."""

import socket
import time

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.models import CampaignPage, ChallengePage
from crowdtime import published
from tests.conftest import skip_or_fail, translation_of

REDIS_URL = "redis://127.0.0.1:6379/13"


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
def test_a_cached_page_is_found_whatever_language_the_previous_visitor_read(
    client, page_cache, articles
):
    article = articles[0]
    assert "Age" not in client.get(article.url)  # drawn, and kept in French
    client.get(translation_of(article, "es").url)
    assert "Age" in client.get(article.url)  # served from the cache


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


@pytest.fixture
def shared_redis(settings):
    """Production's arrangement: the default cache on Redis, pages in each worker's memory."""
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        skip_or_fail("Redis is not running on 127.0.0.1:6379")
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS_URL},
    }
    return published.shared_redis()


def wait_until(condition, seconds=5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_a_publish_in_another_worker_empties_this_workers_caches(shared_redis, monkeypatch):
    monkeypatch.setattr(published, "_listening_in_pid", None)
    caches["pages"].set("cached-before-listening", "<html>maybe stale</html>")
    published.listen_for_publishes()
    # Once subscribed, the worker starts afresh: it may have missed a publish until then.
    assert wait_until(lambda: caches["pages"].get("cached-before-listening") is None)
    caches["pages"].set("a-cached-page", "<html>old menu</html>")
    caches["template_fragments"].set("a-cached-menu", "<nav>old</nav>")

    # Another worker publishing: it speaks only through Redis.
    type(shared_redis).from_url(REDIS_URL).publish(published.CHANNEL, b"published")

    assert wait_until(lambda: caches["pages"].get("a-cached-page") is None)
    assert wait_until(lambda: caches["template_fragments"].get("a-cached-menu") is None)


@pytest.mark.django_db
def test_a_publish_is_announced_to_the_other_workers(shared_redis, articles):
    subscription = shared_redis.pubsub(ignore_subscribe_messages=True)
    subscription.subscribe(published.CHANNEL)
    caches["pages"].set("a-cached-page", "<html>old</html>")

    articles[0].save_revision().publish()

    assert caches["pages"].get("a-cached-page") is None
    assert wait_until(lambda: subscription.get_message(timeout=0.1) is not None)
    subscription.close()
