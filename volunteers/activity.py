"""What a volunteer is in: the campaigns they joined (by e-mail, without an account, so through
the account's verified addresses) and the challenges they contributed to."""

from allauth.account.models import EmailAddress

from campaigns.models import Participation
from challenges.models import Contribution


def verified_emails(user_id):
    return EmailAddress.objects.filter(user_id=user_id, verified=True).values("email")


def joined_campaign_keys(user_id):
    return Participation.objects.filter(email__in=verified_emails(user_id)).values("campaign_key")


def contributed_challenge_keys(user_id):
    return Contribution.objects.filter(author_id=user_id).values("challenge_key")


def localized_pages(page_model, keys, locale) -> dict:
    """The live pages with these translation keys (a list or a subquery), in `locale` where
    translated, by translation key: one query."""
    pages = {}
    for page in page_model.objects.live().filter(translation_key__in=keys).select_related("locale"):
        current = pages.get(page.translation_key)
        if current is None or page.locale_id == locale.pk:
            pages[page.translation_key] = page
    return pages
