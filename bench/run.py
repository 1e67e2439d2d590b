"""`make bench`: Crowdtime against a minimal Django view, in one run, on this machine.

Sets up its own database and data, serves both with gunicorn (2 workers, production
settings), drives them from 127.0.0.1 at concurrency 1 and 8, and reports throughput as a
fraction of the ceiling, latencies, queries per request and peak memory per worker; then how
the cost of the biggest pages (a campaign's embed page and badge among them) grows with 10,
1,000 and 100,000 participants or contributions, with the statistics' figures worked out afresh
at each size, and what a phone downloads on a first visit to the home, an article and a campaign
page; last, in-process, what one volunteer's digest costs at each size; and then, on
PostgreSQL, the production topology (bench/cluster.py).
The table is printed and written, with the raw figures, to bench-results/latest.json.
"""

import http.client
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from first_load import first_load, unavailable  # noqa: E402
from first_load import table as first_load_table  # noqa: E402
from load import require_wrk, run  # noqa: E402

RESULTS = ROOT / "bench-results"
WORK = RESULTS / "work"
PYTHON = sys.executable
WORKERS = 2
SECONDS = int(os.environ.get("BENCH_SECONDS", "4"))
SIZES = [10, 1_000, 100_000]
# The French campaigns with all their fields and figures, the bench's grown campaign among them.
API_CAMPAIGNS = "/api/v2/pages/?type=campaigns.CampaignPage&locale=fr&fields=*&limit=50"
SEARCH = "/fr/search/?" + urlencode({"q": "bénévolat"})
STATISTICS = "/fr/statistiques/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def redis_url() -> str:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return "none"
    return "redis://127.0.0.1:6379/15"


def bench_databases() -> list[str]:
    """The bench's own databases: a fresh SQLite file, and, when DATABASE_URL names a
    PostgreSQL server, a database called crowdtime_bench on it (made anew by each run)."""
    databases = [f"sqlite:///{WORK}/bench.sqlite3"]
    given = os.environ.get("DATABASE_URL", "")
    if given.startswith("postgres"):
        databases.append(urlsplit(given)._replace(path="/crowdtime_bench").geturl())
    return databases


def recreate(database: str) -> None:
    url = urlsplit(database)
    if url.scheme == "sqlite":
        Path(url.path).unlink(missing_ok=True)
        return
    server = ["-h", url.hostname, "-p", str(url.port or 5432), "-U", url.username or "postgres"]
    subprocess.run(["dropdb", "--if-exists", *server, "crowdtime_bench"], check=True)
    subprocess.run(["createdb", *server, "crowdtime_bench"], check=True)


def environment(database: str) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "crowdtime.settings.bench",
        "SECRET_KEY": "bench-only-secret-key-not-for-production-use-0123456789",
        "CERTIFICATE_SIGNING_KEY": "YmVuY2gtb25seS1jZXJ0aWZpY2F0ZS1rZXktMDEyMzQ=",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database,
        "REDIS_URL": redis_url(),
        "BENCH_DIR": str(WORK),
        "MEDIA_ROOT": str(WORK / "media"),
        "LOG_LEVEL": "WARNING",
        "PAGE_CACHE_SECONDS": "0",  # this process counts queries of fresh pages
        # Links to contributions' translations offered; nothing listens there, and no page view
        # asks: the translations are stored by load_bench_data, as the task worker would.
        "APERTIUM_URL": "http://127.0.0.1:9",
    }


def manage(env, *args):
    subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )


class Server:
    """gunicorn with 2 sync workers, as the README recommends for production."""

    def __init__(self, app: str, env: dict):
        self.port = free_port()
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                app,
                "--workers",
                str(WORKERS),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--log-level",
                "warning",
                "--chdir",
                str(ROOT),
            ],
            cwd=ROOT,
            env=env,
        )
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"{app} did not start")

    def workers(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()] if children.exists() else []

    def peak_memory_mb(self) -> float:
        """The largest peak resident size among the workers (VmHWM)."""
        peaks = []
        for pid in self.workers():
            status = Path(f"/proc/{pid}/status").read_text()
            peaks.append(int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024)
        return round(max(peaks), 1) if peaks else 0.0

    def cpu_seconds(self) -> float:
        """The CPU time the workers have used so far (user and system)."""
        ticks = 0
        for pid in self.workers():
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
        return ticks / os.sysconf("SC_CLK_TCK")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def setup_django(env):
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def targets() -> list[dict]:
    """Each target's path, found in the bench database."""
    from campaigns.models import CampaignIndexPage, CampaignPage
    from challenges.models import ChallengeIndexPage, ChallengePage
    from pages.models import ArticleIndexPage, ArticlePage

    fr = {"locale__language_code": "fr"}
    campaign = next(
        c
        for c in CampaignPage.objects.live().filter(**fr)
        if c.status == "open" and not c.slug.startswith("bench")
    )
    languages = ChallengePage.objects.get(slug="bench-languages")
    return [
        {"name": "home", "path": "/fr/"},
        {"name": "article index", "path": ArticleIndexPage.objects.get(**fr).url},
        {"name": "article", "path": ArticlePage.objects.live().filter(**fr).first().url},
        {"name": "campaign index", "path": CampaignIndexPage.objects.get(**fr).url},
        {"name": "campaign page", "path": campaign.url},
        {"name": "campaign embed page", "path": campaign.url + "embed/"},
        {"name": "challenge index", "path": ChallengeIndexPage.objects.get(**fr).url},
        {
            "name": "challenge page (200 contributions)",
            "path": ChallengePage.objects.get(slug="bench-200").url,
        },
        {"name": "challenge page (20 contributions in other languages)", "path": languages.url},
        {
            "name": "the same, one contribution shown translated",
            "path": f"{languages.url}?translate={languages.contributions().first().pk}",
        },
        {"name": "search", "path": SEARCH},
        # Each worker keeps a search's results until a publish: a query it has not seen costs
        # more. Each of these asks for one more word, a number, so none finds anything.
        {"name": "search, a new query each time", "path": SEARCH + "+{n}"},
        {"name": "sitemap", "path": "/sitemap.xml"},
        {"name": "API: campaigns", "path": API_CAMPAIGNS},
        {"name": "statistics", "path": STATISTICS},
        {"name": "join (POST)", "path": campaign.url + "join/", "post": True},
    ]


def queries_per_request(target) -> int:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    client.get(numbered(target["path"], "warm"))  # renditions, caches
    with CaptureQueriesContext(connection) as captured:
        if target.get("post"):
            client.post(target["path"], join_form("queries@example.invalid"))
        else:
            client.get(numbered(target["path"], "queries"))
    return len(captured)


def numbered(path: str, number: str) -> str:
    """A path that holds "{n}" gets a new number at each request of the load generator."""
    return path.replace("{n}", number)


def join_form(email: str, token: str = "") -> dict:
    return {
        "email": email,
        "first_name": "",
        "people": "1",
        "consent": "on",
        "csrfmiddlewaretoken": token,
    }


def fetch(port: int, path: str) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path)
    response = connection.getresponse()
    response.body = response.read().decode(errors="replace")
    connection.close()
    return response


def csrf_for(port: int, path: str) -> tuple[str, str]:
    """A CSRF cookie and the form's token, taken once from the join page as a browser would."""
    response = fetch(port, path)
    cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie")).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.body).group(1)
    return cookie, token


def drive(port, target, concurrency, run_id, headers=()) -> dict:
    post = None
    if target.get("post"):
        cookie, token = csrf_for(port, target["path"])
        form = urlencode(join_form(f"bench-join-{run_id}-NUMBER@example.invalid", token))
        post = (form.replace("NUMBER", "{n}"), f"csrftoken={cookie}")
    path = numbered(target["path"], f"{run_id}-{{n}}")
    return run(port, path, concurrency, SECONDS, post, headers)


def warm(server, targets) -> None:
    """Every page answers 200 (the load generator only tells 4xx and 5xx from the rest), and
    a few requests first let each worker compile its templates and fill its caches once."""
    for target in targets:
        if not target.get("post"):
            for number in range(2 * WORKERS):
                status = fetch(server.port, numbered(target["path"], f"warm-{number}")).status
                if status != 200:
                    raise RuntimeError(f"{target['path']} answered {status}, not 200")


def measure(server, ceiling, targets, concurrency, run_id) -> list[dict]:
    """Each target's figures at one concurrency, as a fraction of the ceiling measured just
    before and just after it (their mean): the machine's speed drifts by a third within a run,
    so one early sample of the ceiling would weigh on every later fraction."""

    def ceiling_rps():
        return drive(ceiling.port, {"path": "/"}, concurrency, "ceiling")["rps"]

    before, rows = ceiling_rps(), []
    for target in targets:
        cpu = server.cpu_seconds()
        figures = drive(server.port, target, concurrency, run_id)
        # Whether the workers themselves ran slower, or only the load generator kept them waiting.
        figures["cpu_ms_per_request"] = round(
            (server.cpu_seconds() - cpu) * 1000 / max(figures["requests"], 1), 3
        )
        after = ceiling_rps()
        figures["ceiling_rps"] = round((before + after) / 2, 1)
        figures["fraction_of_ceiling"] = round(figures["rps"] / figures["ceiling_rps"], 4)
        rows.append(figures)
        print(f"  {target['name']}, {run_id}: {figures['fraction_of_ceiling']}", flush=True)
        before = after
    return rows


def ceiling_summary(rows, concurrency) -> dict:
    """The ceilings each target was divided by, at one concurrency: median and range."""
    samples = sorted(
        figures["ceiling_rps"]
        for row in rows
        for key, figures in row.items()
        if key in (f"c{concurrency}", f"cached_c{concurrency}")
    )
    return {"rps": samples[len(samples) // 2], "min_rps": samples[0], "max_rps": samples[-1]}


def settle() -> None:
    """After a bulk load, PostgreSQL's autovacuum would otherwise wake during the next
    measurements and take CPU from the servers: vacuum and analyse first."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def scaling(env, server, ceiling) -> list[dict]:
    """Queries and p50 at each size. p50 is also given in units of the ceiling's time per
    request, measured around it, so that the machine's drift between sizes (minutes apart)
    does not pass for growth."""
    from campaigns.models import CampaignIndexPage, CampaignPage
    from challenges.models import ChallengePage

    rows = []
    for size in SIZES:
        manage(env, "load_bench_data", "--size", str(size))
        settle()
        campaign_url = CampaignPage.objects.get(slug="bench-campaign").url
        pages = [
            {"name": "campaign page", "path": campaign_url},
            {"name": "campaign embed page", "path": campaign_url + "embed/"},
            {"name": "campaign badge", "path": campaign_url + "badge.svg"},
            {
                "name": "campaign index",
                "path": CampaignIndexPage.objects.get(locale__language_code="fr").url,
            },
            {
                "name": "challenge page",
                "path": ChallengePage.objects.get(slug="bench-challenge").url,
            },
            {"name": "API: campaigns", "path": API_CAMPAIGNS},
            {"name": "statistics", "path": STATISTICS},
        ]
        afresh = statistics_afresh()
        warm(server, pages)
        for target, figures in zip(
            pages, measure(server, ceiling, pages, 1, f"scale{size}"), strict=True
        ):
            rows.append(
                {
                    "size": size,
                    "target": target["name"],
                    "queries": queries_per_request(target),
                    "p50_ms": figures["p50_ms"],
                    "p50_in_ceiling_requests": round(
                        figures["p50_ms"] * figures["ceiling_rps"] / 1000, 2
                    ),
                    "cpu_ms_per_request": figures["cpu_ms_per_request"],
                    "errors": figures["errors"],
                    **(afresh if target["path"] == STATISTICS else {}),
                }
            )
    return rows


def statistics_afresh() -> dict:
    """What the statistics' figures cost when they are worked out again (once every 5 minutes
    at most, by whichever worker finds them gone): queries and the median of 3 times,
    in-process. Between those moments the page reads them from the shared cache, which this
    empties first, so that the page then shows the figures of the size just loaded."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from impact.figures import CACHE_KEY, compute

    cache.delete(CACHE_KEY)
    times = []
    for _ in range(3):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            compute()
            times.append((time.perf_counter() - started) * 1000)
    return {"queries_afresh": len(captured), "figures_ms": round(sorted(times)[1], 1)}


def digests(env) -> list[dict]:
    """One volunteer's digest at each size. Its challenges are live pages, 100,000 at the
    largest size: loaded any earlier, they would be part of the site that the cached pages (the
    sitemap lists every page) and the peak memory are measured on, hence last."""
    rows = []
    for size in SIZES:
        manage(env, "load_digest_bench_data", "--size", str(size))
        rows.append({"size": size, **digest_build()})
    return rows


def digest_build() -> dict:
    """What building one volunteer's digest costs (volunteers/digests.py, as the task worker
    builds each), with as many new challenges and volunteers as the size loaded: queries and
    the median of 5 times, in-process, after one build that fills what the process keeps."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from bench.management.commands.load_digest_bench_data import period
    from volunteers import digests
    from volunteers.models import Profile

    profile = Profile.objects.filter(user__username__startswith="bench-digest-").last()
    now = timezone.now()
    digests.build(profile, period(now), now)
    times = []
    for _ in range(5):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            digests.build(profile, period(now), now)
            times.append((time.perf_counter() - started) * 1000)
    return {"digest_queries": len(captured), "digest_ms": round(sorted(times)[2], 1)}


def bench(database: str) -> dict:
    """One database's run: set up, then fresh pages, scaling, cached pages, with the ceiling
    measured between the targets, and last the digest, in-process."""
    recreate(database)
    env = environment(database)
    print(f"Setting up the bench database ({database.split(':')[0]})…", flush=True)
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo_content")
    manage(env, "load_bench_data", "--size", str(SIZES[0]))
    manage(env, "collectstatic", "--noinput")
    # Production indexes pages for search through the task worker (`db_worker`), which the
    # bench does not run: index them here, or the search would find nothing.
    manage(env, "update_index")
    setup_django(env)
    settle()
    from django.core.cache import caches

    from campaigns.models import Participation

    caches["default"].clear()  # nothing left from another database's run

    report = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.node()}, {os.cpu_count()} cores, {platform.python_version()}",
        "database": env["DATABASE_URL"].split(":")[0],
        "cache": "redis" if env["REDIS_URL"] != "none" else "file",
        "workers": WORKERS,
        "seconds_per_run": SECONDS,
    }
    ceiling = Server("ceiling:application", {**env, "PYTHONPATH": str(ROOT / "bench")})
    warm(ceiling, [{"path": "/"}])

    site = Server("crowdtime.wsgi", {**env, "PAGE_CACHE_SECONDS": "0"})
    warm(site, targets())
    if why_not := unavailable():
        print(f"First loads not measured: {why_not}.", flush=True)
    else:
        first_visits = [t for t in targets() if t["name"] in ("home", "article", "campaign page")]
        report["first_load"] = first_load(site.port, first_visits, WORK / "media")
    report["targets"] = [
        {"name": target["name"], "path": target["path"], "queries": queries_per_request(target)}
        for target in targets()
    ]
    for concurrency in (1, 8):
        run_id = f"c{concurrency}"
        for row, figures in zip(
            report["targets"], measure(site, ceiling, targets(), concurrency, run_id), strict=True
        ):
            row[run_id] = figures
    posts = [target.get("post", False) for target in targets()]
    join = next(row for row, post in zip(report["targets"], posts, strict=True) if post)
    # A sign-up still in flight when a run ends may be stored without being seen.
    join["signups_sent"] = join["c1"]["sent"] + join["c8"]["sent"]
    join["signups_accepted"] = sum(join[c]["requests"] - join[c]["errors"] for c in ("c1", "c8"))
    join["signups_counted"] = Participation.objects.filter(email__startswith="bench-join-").count()
    report["scaling"] = scaling(env, site, ceiling)
    report["peak_memory_mb"] = site.peak_memory_mb()
    site.stop()

    cached = Server("crowdtime.wsgi", {**env, "PAGE_CACHE_SECONDS": "5"})
    # A new URL at each request can never be found in the page cache: such targets are left out.
    pages = [t for t in targets() if not t.get("post") and "{n}" not in t["path"]]
    page_rows = [row for row in report["targets"] if row["path"] in {t["path"] for t in pages}]
    warm(cached, pages)
    for row, figures in zip(page_rows, measure(cached, ceiling, pages, 8, "cached"), strict=True):
        row["cached_c8"] = figures
    report["peak_memory_mb"] = max(report["peak_memory_mb"], cached.peak_memory_mb())
    cached.stop()

    report["ceiling"] = {
        "c1": ceiling_summary(report["targets"], 1),
        "c8": ceiling_summary(report["targets"], 8),
        "peak_memory_mb": ceiling.peak_memory_mb(),
    }
    ceiling.stop()
    report["digests"] = digests(env)
    return report


def main():
    """Each database in a process of its own (Django is set up once per process)."""
    if len(sys.argv) == 3 and sys.argv[1] == "--database":
        report = bench(sys.argv[2])
        (WORK / f"{report['database']}.json").write_text(json.dumps(report, ensure_ascii=False))
        return
    require_wrk()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    reports = []
    for database in bench_databases():
        subprocess.run([PYTHON, __file__, "--database", database], check=True)
        reports.append(json.loads((WORK / f"{database.split(':')[0]}.json").read_text()))
    if report := cluster_part():
        reports.append(report)
    (RESULTS / "latest.json").write_text(json.dumps(reports, indent=2, ensure_ascii=False))
    print(tables(reports))
    print(f"\nWritten to {RESULTS / 'latest.json'}")


def cluster_part() -> dict | None:
    """The production topology's figures (bench/cluster.py), in a process of its own, or
    None, with the reason printed, where it cannot run."""
    from cluster import unavailable

    if why_not := unavailable():
        print(f"The cluster part is not measured: {why_not}.", flush=True)
        return None
    subprocess.run([PYTHON, ROOT / "bench" / "cluster.py", "--no-table"], check=True)
    return json.loads((WORK / "cluster.json").read_text())


def tables(reports) -> str:
    """The figures as the README shows them (Markdown)."""
    first = reports[0]
    lines = [
        f"Latest run: {first['date']}, on {first['machine']}, cache {first['cache']}, "
        f"gunicorn {first['workers']} workers, {first['seconds_per_run']} s per run, "
        "load from wrk.",
    ]
    for report in reports:
        if report.get("part") == "cluster":
            from cluster import table as cluster_table

            lines += ["", *cluster_table(report)]
        else:
            lines += ["", *table(report)]
    return "\n".join(lines)


def table(report) -> list[str]:
    ceiling = report["ceiling"]["c8"]
    lines = [
        f"**{report['database']}** (ceiling at concurrency 8, measured around each target: "
        f"median {ceiling['rps']} requests/s, from {ceiling['min_rps']} to {ceiling['max_rps']}; "
        f"peak {report['ceiling']['peak_memory_mb']} MB per worker)",
        "",
        "| page | queries | req/s c8 | p50 ms c8 | p99 ms c8 | fresh, fraction of ceiling "
        "| cached, fraction of ceiling | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in report["targets"]:
        c1, c8 = row["c1"], row["c8"]
        cached = row.get("cached_c8", {"fraction_of_ceiling": "–", "errors": 0})
        errors = c1["errors"] + c8["errors"] + cached["errors"]
        lines.append(
            f"| {row['name']} | {row['queries']} | {c8['rps']} | {c8['p50_ms']} | "
            f"{c8['p99_ms']} | {c8['fraction_of_ceiling']} | {cached['fraction_of_ceiling']} | "
            f"{errors} |"
        )
    join = next(row for row in report["targets"] if "signups_sent" in row)
    lines += [
        "",
        f"Sign-ups: {join['signups_accepted']} accepted, {join['signups_counted']} counted "
        f"({join['signups_sent']} sent; a sign-up still in flight when a run ends is stored "
        f"without being seen). Peak memory per worker: {report['peak_memory_mb']} MB.",
        "",
        "| participants or contributions | page | queries | p50 ms (concurrency 1) "
        "| p50 in ceiling requests | workers' CPU ms per request |",
        "| ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    for row in report["scaling"]:
        lines.append(
            f"| {row['size']:,} | {row['target']} | {row['queries']} | {row['p50_ms']} | "
            f"{row['p50_in_ceiling_requests']} | {row['cpu_ms_per_request']} |"
        )
    lines += [
        "",
        "| participants and contributions | statistics' figures worked out afresh: queries "
        "| ms (in-process, median of 3) |",
        "| ---: | ---: | ---: |",
    ]
    for row in report["scaling"]:
        if "queries_afresh" in row:
            lines.append(f"| {row['size']:,} | {row['queries_afresh']} | {row['figures_ms']} |")
    lines += [
        "",
        "| new challenges and volunteers | one volunteer's digest: queries "
        "| ms (in-process, median of 5) | 100,000 digests at that pace, minutes |",
        "| ---: | ---: | ---: | ---: |",
    ]
    for row in report["digests"]:
        lines.append(
            f"| {row['size']:,} | {row['digest_queries']} | {row['digest_ms']} | "
            f"{row['digest_ms'] * 100_000 / 60_000:.0f} |"
        )
    if "first_load" in report:
        lines += ["", *first_load_table(report["first_load"])]
    return lines


if __name__ == "__main__":
    main()
