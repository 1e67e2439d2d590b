from django.utils import timezone
from django_tasks import task

from challenges import machine_translation
from challenges.models import ChallengePage, Contribution
from core import emails


def display_name(profile) -> str:
    """The name the volunteer chose to show; their account's user name is internal."""
    return profile.display_name if profile else ""


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
    context = {"name": display_name(profile), "challenge": challenge}
    email = emails.render("challenges/emails/selected", context, language)
    emails.send_once(f"contribution-selected:{contribution.pk}", email, contribution.author.email)


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
        context = {"name": display_name(profile), "challenge": challenge}
        email = emails.render("challenges/emails/follow_up", context, language)
        emails.send_once(f"follow-up:{contribution.pk}", email, contribution.author.email)
        Contribution.objects.filter(pk=contribution.pk).update(follow_up_sent_at=timezone.now())


@task()
def translate_contribution(contribution_id: int) -> None:
    """Machine-translate a saved contribution into the site's other languages, once per version
    of its text (challenges/machine_translation.py)."""
    machine_translation.translate_contribution(contribution_id)
