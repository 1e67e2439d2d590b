import pytest
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/fr/nulle-part/", "Page introuvable"),
        ("/en/nowhere/", "Page not found"),
        ("/es/ninguna-parte/", "Página no encontrada"),
    ],
)
def test_not_found_pages_are_translated_and_keep_the_site_around_them(client, url, message):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert message in html
    assert 'class="language-switcher"' in html and "<footer" in html


@pytest.mark.parametrize(
    ("language", "message"), [("fr", "Un problème est survenu"), ("es", "Algo ha fallado")]
)
def test_the_server_error_page_is_translated(language, message):
    with translation.override(language):
        response = server_error(RequestFactory().get(f"/{language}/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert message in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/fr/search/?q=%ff%fe",
        "/fr/search/?page=1e9999",
        "/fr/articles/?page=%00",
        "/fr/articles/?tag=%3Cscript%3E",
        "/fr/" + "a" * 2000 + "/",
        "/xx/",
        "/sitemap.xml?p=abc",
    ],
)
def test_malformed_requests_never_cause_a_server_error(client, url):
    response = client.get(url, follow=True)
    assert 400 <= response.status_code < 500 or response.status_code == 200


def test_a_database_that_cannot_be_reached_gives_the_503_page_not_the_500_one():
    """The fault tests cut PostgreSQL for real; this is the same answer on any database."""
    from django.db import OperationalError

    from crowdtime.views import server_error as handler

    try:
        raise OperationalError("the database went away")
    except OperationalError:
        response = handler(RequestFactory().get("/es/campanas/"))
    assert response.status_code == 503 and response["Retry-After"] == "30"
    html = response.content.decode()
    assert '<html lang="es"' in html and "no puede acceder a su base de datos" in html
    assert "Content-Security-Policy" in response and "X-Frame-Options" in response
