"""A challenge's deadline in a calendar file, and the links a volunteer who contributed is
offered to share the challenge."""

import datetime
import re
from html import unescape
from urllib.parse import unquote

import pytest
from icalendar import Calendar

from tests.conftest import translation_of
from tests.factories import ChallengePageFactory, volunteer

SUMMARIES = {"fr": "Date limite\u00a0: {}", "en": "Deadline: {}", "es": "Fecha límite: {}"}


def share_links(html: str) -> str:
    return unescape(re.search(r'<ul class="share-links">.*?</ul>', html, re.S).group(0))


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_a_challenges_calendar_file_holds_its_deadline_in_the_pages_language(
    client, challenges, language
):
    challenge = translation_of(challenges["open"], language)
    response = client.get(challenge.url + "calendar/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="')
    assert response["Content-Disposition"].endswith('.ics"')

    [event] = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["SUMMARY"]) == SUMMARIES[language].format(challenge.title)
    # The task's time, just before the deadline: the last moment to contribute.
    assert event.decoded("DTEND") == challenge.deadline
    assert event.decoded("DTSTART") == challenge.deadline - datetime.timedelta(minutes=15)
    assert str(event["URL"]) == f"http://testserver{challenge.url}"
    # One event in every language: a calendar that gets two of them keeps one.
    assert str(event["UID"]) == f"{challenge.translation_key}@crowdtime"
    assert challenge.summary in str(event["DESCRIPTION"])


@pytest.mark.django_db
def test_an_open_challenge_links_its_calendar_file_and_a_closed_one_does_not(client, challenges):
    for status, linked in (("open", True), ("closed", False)):
        challenge = translation_of(challenges[status], "en")
        html = client.get(challenge.url).content.decode()
        assert (f'href="{challenge.url}calendar/"' in html) is linked, status
        assert ("Add the deadline to my calendar" in html) is linked, status


@pytest.mark.django_db
def test_after_contributing_the_volunteer_is_offered_to_share_the_challenge(client, site):
    challenge = ChallengePageFactory(parent=site.organisation["fr"], title="Un nom pour le café")
    ana = volunteer(display_name="Ana Secreta", user__email="ana.secreta@example.org")
    client.force_login(ana)
    assert 'class="share-links"' not in client.get(challenge.url).content.decode()

    response = client.post(
        challenge.url + "contribute/", {"text": "Le Café des réparateurs, idée numéro 7."}
    )
    assert response["Location"] == challenge.url + "#my-contribution"
    html = client.get(challenge.url).content.decode()
    links = share_links(html)
    hrefs = [unquote(href) for href in re.findall(r'href="([^"]+)"', links)]
    assert len(hrefs) == 5
    assert hrefs[0] == f"mailto:?subject=Un nom pour le café&body=http://testserver{challenge.url}"
    for href in hrefs:
        assert f"http://testserver{challenge.url}" in href
    # The challenge's public address and title, nothing of who shares it.
    contribution = ana.contributions.get()
    for private in (
        "Ana",
        "Secreta",
        "ana.secreta",
        ana.username,
        "idée numéro 7",
        f"contribution-{contribution.pk}",
        f"contributions/{contribution.pk}",
    ):
        assert private not in links, private


@pytest.mark.django_db
def test_visitors_and_volunteers_who_have_not_contributed_are_not_offered_to_share(
    client, challenge
):
    assert 'class="share-links"' not in client.get(challenge.url).content.decode()
    client.force_login(volunteer())
    assert 'class="share-links"' not in client.get(challenge.url).content.decode()
