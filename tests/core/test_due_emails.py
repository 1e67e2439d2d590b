"""The scheduler's pace: a large mailing is queued as one task per batch, spread so that the
worker sends at most EMAIL_RATE_PER_MINUTE e-mails a minute and is never held by one task."""

import datetime

from django.test import override_settings
from django.utils import timezone
from django_tasks import default_task_backend

from campaigns.tasks import send_reminders
from core import due_emails

DUMMY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@override_settings(TASKS=DUMMY, EMAIL_BATCH_SIZE=100, EMAIL_RATE_PER_MINUTE=200)
def test_a_large_mailing_is_queued_in_batches_at_the_configured_rate():
    now = timezone.now()
    queued = due_emails.enqueue_in_batches(send_reminders, range(1050), "ends", now=now)

    assert queued == 1050
    results = default_task_backend.results
    assert [len(result.args[0]) for result in results] == [100] * 10 + [50]
    # 100 e-mails a batch at 200 a minute: a batch every 30 seconds.
    assert results[0].task.run_after is None
    delays = [result.task.run_after - now for result in results[1:]]
    assert delays == [datetime.timedelta(seconds=30 * n) for n in range(1, 11)]
    default_task_backend.clear()
