"""A campaign's sign-ups go with its last translation (pages/erasure.py)."""

from django.core.cache import cache
from django.db import transaction

from campaigns.models import CampaignPage, Participation
from campaigns.models.participation import DAYS, STATS
from core.shared_cache import cache_key
from pages.erasure import keys_gone_with


def sign_ups_erased_with(page) -> int:
    """How many sign-ups deleting `page` (and the pages under it) erases."""
    return Participation.objects.filter(campaign_key__in=keys_gone_with(page, CampaignPage)).count()


def erase_sign_ups(campaign_key) -> None:
    # _raw_delete: Django's own fast path for rows nothing depends on. A campaign may have
    # 100,000 sign-ups, and delete() would load each one to send its signal.
    sign_ups = Participation.objects.filter(campaign_key=campaign_key)
    sign_ups._raw_delete(sign_ups.db)
    keys = [cache_key(STATS, campaign_key), cache_key(DAYS, campaign_key)]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))
