"""The admin's searches find pages in every language, whatever the admin's language: an editor
working in Spanish finds the French pages too. The page search, the explorer and the page
chooser search titles (Wagtail's autocomplete: accents dropped, words whole, in every
language alike); the admin's page API searches the text, stemmed on PostgreSQL as each page's
language stems it. Organisation staff find only their own organisation's pages."""

import json

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.users.models import UserProfile

from tests.factories import (
    ArticlePageFactory,
    CampaignPageFactory,
    OrganisationPageFactory,
    UserFactory,
    translate,
)

pytestmark = pytest.mark.django_db

SEARCHES = ("page search", "explorer", "page chooser", "page API")


def titles_found(client, search: str, words: str, among: list[str]) -> list[str]:
    """The titles, of those `among`, that the admin's `search` lists for `words` (a listing
    also names pages that are not results: the parents, the way to them)."""
    if search == "page API":
        response = client.get("/admin/api/main/pages/", {"search": words})
        assert response.status_code == 200
        found = {item["title"] for item in json.loads(response.content)["items"]}
        return [title for title in among if title in found]
    url = {
        "page search": "/admin/pages/search/",
        "explorer": f"/admin/pages/{Page.get_first_root_node().pk}/",
        "page chooser": "/admin/choose-page/search/",
    }[search]
    response = client.get(url, {"q": words}, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    return [title for title in among if title in html]


def log_in(client, user, language: str):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)


@pytest.fixture
def editor():
    user = UserFactory()
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def french_and_spanish(site):
    french = ArticlePageFactory(
        parent=site.indexes["articles"]["fr"],
        title="Merci aux bénévoles du quartier",
        introduction="Les associations du quartier cherchent du renfort.",
    )
    spanish = ArticlePageFactory(
        parent=site.indexes["articles"]["es"],
        title="Gracias a la gente del barrio",
        introduction="Los voluntarios del barrio ayudan a los vecinos.",
    )
    return french.title, spanish.title


@pytest.mark.parametrize("search", SEARCHES)
@pytest.mark.parametrize("language", ["fr", "es", "en"])
def test_an_editor_finds_the_pages_of_every_language_by_their_titles(
    client, editor, french_and_spanish, search, language
):
    french, spanish = french_and_spanish
    log_in(client, editor, language)
    assert titles_found(client, search, "bénévoles", [french, spanish]) == [french]
    assert titles_found(client, search, "benevoles", [french, spanish]) == [french]
    assert titles_found(client, search, "barrio", [french, spanish]) == [spanish]


@pytest.mark.postgres
@pytest.mark.parametrize("language", ["fr", "es", "en"])
def test_an_editor_finds_a_word_in_any_form_its_pages_language_gives_it(
    client, editor, french_and_spanish, language
):
    """A French editor's "voluntario" is the Spanish stem of the Spanish page's "voluntarios",
    a Spanish editor's "association" the French stem of the French page's "associations"."""
    french, spanish = french_and_spanish
    log_in(client, editor, language)
    assert titles_found(client, "page API", "voluntario", [french, spanish]) == [spanish]
    assert titles_found(client, "page API", "association", [french, spanish]) == [french]


@pytest.mark.parametrize("search", SEARCHES)
def test_organisation_staff_find_their_own_pages_in_every_language_and_no_others(
    client, site, search
):
    own = CampaignPageFactory(parent=site.organisation["fr"], title="Ranger le jardin partagé")
    own_spanish = translate(own, "es", title="Ordenar el jardín compartido", slug="jardin")
    other = OrganisationPageFactory(name="Mémoire du ciel")
    others = CampaignPageFactory(parent=other, title="Photographier le jardin des étoiles")
    staff = UserFactory()
    staff.groups.add(site.organisation["fr"].staff_group)
    log_in(client, staff, "fr")
    among = [own.title, own_spanish.title, others.title]
    assert titles_found(client, search, "jardin", among) == [own.title, own_spanish.title]


def test_searching_in_every_language_takes_as_many_queries_as_in_one(
    client, editor, french_and_spanish, settings
):
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    log_in(client, editor, "es")
    titles_found(client, "page API", "gente", [])  # what a session reads once

    def queries_with(configs: dict) -> int:
        settings.WAGTAILSEARCH_BACKENDS = {"default": {**backend, "SEARCH_CONFIGS": configs}}
        with CaptureQueriesContext(connection) as queries:
            assert titles_found(client, "page API", "gente", french_and_spanish) == [
                french_and_spanish[1]
            ]
        return len(queries)

    assert queries_with(backend["SEARCH_CONFIGS"]) == queries_with({"es": "crowdtime_spanish"})
