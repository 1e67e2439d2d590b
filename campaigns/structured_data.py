"""schema.org description of a campaign: an Event when people meet at a set time, otherwise
an Action the organisation calls for, open from one date to another."""

from core.structured_data import thing, without_empty
from pages.structured_data import organisation_ref

ATTENDANCE = {
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "in_person": "https://schema.org/OfflineEventAttendanceMode",
    "both": "https://schema.org/MixedEventAttendanceMode",
}


def campaign(page, request) -> dict:
    url = page.get_full_url(request)
    online = {"@type": "VirtualLocation", "url": url}
    place = {"@type": "Place", "name": page.place, "address": page.place} if page.place else None
    places = {"online": [online], "in_person": [place], "both": [place, online]}
    locations = [location for location in places[page.action_type] if location]
    location = locations[0] if len(locations) == 1 else locations
    organisation = organisation_ref(page.organisation, request)
    if page.event_starts_at:
        return without_empty(
            {
                **thing(page, request, "Event"),
                "startDate": page.event_starts_at,
                "endDate": page.event_ends_at,
                "eventAttendanceMode": ATTENDANCE[page.action_type],
                "eventStatus": "https://schema.org/EventScheduled",
                "location": location,
                "organizer": organisation,
            }
        )
    return without_empty(
        {
            **thing(page, request, "Action"),
            "startTime": page.opens_at,
            "endTime": page.ends_at,
            "location": location,
            "agent": organisation,
        }
    )
