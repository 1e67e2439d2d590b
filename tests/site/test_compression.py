"""Pages compressed where it is safe (never beside a form token: BREACH), and static files
kept by browsers for good once their names carry their hash."""

import gzip
import importlib.util
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles.storage import ManifestFilesMixin
from django.core.files.base import ContentFile
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils.module_loading import import_string
from whitenoise.middleware import WhiteNoiseMiddleware

from crowdtime.settings import base
from crowdtime.wsgi import application

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


@pytest.mark.django_db
def test_an_anonymous_article_is_sent_compressed_to_a_browser_that_accepts_it(client, articles):
    article = articles[0]
    response = client.get(article.url, **GZIP)
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert article.title in gzip.decompress(response.content).decode()

    plain = client.get(article.url)
    assert not plain.has_header("Content-Encoding")
    assert article.title in plain.content.decode()


@pytest.mark.django_db
def test_pages_with_a_form_token_or_a_session_are_never_compressed(client, campaigns):
    join = client.get(campaigns["open"].url + "join/", **GZIP)
    login = client.get("/fr/accounts/login/", **GZIP)
    for response in (join, login):
        assert response.status_code == 200
        assert 'name="csrfmiddlewaretoken"' in response.content.decode()
        assert not response.has_header("Content-Encoding")

    client.session.save()  # a visitor with a session: their pages may hold their data
    assert not client.get(campaigns["open"].url, **GZIP).has_header("Content-Encoding")


def served(url: str, **headers) -> tuple[dict, bytes]:
    """Through the WSGI application, where the page cache answers before Django: `visit`'s
    way, for bytes (`visit` keeps the test's database connection open meanwhile)."""
    application.handler.load_middleware()
    environ = RequestFactory().get(url, **headers).environ
    answer = {}
    body = application(environ, lambda status, items: answer.update(items))
    content = b"".join(body)
    if hasattr(body, "close"):
        body.close()
    return answer, content


@pytest.mark.django_db
@pytest.mark.usefixtures("visit")
def test_the_page_cache_keeps_compressed_and_plain_pages_apart(page_cache, articles):
    article = articles[0]
    first, compressed = served(article.url, **GZIP)
    assert first["Content-Encoding"] == "gzip"
    headers, content = served(article.url)
    assert "Content-Encoding" not in headers
    assert article.title in content.decode()
    again, compressed = served(article.url, **GZIP)
    assert "Age" in again, "served from the page cache"
    assert again["Content-Encoding"] == "gzip"
    assert article.title in gzip.decompress(compressed).decode()


def settings_of_production() -> dict:
    """The static files' storage of base.py, which production.py keeps: read afresh, for the
    test settings replaced it in the dictionary they share with base.py."""
    path = Path(base.__file__)
    assert "STORAGES" not in path.with_name("production.py").read_text()
    spec = importlib.util.spec_from_file_location("base_settings_afresh", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.STORAGES["staticfiles"]


def test_hashed_static_files_are_cached_for_a_year_and_more(settings, tmp_path):
    """With production's storage (tests use a plain one)."""
    storage_settings = settings_of_production()
    assert issubclass(import_string(storage_settings["BACKEND"]), ManifestFilesMixin)
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "staticfiles": storage_settings}
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    from django.contrib.staticfiles.storage import staticfiles_storage

    staticfiles_storage.save("css/site.css", ContentFile(b"body { margin: 0; }"))
    list(staticfiles_storage.post_process({"css/site.css": (staticfiles_storage, "css/site.css")}))
    url = staticfiles_storage.url("css/site.css")
    assert re.search(r"/css/site\.[0-9a-f]{12}\.css$", url)

    whitenoise = WhiteNoiseMiddleware(lambda request: HttpResponse(status=404))
    response = whitenoise(RequestFactory().get(url))
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "immutable" in cache_control
    max_age = int(re.search(r"max-age=(\d+)", cache_control).group(1))
    assert max_age >= 365 * 24 * 60 * 60
