"""Calendar files (iCalendar, RFC 5545): the domains make the events, this module puts them in
a calendar and answers with it, as one file to add or as a feed a calendar app subscribes to."""

import datetime

from django.http import HttpResponse
from django.utils.text import slugify
from icalendar import Calendar, Event

CONTENT_TYPE = "text/calendar; charset=utf-8"


def page_event(page, url: str) -> Event:
    """An event about a page: the same UID in every language, so that a calendar holds one
    event however many of its translations were added."""
    event = Event()
    event.add("uid", f"{page.translation_key}@crowdtime")
    event.add("dtstamp", datetime.datetime.now(datetime.UTC))
    event.add("url", url)
    return event


def calendar(events, name: str = "") -> bytes:
    """The calendar holding these events; `name` is what a calendar app calls a feed."""
    ical = Calendar()
    ical.add("prodid", "-//Crowdtime//Calendar//EN")
    ical.add("version", "2.0")
    if name:
        ical.add("x-wr-calname", name)
    for event in events:
        ical.add_component(event)
    return ical.to_ical()


def calendar_download(events, title: str, fallback: str) -> HttpResponse:
    """One calendar file to open, named after `title` (or `fallback` when it has no letter a
    file name keeps)."""
    response = HttpResponse(calendar(events), content_type=CONTENT_TYPE)
    filename = slugify(title)[:60] or fallback
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response
