""" "I'll do it later": a volunteer keeps a challenge and is reminded the day before its
deadline, in their language and time zone, once; the profile shows which e-mails they get."""

import datetime
import json
import re
import zoneinfo

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from challenges.models import Bookmark
from core import due_emails
from tests import emails
from tests.conftest import translation_of
from tests.factories import ContributionFactory, volunteer
from volunteers.tasks import send_bookmark_reminders

MINUTE = datetime.timedelta(minutes=1)
DAY = datetime.timedelta(days=1)
MEXICO = "America/Mexico_City"


@pytest.fixture
def maria(client, site):
    emails.name_the_site()
    user = volunteer(display_name="María", preferred_language="es", time_zone=MEXICO)
    client.force_login(user)
    return user


def keep_for_later(client, challenge, **data):
    return client.post(challenge.url + "later/", data)


@pytest.mark.django_db
def test_only_volunteers_see_and_use_the_button(client, challenges, maria):
    challenge = translation_of(challenges["open"], "es")
    assert "Lo haré más tarde" in client.get(challenge.url).content.decode()
    anonymous = Client()
    assert "Lo haré más tarde" not in anonymous.get(challenge.url).content.decode()
    assert keep_for_later(anonymous, challenge).status_code == 403
    assert not Bookmark.objects.exists()


@pytest.mark.django_db
def test_a_kept_challenge_is_listed_on_the_dashboard_and_can_be_removed(client, challenges, maria):
    challenge = translation_of(challenges["open"], "es")
    assert keep_for_later(client, challenge).status_code == 302
    assert keep_for_later(client, challenge).status_code == 302  # twice: kept once
    assert Bookmark.objects.filter(user=maria).count() == 1
    page = client.get(challenge.url).content.decode()
    assert "No guardarlo para más tarde" in page

    # In every language, the challenge in the dashboard's.
    dashboard = client.get("/en/volunteer/").content.decode()
    english = translation_of(challenges["open"], "en")
    assert "Kept for later" in dashboard and english.title in dashboard

    response = keep_for_later(client, english, remove="1", next="/en/volunteer/")
    assert response["Location"] == "/en/volunteer/"
    assert not Bookmark.objects.exists()
    assert "Kept for later" not in client.get("/en/volunteer/").content.decode()


@pytest.mark.django_db
def test_a_closed_challenge_cannot_be_kept_for_later(client, challenges, maria):
    assert keep_for_later(client, challenges["closed"]).status_code == 403


@pytest.mark.django_db
def test_the_reminder_leaves_the_day_before_the_deadline_once_in_language_and_time_zone(
    client, challenges, maria
):
    keep_for_later(client, challenges["open"])  # kept on the French page
    deadline = challenges["open"].deadline
    due_emails.run(now=deadline - DAY - MINUTE)
    assert mail.outbox == []

    due_emails.run(now=deadline - DAY + MINUTE)
    due_emails.run(now=deadline - DAY + 2 * MINUTE)
    (message,) = mail.outbox
    assert message.to == [maria.email]
    title = translation_of(challenges["open"], "es").title
    assert "Último día" in message.subject and title in message.subject
    text = emails.check(message, "es", name="María", expect=[title])
    local = timezone.localtime(deadline, zoneinfo.ZoneInfo(MEXICO))
    assert local.strftime("a las %H:%M") in text
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert re.search(r"https?://\S+/es/unsubscribe/\S+/", text)


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_the_reminder_in_each_language(client, challenges, maria, language):
    maria.volunteer_profile.preferred_language = language
    maria.volunteer_profile.save()
    keep_for_later(client, challenges["open"])
    due_emails.run(now=challenges["open"].deadline - DAY / 2)
    title = translation_of(challenges["open"], language).title
    emails.check(mail.outbox[0], language, name="María", expect=[title])


@pytest.mark.django_db
def test_no_reminder_once_the_volunteer_has_contributed(client, challenges, maria):
    keep_for_later(client, challenges["open"])
    ContributionFactory(challenge=challenges["open"], author=maria)
    due_emails.run(now=challenges["open"].deadline - DAY / 2)
    assert mail.outbox == []


@pytest.mark.django_db
def test_no_reminder_once_the_challenge_is_solved_before_its_deadline(client, challenges, maria):
    keep_for_later(client, challenges["open"])
    ContributionFactory(challenge=challenges["open"], is_selected=True)
    due_emails.run(now=challenges["open"].deadline - DAY / 2)
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_queued_reminder_is_not_sent_once_the_challenge_is_solved(client, challenges, maria):
    """Solved between the run that queued the reminder and the worker's turn to send it."""
    keep_for_later(client, challenges["open"])
    (bookmark,) = Bookmark.objects.filter(user=maria)
    ContributionFactory(challenge=challenges["open"], is_selected=True)
    send_bookmark_reminders.call([bookmark.pk])
    assert mail.outbox == []


@pytest.mark.django_db
def test_the_profile_shows_and_changes_the_choice_of_e_mails(client, challenges, maria):
    keep_for_later(client, challenges["open"])
    due_emails.run(now=challenges["open"].deadline - DAY / 2)
    url = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>")
    Client().post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )

    form = client.get("/es/volunteer/profile/").context["form"]
    assert form["email_challenge-reminders"].initial is False
    assert form["email_campaign-reminders"].initial is True

    data = {
        "display_name": "María",
        "preferred_language": "es",
        "time_zone": MEXICO,
        "time_available": "15",
        "email_challenge-reminders": "on",
    }
    assert client.post("/es/volunteer/profile/", data).status_code == 302
    form = client.get("/es/volunteer/profile/").context["form"]
    assert form["email_challenge-reminders"].initial is True
    assert form["email_campaign-reminders"].initial is False


@pytest.mark.django_db
def test_the_unsubscribed_get_no_reminder(client, challenges, maria):
    data = {"display_name": "María", "preferred_language": "es", "time_zone": MEXICO}
    client.post("/es/volunteer/profile/", {**data, "time_available": "15"})
    keep_for_later(client, challenges["open"])
    due_emails.run(now=challenges["open"].deadline - DAY / 2)
    assert mail.outbox == []


@pytest.mark.django_db
def test_bookmarks_are_in_the_volunteers_data_and_go_with_the_account(client, challenges, maria):
    keep_for_later(client, challenges["open"])
    data = json.loads(client.get("/fr/volunteer/my-data/").content)
    assert data["kept_for_later"] == [str(challenges["open"].translation_key)]
    assert data["profile"]["time_zone"] == MEXICO
    client.post("/fr/volunteer/delete/")
    assert not Bookmark.objects.exists()
