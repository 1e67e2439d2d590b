"""What a volunteer did and is in: the campaigns joined (by e-mail, without an account, so
through the account's verified addresses), the challenges contributed to, the time given, the
pages in a language. Read by the dashboard, the certificates and the calendar feed."""

from allauth.account.models import EmailAddress
from wagtail.models import Locale

from campaigns.models import CampaignPage, Participation
from challenges.models import ChallengePage, Contribution


def verified_emails(user) -> list[str]:
    return list(
        EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    )


def joined_campaign_keys(user_id):
    """A subquery: the campaigns joined with one of the account's verified addresses."""
    addresses = EmailAddress.objects.filter(user_id=user_id, verified=True).values("email")
    return Participation.objects.filter(email__in=addresses).values("campaign_key")


def contributed_challenge_keys(user_id):
    """A subquery: the challenges the volunteer contributed to."""
    return Contribution.objects.filter(author_id=user_id).values("challenge_key")


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


def localized_pages(page_model, keys, locale=None) -> dict:
    """The live pages with these translation keys (a list or a subquery), in `locale` (the
    active one by default) where translated, by translation key: one query."""
    locale = locale or Locale.get_active()
    pages = {}
    for page in page_model.objects.live().filter(translation_key__in=keys).select_related("locale"):
        current = pages.get(page.translation_key)
        if current is None or page.locale_id == locale.pk:
            pages[page.translation_key] = page
    return pages
