"""E-mails sent at a moment rather than in answer to a request (reminders, digests), by
`manage.py send_due_emails`, which cron runs every few minutes. The apps that own such e-mails
register a producer; each run asks every producer what is due at `now`.

Sending once: every e-mail goes through `emails.send_once` under a key naming what it is about
("reminder:participation:42:ends"), so that two runs, one after the other or at the same moment
on two machines, send it once. A run leaves out what was sent or is already queued.

Sending at a steady pace: a producer never sends in the command. It hands the recipients, by
key, to `enqueue_in_batches`, which queues one task per EMAIL_BATCH_SIZE of them, each due
after the batches already waiting, so that the task worker sends at most EMAIL_RATE_PER_MINUTE
e-mails a minute (across producers and runs) and stays free between batches."""

import dataclasses
import datetime
import itertools
import zoneinfo
from collections.abc import Callable, Iterable

from django.conf import settings
from django.db.models import Max
from django.utils import timezone

from core.models import QueuedEmail, SentEmail

# A batch still unsent this long after it was due is taken for lost (its task failed, say the
# mail server was down, or the queue was emptied): its e-mails are queued again; those sent
# meanwhile are not sent twice.
REQUEUE_AFTER = datetime.timedelta(hours=1)

# Digests leave at this local time on the first day of their period (Monday, the 1st).
SENDING_TIME = datetime.time(8, 0)
# A run that comes this long after the moment (the cron was down) still sends the period's
# digest; later, it waits for the next period, so that choosing a digest on Wednesday does not
# send last week's at once.
CATCH_UP = datetime.timedelta(days=1)

_producers: list[Callable[[datetime.datetime], int]] = []


def register_producer(producer: Callable[[datetime.datetime], int]) -> None:
    """`producer(now)` queues the e-mails due at `now` and returns how many it queued."""
    _producers.append(producer)


def run(now: datetime.datetime | None = None) -> int:
    now = now or timezone.now()
    QueuedEmail.objects.filter(due_at__lt=now - REQUEUE_AFTER).delete()
    return sum(producer(now) for producer in _producers)


def batched(items: Iterable, size: int):
    """itertools.batched, which Python 3.11 lacks."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def not_yet_handled(due: dict) -> list[tuple[str, object]]:
    """Of `{key: item}`, those neither sent nor queued, one query per thousand."""
    pending = []
    for chunk in batched(due.items(), 1000):
        keys = [key for key, _ in chunk]
        handled = set(SentEmail.objects.filter(key__in=keys).values_list("key", flat=True))
        handled |= set(QueuedEmail.objects.filter(key__in=keys).values_list("key", flat=True))
        pending.extend((key, item) for key, item in chunk if key not in handled)
    return pending


def enqueue_in_batches(task, due: dict, *args, now: datetime.datetime | None = None) -> int:
    """Queue `task(items, *args)` for each batch of `due` ({send_once key: item}) not yet sent
    or queued. A backend that can defer (the database queue in production) runs each batch
    once the ones before it, from every producer and run, had their minutes at the configured
    rate; the immediate backend of development and tests sends at once."""
    now = now or timezone.now()
    size, rate = settings.EMAIL_BATCH_SIZE, settings.EMAIL_RATE_PER_MINUTE
    interval = datetime.timedelta(minutes=size / rate)
    defer = task.get_backend().supports_defer
    last = QueuedEmail.objects.filter(due_at__gt=now).aggregate(last=Max("due_at"))["last"]
    due_at = last + interval if defer and last else now
    count = 0
    for batch in batched(not_yet_handled(due), size):
        QueuedEmail.objects.bulk_create(
            [QueuedEmail(key=key, due_at=due_at) for key, _ in batch], ignore_conflicts=True
        )
        queued = task.using(run_after=due_at) if defer and due_at > now else task
        queued.enqueue([item for _, item in batch], *args)
        count += len(batch)
        due_at += interval if defer else datetime.timedelta(0)
    return count


@dataclasses.dataclass(frozen=True)
class Period:
    """A digest's week (from Monday) or month (from the 1st), in its recipient's time zone."""

    frequency: str
    first_day: datetime.date
    time_zone: str

    @property
    def label(self) -> str:
        if self.frequency == "weekly":
            year, week, _ = self.first_day.isocalendar()
            return f"{year}-W{week:02}"
        return f"{self.first_day:%Y-%m}"

    @property
    def starts_at(self) -> datetime.datetime:
        return datetime.datetime.combine(
            self.first_day, SENDING_TIME, zoneinfo.ZoneInfo(self.time_zone)
        )

    @property
    def window(self) -> tuple[datetime.datetime, datetime.datetime]:
        """What a digest tells of: the period before its start."""
        if self.frequency == "weekly":
            previous = self.first_day - datetime.timedelta(days=7)
        else:
            previous = (self.first_day - datetime.timedelta(days=1)).replace(day=1)
        earlier = dataclasses.replace(self, first_day=previous)
        return earlier.starts_at, self.starts_at


def current_period(frequency: str, time_zone: str, now: datetime.datetime) -> Period:
    """The period whose digest was due last at `now`, there."""
    local = timezone.localtime(now, zoneinfo.ZoneInfo(time_zone))
    if frequency == "weekly":
        first_day = local.date() - datetime.timedelta(days=local.weekday())
    else:
        first_day = local.date().replace(day=1)
    period = Period(frequency, first_day, time_zone)
    if period.starts_at > now:
        return current_period(frequency, time_zone, period.starts_at - datetime.timedelta(days=1))
    return period
