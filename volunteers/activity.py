"""What a volunteer did: the campaigns joined with a verified address, the time given, the
pages in the visitor's language. Read by the dashboard and by certificates."""

from allauth.account.models import EmailAddress
from wagtail.models import Locale

from campaigns.models import CampaignPage
from challenges.models import ChallengePage


def verified_emails(user) -> list[str]:
    return list(
        EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    )


def minutes_given(contributions, participations) -> int:
    challenge_minutes = dict(
        ChallengePage.objects.filter(
            translation_key__in=[c.challenge_key for c in contributions]
        ).values_list("translation_key", "minutes")
    )
    campaign_minutes = dict(
        CampaignPage.objects.filter(
            translation_key__in=[p.campaign_key for p in participations]
        ).values_list("translation_key", "minutes_per_participant")
    )
    return sum(challenge_minutes.get(c.challenge_key, 0) for c in contributions) + sum(
        campaign_minutes.get(p.campaign_key, 0) for p in participations
    )


def localized_pages(page_model, keys):
    """The pages with these translation keys, in the visitor's language where translated."""
    pages = {}
    active_locale = Locale.get_active()
    for page in page_model.objects.live().filter(translation_key__in=keys).select_related("locale"):
        current = pages.get(page.translation_key)
        if current is None or page.locale_id == active_locale.pk:
            pages[page.translation_key] = page
    return pages
