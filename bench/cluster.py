"""`make bench`'s cluster part: the production topology of deploy/cluster.py (Varnish, HAProxy,
two gunicorn nodes, PgBouncer, PostgreSQL, Redis, two task workers) on this machine, against
the same minimal Django view as the rest of the bench, measured around each target.

It measures cached anonymous pages through Varnish and, beside them, the same pages through
HAProxy alone; sign-ups through HAProxy and PgBouncer, each accepted one then found counted
once in the database; the time from a publish to the new title everywhere (Varnish, and each
node asked directly); and the time a sign-up made on node 2 takes to show in the campaign's
count, on node 1 and through Varnish. With the CPU time each piece spent per request (from
/proc), it works out how many machines a given load needs.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/crowdtime .venv/bin/python bench/cluster.py

runs this part alone (`make bench` runs it after the others) and writes
bench-results/work/cluster.json. It needs PostgreSQL, and Debian's varnish, haproxy and
pgbouncer packages: without them it says why it does not run."""

import http.client
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from load import require_wrk  # noqa: E402
from run import (  # noqa: E402
    SECONDS,
    WORK,
    Server,
    csrf_for,
    drive,
    fetch,
    join_form,
    setup_django,
    warm,
)

from deploy.cluster import Cluster, Ports, find_program, redis_answers  # noqa: E402

DATABASE = "crowdtime_bench_cluster"
# The machine's Redis, in a database of the bench's cluster alone (make cluster uses 11, the
# cluster tests 12, the test settings 13, the rest of the bench 15); emptied at each run.
REDIS_DATABASE = 14
LIVE_FIGURES_SECONDS = 5
SETTINGS = {
    # Every sign-up of the load comes from 127.0.0.1: the limit is raised so that none is
    # refused, as in the rest of the bench.
    "CAMPAIGN_JOIN_RATE": "1000000/m",
    "LIVE_FIGURES_SECONDS": str(LIVE_FIGURES_SECONDS),
}
# As a browser asks: a compressed page, which Varnish keeps compressed and sends as it is
# (to a client that does not ask, it would unzip every copy it sends).
BROWSER = ("Accept-Encoding: gzip, deflate, br",)
PAGES_CONCURRENCY = 32
SIGNUP_CONCURRENCIES = (8, 32)
PUBLISHES = 20
SIGNUPS_SEEN = 5
# How long a publish or a sign-up may take to show before the bench calls it lost, and how
# often each place is asked meanwhile (at most: a node takes longer to answer).
GIVE_UP_SECONDS = 30
POLL_SECONDS = 0.01
JOIN_PREFIX = "bench-join-cluster-"
# The load the README's arithmetic is for, and its assumptions (bench/README.md).
LOAD = {"page_views_per_second": 2000, "signups_per_second": 50}
HIT_RATIO = 0.9
CORES_PER_NODE = 2
BUSY_AT_MOST = 0.7


def unavailable() -> str:
    """Why the cluster part cannot run here, or ""."""
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        return "it runs on PostgreSQL (DATABASE_URL=postgres://…)"
    if missing := [name for name in ("varnishd", "haproxy", "pgbouncer") if not find_program(name)]:
        return f"{', '.join(missing)} not installed (apt-get install varnish haproxy pgbouncer)"
    return ""


def new_cluster() -> Cluster:
    """On free ports, with a database of its own on DATABASE_URL's server, made anew, in a run
    directory made anew (what an interrupted run left running there stopped first)."""
    run_dir = WORK / "cluster"
    if run_dir.exists():
        Cluster.from_run_dir(run_dir).stop()
        shutil.rmtree(run_dir)
    server = urlsplit(os.environ["DATABASE_URL"])
    redis_url = None
    if redis_answers("127.0.0.1", 6379):
        import redis

        redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DATABASE).flushdb()
        redis_url = f"redis://127.0.0.1:6379/{REDIS_DATABASE}"
    cluster = Cluster(
        run_dir=run_dir,
        ports=Ports.free(),
        database_url=server._replace(path=f"/{DATABASE}").geturl(),
        redis_url=redis_url,
        settings=SETTINGS,
        apy=False,  # machine translation is not measured here
    )
    cluster.drop_database()
    return cluster


# What each piece costs ------------------------------------------------------------------------


def processes() -> dict[int, tuple[int, float, str]]:
    """Every process: its process group, the CPU seconds it has used (user and system) and
    its command line."""
    ticks = os.sysconf("SC_CLK_TCK")
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue  # gone meanwhile
        found[int(entry.name)] = (
            int(fields[2]),
            (int(fields[11]) + int(fields[12])) / ticks,
            command,
        )
    return found


def cpu_seconds(cluster: Cluster) -> dict[str, float]:
    """The CPU time each piece of the cluster has used so far. Each piece runs in a process
    group of its own (deploy/cluster.py); PostgreSQL's share is that of the server processes
    of the cluster's database (their title names it)."""
    groups = {
        "varnish": ["varnish"],
        "haproxy": ["haproxy"],
        "nodes": [f"node{node}" for node in cluster.node_numbers],
        "task workers": [f"worker{worker}" for worker in range(1, cluster.task_workers + 1)],
        "pgbouncer": ["pgbouncer"],
    }
    leaders = {
        piece: {cluster.processes.pid(name) for name in names} - {None}
        for piece, names in groups.items()
    }
    spent = dict.fromkeys([*groups, "postgresql"], 0.0)
    for group, seconds, command in processes().values():
        for piece, pids in leaders.items():
            if group in pids:
                spent[piece] += seconds
        if command.startswith("postgres: ") and f" {cluster.database_name} " in command:
            spent["postgresql"] += seconds
    return spent


def per_request(before: dict, after: dict, requests: int) -> dict[str, float]:
    return {
        piece: round((after[piece] - before[piece]) * 1000 / max(requests, 1), 3)
        for piece in before
    }


def varnish_counters(cluster: Cluster) -> dict[str, int]:
    """Varnish's hits and misses so far (varnishstat)."""
    output = subprocess.run(
        [find_program("varnishstat"), "-n", str(cluster.run_dir / "varnish"), "-1", "-j"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    counters = json.loads(output)
    counters = counters.get("counters", counters)  # Varnish 6.5 and later nest them
    return {name: counters[f"MAIN.cache_{name}"]["value"] for name in ("hit", "miss", "hitmiss")}


# Throughput -----------------------------------------------------------------------------------


def measure(cluster, ceiling, port, targets, concurrency, run_id) -> list[dict]:
    """As bench/run.py measures: each target divided by the mean of the ceilings measured just
    before and just after it, at the same concurrency; with each piece's CPU time per request
    and, through Varnish, the share of requests it answered from its cache."""

    def ceiling_rps():
        return drive(ceiling.port, {"path": "/"}, concurrency, "ceiling")["rps"]

    through_varnish = port == cluster.ports.varnish
    before, rows = ceiling_rps(), []
    for target in targets:
        cpu = cpu_seconds(cluster)
        counters = varnish_counters(cluster)
        figures = drive(port, target, concurrency, run_id, BROWSER)
        figures["cpu_ms_per_request"] = per_request(cpu, cpu_seconds(cluster), figures["requests"])
        if through_varnish:
            seen = {
                name: value - counters[name] for name, value in varnish_counters(cluster).items()
            }
            figures["hit_ratio"] = round(seen["hit"] / max(sum(seen.values()), 1), 5)
        after = ceiling_rps()
        figures["ceiling_rps"] = round((before + after) / 2, 1)
        figures["fraction_of_ceiling"] = round(figures["rps"] / figures["ceiling_rps"], 4)
        rows.append({"name": target["name"], "path": target["path"], **figures})
        print(f"  {target['name']}, {run_id}: {figures['fraction_of_ceiling']}", flush=True)
        before = after
    return rows


def kept_by_varnish(cluster, targets) -> None:
    """Each page answers 200 through Varnish, and the second time from its cache: a page the
    cache does not keep would be measured as the nodes' speed, under Varnish's name."""
    for target in targets:
        for _ in range(2):
            response = fetch(cluster.ports.varnish, target["path"])
        if response.status != 200 or response.getheader("X-Cache") != "HIT":
            raise RuntimeError(
                f"Varnish does not keep {target['path']} ({response.status}, "
                f"Cache-Control: {response.getheader('Cache-Control')!r})"
            )


def signups_counted() -> int:
    from campaigns.models import Participation

    return Participation.objects.filter(email__startswith=JOIN_PREFIX).count()


# Freshness ------------------------------------------------------------------------------------


def until_shown(places: dict, shows, confirmations: dict | None = None) -> dict:
    """Asks each place (name: (port, path)), each in a thread of its own, again and again
    until `shows(page)` holds in as many answers in a row as `confirmations` gives it (1 by
    default; a node's every worker), for GIVE_UP_SECONDS at most: the seconds from the call to
    the first of those answers, by place, or None where it never held."""
    started = time.perf_counter()

    def watch(port, path, needed):
        first, in_a_row = None, 0
        while time.perf_counter() - started < GIVE_UP_SECONDS:
            page = fetch(port, path).body
            answered = time.perf_counter() - started
            if not shows(page):
                in_a_row = 0
            else:
                first = first if in_a_row else answered
                in_a_row += 1
                if in_a_row >= needed:
                    return first
            time.sleep(POLL_SECONDS)
        return None

    confirmations = confirmations or {}
    with ThreadPoolExecutor(len(places)) as pool:
        watching = {
            name: pool.submit(watch, port, path, confirmations.get(name, 1))
            for name, (port, path) in places.items()
        }
    return {name: future.result() for name, future in watching.items()}


def publish_to_fresh(cluster, article, listing) -> dict:
    """PUBLISHES times: the article's title changed and published, in this process (Django set
    up as the nodes are, so that the publish purges Varnish as in production), then the time
    until the new title shows through Varnish, on each node asked directly, and in the
    listing through Varnish, counted from the start of the publish."""
    from pages.models import ArticlePage

    page = ArticlePage.objects.get(pk=article.pk)
    places = {"the article through Varnish": (cluster.ports.varnish, page.url)}
    nodes = {f"the article on node {n}": cluster.ports.nodes[n - 1] for n in cluster.node_numbers}
    places |= {name: (port, page.url) for name, port in nodes.items()}
    if page.title in fetch(cluster.ports.varnish, listing.url).body:
        places["its listing through Varnish"] = (cluster.ports.varnish, listing.url)
    # Each of a node's workers: as many answers in a row, and one more.
    confirmations = dict.fromkeys(nodes, cluster.gunicorn_workers + 1)
    everywhere, publishing, by_place, never = [], [], {name: [] for name in places}, 0
    for number in range(1, PUBLISHES + 1):
        for port, path in places.values():
            if port == cluster.ports.varnish:
                kept_by_varnish(cluster, [{"path": path}])  # only the purge can make it fresh
        title = f"Bench publish {number} {time.time_ns()}"
        page.title = title
        started = time.perf_counter()
        page.save_revision().publish()
        publishing.append(time.perf_counter() - started)
        seen = until_shown(places, lambda html, title=title: title in html, confirmations)
        for name, seconds in seen.items():
            if seconds is not None:
                by_place[name].append(publishing[-1] + seconds)
        if None in seen.values():
            never += 1
            print(f"  publish {number}: never fresh at {[n for n, s in seen.items() if s is None]}")
        else:
            everywhere.append(publishing[-1] + max(seen.values()))
    return {
        "publishes": PUBLISHES,
        "publish_ms": milliseconds(publishing),
        "fresh_ms": {name: milliseconds(times) for name, times in by_place.items()},
        "fresh_everywhere_ms": milliseconds(everywhere),
        "never_fresh": never,
    }


def participants_shown(html: str) -> int:
    """The campaign's count of participants as its page shows it."""
    shown = re.search(r'class="progress-figures">\s*<strong>([^<]+)</strong>', html)
    if shown is None:
        raise RuntimeError("No count of participants on the campaign page")
    return int(re.sub(r"\D", "", shown.group(1)))


def join_directly(port: int, campaign_path: str, email: str) -> None:
    """A sign-up sent to one node, its form token taken from that node as a browser would."""
    cookie, token = csrf_for(port, campaign_path + "join/")
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request(
        "POST",
        campaign_path + "join/",
        urlencode(join_form(email, token)),
        {"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={cookie}"},
    )
    status = connection.getresponse().status
    connection.close()
    if status != 302:
        raise RuntimeError(f"A sign-up on port {port} answered {status}, not 302")


def signup_to_count(cluster, campaign_path) -> dict:
    """SIGNUPS_SEEN times, at a random moment of Varnish's time to keep the page: a sign-up
    sent to node 2, then the time until the count it adds shows on node 1 and through
    Varnish, from the sign-up's answer."""
    shuffle = random.Random(20)  # noqa: S311 (a moment, not a secret)
    first, last = cluster.node_numbers[0], cluster.node_numbers[-1]
    node_a, node_b = cluster.ports.nodes[first - 1], cluster.ports.nodes[last - 1]
    places = {
        f"on node {first}": (node_a, campaign_path),
        "through Varnish": (cluster.ports.varnish, campaign_path),
    }
    seen = {name: [] for name in places}
    for number in range(SIGNUPS_SEEN):
        time.sleep(shuffle.uniform(0, LIVE_FIGURES_SECONDS))
        before = participants_shown(fetch(node_a, campaign_path).body)
        email = f"bench-seen-{number}-{time.time_ns()}@example.invalid"
        join_directly(node_b, campaign_path, email)
        shown = until_shown(places, lambda html, before=before: participants_shown(html) > before)
        for name, seconds in shown.items():
            if seconds is None:
                print(f"  a sign-up on node {last} never showed at {name}")
            else:
                seen[name].append(seconds)
    return {
        "signups": SIGNUPS_SEEN,
        "node": last,
        "bound_ms": (LIVE_FIGURES_SECONDS + 1) * 1000,  # the cache's time, and 1 s of grace
        "seen_ms": {name: milliseconds(times) for name, times in seen.items()},
        "never_seen": sum(SIGNUPS_SEEN - len(times) for times in seen.values()),
    }


def milliseconds(seconds: list[float]) -> dict:
    if not seconds:
        return {"median": None, "worst": None}
    return {
        "median": round(statistics.median(seconds) * 1000, 1),
        "worst": round(max(seconds) * 1000, 1),
    }


# The run --------------------------------------------------------------------------------------


def targets() -> dict:
    """The pages measured, found in the cluster's database: the demo's."""
    from campaigns.models import CampaignIndexPage, CampaignPage
    from pages.models import ArticleIndexPage, ArticlePage

    fr = {"locale__language_code": "fr"}
    campaign = next(c for c in CampaignPage.objects.live().filter(**fr) if c.status == "open")
    article = ArticlePage.objects.live().filter(**fr).order_by("-first_published_at").first()
    return {
        "pages": [
            {"name": "home", "path": "/fr/"},
            {"name": "article", "path": article.url},
            {"name": "campaign page (live figures)", "path": campaign.url},
            {"name": "campaign index", "path": CampaignIndexPage.objects.get(**fr).url},
        ],
        "join": {"name": "join (POST)", "path": campaign.url + "join/", "post": True},
        "campaign": campaign,
        "article": article,
        "article index": ArticleIndexPage.objects.get(**fr),
    }


def bench() -> dict:
    cluster = new_cluster()
    print("Starting the cluster (its own database, the demo loaded)…", flush=True)
    started = time.monotonic()
    try:
        cluster.start()
        setup_django(cluster.environment())
        cluster.wait_for_tasks()  # the demo's search index, queued as it was loaded
        print(f"  started in {time.monotonic() - started:.0f} s", flush=True)
        return measure_cluster(cluster)
    finally:
        cluster.stop()


def measure_cluster(cluster) -> dict:
    found = targets()
    pages = found["pages"]
    report = {
        "part": "cluster",
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "nodes": len(cluster.ports.nodes),
        "gunicorn_workers": cluster.gunicorn_workers,
        "task_workers": cluster.task_workers,
        "seconds_per_run": SECONDS,
        "live_figures_seconds": LIVE_FIGURES_SECONDS,
        "load_average": os.getloadavg()[0],
    }
    ceiling = Server("ceiling:application", {**os.environ, "PYTHONPATH": str(ROOT / "bench")})
    try:
        warm(ceiling, [{"path": "/"}])
        kept_by_varnish(cluster, pages)
        report["varnish"] = measure(
            cluster, ceiling, cluster.ports.varnish, pages, PAGES_CONCURRENCY, "varnish"
        )
        report["haproxy"] = measure(
            cluster, ceiling, cluster.ports.haproxy, pages, PAGES_CONCURRENCY, "haproxy"
        )
        cpu = cpu_seconds(cluster)
        report["signups"] = []
        for concurrency in SIGNUP_CONCURRENCIES:
            (row,) = measure(
                cluster,
                ceiling,
                cluster.ports.haproxy,
                [found["join"]],
                concurrency,
                f"cluster-c{concurrency}",
            )
            report["signups"].append({"concurrency": concurrency, **row})
        # The e-mail each sign-up queued, sent by the task workers meanwhile and after.
        drained = time.monotonic()
        cluster.wait_for_tasks()
        report["emails_drained_seconds"] = round(time.monotonic() - drained)
        accepted = sum(row["requests"] - row["errors"] for row in report["signups"])
        report["signups_sent"] = sum(row["sent"] for row in report["signups"])
        report["signups_accepted"] = accepted
        report["signups_counted"] = signups_counted()
        # A sign-up still in flight when a run ends may be stored without being seen: every
        # accepted one is counted, and none twice, when counted lies between the two.
        report["every_accepted_signup_counted_once"] = (
            accepted <= report["signups_counted"] <= report["signups_sent"]
        )
        report["task_workers_cpu_ms_per_signup"] = round(
            (cpu_seconds(cluster)["task workers"] - cpu["task workers"]) * 1000 / max(accepted, 1),
            3,
        )
        print("  publishing…", flush=True)
        report["publish"] = publish_to_fresh(cluster, found["article"], found["article index"])
        print("  signing up on one node, reading the count on the other and in Varnish…")
        report["signup_seen"] = signup_to_count(cluster, found["campaign"].url)
        report["ceiling"] = ceiling_summary(report)
        report["ceiling"]["peak_memory_mb"] = ceiling.peak_memory_mb()
    finally:
        ceiling.stop()
    report["capacity"] = capacity(report)
    report["load_average_end"] = os.getloadavg()[0]
    return report


def ceiling_summary(report) -> dict:
    samples = sorted(
        row["ceiling_rps"]
        for row in (*report["varnish"], *report["haproxy"], *report["signups"])
        if row.get("concurrency", PAGES_CONCURRENCY) == PAGES_CONCURRENCY
    )
    return {"rps": samples[len(samples) // 2], "min_rps": samples[0], "max_rps": samples[-1]}


def capacity(report) -> dict:
    """How many machines LOAD needs, as arithmetic from the CPU time each piece spent per
    request: Varnish per page view, a node per page Varnish does not hold (the share
    1 - HIT_RATIO) and per sign-up (with its e-mail, sent by a task worker), PostgreSQL per
    sign-up. Nodes of CORES_PER_NODE cores, kept BUSY_AT_MOST busy."""
    views, signups = LOAD["page_views_per_second"], LOAD["signups_per_second"]
    varnish_ms = statistics.median(
        row["cpu_ms_per_request"]["varnish"] for row in report["varnish"]
    )
    page_ms = statistics.mean(row["cpu_ms_per_request"]["nodes"] for row in report["haproxy"])
    signup = report["signups"][0]["cpu_ms_per_request"]  # at concurrency 8
    signup_ms = signup["nodes"] + report["task_workers_cpu_ms_per_signup"]
    varnish_cores = views * varnish_ms / 1000
    node_cores = (views * (1 - HIT_RATIO) * page_ms + signups * signup_ms) / 1000
    database_cores = signups * (signup["postgresql"] + signup["pgbouncer"]) / 1000
    return {
        **LOAD,
        "hit_ratio_assumed": HIT_RATIO,
        "varnish_cpu_ms_per_view": varnish_ms,
        "varnish_views_per_core_second": round(1000 / max(varnish_ms, 0.001)),
        "node_cpu_ms_per_fresh_page": round(page_ms, 3),
        "node_cpu_ms_per_signup": round(signup_ms, 3),
        "signups_per_node_core_second": round(1000 / max(signup_ms, 0.001), 1),
        "varnish_cores": round(varnish_cores, 2),
        "node_cores": round(node_cores, 2),
        "database_cores": round(database_cores, 2),
        "nodes": max(1, -(-node_cores // (CORES_PER_NODE * BUSY_AT_MOST))),
        "cores_per_node": CORES_PER_NODE,
        "busy_at_most": BUSY_AT_MOST,
    }


def table(report) -> list[str]:
    """The cluster's figures as the README shows them (Markdown)."""
    ceiling = report["ceiling"]
    lines = [
        f"**Cluster** ({report['nodes']} nodes of {report['gunicorn_workers']} gunicorn workers "
        f"behind HAProxy and Varnish, PgBouncer, PostgreSQL, {report['task_workers']} task "
        f"workers, on the same machine; load average {report['load_average']:.1f} at the start, "
        f"{report['load_average_end']:.1f} at the end; "
        f"ceiling at concurrency {PAGES_CONCURRENCY}, measured around each target: median "
        f"{ceiling['rps']} requests/s, from {ceiling['min_rps']} to {ceiling['max_rps']})",
        "",
        f"| page, concurrency {PAGES_CONCURRENCY} | through | req/s | p50 ms | p99 ms "
        "| fraction of ceiling | Varnish hits | CPU ms per request: Varnish, HAProxy, nodes "
        "| errors |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for through, rows in (("Varnish", report["varnish"]), ("HAProxy", report["haproxy"])):
        for row in rows:
            cpu = row["cpu_ms_per_request"]
            hits = f"{row['hit_ratio']:.2%}" if "hit_ratio" in row else "–"
            lines.append(
                f"| {row['name']} | {through} | {row['rps']} | {row['p50_ms']} | "
                f"{row['p99_ms']} | {row['fraction_of_ceiling']} | {hits} | {cpu['varnish']}, "
                f"{cpu['haproxy']}, {cpu['nodes']} | {row['errors']} |"
            )
    lines += [
        "",
        "| sign-ups through HAProxy | req/s | p50 ms | p99 ms | fraction of ceiling "
        "| ceiling req/s | CPU ms per sign-up: nodes, PgBouncer, PostgreSQL | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in report["signups"]:
        cpu = row["cpu_ms_per_request"]
        lines.append(
            f"| concurrency {row['concurrency']} | {row['rps']} | {row['p50_ms']} | "
            f"{row['p99_ms']} | {row['fraction_of_ceiling']} | {row['ceiling_rps']} | "
            f"{cpu['nodes']}, {cpu['pgbouncer']}, {cpu['postgresql']} | {row['errors']} |"
        )
    publish, seen = report["publish"], report["signup_seen"]
    shown_on = "; ".join(
        f"{name} median {times['median']} ms, worst {times['worst']} ms"
        for name, times in seen["seen_ms"].items()
    )
    lines += [
        "",
        f"Sign-ups: {report['signups_accepted']} accepted, {report['signups_counted']} counted "
        f"({report['signups_sent']} sent: every accepted one counted once, "
        f"{'yes' if report['every_accepted_signup_counted_once'] else 'NO'}); their e-mails "
        f"all sent {report['emails_drained_seconds']} s after the last run, at "
        f"{report['task_workers_cpu_ms_per_signup']} ms of a task worker's CPU each.",
        "",
        f"Publish to fresh everywhere ({', '.join(publish['fresh_ms'])}), over "
        f"{publish['publishes']} publishes, from the start of the publish: median "
        f"{publish['fresh_everywhere_ms']['median']} ms, worst "
        f"{publish['fresh_everywhere_ms']['worst']} ms (the publish itself, purge included: "
        f"median {publish['publish_ms']['median']} ms); never fresh: {publish['never_fresh']}.",
        "",
        f"A sign-up on node {seen['node']} counted on the campaign page, over {seen['signups']}, "
        f"from its answer: {shown_on} (the bound through Varnish: "
        f"{report['live_figures_seconds']} s kept, 1 s of grace); never seen: "
        f"{seen['never_seen']}.",
        "",
        *capacity_lines(report["capacity"]),
    ]
    return lines


def capacity_lines(capacity) -> list[str]:
    return [
        f"For {capacity['page_views_per_second']:,} page views and "
        f"{capacity['signups_per_second']} sign-ups a second, at these figures (bench/README.md): "
        f"Varnish serves {capacity['varnish_views_per_core_second']:,} views per core-second "
        f"({capacity['varnish_cores']} cores); with {capacity['hit_ratio_assumed']:.0%} of views "
        f"from its cache, a node core draws a page Varnish lacks in "
        f"{capacity['node_cpu_ms_per_fresh_page']} ms and takes a sign-up and its e-mail in "
        f"{capacity['node_cpu_ms_per_signup']} ms ({capacity['node_cores']} cores); so "
        f"{capacity['nodes']:.0f} app node(s) of {capacity['cores_per_node']} cores at most "
        f"{capacity['busy_at_most']:.0%} busy, and 1 Varnish; PostgreSQL and PgBouncer "
        f"{capacity['database_cores']} cores for the sign-ups.",
    ]


def main():
    require_wrk()
    if why_not := unavailable():
        raise SystemExit(f"The cluster part is not measured: {why_not}.")
    WORK.mkdir(parents=True, exist_ok=True)
    report = bench()
    (WORK / "cluster.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    if "--no-table" not in sys.argv:
        print("\n".join(table(report)))
        print(f"\nWritten to {WORK / 'cluster.json'}")


if __name__ == "__main__":
    main()
