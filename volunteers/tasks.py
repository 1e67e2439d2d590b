import datetime

from django.db.models import Exists
from django.utils import timezone
from django_tasks import task

from challenges.models import Bookmark, ChallengePage
from challenges.models.challenge import open_challenges
from core import due_emails, emails, unsubscribe
from core.models import SentEmail
from volunteers import digests
from volunteers.models import Profile
from volunteers.reminders import KIND, contributed, key


@task()
def send_bookmark_reminders(bookmark_ids: list[int]) -> None:
    """One batch of reminders of challenges kept for later (volunteers/reminders.py), each in
    the volunteer's language and time zone; not if they removed the bookmark, contributed
    meanwhile, unsubscribed from these reminders, or the challenge was solved since it was
    queued."""
    bookmarks = list(
        Bookmark.objects.filter(pk__in=bookmark_ids)
        .exclude(Exists(contributed()))
        .select_related("user")
    )
    profiles = {
        profile.user_id: profile
        for profile in Profile.objects.filter(user__in=[b.user_id for b in bookmarks])
    }
    unsubscribed = unsubscribe.opted_out_among([b.user.email for b in bookmarks], KIND)
    challenges = list(
        ChallengePage.objects.live()
        .filter(
            open_challenges(timezone.now()),
            translation_key__in={b.challenge_key for b in bookmarks},
        )
        .select_related("locale")
    )
    for bookmark in bookmarks:
        profile = profiles.get(bookmark.user_id)
        address = bookmark.user.email
        if profile is None or not address or address in unsubscribed:
            continue
        language = profile.preferred_language
        translations = [c for c in challenges if c.translation_key == bookmark.challenge_key]
        challenge = next(
            (c for c in translations if c.locale.language_code == language),
            translations[0] if translations else None,
        )
        if challenge is None:
            continue
        email = unsubscribe.render_with_unsubscribe(
            "volunteers/emails/bookmark_reminder",
            {"name": profile.display_name, "challenge": challenge},
            language,
            address,
            KIND,
            time_zone=profile.time_zone,
        )
        emails.send_once(key(bookmark.pk), email, address)


@task()
def send_volunteer_digests(items: list[list]) -> None:
    """One batch of volunteers' digests (volunteers/digests.py): `[user id, frequency, first day
    of the period]` each; not if they changed their choice meanwhile; marked handled without
    an e-mail if they unsubscribed or nothing new matches them."""
    profiles = {
        profile.user_id: profile
        for profile in Profile.objects.filter(user__in=[item[0] for item in items])
        .select_related("user")
        .prefetch_related("causes", "skills")
    }
    unsubscribed = unsubscribe.opted_out_among(
        [profile.user.email for profile in profiles.values()], digests.KIND
    )
    now = timezone.now()
    lists = {}
    for user_id, frequency, first_day in items:
        profile = profiles.get(user_id)
        if profile is None or profile.digest != frequency:
            continue
        period = due_emails.Period(
            frequency, datetime.date.fromisoformat(first_day), profile.time_zone
        )
        address = profile.user.email
        email = None
        if address and address not in unsubscribed:
            email = digests.build(profile, period, now, lists)
        if email is None:
            SentEmail.objects.get_or_create(key=digests.key(user_id, period))
            continue
        emails.send_once(digests.key(user_id, period), email, address)
