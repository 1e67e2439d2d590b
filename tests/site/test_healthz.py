"""/healthz, the load balancer's probe: 200 `ok` while the node reaches its database and its
Redis; 503 and the reason as soon as the database goes, 200 `degraded` while only Redis is
gone, which every node shares and the site runs without (a redis-server of the test's own, a
proxy in front of PostgreSQL, stopped and started for real); 200 `ok` once it is back. It leaves
no session, no cookie and nothing in the page cache, and a failing probe is no error in the
logs."""

import logging

import pytest
from django.db import connection

from tests.site.faults import ServerWorker, TcpProxy


def errors_logged(caplog) -> list:
    return [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]


@pytest.mark.django_db
def test_a_site_without_redis_is_healthy_while_its_database_answers(client):
    """Development and the tests keep the shared cache in memory: only the database counts."""
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"].startswith("text/plain")
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_probe_is_answered_in_plain_http_whatever_host_it_names(client, settings):
    """The balancer probes each node at its own address, without TLS."""
    settings.SECURE_SSL_REDIRECT = True  # as production
    response = client.get("/healthz", HTTP_HOST="10.0.0.5:8001")
    assert (response.status_code, response.content) == (200, b"ok")
    assert client.get("/fr/").status_code == 301  # the rest goes to HTTPS


@pytest.mark.faults
@pytest.mark.django_db
def test_without_redis_the_node_stays_in_the_balancer_and_says_it_is_degraded(
    shared_cache, redis_server, page_cache, visit, caplog
):
    assert visit("/healthz").status == 200  # through the page cache, which must not keep it

    redis_server.stop()
    down = visit("/healthz")
    assert down.status == 200  # a 503 would take every node out at once
    assert down.text == "degraded: redis unreachable"
    assert "set-cookie" not in {name.lower() for name in down.headers}
    assert visit("/fr/").status == 200  # what the balancer keeps it for
    assert errors_logged(caplog) == []

    redis_server.start()
    back = visit("/healthz")
    assert (back.status, back.text) == (200, "ok")


@pytest.mark.faults
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_probe_fails_while_the_database_is_down_and_passes_once_it_is_back(caplog):
    """A server worker whose connection goes through a proxy that the test cuts, as a database
    that went away; the same worker, not restarted, recovers."""
    database = connection.settings_dict
    proxy = TcpProxy(database["HOST"] or "127.0.0.1", int(database["PORT"] or 5432))
    worker = ServerWorker(proxy.port)
    try:
        assert worker.get("/healthz").status == 200

        proxy.cut()
        down = worker.get("/healthz")
        assert (down.status, down.text) == (503, "database unreachable")
        assert "no-store" in down.headers["cache-control"]
        assert errors_logged(caplog) == []

        proxy.restore()
        back = worker.get("/healthz")
        assert (back.status, back.text) == (200, "ok")
    finally:
        worker.close()
        proxy.close()
