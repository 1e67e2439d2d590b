"""Through PgBouncer in transaction pooling (DATABASE_POOLER=pgbouncer), as the cluster runs:
two server workers whose transactions take turns on PgBouncer's two server connections serve
pages and sign-ups again and again (past the fifth run of a query, when psycopg would prepare
it), each sign-up counted once; and one walks the pages with `.iterator()`, as the reminders
and digests do, while the other holds the server connection it began on."""

import re
import shutil
import tempfile
import threading
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection, transaction
from wagtail.models import Collection, Page

from campaigns.models import Participation
from crowdtime.settings.base import for_transaction_pooling
from tests import factories
from tests.conftest import skip_or_fail
from tests.site.faults import PgBouncer, ServerWorker
from tests.site.test_security import PRODUCTION_ENV, manage

ROUNDS = 6  # psycopg prepares a query at its fifth run, unless told not to


@pytest.fixture
def pgbouncer():
    if not PgBouncer.installed():
        skip_or_fail("pgbouncer is missing (apt-get install pgbouncer)")
    directory = Path(tempfile.mkdtemp(prefix="crowdtime-pgbouncer-"))
    database = connection.settings_dict
    bouncer = PgBouncer(
        directory,
        host=database["HOST"] or "127.0.0.1",
        port=int(database["PORT"] or 5432),
        database=database["NAME"],
        pool_size=2,
    )
    bouncer.start()
    yield bouncer
    bouncer.stop()
    shutil.rmtree(directory, ignore_errors=True)


def sign_up(worker, campaign, email: str) -> int:
    form = worker.get(campaign.url + "join/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    cookie = form.headers["set-cookie"].split(";")[0]
    data = {"email": email, "people": "1", "consent": "on", "csrfmiddlewaretoken": token}
    return worker.post(campaign.url + "join/", data, cookie=cookie).status


@pytest.fixture
def campaign(transactional_db):
    """A campaign on a French home page, committed: the workers read through connections of
    their own. pytest-django empties the database after a transactional test, rows of
    migrations included: the roots of the page tree and of the collections are made again
    where an earlier one left none (the small site, `site`, needs more of those rows)."""
    if Page.get_first_root_node() is None:
        factories.locale(settings.LANGUAGE_CODE)
        Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    home = factories.HomePageFactory()
    factories.default_site(home)
    return factories.CampaignPageFactory(parent=home)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_pages_and_sign_ups_go_through_pgbouncer_in_transaction_pooling(pgbouncer, campaign):
    workers = [ServerWorker(pgbouncer.port, for_transaction_pooling) for _ in range(2)]
    try:
        for round in range(ROUNDS):
            for number, worker in enumerate(workers):
                assert worker.get(campaign.url).status == 200
                assert sign_up(worker, campaign, f"p{round}-{number}@pooled.example") == 302
        page = workers[1].get(campaign.url).text
        walked = walk_the_pages_while_another_worker_works(*workers)
    finally:
        for worker in workers:
            worker.close()
    assert Participation.objects.filter(email__endswith="@pooled.example").count() == 2 * ROUNDS
    assert int(re.search(r'aria-valuenow="(\d+)"', page).group(1)) == 2 * ROUNDS
    assert sorted(walked) == sorted(Page.objects.values_list("pk", flat=True))


def walk_the_pages_while_another_worker_works(walker, other) -> list[int]:
    """After the first page, `other` begins a transaction, which PgBouncer gives the server
    connection the walker's last query used (the most recently freed), and holds it until the
    walk ends: a server-side cursor declared there would be out of the walker's reach."""
    holding, done = threading.Event(), threading.Event()

    def hold():
        with transaction.atomic():
            Page.objects.first()
            holding.set()
            done.wait(timeout=30)

    def walk():
        seen = []
        for page in Page.objects.only("pk").iterator(chunk_size=1):
            seen.append(page.pk)
            if len(seen) == 1:
                held = other.thread.submit(hold)
                assert holding.wait(timeout=30)
        return seen, held

    try:
        seen, held = walker.run(walk)
    finally:
        done.set()
    held.result(timeout=30)
    return seen


def test_production_behind_pgbouncer_turns_off_what_transaction_pooling_forbids():
    read = (
        "from django.conf import settings; database = settings.DATABASES['default']; "
        "print(database['DISABLE_SERVER_SIDE_CURSORS'], database['OPTIONS'])"
    )
    env = {**PRODUCTION_ENV, "DATABASE_URL": "postgres://crowdtime@127.0.0.1:6432/crowdtime"}
    result = manage("shell", "-c", read, DATABASE_POOLER="pgbouncer", **env)
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.splitlines()[-1] == "True {'prepare_threshold': None, 'connect_timeout': 5}"
    )

    unknown = manage("check", DATABASE_POOLER="pgpool", **env)
    assert unknown.returncode != 0
    assert "DATABASE_POOLER: unknown pooler 'pgpool'" in unknown.stderr
