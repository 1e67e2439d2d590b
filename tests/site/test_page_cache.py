"""The page cache: anonymous pages are served from it, never a page with a form's token or a
logged-in visitor's page, and a publish empties it, in every worker."""

import socket
import time

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches

from core import cache as worker_caches
from tests.conftest import skip_or_fail, translation_of
from tests.factories import CampaignPageFactory, ChallengePageFactory

REDIS_URL = "redis://127.0.0.1:6379/13"


@pytest.mark.django_db
def test_anonymous_pages_are_served_from_the_cache_until_a_publish(visit, page_cache, articles):
    article = articles[0]
    assert "Age" not in visit(article.url).headers
    assert "Age" in visit(article.url).headers
    article.title = "Un titre tout neuf"
    article.save_revision().publish()
    fresh = visit(article.url)
    assert "Age" not in fresh.headers
    assert "Un titre tout neuf" in fresh.text


@pytest.mark.django_db
def test_a_cached_page_is_found_whatever_language_the_previous_visitor_read(
    visit, page_cache, articles
):
    article = articles[0]
    assert "Age" not in visit(article.url).headers  # drawn, and kept in French
    visit(translation_of(article, "es").url)
    assert "Age" in visit(article.url).headers  # served from the cache


@pytest.mark.django_db
def test_logged_in_visitors_and_forms_are_never_cached(client, visit, page_cache, site):
    challenge = ChallengePageFactory(parent=site.organisation["fr"])
    client.force_login(get_user_model().objects.create_user("ana", "ana@example.org", "pw"))
    session = f"sessionid={client.cookies['sessionid'].value}"
    visit(challenge.url, HTTP_COOKIE=session)
    logged_in = visit(challenge.url, HTTP_COOKIE=session)
    assert "Age" not in logged_in.headers
    assert 'name="csrfmiddlewaretoken"' in logged_in.text

    campaign = CampaignPageFactory(parent=site.organisation["fr"])
    visit(campaign.url)
    assert "Age" in visit(campaign.url).headers  # the join form is on a page of its own
    join = campaign.url + "join/"
    visit(join)
    form = visit(join)
    assert "Age" not in form.headers  # the form's CSRF token sets a cookie
    assert 'name="csrfmiddlewaretoken"' in form.text


@pytest.mark.django_db
def test_no_page_cache_outside_production_by_default(visit, articles):
    visit(articles[0].url)
    assert "Age" not in visit(articles[0].url).headers


@pytest.mark.django_db
def test_a_page_from_the_cache_keeps_its_status_headers_and_language(visit, page_cache, articles):
    fresh = visit(articles[0].url)
    cached = visit(articles[0].url)
    assert "Age" in cached.headers
    assert cached.status == fresh.status == 200
    for header in ("Content-Security-Policy", "X-Frame-Options", "Referrer-Policy", "Vary"):
        assert cached.headers[header] == fresh.headers[header]
    assert cached.text == fresh.text
    assert '<html lang="es"' in visit(translation_of(articles[0], "es").url).text


@pytest.mark.django_db
def test_a_head_request_is_answered_from_the_cache(visit, page_cache, articles):
    visit(articles[0].url)
    assert "Age" in visit(articles[0].url, method="HEAD").headers


@pytest.mark.django_db
def test_an_unknown_host_is_refused_with_the_cache_on(visit, page_cache, articles):
    assert visit(articles[0].url, HTTP_HOST="attacker.example").status == 400


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
    return worker_caches.shared_redis()


def wait_until(condition, seconds=5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_a_publish_in_another_worker_empties_this_workers_caches(shared_redis, monkeypatch):
    monkeypatch.setattr(worker_caches, "_listening_in_pid", None)
    caches["pages"].set("cached-before-listening", "<html>maybe stale</html>")
    worker_caches.listen_for_publishes()
    # Once subscribed, the worker starts afresh: it may have missed a publish until then.
    assert wait_until(lambda: caches["pages"].get("cached-before-listening") is None)
    caches["pages"].set("a-cached-page", "<html>old menu</html>")
    caches["template_fragments"].set("a-cached-menu", "<nav>old</nav>")

    # Another worker publishing: it speaks only through Redis.
    type(shared_redis).from_url(REDIS_URL).publish(worker_caches.CHANNEL, b"published")

    assert wait_until(lambda: caches["pages"].get("a-cached-page") is None)
    assert wait_until(lambda: caches["template_fragments"].get("a-cached-menu") is None)


@pytest.mark.django_db
def test_a_publish_is_announced_to_the_other_workers_once_committed(
    shared_redis, articles, django_capture_on_commit_callbacks
):
    subscription = shared_redis.pubsub(ignore_subscribe_messages=True)
    subscription.subscribe(worker_caches.CHANNEL)
    caches["pages"].set("a-cached-page", "<html>old</html>")

    with django_capture_on_commit_callbacks(execute=True):
        articles[0].save_revision().publish()
        assert caches["pages"].get("a-cached-page") is None
        # Other workers would refill their caches from the rows the publish replaces.
        assert subscription.get_message(timeout=0.5) is None

    assert wait_until(lambda: subscription.get_message(timeout=0.1) is not None)
    subscription.close()
