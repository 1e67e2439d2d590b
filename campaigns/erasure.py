"""A campaign's sign-ups and a challenge's contributions (with their marks and reports) belong
to it in every language. Once its last translation is deleted nothing reaches them any more, no
admin view, no export: they are erased in the same transaction. Nothing is kept, not even
counts, since no figure shows a deleted page's (an organisation's totals add up its live
pages)."""

from django.core.cache import cache
from django.db import transaction
from wagtail.models import Page

from campaigns.models import (
    CampaignPage,
    ChallengePage,
    Contribution,
    ContributionMark,
    ContributionReport,
    Participation,
)
from campaigns.models.cached import cache_key
from campaigns.models.contribution import forget_challenge_figures
from campaigns.models.participation import DAYS, STATS


def erased_with(page: Page) -> tuple[int, int]:
    """The sign-ups and contributions that deleting `page`, and the pages under it, erases:
    those of campaigns and challenges with no translation left elsewhere."""
    subtree = Page.objects.descendant_of(page, inclusive=True)
    keys = set(subtree.type(CampaignPage, ChallengePage).values_list("translation_key", flat=True))
    kept = Page.objects.filter(translation_key__in=keys).exclude(pk__in=subtree)
    gone = keys - set(kept.values_list("translation_key", flat=True))
    return (
        Participation.objects.filter(campaign_key__in=gone).count(),
        Contribution.objects.filter(challenge_key__in=gone).count(),
    )


def erase_with_the_last_translation(sender, instance, **kwargs) -> None:
    """A post_delete receiver for campaign and challenge pages. It asks the page type's own
    table, from which the deleted rows are gone, even when translations go in one deletion."""
    key = instance.translation_key
    if sender.objects.filter(translation_key=key).exists():
        return
    if sender is CampaignPage:
        erase_sign_ups(key)
    else:
        erase_contributions(key)


def erase_sign_ups(campaign_key) -> None:
    # _raw_delete: Django's own fast path for rows nothing depends on. A campaign may have
    # 100,000 sign-ups, and delete() would load each one to send its signal.
    sign_ups = Participation.objects.filter(campaign_key=campaign_key)
    sign_ups._raw_delete(sign_ups.db)
    keys = [cache_key(STATS, campaign_key), cache_key(DAYS, campaign_key)]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))


def erase_contributions(challenge_key) -> None:
    contributions = Contribution.objects.filter(challenge_key=challenge_key)
    for model in (ContributionMark, ContributionReport):
        rows = model.objects.filter(contribution__in=contributions)
        rows._raw_delete(rows.db)
    contributions._raw_delete(contributions.db)
    forget_challenge_figures(challenge_key)
