import pytest
from wagtail.models import PageViewRestriction

from tests.conftest import translation_of


@pytest.mark.django_db
def test_search_finds_pages_in_the_current_language_only(client, articles):
    article = articles[0]
    response = client.get("/fr/search/", {"q": " ".join(article.title.split()[:4])})
    assert response.status_code == 200
    assert article.url in response.content.decode()

    english = translation_of(article, "en")
    response = client.get("/en/search/", {"q": " ".join(article.title.split()[:4])})
    assert article.url not in response.content.decode(), "a French page in English results"
    response = client.get("/en/search/", {"q": " ".join(english.title.split()[:4])})
    assert english.url in response.content.decode()


@pytest.mark.django_db
def test_search_leaves_out_a_section_made_private_at_once(client, articles):
    article = articles[0]
    words = {"q": " ".join(article.title.split()[:4])}
    assert article.url in client.get("/fr/search/", words).content.decode()
    PageViewRestriction.objects.create(
        page=article.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    assert article.url not in client.get("/fr/search/", words).content.decode()


@pytest.mark.django_db
def test_search_without_results_says_so(client):
    response = client.get("/es/search/", {"q": "zzzxxyqq"})
    assert response.status_code == 200
    assert "Ninguna página coincide" in response.content.decode()


@pytest.mark.django_db
def test_empty_search_shows_the_form(client):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"q": "x" * 2000}, 400, "200"),
        ({"q": "temps\x00bénévole"}, 400, ""),
        ({"q": "temps", "page": "abc"}, 400, "numéro de page"),
        ({"q": "temps", "page": "999999"}, 404, "Cette page de résultats"),
        ({"q": "<script>alert(1)</script>"}, 200, "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ({"q": "' OR 1=1; DROP TABLE wagtailcore_page; --"}, 200, ""),
    ],
)
def test_bad_search_input_gets_a_clear_answer_not_an_error(client, params, status, message):
    response = client.get("/fr/search/", params)
    assert response.status_code == status
    html = response.content.decode()
    assert message in html
    assert "<script>alert(1)</script>" not in html


@pytest.mark.django_db
def test_search_results_are_paginated(client):
    response = client.get("/fr/search/", {"q": "bénévolat"})
    results = response.context["results"]
    assert results.paginator.count >= 1
    assert results.paginator.per_page == 10


@pytest.mark.django_db
def test_search_uses_the_databases_full_text_engine():
    from django.db import connection
    from wagtail.search.backends import get_search_backend

    expected = {"postgresql": "PostgresSearchBackend", "sqlite": "SQLiteSearchBackend"}
    assert type(get_search_backend()).__name__ == expected[connection.vendor]
