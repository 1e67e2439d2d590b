"""E-mails sent at a moment rather than in answer to a request (reminders, digests), by
`manage.py send_due_emails`, which cron runs every few minutes. The apps that own such e-mails
register a producer; each run asks every producer what is due at `now`.

Sending once: every e-mail goes through `emails.send_once` under a key naming what it is about
("reminder:participation:42:ends"), so that two runs, one after the other or at the same moment
on two machines, send it once. A producer leaves out what was already sent (`unsent`), so that
each run queues only what is new.

Sending at a steady pace: a producer never sends in the command. It hands the recipients to
`enqueue_in_batches`, which queues one task per EMAIL_BATCH_SIZE of them, spread so that the
task worker sends at most EMAIL_RATE_PER_MINUTE e-mails a minute and stays free between
batches."""

import datetime
import itertools
from collections.abc import Callable, Iterable

from django.conf import settings
from django.utils import timezone

from core.models import SentEmail

_producers: list[Callable[[datetime.datetime], int]] = []


def register_producer(producer: Callable[[datetime.datetime], int]) -> None:
    """`producer(now)` queues the e-mails due at `now` and returns how many it queued."""
    _producers.append(producer)


def run(now: datetime.datetime | None = None) -> int:
    now = now or timezone.now()
    return sum(producer(now) for producer in _producers)


def batched(items: Iterable, size: int):
    """itertools.batched, which Python 3.11 lacks."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def unsent(keys: dict) -> list:
    """Of `{key: item}`, the items whose e-mail was not sent yet, in chunks of one query each."""
    items = []
    for chunk in batched(keys.items(), 1000):
        found = set(
            SentEmail.objects.filter(key__in=[key for key, _ in chunk]).values_list(
                "key", flat=True
            )
        )
        items.extend(item for key, item in chunk if key not in found)
    return items


def enqueue_in_batches(task, items: Iterable, *args, now: datetime.datetime | None = None) -> int:
    """Queue `task(batch, *args)` for each batch of items. A backend that can defer (the
    database queue in production) runs batch n only once the n before it had their minutes at
    the configured rate; the immediate backend of development and tests sends at once."""
    now = now or timezone.now()
    size, rate = settings.EMAIL_BATCH_SIZE, settings.EMAIL_RATE_PER_MINUTE
    defer = task.get_backend().supports_defer
    count = 0
    for number, batch in enumerate(batched(items, size)):
        queued = task
        if defer and number:
            queued = task.using(run_after=now + datetime.timedelta(minutes=number * size / rate))
        queued.enqueue(batch, *args)
        count += len(batch)
    return count
