"""The volunteer account e-mails (django-allauth's, in the site's words), in each language."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client

from tests import emails
from tests.factories import volunteer

PASSWORD = "une-phrase-de-passe-solide"
SUBJECTS = {
    "signup": {
        "fr": "Confirmez votre adresse",
        "es": "Confirma tu dirección",
        "en": "Confirm your",
    },
    "confirm": {"fr": "Confirmez votre adresse", "es": "Confirma tu correo", "en": "Confirm your"},
    "exists": {"fr": "Vous avez déjà un compte", "es": "Ya tienes una cuenta", "en": "already"},
    "reset": {"fr": "nouveau mot de passe", "es": "contraseña nueva", "en": "new password"},
    "unknown": {"fr": "Aucun compte", "es": "Ninguna cuenta", "en": "No account"},
}

# The allauth e-mails these settings send, each tested below.
SENT = [
    "email_confirmation_signup",
    "email_confirmation",
    "account_already_exists",
    "password_reset_key",
    "unknown_account",
]


@pytest.fixture
def nora(db):
    """A volunteer whose account's user name is internal and whose chosen name is Nora."""
    emails.name_the_site()
    user = volunteer(display_name="Nora Lumière", user__username="compte-interne-42")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def sign_up(client, language, email):
    return client.post(
        f"/{language}/accounts/signup/",
        {
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": "Nora Lumière",
            "preferred_language": language,
            "time_available": "30",
        },
    )


def only_email(language, kind):
    assert len(mail.outbox) == 1, [m.subject for m in mail.outbox]
    message = mail.outbox[0]
    assert SUBJECTS[kind][language] in message.subject, message.subject
    return message


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_the_sign_up_confirmation(client, language):
    emails.name_the_site()
    assert sign_up(client, language, "nora.l@example.org").status_code == 302
    message = only_email(language, "signup")
    username = EmailAddress.objects.get(email="nora.l@example.org").user.username
    text = emails.check(
        message,
        language,
        name="Nora Lumière",
        hidden=[f" {username} "],
        expect=["/accounts/confirm-email/"],
    )
    assert re.search(rf"http://testserver/{language}/accounts/confirm-email/\S+/", text)


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_the_confirmation_sent_again_at_log_in(client, nora, language):
    EmailAddress.objects.filter(user=nora).update(verified=False)
    client.post(f"/{language}/accounts/login/", {"login": nora.email, "password": "pw"})
    message = only_email(language, "confirm")
    emails.check(message, language, name="Nora Lumière", hidden=[nora.username])


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_signing_up_again_with_a_known_address(client, nora, language):
    assert sign_up(client, language, nora.email).status_code == 302
    message = only_email(language, "exists")
    emails.check(
        message,
        language,
        name="Nora Lumière",
        hidden=[nora.username],
        expect=["/accounts/password/reset/"],
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_the_password_reset(nora, language):
    Client().post(f"/{language}/accounts/password/reset/", {"email": nora.email})
    message = only_email(language, "reset")
    text = emails.check(message, language, name="Nora Lumière", hidden=[nora.username])
    link = re.search(r"http://testserver(/\w\w/accounts/password/reset/key/\S+/)", text).group(1)
    assert Client().get(link, follow=True).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_the_password_reset_for_an_unknown_address(db, language):
    emails.name_the_site()
    Client().post(f"/{language}/accounts/password/reset/", {"email": "personne@example.org"})
    message = only_email(language, "unknown")
    emails.check(message, language, name=None, expect=["personne@example.org"])


@pytest.mark.django_db
def test_every_email_allauth_sends_with_these_settings_is_in_the_sites_words(settings):
    """allauth's e-mails the settings make reachable are the ones this site rewrote; turning
    on another (the security notifications, codes) means writing its words too."""
    from allauth.account import app_settings
    from django.template.loader import get_template

    assert not app_settings.EMAIL_NOTIFICATIONS
    assert not app_settings.LOGIN_BY_CODE_ENABLED
    assert not app_settings.PASSWORD_RESET_BY_CODE_ENABLED
    assert not app_settings.EMAIL_VERIFICATION_BY_CODE_ENABLED
    ours = str(settings.BASE_DIR / "templates" / "account" / "email")
    for name in SENT:
        for part in ("_subject.txt", "_message.txt", "_message.html"):
            assert get_template(f"account/email/{name}{part}").origin.name.startswith(ours)
