from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from campaigns.models import CampaignPage, Participation


@task()
def send_participation_email(participation_id: int, manage_url: str) -> None:
    """The confirmation of a sign-up, in the language it was made in, with the private link.
    Sent outside the request by the task backend (at once in development)."""
    participation = Participation.objects.filter(pk=participation_id).first()
    if participation is None:  # withdrawn before the e-mail left
        return
    campaigns = CampaignPage.objects.live().filter(translation_key=participation.campaign_key)
    campaign = (
        campaigns.filter(locale__language_code=participation.language).first() or campaigns.first()
    )
    if campaign is None:
        return
    context = {"participation": participation, "campaign": campaign, "manage_url": manage_url}
    with translation.override(participation.language):
        subject = render_to_string("campaigns/emails/joined_subject.txt", context)
        body = render_to_string("campaigns/emails/joined.txt", context)
    send_mail(" ".join(subject.split()), body, None, [participation.email])
