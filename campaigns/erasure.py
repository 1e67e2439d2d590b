"""A campaign's sign-ups go with its last translation (pages/erasure.py)."""

from campaigns.models import CampaignPage, Participation
from campaigns.models.participation import forget_campaign_figures
from pages.erasure import keys_gone_with


def sign_ups_erased_with(page) -> int:
    """How many sign-ups deleting `page` (and the pages under it) erases."""
    return Participation.objects.filter(campaign_key__in=keys_gone_with(page, CampaignPage)).count()


def erase_sign_ups(campaign_key) -> None:
    # _raw_delete: Django's own fast path for rows nothing depends on. A campaign may have
    # 100,000 sign-ups, and delete() would load each one to send its signal.
    sign_ups = Participation.objects.filter(campaign_key=campaign_key)
    sign_ups._raw_delete(sign_ups.db)
    forget_campaign_figures(campaign_key)
