"""PostgreSQL goes away and comes back (a proxy of the test's own between a server worker and
the database, cut and restored): visitors get the site's own 503 page, in their language,
with Retry-After and the usual security headers, never a 500; cached pages are still served;
the worker recovers on its own once the database is back."""

import re

import pytest
from django.core import mail
from django.db import connection

from campaigns.models import Participation
from tests.conftest import translation_of
from tests.site.faults import ServerWorker, TcpProxy

# Committed: the worker reads the pages through a connection of its own.
pytestmark = [pytest.mark.faults, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

SECURITY_HEADERS = (
    "content-security-policy",
    "x-content-type-options",
    "referrer-policy",
    "x-frame-options",
)


@pytest.fixture
def worker(settings):
    """A server worker whose database connection goes through a proxy the test can cut."""
    settings.CACHE_MIDDLEWARE_SECONDS = 60  # production keeps anonymous visitors' pages
    database = connection.settings_dict
    proxy = TcpProxy(database["HOST"] or "127.0.0.1", int(database["PORT"] or 5432))
    worker = ServerWorker(proxy.port)
    worker.proxy = proxy
    yield worker
    proxy.restore()
    worker.run(lambda: Participation.objects.filter(email__endswith="@faults.example").delete())
    worker.close()
    proxy.close()


def assert_unavailable(answer, language: str, message: str):
    assert answer.status == 503
    assert answer.headers["retry-after"] == "30"
    assert f'<html lang="{language}"' in answer.text and message in answer.text
    assert all(name in answer.headers for name in SECURITY_HEADERS)


def test_without_the_database_visitors_get_a_503_page_then_the_site_recovers(
    worker, campaigns, articles
):
    campaign = campaigns["open"]
    assert worker.get(campaign.url).status == 200  # now in the worker's page cache
    join_page = worker.get(campaign.url + "join/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', join_page.text).group(1)
    cookie = join_page.headers["set-cookie"].split(";")[0]
    sign_up = {"email": "lea@faults.example", "people": "2", "consent": "on"}
    english, spanish = translation_of(articles[0], "en"), translation_of(articles[1], "es")

    worker.proxy.cut()
    assert worker.get(campaign.url).status == 200  # a page the worker holds is still served
    assert_unavailable(worker.get(english.url), "en", "cannot reach its database")
    # Another host: the site itself is looked up in the middleware, before the view.
    assert_unavailable(worker.get(spanish.url, host="localhost"), "es", "no puede acceder")
    refused = worker.post(
        campaign.url + "join/", {**sign_up, "csrfmiddlewaretoken": token}, cookie=cookie
    )
    assert_unavailable(refused, "fr", "joindre sa base de données")
    assert worker.get("/admin/", cookie="sessionid=" + "a" * 32).status == 503

    worker.proxy.restore()  # the same worker, not restarted
    assert worker.get(english.url).status == 200
    joined = worker.post(
        campaign.url + "join/", {**sign_up, "csrfmiddlewaretoken": token}, cookie=cookie
    )
    assert joined.status == 302
    assert Participation.objects.filter(email="lea@faults.example").count() == 1
    assert len(mail.outbox) == 1
