"""A volunteer's private calendar feed: the campaigns they joined and the challenges they
contributed to, in their language, at an address only they know and can replace."""

import datetime
import re

import pytest
from allauth.account.models import EmailAddress
from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar

from tests.conftest import translation_of
from tests.factories import (
    CampaignPageFactory,
    ChallengePageFactory,
    ContributionFactory,
    ParticipationFactory,
    volunteer,
)


def feed_url(user) -> str:
    user.volunteer_profile.refresh_from_db()
    return f"/calendar/{user.volunteer_profile.calendar_token}.ics"


def events(response) -> dict:
    """The feed's events by their page's URL path."""
    assert response.status_code == 200
    calendar = Calendar.from_ical(response.content)
    return {
        str(event["URL"]).removeprefix("http://testserver"): event
        for event in calendar.walk("VEVENT")
    }


@pytest.fixture
def lea(campaigns, challenges):
    """A volunteer who reads English, in two campaigns (by her verified address) and one
    challenge; another person is in other campaigns and challenges."""
    user = volunteer(preferred_language="en", display_name="Léa", user__email="lea@example.org")
    EmailAddress.objects.create(user=user, email="lea@example.org", verified=True, primary=True)
    EmailAddress.objects.create(user=user, email="lea.old@example.org", verified=False)
    ParticipationFactory(campaign=campaigns["just_opened"], email="lea@example.org")
    ParticipationFactory(campaign=translation_of(campaigns["open"], "es"), email="lea@example.org")
    # Anyone can type an address they do not own into a join form.
    ParticipationFactory(campaign=campaigns["upcoming"], email="lea.old@example.org")
    ContributionFactory(challenge=challenges["open"], author=user, text="Mon idée à moi.")

    other = volunteer(user__email="sam@example.org")
    EmailAddress.objects.create(user=other, email="sam@example.org", verified=True, primary=True)
    ParticipationFactory(campaign=campaigns["finished"], email="sam@example.org")
    ContributionFactory(challenge=challenges["closed"], author=other, text="L’idée de Sam.")
    return user


@pytest.mark.django_db
def test_the_feed_holds_her_campaigns_and_challenges_in_her_language(
    client, lea, campaigns, challenges
):
    response = client.get(feed_url(lea))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert Calendar.from_ical(response.content)["X-WR-CALNAME"] == "My volunteering on Crowdtime"

    meeting = translation_of(campaigns["just_opened"], "en")
    online = translation_of(campaigns["open"], "en")
    challenge = translation_of(challenges["open"], "en")
    found = events(response)
    assert set(found) == {meeting.url, online.url, challenge.url}

    event = found[meeting.url]  # a meeting in person: its time and place
    assert str(event["SUMMARY"]) == meeting.title
    assert event.decoded("DTSTART") == meeting.event_starts_at
    assert event.decoded("DTEND") == meeting.event_ends_at
    assert str(event["LOCATION"]) == meeting.place
    assert str(event["UID"]) == f"{meeting.translation_key}@crowdtime"

    event = found[online.url]  # online: the last day, all day
    assert str(event["SUMMARY"]) == f"Last day to take part: {online.title}"
    assert event.decoded("DTSTART") == online.ends_at.date()
    assert event.decoded("DTEND") == online.ends_at.date() + datetime.timedelta(days=1)

    event = found[challenge.url]
    assert str(event["SUMMARY"]) == f"Deadline: {challenge.title}"
    assert event.decoded("DTEND") == challenge.deadline


@pytest.mark.django_db
def test_the_feed_follows_the_language_of_her_profile(client, lea, campaigns):
    lea.volunteer_profile.preferred_language = "es"
    lea.volunteer_profile.save()
    found = events(client.get(feed_url(lea)))
    online = translation_of(campaigns["open"], "es")
    assert str(found[online.url]["SUMMARY"]) == f"Último día para participar: {online.title}"
    assert all(path.startswith("/es/") for path in found)


@pytest.mark.django_db
def test_a_page_not_in_her_language_comes_in_its_own(client, lea, site):
    challenge = ChallengePageFactory(parent=site.organisation["fr"], title="Un défi en français")
    ContributionFactory(challenge=challenge, author=lea)
    found = events(client.get(feed_url(lea)))
    assert str(found[challenge.url]["SUMMARY"]) == "Deadline: Un défi en français"


@pytest.mark.django_db
def test_the_feed_shows_nothing_of_anyone_else(client, lea):
    body = client.get(feed_url(lea)).content.decode()
    for private in ("sam@", "Sam", "lea@", "lea.old@", "Léa", "Mon idée à moi", "participant"):
        assert private not in body, private
    # What another person is in, and what an address she has not verified was signed up to.
    assert "Le grand ménage" not in body and "Trouver des financements" not in body
    assert "Des cartes contre la solitude" not in body


@pytest.mark.django_db
def test_each_address_shows_its_owners_calendar_only(client, lea):
    sam = EmailAddress.objects.get(email="sam@example.org").user
    sams = client.get(feed_url(sam)).content.decode()
    assert "Le grand ménage des boîtes mail" in sams
    assert "Trouver des financements" in sams
    assert "Nettoyer le parc" not in sams and "Un slogan" not in sams


@pytest.mark.django_db
def test_the_feed_is_kept_by_no_cache(lea, page_cache, visit):
    url = feed_url(lea)
    answer = visit(url)
    assert answer.status == 200
    assert "private" in answer.headers["Cache-Control"]
    lea.volunteer_profile.renew_calendar_token()
    assert visit(url).status == 404  # not served again from the page cache


@pytest.mark.django_db
def test_the_dashboard_gives_the_address_and_a_new_one_revokes_it(client, lea):
    client.force_login(lea)
    old = feed_url(lea)
    html = client.get("/en/volunteer/").content.decode()
    assert f'value="http://testserver{old}"' in html
    assert "Make a new address" in html
    assert client.get("/en/volunteer/calendar/new/").status_code == 405

    response = client.post("/en/volunteer/calendar/new/", follow=True)
    assert "Your calendar has a new address" in response.content.decode()
    new = feed_url(lea)
    assert new != old
    assert f'value="http://testserver{new}"' in response.content.decode()
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200


@pytest.mark.django_db
def test_making_a_new_address_needs_her_session(client, lea):
    old = feed_url(lea)
    response = client.post("/en/volunteer/calendar/new/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert feed_url(lea) == old


@pytest.mark.django_db
def test_deleting_the_account_ends_the_feed(client, lea):
    url = feed_url(lea)
    client.force_login(lea)
    client.post("/en/volunteer/delete/")
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_bad_addresses_are_not_found(client, lea):
    token = lea.volunteer_profile.calendar_token
    for url in (
        "/calendar/.ics",
        "/calendar/short.ics",
        f"/calendar/{'A' * len(token)}.ics",
        f"/calendar/{token.swapcase()}.ics" if token.swapcase() != token else "/calendar/x.ics",
        f"/calendar/{token}x.ics",
        f"/calendar/{token}",
        f"/calendar/{token}.ics/",
        f"/calendar/{token[:-1]}%C3%A9.ics",
        f"/calendar/{'a' * 5000}.ics",
        f"/en/calendar/{token}.ics",
    ):
        # An address of no language is sent to the default one first, as anywhere on the site.
        assert client.get(url, follow=True).status_code == 404, url
    # A NUL byte is refused before any view, as anywhere on the site.
    assert client.get(f"/calendar/{token[:-1]}%00.ics").status_code == 400


@pytest.mark.django_db
def test_each_feed_is_rate_limited_on_its_own(client, lea, settings, ratelimit_clock):
    settings.CALENDAR_FEED_RATE = "2/h"
    sam = EmailAddress.objects.get(email="sam@example.org").user
    for _ in range(2):
        assert client.get(feed_url(lea)).status_code == 200
    assert client.get(feed_url(lea)).status_code == 429
    assert client.get(feed_url(sam)).status_code == 200  # the same client, another feed
    ratelimit_clock.now += 3600
    assert client.get(feed_url(lea)).status_code == 200


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_the_feed_costs_the_same_queries_however_much_she_is_in(client, lea, site):
    url = feed_url(lea)
    client.get(url)
    before = queries(client, url)
    for _ in range(4):
        campaign = CampaignPageFactory(parent=site.organisation["fr"], meeting=True)
        ParticipationFactory(campaign=campaign, email="lea@example.org")
        ContributionFactory(
            challenge=ChallengePageFactory(parent=site.organisation["fr"]), author=lea
        )
    client.get(url)  # the publishes emptied the worker's caches: fill them again
    assert queries(client, url) == before
    assert len(re.findall("BEGIN:VEVENT", client.get(url).content.decode())) == 3 + 8
