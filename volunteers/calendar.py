"""A volunteer's calendar feed: the campaigns they joined and the challenges they contributed
to, in their preferred language. Nothing of anyone else."""

from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from campaigns.calendar import campaign_event
from campaigns.models import CampaignPage
from challenges.calendar import challenge_event
from challenges.models import ChallengePage
from core.calendar import calendar
from volunteers.activity import contributed_challenge_keys, joined_campaign_keys, localized_pages
from volunteers.models import Profile


def volunteer_calendar(profile: Profile, request) -> bytes:
    """Two queries, however many campaigns and challenges: one for each kind of page."""
    language = profile.preferred_language
    with translation.override(language):
        locale = Locale.objects.get_for_language(language)
        campaigns = localized_pages(CampaignPage, joined_campaign_keys(profile.user_id), locale)
        challenges = localized_pages(
            ChallengePage, contributed_challenge_keys(profile.user_id), locale
        )
        events = [
            *(campaign_event(page, page.get_full_url(request)) for page in campaigns.values()),
            *(challenge_event(page, page.get_full_url(request)) for page in challenges.values()),
        ]
        return calendar(events, name=_("My volunteering on Crowdtime"))
