"""The cluster of deploy/cluster.py, started once for the session's cluster tests: on free
ports, with a database of its own on the tests' PostgreSQL server, made afresh, and the demo
loaded; stopped, and its database dropped, at the end."""

import shutil
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from django.db import connection

from deploy.cluster import Cluster, ClusterError, Ports, find_program, redis_answers
from tests.conftest import skip_or_fail

# The tests' own Redis database when the machine's Redis answers (make cluster uses 11).
REDIS_DATABASE = 12


def flush_redis(database: int) -> None:
    """Rate limits and figures of an earlier session forgotten."""
    import redis

    redis.Redis(host="127.0.0.1", port=6379, db=database).flushdb()


@pytest.fixture(scope="session")
def cluster():
    if connection.vendor != "postgresql":
        pytest.skip("The cluster runs on PostgreSQL (DATABASE_URL=postgres://…)")
    if missing := [name for name in ("varnishd", "haproxy", "pgbouncer") if not find_program(name)]:
        skip_or_fail(
            f"The cluster needs {', '.join(missing)} (apt-get install varnish haproxy pgbouncer)"
        )
    server = connection.settings_dict
    # Named as pytest-django names test databases (whether it made its own yet or not), never
    # as one of make cluster's, which it drops.
    database = f"test_{server['NAME'].removeprefix('test_')}_cluster"
    host = server["HOST"] or "127.0.0.1"
    user = server["USER"] or "postgres"
    redis_url = None
    if redis_answers("127.0.0.1", 6379):
        flush_redis(REDIS_DATABASE)
        redis_url = f"redis://127.0.0.1:6379/{REDIS_DATABASE}"
    run_dir = Path(tempfile.mkdtemp(prefix="crowdtime-cluster-"))
    cluster = Cluster(
        run_dir=run_dir,
        ports=Ports.free(),
        database_url=f"postgres://{user}@{host}:{server['PORT'] or 5432}/{database}",
        redis_url=redis_url,
        # Every sign-up of the load comes from 127.0.0.1.
        settings={"CAMPAIGN_JOIN_RATE": "100000/m"},
        apy=False,  # machine translation is not what these tests are about
    )
    cluster.drop_database()
    try:
        try:
            cluster.start()
        except ClusterError:
            for log in sorted(cluster.processes.logs.glob("*.log")):
                print(f"--- {log.name}", *log.read_text().splitlines()[-20:], sep="\n")
            raise
        # The demo's search indexing, queued by its loading, done before the tests begin.
        cluster.wait_for_tasks()
        yield cluster
    finally:
        cluster.stop()
        cluster.drop_database()
        shutil.rmtree(run_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def cluster_database(cluster):
    """A connection to the cluster's database, to count what it holds."""
    url = urlsplit(cluster.database_url)
    with psycopg.connect(
        host=url.hostname, port=url.port, user=url.username, dbname=cluster.database_name,
        autocommit=True,
    ) as database:  # fmt: skip
        yield database
