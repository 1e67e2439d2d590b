from django_tasks import task

from campaigns.models import CampaignPage, Participation
from core import emails


@task()
def send_participation_email(participation_id: int, manage_url: str) -> None:
    """The confirmation of a sign-up, in the language it was made in, with the private link.
    Sent outside the request by the task backend (at once in development)."""
    key = f"campaign-confirmation:{participation_id}"
    mail_participant(participation_id, manage_url, None, "joined", key)


@task()
def send_already_joined_email(
    participation_id: int, manage_url: str, language: str, attempt: str
) -> None:
    """The answer to a second sign-up with the same address: the page said nothing of it, so
    only the address's owner learns that they were already in, and gets their private link
    again, in the language of this sign-up. `attempt` names this repeated sign-up, so that a
    retried task sends its e-mail once and a later repeat sends its own."""
    key = f"campaign-already-joined:{participation_id}:{attempt}"
    mail_participant(participation_id, manage_url, language, "already_joined", key)


def mail_participant(participation_id, manage_url, language, template, key) -> None:
    participation = Participation.objects.filter(pk=participation_id).first()
    if participation is None:  # withdrawn before the e-mail left
        return
    language = language or participation.language
    campaigns = CampaignPage.objects.live().filter(translation_key=participation.campaign_key)
    campaign = campaigns.filter(locale__language_code=language).first() or campaigns.first()
    if campaign is None:
        return
    context = {
        "name": participation.first_name,
        "participation": participation,
        "campaign": campaign,
        "manage_url": manage_url,
    }
    email = emails.render(f"campaigns/emails/{template}", context, language)
    emails.send_once(key, email, participation.email)
