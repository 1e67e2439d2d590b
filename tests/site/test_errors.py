import pytest
from django.test import Client, RequestFactory
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
def test_not_found_pages_are_translated_and_keep_the_site_around_them(client, site, url, message):
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
def test_malformed_requests_never_cause_a_server_error(client, site, url):
    response = client.get(url, follow=True)
    assert 400 <= response.status_code < 500 or response.status_code == 200


@pytest.mark.django_db
def test_a_database_that_cannot_be_reached_gives_the_503_page_not_the_500_one(monkeypatch):
    """The fault tests cut PostgreSQL for real; this is the same answer on any database, from
    the first middleware that asks the database."""
    from django.db import OperationalError

    from crowdtime.middleware import SiteMiddleware

    def database_gone(request):
        raise OperationalError("the database went away")

    monkeypatch.setattr(SiteMiddleware, "find_site", staticmethod(database_gone))
    response = Client(raise_request_exception=False).get("/es/campanas/")
    assert response.status_code == 503 and response["Retry-After"] == "30"
    html = response.content.decode()
    assert '<html lang="es"' in html and "no puede acceder a su base de datos" in html
    assert "Content-Security-Policy" in response and "X-Frame-Options" in response


SECURITY_HEADERS = [
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "X-Frame-Options",
    "Cross-Origin-Opener-Policy",
]
BAD_REQUEST_MESSAGES = {
    "fr": "Requête incompréhensible",
    "en": "Request not understood",
    "es": "Solicitud incomprensible",
}


def assert_the_sites_bad_request_page(client, response, language, like="/fr/"):
    """The site's own 400 page, in the visitor's language, with the headers of a normal page."""
    assert response.status_code == 400
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert BAD_REQUEST_MESSAGES[language] in html
    normal = client.get(like)
    for header in SECURITY_HEADERS:
        assert response.get(header) == normal[header], header


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "url"),
    [
        ("fr", "/fr/articles/?tag=a%00b"),
        ("fr", "/fr/campagnes/?cause=%00"),
        ("fr", "/fr/defis/?skill=x%00"),
        ("fr", "/fr/defis/?cause=%00&page=2"),
        ("fr", "/fr/articles/?page=1%00"),
        ("en", "/en/search/?q=time%00"),
        ("es", "/es/search/?q=%C3%28"),
        ("es", "/es/%00/"),
        ("fr", "/fr/search/?q=%ED%A0%80"),
        ("fr", "/fr/articles/?%00=1"),
        ("fr", "/sitemap.xml?p=%00"),
    ],
)
def test_a_nul_byte_or_invalid_text_in_a_query_is_refused_with_the_sites_page(
    client, site, language, url
):
    """A NUL reaching a PostgreSQL text comparison raised DataError: a 500."""
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert_the_sites_bad_request_page(client, response, language)


def post_with_csrf(url, body, content_type, language="fr"):
    """As a browser posts: with its CSRF cookie and token, which Django's own 400 handler
    checks again by reading the body."""
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    token = "t" * 32
    client.cookies["csrftoken"] = token
    body = b"csrfmiddlewaretoken=" + token.encode() + b"&" + body
    return client, client.generic("POST", url, body, content_type, HTTP_ACCEPT_LANGUAGE=language)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "charset", ["latin-1", "utf-16", "utf-7", "ascii", "no-such-charset", "utf-8-sig"]
)
@pytest.mark.parametrize(
    ("language", "url", "like"),
    [
        ("fr", "/fr/organisations/register/", "/fr/"),
        ("en", "/en/accounts/login/", "/fr/"),
        ("es", "/es/search/", "/fr/"),
        ("fr", "/admin/login/", "/admin/login/"),
    ],
)
@pytest.mark.parametrize(
    "content_type", ["application/x-www-form-urlencoded", "multipart/form-data; boundary=b"]
)
def test_a_post_in_another_charset_than_utf8_is_refused_with_the_sites_page(
    site, language, url, like, charset, content_type
):
    client, response = post_with_csrf(
        url, b"email=a%40b.org", f"{content_type}; charset={charset}", language
    )
    assert_the_sites_bad_request_page(client, response, language, like=like)


MULTIPART_WITH_INVALID_UTF8 = (
    b'--b\r\nContent-Disposition: form-data; name="email"\r\n\r\n\xff\xfe@example.org\r\n--b--\r\n'
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"email=%FF%FE%40example.org", "application/x-www-form-urlencoded"),
        (b"email=\xff\xfe", "application/x-www-form-urlencoded"),
        (b"email=a%00b%40example.org", "application/x-www-form-urlencoded"),
        (MULTIPART_WITH_INVALID_UTF8, "multipart/form-data; boundary=b"),
        (b"email=a", "multipart/form-data"),
    ],
)
def test_a_form_with_invalid_text_is_refused_with_the_sites_page(site, body, content_type):
    client, response = post_with_csrf("/fr/organisations/register/", body, content_type)
    assert_the_sites_bad_request_page(client, response, "fr")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "body",
    [
        b"summary=" + b"x" * 3_000_000,  # DATA_UPLOAD_MAX_MEMORY_SIZE is 2.5 MB
        b"&".join(b"f%d=1" % n for n in range(1100)),  # DATA_UPLOAD_MAX_NUMBER_FIELDS is 1000
    ],
)
def test_a_form_too_big_to_read_is_refused_with_the_sites_page(site, body):
    client, response = post_with_csrf(
        "/fr/organisations/register/", body, "application/x-www-form-urlencoded"
    )
    assert_the_sites_bad_request_page(client, response, "fr")


@pytest.mark.django_db
def test_a_nul_byte_in_the_session_cookie_is_refused_with_the_sites_page(client, site):
    """A quoted cookie may carry an escaped NUL ("\\000"), which the session's lookup sent to
    PostgreSQL."""
    client.cookies["sessionid"] = "abcdefghijkl\x00"
    response = client.get("/fr/", HTTP_ACCEPT_LANGUAGE="fr")
    assert_the_sites_bad_request_page(Client(), response, "fr")
