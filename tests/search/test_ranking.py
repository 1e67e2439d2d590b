"""Search as each language reads: stems (a plural finds its singular), accents optional,
titles first. Stemming and ranking are PostgreSQL's (its text-search configurations, one per
language): on SQLite a newcomer's search matches whole words, accents ignored."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import ArticlePageFactory, CampaignPageFactory
from tests.search.ranking import EXPECTED_FIRST


def titles(client, language: str, words: str) -> list[str]:
    html = client.get(f"/{language}/search/", {"q": words}).content.decode()
    return [
        h2.get_text(strip=True)
        for h2 in BeautifulSoup(html, "html.parser").select(".search-results h2")
    ]


@pytest.mark.postgres
@pytest.mark.django_db
@pytest.mark.parametrize("language", EXPECTED_FIRST)
def test_each_search_finds_the_expected_page_first_on_the_demo(client, demo, language):
    missed = {
        words: found[:3]
        for words, expected in EXPECTED_FIRST[language].items()
        if (found := titles(client, language, words))[:1] != [expected]
    }
    assert missed == {}


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_campaign_about_the_weather_comes_before_one_that_mentions_it(client, demo):
    found = titles(client, "fr", "météo")
    assert found.index("Transcrire les carnets météo d’un observatoire oublié") < found.index(
        "Un dimanche en famille pour un parc plus propre"
    )


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_french_search_for_a_singular_finds_the_plural(client, site):
    ArticlePageFactory(
        parent=site.indexes["articles"]["fr"], title="Merci aux bénévoles du quartier"
    )
    assert titles(client, "fr", "bénévole") == ["Merci aux bénévoles du quartier"]


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_title_weighs_more_than_a_mention_in_a_longer_text(client, site):
    mention = CampaignPageFactory(
        parent=site.organisation["fr"],
        title="Un dimanche au parc",
        summary="Ramasser les déchets autour du pluviomètre du parc.",
    )
    about = CampaignPageFactory(
        parent=site.organisation["fr"],
        title="Recopier les relevés du pluviomètre",
        summary="Des carnets anciens à transcrire.",
    )
    assert titles(client, "fr", "pluviomètre") == [about.title, mention.title]


@pytest.mark.django_db
def test_accents_are_optional(client, site):
    ArticlePageFactory(parent=site.indexes["articles"]["fr"], title="La météo des bénévoles")
    assert titles(client, "fr", "meteo benevoles") == ["La météo des bénévoles"]
    assert "La météo des bénévoles" in titles(client, "fr", "meteo")


@pytest.mark.django_db
def test_search_uses_the_databases_full_text_engine_with_each_languages_configuration():
    from django.db import connection
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    if connection.vendor == "sqlite":
        assert type(backend).__name__ == "SQLiteSearchBackend"
        return
    assert type(backend).__name__ == "LanguageSearchBackend"
    assert [backend.config_for(code) for code in ("fr", "en", "es", "fr-ca", "de", None)] == [
        "crowdtime_french",
        "crowdtime_english",
        "crowdtime_spanish",
        "crowdtime_french",
        "crowdtime_simple",
        "crowdtime_simple",
    ]
