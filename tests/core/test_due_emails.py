"""The scheduler's pace: a large mailing is queued as one task per batch, spread so that the
worker sends at most EMAIL_RATE_PER_MINUTE e-mails a minute, across runs, and is never held by
one task; what is queued is not queued again until it is an hour late."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks import default_task_backend

from campaigns.tasks import send_reminders
from core import due_emails
from core.models import SentEmail

DUMMY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
SECONDS = datetime.timedelta(seconds=1)


@pytest.fixture
def queue():
    with override_settings(TASKS=DUMMY, EMAIL_BATCH_SIZE=100, EMAIL_RATE_PER_MINUTE=200):
        yield default_task_backend.results
        default_task_backend.clear()


def due(numbers):
    return {f"test:{n}": n for n in numbers}


@pytest.mark.django_db
def test_a_large_mailing_is_queued_in_batches_at_the_configured_rate(queue):
    now = timezone.now()
    assert due_emails.enqueue_in_batches(send_reminders, due(range(1050)), "ends", now=now) == 1050
    assert [len(result.args[0]) for result in queue] == [100] * 10 + [50]
    # 100 e-mails a batch at 200 a minute: a batch every 30 seconds.
    assert queue[0].task.run_after is None
    delays = [result.task.run_after - now for result in queue[1:]]
    assert delays == [30 * n * SECONDS for n in range(1, 11)]


@pytest.mark.django_db
def test_the_next_run_queues_only_what_is_new_after_the_batches_waiting(queue):
    now = timezone.now()
    due_emails.enqueue_in_batches(send_reminders, due(range(300)), "ends", now=now)
    SentEmail.objects.create(key="test:300")  # sent by another way meanwhile
    later = now + 40 * SECONDS
    queued = due_emails.enqueue_in_batches(send_reminders, due(range(450)), "ends", now=later)
    assert queued == 149
    assert queue[3].args[0] == list(range(301, 401))
    # After the batch due at 60 s: at 90 s and 120 s.
    assert [result.task.run_after - now for result in queue[3:]] == [90 * SECONDS, 120 * SECONDS]


@pytest.mark.django_db
def test_a_batch_lost_by_the_worker_is_queued_again_an_hour_late(queue):
    now = timezone.now()
    due_emails.enqueue_in_batches(send_reminders, due(range(10)), "ends", now=now)
    SentEmail.objects.create(key="test:0")
    due_emails.run(now=now + 59 * 60 * SECONDS)
    assert due_emails.enqueue_in_batches(send_reminders, due(range(10)), "ends", now=now) == 0
    due_emails.run(now=now + 61 * 60 * SECONDS)
    assert due_emails.enqueue_in_batches(send_reminders, due(range(10)), "ends", now=now) == 9
