import datetime

from django.utils.translation import gettext as _
from icalendar import Event

from challenges.models import ChallengePage
from core.calendar import page_event


def challenge_event(challenge: ChallengePage, url: str) -> Event:
    """The deadline, as the time the task takes just before it, in the active language: the
    last moment to contribute."""
    event = page_event(challenge, url)
    event.add("summary", _("Deadline: %(title)s") % {"title": challenge.title})
    event.add("dtstart", challenge.deadline - datetime.timedelta(minutes=challenge.minutes))
    event.add("dtend", challenge.deadline)
    event.add("description", f"{challenge.summary}\n\n{url}")
    return event
