import datetime

from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from campaigns.models import ActionType, CampaignPage


def campaign_calendar(campaign: CampaignPage, request) -> bytes:
    """An .ics with the in-person meeting, or else the last day to take part."""
    event = Event()
    event.add("uid", f"{campaign.translation_key}@crowdtime")
    event.add("dtstamp", datetime.datetime.now(datetime.UTC))
    event.add("url", campaign.get_full_url(request))
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
    event.add("description", f"{campaign.summary}\n\n{campaign.get_full_url(request)}")
    calendar = Calendar()
    calendar.add("prodid", "-//Crowdtime//Campaigns//EN")
    calendar.add("version", "2.0")
    calendar.add_component(event)
    return calendar.to_ical()
