import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import DatabaseError
from django.test import Client, override_settings
from django_tasks.backends.immediate import ImmediateBackend

from campaigns.models import Participation
from pages.models import Navigation
from tests.conftest import translation_of


def join_url(campaign):
    return campaign.url + "join/"


@pytest.fixture
def sign_up():
    """POST the join form (the confirmation e-mail is queued, and in tests sent, with it)."""

    def post(client, campaign, **fields):
        data = {"email": "lea@example.org", "first_name": "Léa", "people": "2", "consent": "on"}
        data.update(fields)
        return client.post(join_url(campaign), data)

    return post


def participants_shown(client, page) -> int:
    html = client.get(page.url).content.decode()
    return int(re.search(r'aria-valuenow="(\d+)"', html).group(1))


@pytest.mark.django_db
def test_joining_counts_the_people_on_every_language_version(client, campaigns, sign_up):
    campaign = campaigns["open"]
    english = translation_of(campaign, "en")
    before = {
        lang: participants_shown(client, translation_of(campaign, lang)) for lang in ("fr", "es")
    }

    response = sign_up(client, english, people="3")
    assert response.status_code == 302
    assert response["Location"] == english.url + "thanks/"

    for lang in ("fr", "es"):
        assert participants_shown(client, translation_of(campaign, lang)) == before[lang] + 3
    participation = Participation.objects.get(email="lea@example.org")
    assert participation.language == "en" and participation.people == 3
    notice = translation_of(Navigation.objects.get(locale__language_code="fr").privacy_page, "en")
    assert participation.privacy_notice_version == (
        f"page {notice.pk} revision {notice.live_revision_id}"
    )


@pytest.mark.django_db
def test_a_sign_up_after_the_privacy_notice_changes_records_the_new_notice(
    client, campaigns, sign_up
):
    campaign = campaigns["open"]
    sign_up(client, campaign, email="avant@example.org")
    notice = Navigation.objects.get(locale__language_code="fr").privacy_page.specific
    notice.save_revision().publish()
    notice.refresh_from_db()
    sign_up(client, campaign, email="apres@example.org")
    recorded = Participation.objects.get(email="apres@example.org").privacy_notice_version
    assert recorded == f"page {notice.pk} revision {notice.live_revision_id}"
    assert Participation.objects.get(email="avant@example.org").privacy_notice_version != recorded


@pytest.mark.django_db
def test_the_thank_you_page_offers_sharing_and_a_calendar_file(client, campaigns):
    campaign = campaigns["just_opened"]
    html = client.get(campaign.url + "thanks/").content.decode()
    assert "mailto:?subject=" in html and "calendar/" in html
    calendar = client.get(campaign.url + "calendar/")
    assert calendar["Content-Type"].startswith("text/calendar")
    body = calendar.content.decode()
    assert "BEGIN:VEVENT" in body and "LOCATION:" in body  # an in-person meeting


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "greeting"), [("fr", "Bonjour Léa"), ("en", "Hello Léa"), ("es", "Hola Léa")]
)
def test_the_confirmation_email_is_in_the_sign_ups_language_with_a_private_link(
    client, campaigns, language, greeting, sign_up
):
    campaign = translation_of(campaigns["open"], language)
    sign_up(client, campaign)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["lea@example.org"]
    assert campaign.title in message.subject
    assert greeting in message.body
    link = re.search(r"http://testserver(/\w\w/participation/[^/\s]+/)", message.body).group(1)
    assert "lea@example.org" not in link and "@" not in link
    assert client.get(link).status_code == 200


@pytest.mark.django_db
def test_a_second_sign_up_gets_the_same_answer_and_is_not_counted(client, campaigns, sign_up):
    campaign = campaigns["open"]
    first = sign_up(client, campaign)
    count = participants_shown(client, campaign)
    again = sign_up(client, campaign, email="  LEA@example.org ", people="5")
    assert (again.status_code, again["Location"]) == (first.status_code, first["Location"])
    assert client.get(again["Location"]).content == client.get(first["Location"]).content
    assert participants_shown(client, campaign) == count
    assert Participation.objects.filter(email="lea@example.org").get().people == 2


@pytest.mark.django_db
def test_a_second_sign_up_mails_the_private_link_again_in_its_language(client, campaigns, sign_up):
    sign_up(client, campaigns["open"])
    spanish = translation_of(campaigns["open"], "es")
    sign_up(client, spanish, email="Lea@Example.org")
    assert len(mail.outbox) == 2
    message = mail.outbox[1]
    assert message.to == ["lea@example.org"]
    assert spanish.title in message.subject
    assert "Ya participas" in message.subject and "Hola Léa" in message.body
    link = re.search(r"http://testserver(/es/participation/[^/\s]+/)", message.body).group(1)
    assert client.get(link).status_code == 200
    sign_up(client, spanish, email="lea@example.org")
    assert len(mail.outbox) == 3, "each repeated sign-up has its own e-mail"


@pytest.mark.django_db
def test_a_sign_up_whose_confirmation_cannot_be_queued_is_kept_and_confirmed_later(
    client, campaigns, sign_up, monkeypatch
):
    campaign = campaigns["open"]
    count = participants_shown(client, campaign)

    def queue_down(*args, **kwargs):
        raise DatabaseError("the task queue is unreachable")

    with monkeypatch.context() as patched:
        patched.setattr(ImmediateBackend, "enqueue", queue_down)
        response = sign_up(client, campaign)
    assert response["Location"].endswith("thanks/")
    assert participants_shown(client, campaign) == count + 2
    assert mail.outbox == []

    call_command("send_due_emails")  # as cron does every few minutes
    assert [message.to for message in mail.outbox] == [["lea@example.org"]]


@pytest.mark.django_db
def test_sign_ups_in_a_rush_are_each_confirmed_once(client, campaigns, sign_up):
    for n in range(5):
        sign_up(client, campaigns["open"], email=f"visitor{n}@example.org")
    call_command("send_due_emails")
    assert sorted(message.to[0] for message in mail.outbox) == [
        f"visitor{n}@example.org" for n in range(5)
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("state", "message"), [("upcoming", "pas encore ouverte"), ("finished", "est terminée")]
)
def test_joining_outside_the_campaigns_dates_is_refused(client, campaigns, state, message, sign_up):
    response = sign_up(client, campaigns[state])
    assert response.status_code == 409
    assert message in response.content.decode()
    assert not Participation.objects.filter(email="lea@example.org").exists()


@pytest.mark.django_db
def test_a_finished_campaign_shows_its_results_instead_of_the_form(client, campaigns):
    html = client.get(campaigns["finished"].url).content.decode()
    assert 'action="' + join_url(campaigns["finished"]) not in html
    assert "Ce que nous avons accompli ensemble" in html
    assert "Plus de cent personnes ont fait le ménage." in html  # its results


HOSTILE = "<script>alert('x')</script>"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "fields",
    [
        {"email": ""},
        {"email": "not-an-address"},
        {"email": "x" * 10_000 + "@example.org"},
        {"email": HOSTILE},
        {"email": "'; DROP TABLE campaigns_participation; --@example.org"},
        {"first_name": "x" * 10_000},
        {"people": ""},
        {"people": "0"},
        {"people": "-3"},
        {"people": "11"},
        {"people": "99999999999999999999999999"},
        {"people": "deux"},
        {"consent": ""},
    ],
)
def test_bad_sign_ups_get_a_translated_error_and_store_nothing(client, campaigns, fields, sign_up):
    before = Participation.objects.count()
    response = sign_up(client, campaigns["open"], **fields)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error"' in html
    assert "<script>alert" not in html
    assert Participation.objects.count() == before


@pytest.mark.django_db
@pytest.mark.parametrize("first_name", [HOSTILE, "Zoé 🌱✨", "مريم", "<b>Bob</b>"])
def test_unusual_names_are_stored_as_text_and_escaped(client, campaigns, first_name, sign_up):
    response = sign_up(client, campaigns["open"], first_name=first_name)
    assert response.status_code == 302
    participation = Participation.objects.get(email="lea@example.org")
    assert participation.first_name == first_name
    link = re.search(r"http://testserver(\S+)", mail.outbox[0].body).group(1)
    html = client.get(link).content.decode()
    assert "<script>alert" not in html and "<b>Bob</b>" not in html


@pytest.mark.django_db
def test_the_honeypot_keeps_robots_out_without_telling_them(client, campaigns, sign_up):
    response = sign_up(client, campaigns["open"], nickname="http://spam.example")
    assert response.status_code == 302
    assert not Participation.objects.filter(email="lea@example.org").exists()


@pytest.mark.django_db
def test_sign_ups_are_rate_limited_per_address(client, campaigns, sign_up, ratelimit_clock):
    with override_settings(CAMPAIGN_JOIN_RATE="3/m"):
        statuses = [
            sign_up(client, campaigns["open"], email=f"p{i}@example.org").status_code
            for i in range(5)
        ]
    assert statuses == [302, 302, 302, 429, 429]
    response = sign_up(Client(), campaigns["open"], email="later@example.org")
    assert response.status_code == 302 or response.status_code == 429
    assert (
        Participation.objects.filter(email__in=[f"p{i}@example.org" for i in range(5)]).count() == 3
    )


@pytest.mark.django_db
def test_the_rate_limit_page_is_translated(client, campaigns, sign_up):
    with override_settings(CAMPAIGN_JOIN_RATE="0/m"):
        response = sign_up(client, translation_of(campaigns["open"], "es"))
    assert response.status_code == 429
    assert "Demasiados intentos" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("token", [None, "wrong-token-" + "x" * 52])
def test_a_sign_up_without_a_valid_csrf_token_is_refused(campaigns, sign_up, token):
    client = Client(enforce_csrf_checks=True)
    client.get(campaigns["open"].url)  # the CSRF cookie
    fields = {"csrfmiddlewaretoken": token} if token else {}
    response = sign_up(client, campaigns["open"], **fields)
    assert response.status_code == 403
    assert not Participation.objects.filter(email="lea@example.org").exists()


@pytest.mark.django_db
def test_the_join_page_is_titled_with_the_campaign(client, campaigns):
    campaign = translation_of(campaigns["open"], "es")
    html = client.get(join_url(campaign)).content.decode()
    assert re.findall(r"<h1>(.*?)</h1>", html) == [campaign.title]
