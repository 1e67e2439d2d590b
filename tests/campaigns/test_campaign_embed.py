"""A campaign on another site: the embed page, oEmbed, the badge and the code to copy."""

import re
import xml.etree.ElementTree as ET
from html import unescape
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group

from tests.campaigns.test_campaign_pages import assert_same_cost
from tests.conftest import queries, translation_of
from tests.factories import (
    CampaignPageFactory,
    OrganisationPageFactory,
    UserFactory,
    sign_ups_in_bulk,
)

pytestmark = pytest.mark.django_db


def embed_url(campaign) -> str:
    return campaign.url + "embed/"


def oembed(client, url, **params):
    return client.get("/fr/oembed/?" + urlencode({"url": url, **params}))


# The embed page -------------------------------------------------------------------------------


def test_the_embed_page_shows_title_progress_time_left_and_a_link_out_of_the_frame(
    client, campaigns
):
    campaign = translation_of(campaigns["open"], "en")
    response = client.get(embed_url(campaign))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert f"<h1>{campaign.title}</h1>" in html
    assert re.search(r"<strong>60</strong> of 100 participants", html)
    assert re.search(r"\d+\xa0(days?|hours?|weeks?)(, \d+\xa0\w+)? left", html)
    link = re.search(r'<a href="([^"]+)" target="_top">Join the campaign</a>', html)
    assert link and link[1] == f"http://testserver{campaign.url}"
    assert '<meta name="robots" content="noindex">' in html


def test_the_embed_page_speaks_the_language_of_its_address(client, campaigns):
    campaign = translation_of(campaigns["open"], "es")
    html = client.get(embed_url(campaign)).content.decode()
    assert '<html lang="es">' in html and "Apúntate a la campaña" in html


def test_a_finished_campaign_s_embed_page_links_to_it_without_asking_to_join(client, campaigns):
    html = client.get(embed_url(campaigns["finished"])).content.decode()
    assert "Terminée le" in html
    assert re.search(r'target="_top">Voir la campagne</a>', html)


def test_only_the_embed_page_may_be_framed_by_other_sites(client, campaign):
    embed = client.get(embed_url(campaign))
    assert "X-Frame-Options" not in embed
    assert "frame-ancestors *" in embed["Content-Security-Policy"]
    assert "script-src 'self'" in embed["Content-Security-Policy"]
    for url in (campaign.url, campaign.url + "join/", "/fr/"):
        response = client.get(url)
        assert response["X-Frame-Options"] == "DENY", url
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"], url


def test_the_embed_page_sets_no_cookie_and_holds_no_form_nor_script(client, campaign):
    response = client.get(embed_url(campaign))
    html = response.content.decode()
    assert not response.cookies
    assert "Set-Cookie" not in response
    assert "Cookie" not in response.get("Vary", "")
    assert "<form" not in html and "<script" not in html and "csrf" not in html


def test_the_embed_page_comes_from_the_page_cache_with_its_own_headers(page_cache, visit, campaign):
    first = visit(embed_url(campaign))
    sign_ups_in_bulk(campaign, 3)
    again = visit(embed_url(campaign))
    assert "Age" in again.headers and again.text == first.text
    assert "Set-Cookie" not in again.headers
    assert "X-Frame-Options" not in again.headers
    assert "frame-ancestors *" in again.headers["Content-Security-Policy"]
    assert int(again.headers["Cache-Control"].removeprefix("max-age=")) <= 5


def test_the_embed_page_costs_the_same_queries_whatever_its_sign_ups(
    client, campaign, django_assert_num_queries
):
    sign_ups_in_bulk(campaign, 10)
    client.get(embed_url(campaign))
    few = queries(client, embed_url(campaign), afresh=True)
    sign_ups_in_bulk(campaign, 1000)
    assert_same_cost(client, embed_url(campaign), few, django_assert_num_queries)
    assert "<strong>1\u202f010</strong>" in client.get(embed_url(campaign)).content.decode()


# oEmbed ---------------------------------------------------------------------------------------


def test_campaign_pages_announce_their_oembed_answer(client, campaign):
    html = client.get(campaign.url).content.decode()
    link = re.search(r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', html)
    assert link
    answer = client.get(unescape(link[1]).removeprefix("http://testserver"))
    assert answer.status_code == 200
    assert answer.json()["title"] == campaign.title


def test_oembed_answers_the_frame_of_the_campaign_in_the_address_s_language(
    client, site, campaigns
):
    campaign = translation_of(campaigns["open"], "es")
    response = oembed(client, f"http://testserver{campaign.url}", format="json")
    answer = response.json()
    assert response["Content-Type"] == "application/json"
    assert answer["version"] == "1.0" and answer["type"] == "rich"
    assert answer["provider_name"] == "Crowdtime"
    assert answer["title"] == campaign.title
    assert answer["author_name"] == translation_of(site.organisation["fr"], "es").title
    assert (answer["width"], answer["height"]) == (400, 260)
    frame = answer["html"]
    assert frame.startswith("<iframe") and frame.endswith("</iframe>")
    assert f'src="http://testserver{campaign.url}embed/"' in frame
    assert 'width="400" height="260"' in frame
    assert "una campaña en Crowdtime" in frame


def test_oembed_keeps_within_the_size_the_site_allows(client, campaign):
    answer = oembed(client, f"http://testserver{campaign.url}", maxwidth="300", maxheight="900")
    assert (answer.json()["width"], answer.json()["height"]) == (300, 260)
    assert 'width="300" height="260"' in answer.json()["html"]


@pytest.mark.parametrize("size", ["abc", "0", "-5", "1e3", "٣٠٠"])
def test_oembed_refuses_a_size_that_is_not_one(client, campaign, size):
    response = oembed(client, f"http://testserver{campaign.url}", maxwidth=size)
    assert response.status_code == 400


def test_oembed_offers_json_only(client, campaign):
    response = oembed(client, f"http://testserver{campaign.url}", format="xml")
    assert response.status_code == 501


def test_oembed_knows_only_this_site_s_live_public_campaigns(client, site, campaign, articles):
    draft = CampaignPageFactory(parent=site.organisation["fr"])
    draft.unpublish()
    unknown = [
        "",
        "not a url",
        "http://[::1",
        f"http://elsewhere.example{campaign.url}",
        f"ftp://testserver{campaign.url}",
        f"http://testserver{articles[0].url}",
        f"http://testserver{campaign.url}join/",
        f"http://testserver{draft.url or '/fr/nulle-part/'}",
        "http://testserver/fr/nulle-part/",
        "http://testserver/de/",
        "http://testserver/fr/\x00/",
        "http://testserver/fr/%00/",
        f"http://testserver{campaign.url}%00/",
        "http://testserver/fr/%C3%28/",
    ]
    for url in unknown:
        assert oembed(client, url).status_code in (400, 404), url
    assert oembed(client, f"http://testserver{campaign.url}".removesuffix("/")).status_code == 200


# The badge ------------------------------------------------------------------------------------


def test_the_badge_is_an_accessible_svg_in_the_address_s_language_kept_a_minute(client, campaigns):
    campaign = translation_of(campaigns["open"], "es")
    response = client.get(campaign.url + "badge.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml; charset=utf-8"
    assert "max-age=60" in response["Cache-Control"]
    svg = ET.fromstring(response.content)
    assert svg.get("role") == "img"
    title = svg.find("{http://www.w3.org/2000/svg}title").text
    assert title == f"{campaign.title}: 60/100 participantes"
    assert "60/100 participantes" in response.content.decode()


def test_the_badge_stays_well_formed_whatever_the_title(client, site):
    campaign = CampaignPageFactory(parent=site.organisation["fr"], title="<b>A & B</b>\x0b ‘ok’")
    response = client.get(campaign.url + "badge.svg")
    title = ET.fromstring(response.content).find("{http://www.w3.org/2000/svg}title").text
    assert title.startswith("<b>A & B</b> ‘ok’: ")


def test_only_a_campaign_has_a_badge(client, articles, campaign):
    for url in (
        articles[0].url + "badge.svg",
        campaign.url + "join/badge.svg",
        "/fr/nulle-part/badge.svg",
    ):
        assert client.get(url).status_code == 404, url


# The code to copy -----------------------------------------------------------------------------

PANEL = "Mettre cette campagne sur votre site"


def test_the_organisation_s_staff_and_the_editors_get_the_code_to_copy(client, site, campaign):
    staff = UserFactory()
    staff.groups.add(site.organisation["fr"].staff_group)
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    for user in (staff, editor):
        client.force_login(user)
        html = client.get(campaign.url).content.decode()
        assert PANEL in html
        frame = unescape(re.search(r'id="embed-code-frame"[^>]*>([^<]+)<', html)[1])
        assert f'<iframe src="http://testserver{campaign.url}embed/"' in frame
        markdown = unescape(re.search(r'id="embed-code-markdown"[^>]*>([^<]+)<', html)[1])
        assert markdown.endswith(
            f"](http://testserver{campaign.url}badge.svg)](http://testserver{campaign.url})"
        )


def test_visitors_and_other_organisations_do_not_see_the_code(client, site, campaign):
    html = client.get(campaign.url).content.decode()
    assert PANEL not in html
    other_staff = UserFactory()
    OrganisationPageFactory(staff=[other_staff])
    for user in (UserFactory(), other_staff):
        client.force_login(user)
        assert PANEL not in client.get(campaign.url).content.decode()


def test_the_code_never_reaches_a_cached_page(page_cache, visit, client, site, campaign):
    staff = UserFactory()
    staff.groups.add(site.organisation["fr"].staff_group)
    client.force_login(staff)
    session = client.cookies["sessionid"].value
    assert PANEL in visit(campaign.url, HTTP_COOKIE=f"sessionid={session}").text
    anonymous = visit(campaign.url)
    assert PANEL not in anonymous.text
    assert PANEL not in visit(campaign.url).text
