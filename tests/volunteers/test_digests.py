"""The volunteers' digest: none by default; weekly on Monday at 8:00 or monthly on the 1st at
8:00 in their time zone, once, in their language, with what was published during the period
before and matches their causes, skills and time; never when nothing is new or after a click
on its unsubscribe link, which the profile then shows."""

import datetime
import json
import zoneinfo

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import due_emails
from tests import emails
from tests.conftest import translation_of
from tests.factories import (
    CampaignPageFactory,
    ChallengePageFactory,
    ContributionFactory,
    volunteer,
)
from volunteers import digests
from volunteers.models import Digest

MINUTE = datetime.timedelta(minutes=1)
MEXICO = "America/Mexico_City"


def next_moment(frequency: str, time_zone: str) -> datetime.datetime:
    """When the digest listing what was published now is due: the start of the next period."""
    period = due_emails.current_period(frequency, time_zone, timezone.now())
    later = period.starts_at + datetime.timedelta(days=32 if frequency == Digest.MONTHLY else 7)
    return due_emails.current_period(frequency, time_zone, later).starts_at


@pytest.fixture
def maria(site):
    emails.name_the_site()
    return volunteer(
        display_name="María",
        preferred_language="es",
        time_zone=MEXICO,
        digest=Digest.WEEKLY,
        causes=[site.tags["solidarite"]["es"], site.tags["environnement"]["es"]],
    )


@pytest.mark.django_db
def test_the_weekly_digest_leaves_on_monday_at_eight_there_once_in_her_language(
    challenges, campaigns, maria
):
    moment = next_moment(Digest.WEEKLY, MEXICO)
    assert timezone.localtime(moment, datetime.UTC).hour == 14  # 8:00 in Mexico City
    assert moment.weekday() == 0
    due_emails.run(now=moment - MINUTE)
    assert mail.outbox == []

    due_emails.run(now=moment + MINUTE)
    due_emails.run(now=moment + 2 * MINUTE)
    due_emails.run(now=moment + datetime.timedelta(hours=2))  # after a lost batch's hour
    (message,) = mail.outbox
    assert message.to == [maria.email]
    assert "esta semana" in message.subject
    open_challenge = translation_of(challenges["open"], "es").title
    open_campaign = translation_of(campaigns["open"], "es").title
    text = emails.check(message, "es", name="María", expect=[open_challenge, open_campaign])
    assert challenges["closed"].title not in text
    assert translation_of(campaigns["finished"], "es").title not in text
    # 90 minutes: more than the quarter of an hour she has.
    assert translation_of(campaigns["just_opened"], "es").title not in text
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # Next week, what was published this week has been told.
    due_emails.run(now=moment + datetime.timedelta(days=7, minutes=1))
    assert len(mail.outbox) == 1


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_the_digest_in_each_language(challenges, campaigns, maria, language):
    maria.volunteer_profile.preferred_language = language
    maria.volunteer_profile.digest = Digest.MONTHLY
    maria.volunteer_profile.save()
    moment = next_moment(Digest.MONTHLY, MEXICO)
    assert timezone.localtime(moment, zoneinfo.ZoneInfo(MEXICO)).day == 1
    due_emails.run(now=moment + MINUTE)
    (message,) = mail.outbox
    titles = [
        translation_of(challenges["open"], language).title,
        translation_of(campaigns["open"], language).title,
    ]
    emails.check(message, language, name="María", expect=titles)


@pytest.mark.django_db
def test_a_challenge_solved_before_its_deadline_is_not_in_the_digest(site, maria):
    """Its organisation selected a contribution: it takes no more, whatever its deadline."""
    organisation, solidarity = site.organisation["fr"], site.tags["solidarite"]["fr"]
    still_open = ChallengePageFactory(parent=organisation, causes=[solidarity])
    solved = ChallengePageFactory(parent=organisation, causes=[solidarity])
    ContributionFactory(challenge=solved, is_selected=True)
    due_emails.run(now=next_moment(Digest.WEEKLY, MEXICO) + MINUTE)
    (message,) = mail.outbox
    assert still_open.title in message.body
    assert solved.title not in message.body


@pytest.mark.django_db
def test_the_digest_lists_a_campaign_until_it_closes_and_says_when_one_opens(site, maria):
    """Until its early close when one is set for later; one published before it opens is new
    only then, and the digest says from when one can join."""
    organisation, environment = site.organisation["fr"], site.tags["environnement"]["fr"]
    now, day = timezone.now(), datetime.timedelta(days=1)
    closing_early = CampaignPageFactory(
        parent=organisation,
        causes=[environment],
        opens_at=now - day,
        closes_at=now + 60 * day,
        closed_early_at=now + 20 * day,
    )
    upcoming = CampaignPageFactory(
        parent=organisation, causes=[environment], opens_at=now + 20 * day, closes_at=now + 60 * day
    )
    due_emails.run(now=next_moment(Digest.WEEKLY, MEXICO) + MINUTE)
    (message,) = mail.outbox
    assert closing_early.title in message.body
    listed = next(line for line in message.body.splitlines() if upcoming.title in line)
    assert listed.startswith(f"- {upcoming.title}, del ")  # María reads Spanish


@pytest.mark.django_db
def test_no_digest_unless_chosen(challenges, campaigns, maria):
    volunteer(causes=[maria.volunteer_profile.causes.first()])  # "never", by default
    due_emails.run(now=next_moment(Digest.WEEKLY, MEXICO) + MINUTE)
    assert [message.to for message in mail.outbox] == [[maria.email]]


@pytest.mark.django_db
def test_no_digest_when_nothing_new_matches(site, challenges, campaigns, maria):
    maria.volunteer_profile.causes.set([])
    maria.volunteer_profile.skills.set([site.tags["graphisme"]["es"]])
    moment = next_moment(Digest.WEEKLY, MEXICO)
    due_emails.run(now=moment + MINUTE)
    assert mail.outbox == []
    # The period is settled: later runs do not queue it again.
    assert due_emails.run(now=moment + datetime.timedelta(hours=2)) == 0


@pytest.mark.django_db
def test_one_click_stops_the_digest_without_logging_in_and_the_profile_shows_it(
    client, challenges, campaigns, maria
):
    moment = next_moment(Digest.WEEKLY, MEXICO)
    due_emails.run(now=moment + MINUTE)
    url = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>")
    response = Client().post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200

    due_emails.run(now=moment + datetime.timedelta(days=7, minutes=1))
    assert len(mail.outbox) == 1
    client.force_login(maria)
    form = client.get("/es/volunteer/profile/").context["form"]
    assert form["digest"].initial == Digest.NONE
    assert "email_volunteer-digest" not in form.fields

    data = {
        "display_name": "María",
        "preferred_language": "es",
        "time_zone": MEXICO,
        "time_available": "15",
        "digest": Digest.MONTHLY,
    }
    assert client.post("/es/volunteer/profile/", data).status_code == 302
    form = client.get("/es/volunteer/profile/").context["form"]
    assert form["digest"].initial == Digest.MONTHLY
    assert (
        json.loads(client.get("/es/volunteer/my-data/").content)["profile"]["digest"] == "monthly"
    )
    due_emails.run(now=next_moment(Digest.MONTHLY, MEXICO) + MINUTE)
    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_the_digest_takes_the_same_queries_for_few_or_many_pages(site, challenges, maria):
    profile = maria.volunteer_profile
    period = due_emails.current_period(Digest.WEEKLY, MEXICO, next_moment(Digest.WEEKLY, MEXICO))
    digests.contents(
        profile, digests.tag_keys(profile), period, timezone.now()
    )  # the site's paths, cached
    with CaptureQueriesContext(connection) as few:
        assert digests.contents(profile, digests.tag_keys(profile), period, timezone.now())
    for _ in range(3):
        ChallengePageFactory(parent=site.organisation["fr"], causes=[site.tags["solidarite"]["fr"]])
    with CaptureQueriesContext(connection) as more:
        listed = digests.contents(profile, digests.tag_keys(profile), period, timezone.now())
    assert len(listed.challenges) == 4
    assert len(more.captured_queries) == len(few.captured_queries)
