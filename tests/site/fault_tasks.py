"""A task for the task worker's fault tests: it e-mails, then, on its first attempt, lingers
long enough for the test to kill its worker before the task is recorded as done."""

import time

from django_tasks import task

from core.emails import Email, send_once


@task(takes_context=True)
def confirm(context, key: str, linger: bool = False) -> None:
    send_once(key, Email("Confirmation", "You are in.", "<p>You are in.</p>"), "lea@faults.example")
    if linger and context.attempt == 1:
        time.sleep(60)
