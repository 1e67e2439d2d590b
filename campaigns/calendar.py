import datetime

from django.utils.translation import gettext as _
from icalendar import Event

from campaigns.models import ActionType, CampaignPage
from core.calendar import page_event


def campaign_event(campaign: CampaignPage, url: str) -> Event:
    """The in-person meeting, or else the last day to take part, in the active language."""
    event = page_event(campaign, url)
    if campaign.action_type != ActionType.ONLINE and campaign.event_starts_at:
        event.add("summary", campaign.title)
        event.add("dtstart", campaign.event_starts_at)
        event.add(
            "dtend",
            campaign.event_ends_at or campaign.event_starts_at + datetime.timedelta(hours=2),
        )
        event.add("location", campaign.place)
    else:
        event.add("summary", _("Last day to take part: %(title)s") % {"title": campaign.title})
        last_day = campaign.ends_at.date()
        event.add("dtstart", last_day)
        event.add("dtend", last_day + datetime.timedelta(days=1))
    event.add("description", f"{campaign.summary}\n\n{url}")
    return event
