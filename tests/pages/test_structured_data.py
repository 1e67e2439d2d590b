"""The JSON-LD (schema.org) in the articles' <head>, and what no text of a page can do to it."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from pages.models import ArticlePage
from tests.conftest import translation_of
from tests.factories import ArticlePageFactory, ImageFactory


def structured_data(client, page) -> dict:
    """The page's one JSON-LD block, read as a search engine reads it."""
    response = client.get(page.url)
    assert response.status_code == 200
    blocks = BeautifulSoup(response.content, "html.parser").find_all(
        "script", type="application/ld+json"
    )
    assert len(blocks) == 1
    data = json.loads(blocks[0].string)
    assert data["@context"] == "https://schema.org"
    assert data["url"] == f"http://testserver{page.url}"
    return data


def moment(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text)


def same_moment(text: str, value: datetime.datetime) -> bool:
    return abs(moment(text) - value) < datetime.timedelta(seconds=1)


@pytest.mark.django_db
def test_an_article_describes_itself_as_an_article_in_its_language(client, articles):
    article = articles[0]
    data = structured_data(client, article)
    assert data["@type"] == "Article"
    assert data["headline"] == article.title
    assert data["inLanguage"] == "fr"
    assert data["datePublished"] == article.date.isoformat()
    assert data["author"] == {"@type": "Person", "name": article.author}
    assert data["publisher"]["name"] == "Crowdtime"
    assert set(data["keywords"]) == tag_names(article) != set()

    english = translation_of(article, "en")
    data = structured_data(client, english)
    assert data["headline"] == english.title
    assert data["inLanguage"] == "en"
    assert set(data["keywords"]) == tag_names(english) != tag_names(article)


def tag_names(article) -> set[str]:
    ArticlePage.attach_localized_tags([article], article.locale)
    return {tag.name for tag in article.localized_tags}


@pytest.mark.django_db
def test_an_articles_image_is_given_at_its_full_address(client, site):
    article = ArticlePageFactory(
        parent=site.indexes["articles"]["fr"], hero_image=ImageFactory(), hero_image_alt="Un arbre"
    )
    image = structured_data(client, article)["image"]
    assert image.startswith(f"http://testserver{settings.MEDIA_URL}")
    # The web server serves media: the file is there.
    assert (
        settings.MEDIA_ROOT / image.removeprefix(f"http://testserver{settings.MEDIA_URL}")
    ).exists()


@pytest.mark.django_db
def test_no_text_of_a_page_can_end_the_structured_data(client, site):
    hostile = "Fin </script><script>alert(1)</script><!-- & \u2028"
    article = ArticlePageFactory(
        parent=site.indexes["articles"]["fr"],
        title=hostile,
        search_description=hostile,
        author=hostile,
    )
    html = client.get(article.url).content.decode()
    assert "<script>alert(1)" not in html
    page = BeautifulSoup(html, "html.parser")
    assert [script.get("type") for script in page.find_all("script")] == ["application/ld+json"]
    data = structured_data(client, article)
    assert data["headline"] == data["description"] == data["author"]["name"] == hostile


@pytest.mark.django_db
def test_the_structured_data_is_allowed_by_the_strict_policy_as_data(client, articles):
    """Browsers apply script-src to scripts they run: a data block is not one, so the policy
    needs no 'unsafe-inline' or hash for it."""
    response = client.get(articles[0].url)
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert '<script type="application/ld+json">' in response.content.decode()
