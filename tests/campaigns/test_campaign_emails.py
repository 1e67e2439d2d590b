"""A campaign's e-mails, in the language of the sign-up: the confirmation and the answer to a
second sign-up with the same address."""

import pytest
from django.core import mail

from campaigns.confirmations import send_confirmations
from campaigns.tasks import send_already_joined_email
from tests import emails
from tests.conftest import translation_of
from tests.factories import ParticipationFactory

MANAGE_URL = "http://testserver/xx/participation/secret/"
SUBJECTS = {
    "joined": {
        "fr": "Bienvenue dans «\u00a0",
        "es": "Te damos la bienvenida a «",
        "en": "Welcome to “",
    },
    "again": {"fr": "Vous participez déjà", "es": "Ya participas", "en": "already taking part"},
}


@pytest.fixture
def participation(campaigns):
    emails.name_the_site()
    return lambda language: ParticipationFactory(
        campaign=campaigns["open"], first_name="Léa", language=language, confirmation_pending=True
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_the_sign_up_confirmation(campaigns, participation, language):
    sign_up = participation(language)
    send_confirmations.call()
    (message,) = mail.outbox
    assert message.to == [sign_up.email]
    title = translation_of(campaigns["open"], language).title
    assert SUBJECTS["joined"][language] in message.subject and title in message.subject
    private_link = f"http://testserver/{language}/participation/"  # its token checked elsewhere
    emails.check(message, language, name="Léa", expect=[private_link, title])


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_the_answer_to_a_second_sign_up_is_in_its_language(participation, language):
    sign_up = participation("fr")
    send_already_joined_email.call(sign_up.pk, MANAGE_URL, language, "again")
    (message,) = mail.outbox
    assert SUBJECTS["again"][language] in message.subject
    emails.check(message, language, name="Léa", expect=[MANAGE_URL])


@pytest.mark.django_db
def test_a_sign_up_without_a_first_name_gets_a_greeting_without_one(participation):
    sign_up = participation("es")
    sign_up.first_name = ""
    sign_up.save()
    send_confirmations.call()
    emails.check(mail.outbox[0], "es", name=None)


@pytest.mark.django_db
def test_a_title_with_an_apostrophe_and_an_ampersand_reads_as_written(campaigns, participation):
    campaign = campaigns["open"]
    campaign.title = "Fil d'Argent & co"
    campaign.save_revision().publish()
    participation("fr")
    send_confirmations.call()
    (message,) = mail.outbox
    assert "Fil d'Argent & co" in message.subject
    assert "Fil d'Argent & co" in message.body
    html = message.alternatives[0].content
    assert (
        "Fil d&#x27;Argent &amp; co" in html
        and "&amp;amp;" not in html
        and "&amp;#x27;" not in html
    )
