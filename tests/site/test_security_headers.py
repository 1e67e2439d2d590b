"""Every response carries the security headers: pages, redirects (the one from / to the
visitor's language first), error pages, the admin, static files, and pages served from the
page cache."""

import pytest

from pages.models import HomePage

DENIED_FEATURES = ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()")


def assert_secured(headers) -> None:
    for denied in DENIED_FEATURES:
        assert denied in headers["Permissions-Policy"]
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] in ("DENY", "SAMEORIGIN")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/", 302),  # to the visitor's language
        ("/fr", 301),  # a missing slash
        ("/fr/", 200),
        ("/fr/no-such-page/", 404),
        ("/admin/", 302),  # to the log-in page
        ("/admin/login/", 200),
        ("/sitemap.xml", 200),
        ("/sitemap_index.xml", 200),
        ("/robots.txt", 200),
        ("/static/css/site.css", 200),
    ],
)
def test_every_response_carries_the_security_headers(client, site, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert_secured(response.headers)


@pytest.mark.django_db
def test_the_redirect_to_the_visitors_language_carries_the_public_policy(client, site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="es")
    assert response["Location"] == "/es/"
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_a_server_error_carries_the_security_headers(client, site, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(HomePage, "serve", fail)
    client.raise_request_exception = False
    response = client.get("/fr/")
    assert response.status_code == 500
    assert_secured(response.headers)


@pytest.mark.django_db
def test_a_page_from_the_page_cache_keeps_the_security_headers(visit, page_cache, site):
    drawn = visit("/fr/")
    cached = visit("/fr/")
    assert "Age" in cached.headers
    assert_secured(cached.headers)
    assert cached.headers["Permissions-Policy"] == drawn.headers["Permissions-Policy"]


@pytest.mark.django_db
def test_a_refused_host_carries_the_security_headers(visit, page_cache, site):
    refused = visit("/fr/", HTTP_HOST="attacker.example")
    assert refused.status == 400
    assert_secured(refused.headers)
