"""A challenge's e-mails to its contributors, in each volunteer's preferred language, greeting
them by their display name: their contribution selected, and the organisation's follow-up."""

import pytest
from django.core import mail

from challenges.models import ChallengePage
from challenges.tasks import send_follow_up_emails, send_selection_email
from tests import emails
from tests.factories import ContributionFactory, trilingual, volunteer

FOLLOW_UP = {
    "fr": "<p>Nous avons posé 150 affiches grâce à vous.</p>",
    "es": "<p>Pegamos 150 carteles gracias a ti.</p>",
    "en": "<p>We put up 150 posters thanks to you.</p>",
}


@pytest.fixture
def contribution(challenge):
    emails.name_the_site()
    versions = trilingual(challenge)

    def contribute(language):
        author = volunteer(
            display_name="Nora Lumière",
            preferred_language=language,
            user__username="compte-interne-42",
        )
        return ContributionFactory(challenge=challenge, author=author), versions[language]

    return contribute


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_a_selected_contribution(contribution, language):
    selected, page = contribution(language)
    send_selection_email.call(selected.pk)
    (message,) = mail.outbox
    assert message.to == [selected.author.email]
    assert page.title in message.subject
    emails.check(
        message,
        language,
        name="Nora Lumière",
        hidden=["compte-interne-42"],
        expect=[page.full_url],
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_the_follow_up(contribution, language):
    contributed, page = contribution(language)
    for version in ChallengePage.objects.filter(translation_key=page.translation_key):
        version.follow_up = FOLLOW_UP[version.locale.language_code]
        version.save_revision().publish()
    mail.outbox.clear()
    send_follow_up_emails.call(str(page.translation_key))
    (message,) = mail.outbox
    assert page.title in message.subject
    words = FOLLOW_UP[language][3:-4]
    emails.check(
        message, language, name="Nora Lumière", hidden=["compte-interne-42"], expect=[words]
    )
