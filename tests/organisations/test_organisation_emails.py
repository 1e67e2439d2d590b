"""The e-mails to organisations: the editors' decision on an application, in the applicant's
language, and a staff member's invitation to a colleague, in the language it was sent in."""

import pytest
from django.core import mail

from organisations.models import Invitation
from organisations.tasks import send_decision_email, send_invitation_email
from tests import emails
from tests.factories import OrganisationApplicationFactory

SUBJECTS = {
    "approved": {"fr": "est maintenant sur", "es": "ya está en", "en": "is now on"},
    "rejected": {"fr": "Votre candidature", "es": "Tu solicitud", "en": "Your application"},
    "invitation": {"fr": "Rejoignez l’équipe", "es": "Únete al equipo", "en": "Join the team"},
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
@pytest.mark.parametrize("status", ["approved", "rejected"])
def test_the_decision(language, status):
    emails.name_the_site()
    application = OrganisationApplicationFactory(
        language=language,
        applicant_name="Léa Martin",
        status=status,
        decision_message="Bienvenue parmi nous",
    )
    send_decision_email.call(application.pk)
    (message,) = mail.outbox
    assert message.to == [application.applicant_email]
    assert SUBJECTS[status][language] in message.subject and application.name in message.subject
    emails.check(message, language, name="Léa Martin", expect=["Bienvenue parmi nous"])


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_the_invitation(site, language):
    emails.name_the_site()
    organisation = site.organisation["fr"]
    invitation, token = Invitation.send_to(organisation, "noe@example.org", None)
    accept_url = f"http://testserver/fr/organisations/invitation/{token}/"
    send_invitation_email.call(invitation.pk, accept_url, language)
    (message,) = mail.outbox
    assert SUBJECTS["invitation"][language] in message.subject
    emails.check(message, language, name=None, expect=[accept_url, organisation.title])
