"""Volunteer accounts through django-allauth: sign-up with a profile, verification, log-in."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from pages.models import Tag
from volunteers.models import Profile

pytestmark = pytest.mark.usefixtures("demo")  # reads the demo site until converted to factories


def sign_up(client, language="fr", **fields):
    causes = Tag.objects.filter(locale__language_code=language, kind="cause")[:2]
    data = {
        "email": "nora@example.org",
        "password1": "une-phrase-de-passe-solide",
        "password2": "une-phrase-de-passe-solide",
        "display_name": "Nora",
        "preferred_language": language,
        "causes": [tag.pk for tag in causes],
        "time_available": "30",
    }
    data.update(fields)
    return client.post(f"/{language}/accounts/signup/", data)


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "subject_word"), [("fr", "Confirm"), ("es", "Confirm")])
def test_signing_up_creates_a_profile_and_asks_to_verify_the_address(
    client, language, subject_word
):
    response = sign_up(client, language)
    assert response.status_code == 302
    profile = Profile.objects.get(user__email="nora@example.org")
    assert profile.display_name == "Nora" and profile.time_available == 30
    assert profile.causes.count() == 2
    assert len(mail.outbox) == 1
    assert "nora@example.org" in mail.outbox[0].to
    link = re.search(r"http://testserver(/\w\w/accounts/confirm-email/\S+/)", mail.outbox[0].body)
    assert link, mail.outbox[0].body


@pytest.mark.django_db
def test_an_unverified_address_cannot_log_in_until_confirmed(client):
    sign_up(client)
    client.logout()
    response = client.post(
        "/fr/accounts/login/",
        {"login": "nora@example.org", "password": "une-phrase-de-passe-solide"},
    )
    assert "_auth_user_id" not in client.session
    link = re.search(
        r"http://testserver(/\w\w/accounts/confirm-email/\S+/)", mail.outbox[-1].body
    ).group(1)
    client.post(link)
    response = client.post(
        "/fr/accounts/login/",
        {"login": "nora@example.org", "password": "une-phrase-de-passe-solide"},
    )
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


@pytest.mark.django_db
@pytest.mark.parametrize(
    "fields",
    [
        {"display_name": ""},
        {"display_name": "   "},
        {"display_name": "x" * 10_000},
        {"email": "not-an-address"},
        {"password2": "different"},
        {"time_available": "7"},
        {"preferred_language": "xx"},
        {"causes": ["999999"]},
    ],
)
def test_bad_sign_ups_are_refused_with_a_message_and_create_nothing(client, fields):
    response = sign_up(client, **fields)
    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.content.decode()
    assert not get_user_model().objects.filter(email="nora@example.org").exists()


@pytest.mark.django_db
def test_hostile_display_names_are_escaped(client):
    sign_up(client, display_name="<script>alert(1)</script>")
    assert (
        Profile.objects.get(user__email="nora@example.org").display_name
        == "<script>alert(1)</script>"
    )


@pytest.mark.django_db
def test_signing_up_with_a_taken_address_answers_the_same_with_the_same_work(hashings):
    known = get_user_model().objects.get(username="ines").email
    answers = {}
    for email in (known, "nouvelle@example.org"):
        client, before = Client(), len(hashings)
        response = sign_up(client, email=email, display_name="Autre")
        page = client.get(response["Location"]).content.decode().replace(email, "ADDRESS")
        answers[email] = (response.status_code, response["Location"], page, len(hashings) - before)
    assert answers[known] == answers["nouvelle@example.org"]
    assert answers[known][3] >= 1
    assert get_user_model().objects.filter(email=known).count() == 1
    assert [message.to for message in mail.outbox] == [[known], ["nouvelle@example.org"]]


@pytest.mark.django_db
def test_password_reset_answers_the_same_for_known_and_unknown_addresses(hashings):
    known = get_user_model().objects.get(username="ines").email
    answers = {}
    for email in (known, "nobody@example.org"):
        client, before = Client(), len(hashings)
        response = client.post("/en/accounts/password/reset/", {"email": email})
        page = client.get(response["Location"]).content.decode().replace(email, "ADDRESS")
        answers[email] = (response.status_code, response["Location"], page, len(hashings) - before)
    assert answers[known] == answers["nobody@example.org"]
    assert answers[known][0] == 302
    assert [message.to for message in mail.outbox] == [[known], ["nobody@example.org"]]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "title"), [("fr", "Création de compte"), ("es", "Registrarse")]
)
def test_account_pages_are_in_the_sites_layout_and_language(client, language, title):
    html = client.get(f"/{language}/accounts/signup/").content.decode()
    assert f'<html lang="{language}"' in html
    assert 'class="site-footer"' in html
    assert title in html


def log_in(client, password, language="fr"):
    return client.post(
        f"/{language}/accounts/login/", {"login": "nora@example.org", "password": password}
    )


@pytest.mark.django_db
def test_a_wrong_password_is_refused_with_a_translated_message(client):
    sign_up(client)
    client.logout()
    response = log_in(client, "pas-le-bon", language="es")
    assert response.status_code == 400
    assert "no son correctas" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_guessing_a_password_is_stopped_after_five_tries(client):
    sign_up(client)
    EmailAddress.objects.filter(email="nora@example.org").update(verified=True)
    client.logout()
    assert [log_in(client, f"essai-{n}").status_code for n in range(5)] == [400] * 5
    response = log_in(client, "une-phrase-de-passe-solide")
    assert response.status_code == 429
    assert "Trop de tentatives de connexion" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_one_address_cannot_sign_up_accounts_in_bulk(client):
    answers = [sign_up(client, email=f"bot{n}@example.org").status_code for n in range(11)]
    assert answers == [302] * 10 + [429]
    assert get_user_model().objects.filter(email__startswith="bot").count() == 10
