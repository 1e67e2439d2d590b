"""The task worker the fault tests start (manage.py db_worker in a process of its own): the
test settings, with production's database queue, e-mails written to files the test counts,
and a task taken for abandoned after one second."""

import os

from crowdtime.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
TASK_RUNNING_TIMEOUT = 1
