"""The reminder of a challenge a volunteer kept for later ("I'll do it later"), the day before
its deadline, unless they have contributed meanwhile or it was solved early (the organisation
selected a contribution: it takes no more); in their preferred language and time zone. Here
rather than in challenges/, which knows nothing of volunteers' profiles. Queued by
`manage.py send_due_emails` (core/due_emails.py)."""

import datetime

from django.db.models import Exists, OuterRef

from challenges.models import Bookmark, ChallengePage, Contribution
from challenges.models.challenge import open_challenges
from core import due_emails

KIND = "challenge-reminders"
BEFORE_THE_DEADLINE = datetime.timedelta(days=1)


def key(bookmark_id: int) -> str:
    return f"reminder:bookmark:{bookmark_id}"


def closing_soon(now):
    return (
        ChallengePage.objects.live()
        .filter(open_challenges(now), deadline__lte=now + BEFORE_THE_DEADLINE)
        .values("translation_key")
    )


def contributed():
    return Contribution.objects.filter(
        author=OuterRef("user"), challenge_key=OuterRef("challenge_key")
    )


def queue_reminders(now) -> int:
    from volunteers.tasks import send_bookmark_reminders

    ids = (
        Bookmark.objects.filter(challenge_key__in=closing_soon(now))
        .exclude(Exists(contributed()))
        .values_list("pk", flat=True)
    )
    by_key = {key(pk): pk for pk in ids.iterator()}
    return due_emails.enqueue_in_batches(send_bookmark_reminders, by_key, now=now)
