"""Reminders to the participants who ticked "remind me": two days before an online campaign
ends, if they have not reported their figure; the day before an in-person meeting, with its
place and time. Queued by `manage.py send_due_emails` (core/due_emails.py)."""

import datetime

from campaigns.models import ActionType, CampaignPage, Participation
from campaigns.models.campaign import campaign_ends_at, open_campaigns
from core import due_emails

KIND = "campaign-reminders"
BEFORE_THE_END = datetime.timedelta(days=2)
BEFORE_THE_MEETING = datetime.timedelta(days=1)
ENDS, MEETING = "ends", "meeting"


def key(participation_id: int, moment: str) -> str:
    return f"reminder:participation:{participation_id}:{moment}"


def ending_soon(now):
    """Campaigns, online at least in part, that measure something and end within two days."""
    return (
        CampaignPage.objects.live()
        .exclude(action_type=ActionType.IN_PERSON)
        .exclude(impact_unit="")
        .annotate(ends=campaign_ends_at())
        .filter(open_campaigns(now), ends__lte=now + BEFORE_THE_END)
        .values("translation_key")
    )


def meeting_soon(now):
    return (
        CampaignPage.objects.live()
        .exclude(action_type=ActionType.ONLINE)
        .filter(event_starts_at__gt=now, event_starts_at__lte=now + BEFORE_THE_MEETING)
        .values("translation_key")
    )


def queue_reminders(now) -> int:
    from campaigns.tasks import send_reminders

    wanting = Participation.objects.filter(remind_me=True)
    due = {
        ENDS: wanting.filter(
            campaign_key__in=ending_soon(now), impact_quantity__isnull=True
        ).values_list("pk", flat=True),
        MEETING: wanting.filter(campaign_key__in=meeting_soon(now)).values_list("pk", flat=True),
    }
    queued = 0
    for moment, ids in due.items():
        by_key = {key(pk, moment): pk for pk in ids.iterator()}
        queued += due_emails.enqueue_in_batches(send_reminders, by_key, moment, now=now)
    return queued
