from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from campaigns.models import CampaignPage, ChallengePage, Contribution, Participation
from core.emails import send_once


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
    context = {"participation": participation, "campaign": campaign, "manage_url": manage_url}
    with translation.override(language):
        subject = render_to_string(f"campaigns/emails/{template}_subject.txt", context)
        body = render_to_string(f"campaigns/emails/{template}.txt", context)
    send_once(key, subject, body, participation.email)


@task()
def send_selection_email(contribution_id: int) -> None:
    """Tell a volunteer, in their language, that the organisation selected their contribution."""
    contribution = (
        Contribution.objects.select_related("author__volunteer_profile")
        .filter(pk=contribution_id, author__isnull=False)
        .first()
    )
    if contribution is None:
        return
    profile = getattr(contribution.author, "volunteer_profile", None)
    language = profile.preferred_language if profile else contribution.language
    challenges = ChallengePage.objects.live().filter(translation_key=contribution.challenge_key)
    challenge = challenges.filter(locale__language_code=language).first() or challenges.first()
    if challenge is None:
        return
    context = {"contribution": contribution, "challenge": challenge, "profile": profile}
    with translation.override(language):
        subject = render_to_string("campaigns/emails/selected_subject.txt", context)
        body = render_to_string("campaigns/emails/selected.txt", context)
    send_once(f"contribution-selected:{contribution.pk}", subject, body, contribution.author.email)


@task()
def send_follow_up_emails(challenge_key: str) -> None:
    """Once the organisation tells what it did with the contributions, every contributor hears
    it, once, in their own language where the follow-up is translated."""
    versions = {
        page.locale.language_code: page
        for page in ChallengePage.objects.live()
        .filter(translation_key=challenge_key)
        .exclude(follow_up="")
        .select_related("locale")
    }
    if not versions:
        return
    source = next(iter(versions.values()))
    contributions = Contribution.objects.filter(
        challenge_key=challenge_key, author__isnull=False, follow_up_sent_at__isnull=True
    ).select_related("author__volunteer_profile")
    for contribution in contributions:
        profile = getattr(contribution.author, "volunteer_profile", None)
        language = profile.preferred_language if profile else contribution.language
        challenge = versions.get(language, source)
        context = {"challenge": challenge, "profile": profile}
        with translation.override(language):
            subject = render_to_string("campaigns/emails/follow_up_subject.txt", context)
            body = render_to_string("campaigns/emails/follow_up.txt", context)
        send_once(f"follow-up:{contribution.pk}", subject, body, contribution.author.email)
        Contribution.objects.filter(pk=contribution.pk).update(follow_up_sent_at=timezone.now())
