"""django-tasks-db's `db_worker`, made to outlive the database and its own deaths.

Its loop ends on the first database error (a PostgreSQL restart stops the task worker for
good), and a task whose worker was killed stays RUNNING for ever. This command, which takes
the place of django-tasks-db's (the project's apps come first in INSTALLED_APPS), starts its
loop again after a database error, waiting 1, 2, 4… up to 30 seconds, and puts back in the
queue, every minute, the tasks that have been RUNNING for longer than TASK_RUNNING_TIMEOUT
seconds. Running a task twice sends no e-mail twice (core.emails.send_once)."""

import logging
import threading
import time

from django.conf import settings
from django.db import DatabaseError, connections
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)
LONGEST_WAIT = 30
REQUEUE_EVERY = 60


def requeue_abandoned_tasks() -> int:
    """Tasks left RUNNING by a worker that died (kill -9, a lost machine) go back in the queue."""
    started_before = timezone.now() - timezone.timedelta(seconds=settings.TASK_RUNNING_TIMEOUT)
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=started_before
    ).update(status=TaskResultStatus.READY)


def requeue_forever() -> None:
    while True:
        try:
            if count := requeue_abandoned_tasks():
                logger.warning("Put back in the queue %d task(s) whose worker died.", count)
        except DatabaseError as error:
            logger.warning("Could not look for abandoned tasks: %s", error)
        finally:
            connections.close_all()  # this thread's own connection
        time.sleep(REQUEUE_EVERY)


class Command(db_worker.Command):
    help = "Run the task worker; it waits for the database and requeues abandoned tasks"

    def handle(self, *args, **options):
        threading.Thread(target=requeue_forever, name="requeue", daemon=True).start()
        wait = 1
        while True:
            started = time.monotonic()
            try:
                return super().handle(*args, **options)
            except DatabaseError as error:
                if time.monotonic() - started > LONGEST_WAIT:
                    wait = 1  # it had been working: a new outage
                logger.warning("Lost the database (%s); trying again in %d s.", error, wait)
                connections.close_all()
                time.sleep(wait)
                wait = min(wait * 2, LONGEST_WAIT)
