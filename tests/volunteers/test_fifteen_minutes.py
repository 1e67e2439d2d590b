"""'I have 15 minutes': one open challenge or online campaign at a time, and another on asking."""

import re

import pytest
from django.urls import resolve, reverse
from django.utils import translation

from tests.conftest import queries
from tests.factories import (
    CampaignPageFactory,
    ChallengePageFactory,
    ContributionFactory,
    TagFactory,
    volunteer,
)

URL = "/fr/15-minutes/"


def picked(client, url=URL):
    """The page offered, and the address of "Another one" (None when nothing is left)."""
    response = client.get(url)
    assert response.status_code == 200
    another = re.search(r'href="(\?seen=[^"]+)"', response.content.decode())
    page = response.context["page_pick"]
    return page, (URL + another.group(1).replace("&amp;", "&") if another else None)


def every_pick(client) -> list:
    pages, url = [], URL
    while url:
        page, url = picked(client, url)
        if page is not None:
            pages.append(page)
        assert len(pages) < 50, "asking again never ends"
    return pages


@pytest.mark.django_db
def test_the_home_page_offers_it_in_each_language(client, site):
    for language, url in (
        ("fr", "/fr/15-minutes/"),
        ("en", "/en/15-minutes/"),
        ("es", "/es/15-minutos/"),
    ):
        home = client.get(f"/{language}/").content.decode()
        assert f'href="{url}"' in home
        assert client.get(url).status_code == 200
    # The language switcher leads to the same feature, at its address in each language.
    assert 'href="/es/15-minutos/"' in client.get(URL).content.decode()


@pytest.mark.parametrize(
    ("language", "url"),
    [
        ("fr", "/fr/15-minutes/"),
        ("en", "/en/15-minutes/"),
        ("es", "/es/15-minutos/"),
        ("ca", "/ca/15-minuts/"),
    ],
)
def test_its_address_in_each_language_is_the_one_already_shared(language, url):
    """Links to it are out there (e-mails, posts): its addresses stay as they were made."""
    with translation.override(language):
        assert reverse("fifteen_minutes") == url
        assert resolve(url).url_name == "fifteen_minutes"


@pytest.mark.django_db
def test_asking_again_gives_another_until_all_that_fits_was_shown(
    client, site, challenges, campaigns
):
    organisation = site.organisation["fr"]
    long = ChallengePageFactory(parent=organisation, minutes=30)
    in_person = CampaignPageFactory(parent=organisation, meeting=True)
    online = CampaignPageFactory(parent=organisation, minutes_per_participant=10)
    closed_early = CampaignPageFactory(parent=organisation, closed_early_at=online.opens_at)

    pages = every_pick(client)

    shown = [page.pk for page in pages]
    assert len(shown) == len(set(shown)), "the same page twice"
    assert {challenges["open"].pk, online.pk} <= set(shown)
    never = [challenges["closed"], challenges["solved"], long, in_person, closed_early]
    never += [campaigns["finished"], campaigns["upcoming"], campaigns["just_opened"]]
    assert not {page.pk for page in never} & set(shown)
    assert all(page.locale.language_code == "fr" for page in pages)
    # Then a word, links to the listings, and a way to start again.
    text = client.get(URL, {"seen": ",".join(map(str, shown))}).content.decode()
    assert 'href="/fr/defis/"' in text and 'href="?"' in text


@pytest.mark.django_db
def test_it_is_never_served_from_the_page_cache(visit, page_cache, site, challenges):
    first = visit(URL)
    assert "no-store" in first.headers["Cache-Control"]
    again = visit(URL)
    assert "Age" not in again.headers


@pytest.mark.django_db
def test_a_volunteer_gets_first_what_matches_their_causes(client, site, challenges):
    organisation = site.organisation["fr"]
    cause = TagFactory(name="animaux", kind="cause")
    matching = ChallengePageFactory(parent=organisation, causes=[cause])
    # Its deadline comes later than the others': only the volunteer's causes put it first.
    matching.deadline = challenges["open"].deadline.replace(
        year=challenges["open"].deadline.year + 1
    )
    matching.save_revision().publish()
    assert picked(client)[0].pk != matching.pk
    user = volunteer(causes=[cause])
    client.force_login(user)
    assert picked(client)[0].pk == matching.pk
    # Never what they have answered already.
    ContributionFactory(challenge=matching, author=user)
    assert matching.pk not in {page.pk for page in every_pick(client)}


@pytest.mark.django_db
def test_queries_do_not_grow_with_the_pages(client, site, challenges):
    client.force_login(volunteer(causes=[site.tags["environnement"]["fr"]]))
    client.get(URL)  # the cards' fragments are kept from the first time
    few = queries(client, URL)
    for _ in range(5):
        ChallengePageFactory(
            parent=site.organisation["fr"], causes=[site.tags["environnement"]["fr"]]
        )
    client.get(URL)  # a publish empties the kept fragments
    assert queries(client, URL) == few


@pytest.mark.django_db
@pytest.mark.parametrize("seen", ["abc", "1,,x", "-3", "1" * 40, "١٢", "12\x00"])
def test_a_malformed_list_of_pages_seen_is_refused_politely(client, site, seen):
    assert client.get(URL, {"seen": seen}).status_code == 400
