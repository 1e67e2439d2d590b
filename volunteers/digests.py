"""The volunteers' digest: weekly (Monday 8:00) or monthly (the 1st, 8:00), in their time zone,
the open challenges and campaigns first published during the period before that moment which
match their causes, skills and time, in their language. Queued by `manage.py send_due_emails`
(core/due_emails.py), sent by volunteers.tasks.send_volunteer_digests.

Once per period: the send_once key names the period (`digest:volunteer:42:2026-W49`). A period
with nothing new, or whose volunteer unsubscribed, is marked handled without an e-mail, so that
later runs do not build it again; its window is closed, so nothing can be added to it."""

import dataclasses
import datetime

from django.conf import settings
from django.db.models import Q

from campaigns.models import CampaignIndexPage, CampaignPage
from campaigns.models.campaign import campaign_ends_at
from challenges.models import ChallengeIndexPage, ChallengePage
from challenges.models.challenge import open_challenges
from core import due_emails, unsubscribe
from volunteers.models import Digest, Profile

KIND = "volunteer-digest"
# Items listed at most, for each of challenges and campaigns; the e-mail links to the rest.
MOST_ITEMS = 5


def key(user_id: int, period: due_emails.Period) -> str:
    return f"digest:volunteer:{user_id}:{period.label}"


def due_periods(now: datetime.datetime) -> dict[tuple[str, str], due_emails.Period]:
    """{(frequency, time zone): period} for the time zones where a digest is due at `now`."""
    zones = Profile.objects.exclude(digest=Digest.NONE).values_list("time_zone", flat=True)
    due = {}
    for time_zone in set(zones):
        for frequency in (Digest.WEEKLY, Digest.MONTHLY):
            period = due_emails.current_period(frequency, time_zone, now)
            if now < period.starts_at + due_emails.CATCH_UP:
                due[frequency, time_zone] = period
    return due


def queue_digests(now) -> int:
    from volunteers.tasks import send_volunteer_digests

    due = due_periods(now)
    if not due:
        return 0
    chosen = Q()
    for frequency, time_zone in due:
        chosen |= Q(digest=frequency, time_zone=time_zone)
    profiles = Profile.objects.filter(chosen).values_list("user_id", "digest", "time_zone")
    by_key = {}
    for user_id, frequency, time_zone in profiles.iterator():
        period = due[frequency, time_zone]
        by_key[key(user_id, period)] = [user_id, frequency, period.first_day.isoformat()]
    return due_emails.enqueue_in_batches(send_volunteer_digests, by_key, now=now)


@dataclasses.dataclass
class Contents:
    challenges: list
    campaigns: list
    challenges_url: str
    campaigns_url: str

    def __bool__(self):
        return bool(self.challenges or self.campaigns)


def in_language(pages, language: str, most: int) -> list:
    """One version of each page, the volunteer's language's if there is one, else the default
    language's; `pages` come in both, in the order to list them."""
    chosen = {}
    for page in pages:
        if page.translation_key not in chosen or page.locale.language_code == language:
            chosen[page.translation_key] = page
    return list(chosen.values())[:most]


def matching(pages, cause_keys, skill_keys, skills: bool):
    """Pages sharing a cause or a skill with the volunteer; any page if they chose none."""
    if not cause_keys and not skill_keys:
        return pages
    shared = Q(tagged_causes__tag__translation_key__in=cause_keys)
    if skills:
        shared |= Q(tagged_skills__tag__translation_key__in=skill_keys)
    return pages.filter(pk__in=pages.filter(shared).values("pk"))


def tag_keys(profile: Profile) -> tuple[frozenset, frozenset]:
    """The translation keys of the volunteer's causes and skills (prefetched by a batch)."""
    return (
        frozenset(tag.translation_key for tag in profile.causes.all()),
        frozenset(tag.translation_key for tag in profile.skills.all()),
    )


def contents(profile: Profile, keys, period: due_emails.Period, now: datetime.datetime) -> Contents:
    """What the digest lists, in a fixed number of queries whatever the number of pages and
    volunteers: each kind of page matched by the database, and the listings to link to."""
    start, end = period.window
    language = profile.preferred_language
    languages = {language, settings.LANGUAGE_CODE}
    cause_keys, skill_keys = keys
    new = Q(first_published_at__gte=start, first_published_at__lt=end)
    # Twice as many rows as listed: the same page may come in two languages.
    rows = 2 * MOST_ITEMS
    challenges = (
        ChallengePage.objects.live()
        .public()
        .filter(new, open_challenges(now), minutes__lte=profile.time_available)
        .filter(locale__language_code__in=languages)
    )
    challenges = matching(challenges, cause_keys, skill_keys, skills=True)
    campaigns = (
        CampaignPage.objects.live()
        .public()
        # Open, or opening later: a campaign published before it opens is new only now.
        .alias(ends_at=campaign_ends_at())
        .filter(new, ends_at__gt=now, minutes_per_participant__lte=profile.time_available)
        .filter(locale__language_code__in=languages)
    )
    campaigns = matching(campaigns, cause_keys, skill_keys, skills=False)
    indexes = {
        type(page): page
        for model in (ChallengeIndexPage, CampaignIndexPage)
        for page in model.objects.live().filter(locale__language_code=language)
    }
    campaigns = in_language(
        campaigns.select_related("locale").order_by("closes_at", "pk")[:rows],
        language,
        MOST_ITEMS,
    )
    for campaign in campaigns:
        campaign.opens_later = campaign.opens_at > now  # the digest says from when
    return Contents(
        in_language(
            challenges.select_related("locale").order_by("deadline", "pk")[:rows],
            language,
            MOST_ITEMS,
        ),
        campaigns,
        index_url(indexes.get(ChallengeIndexPage)),
        index_url(indexes.get(CampaignIndexPage)),
    )


def build(
    profile: Profile, period: due_emails.Period, now: datetime.datetime, lists: dict | None = None
):
    """The digest's e-mail to the volunteer, or None when nothing new matches them. `lists`
    keeps, across a batch, what was found for volunteers alike (the same language, causes,
    skills, time and period), which most of a batch are: it is looked for once."""
    keys = tag_keys(profile)
    alike = (profile.preferred_language, keys, profile.time_available, period.window)
    lists = {} if lists is None else lists
    if alike not in lists:
        lists[alike] = contents(profile, keys, period, now)
    listed = lists[alike]
    if not listed:
        return None
    return unsubscribe.render_with_unsubscribe(
        "volunteers/emails/digest",
        {
            "name": profile.display_name,
            "contents": listed,
            "weekly": period.frequency == Digest.WEEKLY,
        },
        profile.preferred_language,
        profile.user.email,
        KIND,
        time_zone=profile.time_zone,
    )


def index_url(page) -> str:
    return page.full_url if page else ""
