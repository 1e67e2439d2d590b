"""Reminders to those who ticked "remind me", sent by `manage.py send_due_emails` at the right
moment (the clock moved by passing `now`), once, in the sign-up's language, with the calendar
file and a one-click unsubscribe link."""

import datetime
import re
import zoneinfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from campaigns.models import Participation
from core import due_emails
from tests import emails
from tests.conftest import translation_of
from tests.factories import ParticipationFactory

MINUTE = datetime.timedelta(minutes=1)
DAY = datetime.timedelta(days=1)
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


@pytest.fixture
def remind(campaigns):
    emails.name_the_site()
    return lambda campaign="open", **fields: ParticipationFactory(
        campaign=campaigns[campaign], first_name="Léa", remind_me=True, **fields
    )


def reminders_to(address):
    return [message for message in mail.outbox if message.to == [address]]


@pytest.mark.django_db
def test_the_end_reminder_leaves_two_days_before_the_end_and_once(campaigns, remind):
    sign_up = remind()
    ends = campaigns["open"].closes_at

    due_emails.run(now=timezone.now())
    due_emails.run(now=ends - 2 * DAY - MINUTE)
    assert reminders_to(sign_up.email) == []

    due_emails.run(now=ends - 2 * DAY + MINUTE)
    due_emails.run(now=ends - 2 * DAY + MINUTE)
    due_emails.run(now=ends - DAY)
    (message,) = reminders_to(sign_up.email)
    assert "Plus que deux jours" in message.subject

    due_emails.run(now=ends + MINUTE)
    assert len(reminders_to(sign_up.email)) == 1


@pytest.mark.django_db
def test_no_reminder_unless_asked_for_or_once_the_figure_is_reported(campaigns, remind):
    reported = remind(impact_quantity=12)
    unticked = ParticipationFactory(campaign=campaigns["open"])
    due_emails.run(now=campaigns["open"].closes_at - DAY)
    assert reminders_to(reported.email) == [] and reminders_to(unticked.email) == []


@pytest.mark.django_db
def test_the_command_queues_what_is_due(campaigns, remind):
    """Cron runs the command; in development and tests the task backend sends at once."""
    remind()
    call_command("send_due_emails", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mail.outbox == []  # the campaign ends in five days


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_the_end_reminder_in_the_sign_ups_language(campaigns, remind, language):
    sign_up = remind(language=language)
    due_emails.run(now=campaigns["open"].closes_at - DAY)
    (message,) = mail.outbox
    assert message.to == [sign_up.email]
    campaign = translation_of(campaigns["open"], language)
    text = emails.check(message, language, name="Léa", expect=[campaign.title])
    assert campaign.impact_unit in text
    # The private link to report the figure, in the sign-up's language.
    assert re.search(rf"https?://\S+/{language}/participation/\S+/", text)
    unsubscribe = re.search(rf"https?://\S+/{language}/unsubscribe/\S+/", text).group()
    assert unsubscribe in message.alternatives[0][0]
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    ((filename, calendar, mimetype),) = message.attachments
    assert filename.endswith(".ics") and mimetype == "text/calendar"
    assert "BEGIN:VEVENT" in calendar


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_the_meeting_reminder_says_where_and_when(campaigns, remind, language):
    sign_up = remind("just_opened", language=language)
    meeting = campaigns["just_opened"].event_starts_at
    due_emails.run(now=meeting - DAY - MINUTE)
    assert mail.outbox == []

    due_emails.run(now=meeting - DAY + MINUTE)
    due_emails.run(now=meeting - DAY + 2 * MINUTE)
    (message,) = reminders_to(sign_up.email)
    campaign = translation_of(campaigns["just_opened"], language)
    text = emails.check(message, language, name="Léa", expect=[campaign.title, campaign.place])
    # In the site's time zone, where the meeting is, as the language writes it.
    local = timezone.localtime(meeting, PARIS)
    hour = {"fr": "%H\u00a0h\u00a0%M", "es": "a las %H:%M", "en": "%B %-d, %Y"}[language]
    assert local.strftime(hour) in text
    ((_name, calendar, _type),) = message.attachments
    assert "LOCATION:" in calendar


@pytest.mark.django_db
def test_one_click_in_the_mail_client_stops_the_reminders_without_a_session(campaigns, remind):
    first = remind(email="lea@example.org")
    due_emails.run(now=campaigns["just_opened"].event_starts_at - DAY + MINUTE)  # nothing due
    due_emails.run(now=campaigns["open"].closes_at - DAY)
    (message,) = mail.outbox
    url = message.extra_headers["List-Unsubscribe"].strip("<>")

    # RFC 8058: a POST with this body, no cookie, no form token.
    response = Client(enforce_csrf_checks=True).post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert "Vous ne recevrez plus" in response.content.decode()

    first.delete()
    mail.outbox.clear()
    remind("just_opened", email="lea@example.org")
    due_emails.run(now=campaigns["just_opened"].event_starts_at - DAY + MINUTE)
    assert mail.outbox == []


@pytest.mark.django_db
def test_the_link_asks_for_a_click_before_unsubscribing(campaigns, remind):
    remind(language="es")
    due_emails.run(now=campaigns["open"].closes_at - DAY)
    url = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>")
    client = Client()
    page = client.get(url)
    assert page.status_code == 200 and 'method="post"' in page.content.decode()
    assert "Darte de baja" in page.content.decode() or "baja" in page.content.decode()
    assert client.post(url).status_code == 200
    assert client.post(url).status_code == 200  # twice changes nothing


@pytest.mark.django_db
@pytest.mark.parametrize("token", ["forged", "x" * 300, "eyJhIjoxfQ:1abc:def"])
def test_a_broken_unsubscribe_link_says_so_in_the_visitors_language(client, site, token):
    said = {
        "fr": ("Ce lien ne fonctionne pas", "Copiez le lien de désabonnement"),
        "en": ("This link does not work", "Copy the whole unsubscribe link"),
    }
    for language, words in said.items():
        for method in (client.get, client.post):
            response = method(f"/{language}/unsubscribe/{token}/")
            assert response.status_code == 404
            assert all(word in response.content.decode() for word in words)


@pytest.mark.django_db
def test_the_join_form_asks_whether_to_remind_unticked(client, campaigns):
    campaign = campaigns["open"]
    form = client.get(campaign.url + "join/").content.decode()
    box = re.search(r'<input type="checkbox" name="remind_me"[^>]*>', form).group()
    assert "checked" not in box
    data = {"email": "lea@example.org", "people": "1", "consent": "on"}
    client.post(campaign.url + "join/", {**data, "remind_me": "on"})
    client.post(campaign.url + "join/", {**data, "email": "leo@example.org"})
    reminded = dict(Participation.objects.values_list("email", "remind_me"))
    assert reminded["lea@example.org"] is True and reminded["leo@example.org"] is False
