from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from challenges.models import ChallengePage, Contribution
from core.emails import send_once


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
        subject = render_to_string("challenges/emails/selected_subject.txt", context)
        body = render_to_string("challenges/emails/selected.txt", context)
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
            subject = render_to_string("challenges/emails/follow_up_subject.txt", context)
            body = render_to_string("challenges/emails/follow_up.txt", context)
        send_once(f"follow-up:{contribution.pk}", subject, body, contribution.author.email)
        Contribution.objects.filter(pk=contribution.pk).update(follow_up_sent_at=timezone.now())
