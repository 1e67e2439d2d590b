"""The read-only JSON API at /api/v2/: what a developer reads from it, what nobody can do
with it, and what it never tells."""

import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import Tag
from tests.conftest import queries, translation_of
from tests.factories import (
    ContributionFactory,
    ParticipationFactory,
    UserFactory,
    sign_ups_in_bulk,
    volunteer,
)

PAGES = "/api/v2/pages/"
CAMPAIGNS = PAGES + "?type=campaigns.CampaignPage&fields=*"


def items(client, url) -> list:
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()["items"]


def test_campaigns_in_one_language_with_the_figures_of_their_pages(client, site, campaigns):
    english = translation_of(campaigns["open"], "en")
    ParticipationFactory(campaign=english, people=2)

    listed = items(client, CAMPAIGNS + "&locale=en")
    assert {item["meta"]["locale"] for item in listed} == {"en"}
    item = next(item for item in listed if item["id"] == english.pk)
    assert item["title"] == english.title
    assert item["summary"] == english.summary
    assert item["meta"]["html_url"] == "http://testserver" + english.url
    assert item["meta"]["first_published_at"] and item["meta"]["last_published_at"]
    # Counted in every language, as the page counts them.
    assert (item["participants"], item["goal_participants"]) == (62, 100)
    assert english.progress.participants == 62
    assert item["percent_of_goal"] == english.progress.percent
    assert item["status"] == "open"
    assert item["causes"] == [
        {
            "name": site.tags["environnement"]["en"].name,
            "slug": site.tags["environnement"]["en"].slug,
        }
    ]
    assert item["organisation"]["title"] == site.organisation["en"].title
    assert item["organisation"]["url"] == "http://testserver" + site.organisation["en"].url


def test_a_challenge_gives_its_status_and_count(client, challenges):
    detail = client.get(f"{PAGES}{challenges['solved'].pk}/").json()
    assert detail["status"] == "solved"
    assert detail["contributions"] == challenges["solved"].contribution_count == 2
    assert detail["solved_at"]
    assert items(client, PAGES + "?type=challenges.ChallengePage&fields=status&locale=fr")


def test_articles_and_organisations_have_their_summaries(client, site, articles):
    article = client.get(f"{PAGES}{articles[0].pk}/").json()
    assert article["summary"] == articles[0].introduction
    assert {tag["slug"] for tag in article["tags"]} == {t.slug for t in articles[0].tags.all()}
    spanish = site.organisation["es"]
    organisation = client.get(f"{PAGES}{spanish.pk}/").json()
    assert organisation["summary"] == spanish.summary
    # As its page lists them: named in Spanish, in Spanish dictionary order.
    causes = Tag.listed_in(spanish.causes.all(), spanish.locale)
    assert causes
    assert organisation["causes"] == [{"name": tag.name, "slug": tag.slug} for tag in causes]


def test_no_personal_data_in_any_answer(client, site, campaigns, challenges):
    ParticipationFactory(
        campaign=campaigns["open"], email="secret.person@example.org", first_name="Zéphyrine"
    )
    author = volunteer(display_name="Anatole Secret")
    ContributionFactory(
        challenge=challenges["open"], author=author, text="Une contribution très privée"
    )
    cache.clear()
    answers = [client.get(PAGES + "?limit=50&fields=*").content.decode()]
    for page_type in (
        "campaigns.CampaignPage",
        "challenges.ChallengePage",
        "organisations.OrganisationPage",
    ):
        listed = items(client, f"{PAGES}?type={page_type}&fields=*&limit=50")
        answers += [client.get(f"{PAGES}{item['id']}/").content.decode() for item in listed]
        answers.append(json.dumps(listed))
    text = "\n".join(answers)
    assert "@" not in text.replace("@context", "")
    for secret in (
        "Zéphyrine",
        "Anatole Secret",
        "très privée",
        site.organisation["fr"].contact_email,
    ):
        assert secret not in text


def test_only_live_public_pages(client, site, campaigns):
    campaigns["upcoming"].unpublish()
    listed = {item["id"] for item in items(client, CAMPAIGNS + "&limit=50")}
    assert campaigns["open"].pk in listed
    assert campaigns["upcoming"].pk not in listed
    assert client.get(f"{PAGES}{campaigns['upcoming'].pk}/").status_code == 404


def test_pages_of_results_with_a_maximum(client, site, campaigns):
    first = client.get(CAMPAIGNS + "&limit=2").json()
    assert len(first["items"]) == 2
    assert first["meta"]["total_count"] > 2
    second = items(client, CAMPAIGNS + "&limit=2&offset=2")
    assert {i["id"] for i in first["items"]}.isdisjoint({i["id"] for i in second})
    assert client.get(CAMPAIGNS + "&limit=51").status_code == 400


@pytest.mark.parametrize(
    "query", ["type=nothing.Here", "limit=-1", "offset=x", "child_of=abc", "bogus=1"]
)
def test_bad_parameters_are_a_400_that_says_why(client, site, query):
    response = client.get(f"{PAGES}?{query}")
    assert response.status_code == 400
    assert response.json()["message"]


def test_a_nul_character_is_a_400(client, site):
    assert client.get(PAGES + "?locale=fr%00").status_code == 400


def test_any_origin_may_read_but_nobody_may_write(client, site):
    response = client.get(PAGES, HTTP_ORIGIN="https://example.net")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options(
        PAGES, HTTP_ORIGIN="https://example.net", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    for method in (client.post, client.put, client.patch, client.delete):
        refused = method(PAGES, HTTP_ORIGIN="https://example.net")
        assert refused.status_code == 405
        assert "Access-Control-Allow-Origin" not in refused


def test_credentials_open_nothing(client, site):
    """No session and no password is read: the API cannot be used to try passwords."""
    response = client.get(PAGES, HTTP_AUTHORIZATION="Basic YWRtaW46YWRtaW4=")
    assert response.status_code == 200
    assert "WWW-Authenticate" not in response


def test_too_many_requests_from_one_address_are_refused_in_the_visitors_language(
    client, site, settings, ratelimit_clock
):
    settings.API_RATE = "3/m"
    for _ in range(3):
        assert client.get(PAGES).status_code == 200
    refused = client.get(PAGES, HTTP_ACCEPT_LANGUAGE="fr")
    assert refused.status_code == 429
    assert "Trop de demandes" in refused.json()["detail"]
    assert client.get(PAGES, REMOTE_ADDR="10.0.0.2").status_code == 200
    ratelimit_clock.now += 60
    assert client.get(PAGES).status_code == 200


def test_a_listing_of_campaigns_costs_the_same_queries_whatever_its_sign_ups(
    client, site, campaigns
):
    url = CAMPAIGNS + "&locale=fr"
    client.get(url)
    few = queries(client, url, afresh=True)
    for campaign in campaigns.values():
        sign_ups_in_bulk(campaign, 200)
    assert queries(client, url, afresh=True) == few


@pytest.mark.parametrize(
    "url", [PAGES + "?offset=99999999999999999999", PAGES + "99999999999999999999/"]
)
def test_numbers_past_the_databases_are_refused_not_a_500(client, site, url):
    assert client.get(url).status_code in (400, 404)


def test_a_longer_page_of_results_costs_no_more_queries(client, site, articles):
    def cost(limit):
        url = f"{PAGES}?locale=fr&limit={limit}"
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert len(items(client, url)) == limit
        return len(captured)

    assert cost(2) == cost(8)


@pytest.mark.django_db
def test_the_api_does_not_search_but_the_admin_s_page_search_still_does(client, site):
    response = client.get("/api/v2/pages/", {"search": "campagne"})
    assert response.status_code == 400
    assert "page de recherche du site" in response.json()["message"]  # the default language
    client.force_login(UserFactory(is_superuser=True))
    assert client.get("/admin/api/main/pages/", {"search": "campagne"}).status_code == 200
