"""The task worker (a real `manage.py db_worker` process) outlives a database that goes away
and comes back, a task whose worker was killed (kill -9) runs again, and its e-mail still
leaves once."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from core.models import SentEmail
from tests.site.fault_tasks import confirm
from tests.site.faults import TcpProxy, wait_until

pytestmark = [pytest.mark.faults, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def queue(settings):
    """Tasks go to the database, as in production, for the worker processes to find."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def workers(tmp_path):
    """Starts task workers on the test database (through `port`); kills them all at the end."""
    started = []
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()

    def start(port: int):
        database = connection.settings_dict
        url = f"postgres://{database['USER']}@127.0.0.1:{port}/{database['NAME']}"
        log = open(tmp_path / f"worker{len(started)}.log", "w+")  # noqa: SIM115 (closed below)
        process = subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "db_worker", "--interval", "0.1", "--no-startup-delay"],
            cwd=django_settings.BASE_DIR,
            env={
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "tests.site.fault_worker_settings",
                "DATABASE_URL": url,
                "EMAIL_FILE_PATH": str(mail_dir),
            },
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        process.log = log
        started.append(process)
        return process

    start.emails_sent = lambda: len(list(mail_dir.iterdir()))
    yield start
    for process in started:
        process.kill()
        process.wait(timeout=10)
        process.log.close()


def database_port() -> int:
    return int(connection.settings_dict["PORT"] or 5432)


def status_of(result) -> str:
    return DBTaskResult.objects.get(pk=result.id).status


def test_a_task_whose_worker_was_killed_runs_again_and_its_email_leaves_once(queue, workers):
    result = confirm.enqueue("test:killed", linger=True)
    first = workers(database_port())
    assert wait_until(lambda: SentEmail.objects.filter(key="test:killed").exists(), 30)
    first.send_signal(signal.SIGKILL)  # after its e-mail, before the task is marked done
    first.wait(timeout=10)
    assert status_of(result) == TaskResultStatus.RUNNING
    time.sleep(1.1)  # longer than the test worker's TASK_RUNNING_TIMEOUT

    workers(database_port())
    assert wait_until(lambda: status_of(result) == TaskResultStatus.SUCCESSFUL, 30)
    assert workers.emails_sent() == 1
    assert len(DBTaskResult.objects.get(pk=result.id).worker_ids) == 2  # two workers ran it


def test_the_task_worker_waits_for_the_database_and_goes_on(queue, workers):
    proxy = TcpProxy("127.0.0.1", database_port())
    try:
        worker = workers(proxy.port)
        before = confirm.enqueue("test:before")
        assert wait_until(lambda: status_of(before) == TaskResultStatus.SUCCESSFUL, 30)

        proxy.cut()
        assert wait_until(lambda: "Lost the database" in Path(worker.log.name).read_text(), 15)
        proxy.restore()
        after = confirm.enqueue("test:after")
        assert wait_until(lambda: status_of(after) == TaskResultStatus.SUCCESSFUL, 30)
        assert worker.poll() is None  # the same process, not restarted
        assert workers.emails_sent() == 2
    finally:
        proxy.close()
