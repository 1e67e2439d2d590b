"""Campaigns open and close, and challenges close, at moments set when they are published: a
listing sorted or filtered by them changes at those moments too, with no publish to say so."""

import bisect

from django.utils import timezone

from core.cache import remember


def epoch() -> int:
    """How many of the moments when a live campaign or challenge opens or closes have passed.
    Listings that depend on them are remembered per epoch: the next such moment starts another.
    """
    return bisect.bisect_right(remember("schedule", moments), timezone.now().timestamp())


def moments() -> list[float]:
    from campaigns.models import CampaignPage, ChallengePage

    found = set(ChallengePage.objects.live().values_list("deadline", flat=True))
    for row in CampaignPage.objects.live().values_list("opens_at", "closes_at", "closed_early_at"):
        found.update(moment for moment in row if moment)
    return sorted(moment.timestamp() for moment in found)
