""" "I have 15 minutes": one open challenge or online campaign that takes a quarter of an hour
at most, in the visitor's language, and another one each time they ask again.

What was already shown travels in the address (`?seen=12,34`: page ids), so that asking again
needs neither a session nor JavaScript. The best fit comes first: for a volunteer, what shares
most causes and skills with their profile, never what they already answered or joined; then the
nearest deadline."""

from allauth.account.models import EmailAddress
from django.db.models import Count, F, IntegerField, Q, Value
from django.utils import timezone
from wagtail.models import Locale

from campaigns.models import CampaignPage, Participation
from campaigns.models.campaign import ActionType, campaign_ends_at
from challenges.models import ChallengePage, Contribution
from challenges.models.challenge import open_challenges
from core.durations import Duration
from pages.models.base import with_card_images
from volunteers.models import Profile

MINUTES = Duration.FIFTEEN
# Enough for anyone who keeps asking; a longer list is cut, its oldest ids first.
SEEN_KEPT = 200


def parse_seen(value: str) -> list[int] | None:
    """The page ids of `?seen=`, the latest last; None if it is not a list of ids."""
    ids = [part for part in value.split(",") if part]
    if not all(part.isascii() and part.isdigit() and len(part) <= 9 for part in ids):
        return None
    return [int(part) for part in ids][-SEEN_KEPT:]


def matches(profile: Profile | None, with_skills: bool):
    """How many causes (and skills) a page shares with the volunteer's profile."""
    if profile is None:
        return Value(0, output_field=IntegerField())
    score = Count(
        "tagged_causes",
        filter=Q(tagged_causes__tag__translation_key__in=profile.causes.values("translation_key")),
        distinct=True,
    )
    if with_skills:
        score += Count(
            "tagged_skills",
            filter=Q(
                tagged_skills__tag__translation_key__in=profile.skills.values("translation_key")
            ),
            distinct=True,
        )
    return score


def fitting_challenge(seen, profile, user):
    challenges = (
        ChallengePage.objects.live()
        .public()
        .filter(open_challenges(timezone.now()), locale=Locale.get_active(), minutes__lte=MINUTES)
        .exclude(pk__in=seen)
    )
    if user.is_authenticated:
        answered = Contribution.objects.filter(author_id=user.pk).values("challenge_key")
        challenges = challenges.exclude(translation_key__in=answered)
    challenges = challenges.annotate(fit=matches(profile, with_skills=True), ends=F("deadline"))
    return with_card_images(challenges).order_by("-fit", "ends", "pk").first()


def fitting_campaign(seen, profile, user):
    campaigns = (
        CampaignPage.open_now()
        .filter(
            locale=Locale.get_active(),
            action_type__in=[ActionType.ONLINE, ActionType.BOTH],
            minutes_per_participant__lte=MINUTES,
        )
        .exclude(pk__in=seen)
    )
    if user.is_authenticated:
        emails = EmailAddress.objects.filter(user_id=user.pk, verified=True).values("email")
        joined = Participation.objects.filter(email__in=emails).values("campaign_key")
        campaigns = campaigns.exclude(translation_key__in=joined)
    campaigns = campaigns.annotate(
        fit=matches(profile, with_skills=False),
        ends=campaign_ends_at(),
    )
    return campaigns.order_by("-fit", "ends", "pk").first()


def pick(user, seen: list[int]):
    """The challenge or campaign that fits best, with its figures, or None when nothing is
    left; in a fixed number of queries, whatever the number of pages."""
    profile = None
    if user.is_authenticated:
        profile = Profile.objects.filter(user_id=user.pk).first()
    candidates = [
        page
        for page in (fitting_challenge(seen, profile, user), fitting_campaign(seen, profile, user))
        if page is not None
    ]
    if not candidates:
        return None
    best = min(candidates, key=lambda page: (-page.fit, page.ends, page.pk))
    return type(best).attach_figures([best])[0]
