"""A challenge's contributions, with their marks, reports and machine translations, and the
volunteers' bookmarks of it, go with the challenge's last translation (pages/erasure.py)."""

from challenges.models import (
    Bookmark,
    ChallengePage,
    Contribution,
    ContributionMark,
    ContributionReport,
    ContributionTranslation,
)
from challenges.models.contribution import forget_challenge_figures
from pages.erasure import keys_gone_with


def contributions_erased_with(page) -> int:
    """How many contributions deleting `page` (and the pages under it) erases."""
    gone = keys_gone_with(page, ChallengePage)
    return Contribution.objects.filter(challenge_key__in=gone).count()


def erase_contributions(challenge_key) -> None:
    # _raw_delete: Django's own fast path; what points at them first.
    contributions = Contribution.objects.filter(challenge_key=challenge_key)
    for model in (ContributionMark, ContributionReport, ContributionTranslation):
        rows = model.objects.filter(contribution__in=contributions)
        rows._raw_delete(rows.db)
    contributions._raw_delete(contributions.db)
    Bookmark.objects.filter(challenge_key=challenge_key).delete()
    forget_challenge_figures(challenge_key)
