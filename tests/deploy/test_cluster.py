"""The production topology, started by deploy/cluster.py (Varnish, HAProxy, two gunicorn
nodes, PgBouncer, Redis, two task workers), seen as visitors and editors see it, over HTTP:
publishes reach every cache at once, a node that dies or restarts loses no sign-up, two task
workers send each e-mail once, and live figures keep their promised delay."""

import email
import http.client
import json
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode, urlsplit

import pytest

from deploy.cluster import wait_until
from tests.deploy.visitors import Joiner, Load, Visitor, new_email, participants

pytestmark = [pytest.mark.cluster, pytest.mark.postgres]

LANGUAGES = ["fr", "en", "es", "ca"]
# How long a publish or an unpublish may take to show everywhere (the issue's promise).
PUBLISH_DELAY = 1.0


def api(cluster, query: dict) -> list[dict]:
    answer = Visitor(cluster.node_url(1)).get(f"/api/v2/pages/?{urlencode(query)}")
    assert answer.status == 200, answer.text
    return json.loads(answer.text)["items"]


def path_of(item: dict) -> str:
    return urlsplit(item["meta"]["html_url"]).path


def in_every_language(cluster, page: dict) -> dict[str, dict]:
    """The page and its translations, by language: {"fr": {"id": …, "path": …}, …}."""
    translations = api(cluster, {"translation_of": page["id"], "limit": 10})
    found = {item["meta"]["locale"]: item for item in [page, *translations]}
    assert sorted(found) == sorted(LANGUAGES)
    return {language: {"id": item["id"], "path": path_of(item)} for language, item in found.items()}


@pytest.fixture(scope="module")
def articles(cluster) -> list[dict]:
    """The demo's French articles (each translated into every language)."""
    return api(cluster, {"type": "pages.ArticlePage", "locale": "fr", "limit": 20})


@pytest.fixture(scope="module")
def campaign_path(cluster) -> str:
    """An open French campaign of the demo."""
    campaigns = api(cluster, {"type": "campaigns.CampaignPage", "locale": "fr", "fields": "status"})
    return next(path_of(item) for item in campaigns if item["status"] == "open")


@pytest.fixture
def places(cluster) -> dict[str, str]:
    """Where a visitor can read the site: through Varnish, and from each node directly."""
    return {
        "Varnish": cluster.varnish_url,
        **{f"node {node}": cluster.node_url(node) for node in cluster.node_numbers},
    }


@pytest.fixture
def editor(cluster) -> Visitor:
    """An administrator logged in to the admin of node 1, on its own port."""
    visitor = Visitor(cluster.node_url(1))
    visitor.log_in_to_admin(*cluster.admin_login())
    return visitor


def cached_through_varnish(cluster, path: str) -> None:
    """The page as Varnish now keeps it: a second request is a hit."""
    visitor = Visitor(cluster.varnish_url)
    visitor.get(path)
    answer = visitor.get(path)
    assert answer.status == 200 and answer.headers.get("x-cache") == "HIT", (path, answer.headers)


def seconds_until(places: dict, paths: dict, seen, window: float) -> dict:
    """For each place and language, how many seconds after now the requests sent began to
    get what `seen` looks for, and kept getting it (None if the last answer did not): each is
    asked every 20 ms for `window` seconds, by a thread of its own. The moment a request is
    sent counts, not the moment it is answered: a page drawn slowly on a busy machine is not
    a stale one."""
    started = time.monotonic()

    def poll(place_and_language):
        place, language = place_and_language
        visitor = Visitor(places[place])
        answers = []  # (seconds when sent, whether seen)
        while (sent := time.monotonic() - started) < window:
            answers.append((sent, seen(visitor.get(paths[language]))))
            time.sleep(0.02)
        if not answers[-1][1]:
            return None
        last_unseen = max((sent for sent, ok in answers if not ok), default=-1.0)
        return round(min(sent for sent, ok in answers if sent > last_unseen), 2)

    waiting = [(place, language) for place in places for language in paths]
    with ThreadPoolExecutor(max_workers=len(waiting)) as pollers:
        return dict(zip(waiting, pollers.map(poll, waiting), strict=True))


def test_a_page_published_in_the_admin_of_one_node_is_fresh_everywhere_in_every_language(
    cluster, articles, places, editor
):
    pages = in_every_language(cluster, articles[0])
    paths = {language: page["path"] for language, page in pages.items()}
    for path in paths.values():
        cached_through_varnish(cluster, path)
        for node in cluster.node_numbers:
            Visitor(cluster.node_url(node)).get(path)  # what each node keeps, kept
    # Drafts with a new title in every language, waiting to be published; saved as an
    # editor's drafts are, by a management shell (the editor's form needs JavaScript to post).
    mark = f"Cluster {uuid.uuid4().hex[:8]}"
    ids = [page["id"] for page in pages.values()]
    cluster.manage(
        "shell",
        "-c",
        "from wagtail.models import Page\n"
        f"for page in Page.objects.filter(id__in={ids}).specific():\n"
        f"    page.title += ' {mark}'\n"
        "    page.save_revision()\n",
    )
    assert all(mark not in Visitor(cluster.varnish_url).get(path).text for path in paths.values())

    editor.admin_action(
        f"/admin/bulk/wagtailcore/page/publish/?{urlencode({'id': ids}, doseq=True)}"
    )
    took = seconds_until(places, paths, lambda answer: mark in answer.text, window=3)

    print(f"\nSeconds from publish to fresh: {took}")
    assert all(seconds is not None and seconds <= PUBLISH_DELAY for seconds in took.values()), took


def test_a_page_unpublished_in_the_admin_answers_404_everywhere_at_once(
    cluster, articles, places, editor
):
    pages = in_every_language(cluster, articles[1])
    paths = {language: page["path"] for language, page in pages.items()}
    for path in paths.values():
        cached_through_varnish(cluster, path)

    ids = [page["id"] for page in pages.values()]
    editor.admin_action(
        f"/admin/bulk/wagtailcore/page/unpublish/?{urlencode({'id': ids}, doseq=True)}"
    )
    took = seconds_until(places, paths, lambda answer: answer.status == 404, window=3)

    print(f"\nSeconds from unpublish to 404: {took}")
    assert all(seconds is not None and seconds <= PUBLISH_DELAY for seconds in took.values()), took


def anonymous_pages(campaign_path: str) -> list[str]:
    """What the load reads: pages Varnish keeps, and the join form, which it never keeps."""
    return [*(f"/{language}/" for language in LANGUAGES), campaign_path, f"{campaign_path}join/"]


def not_in_database(database, emails: list[str]) -> list[str]:
    found = database.execute(
        "SELECT email FROM campaigns_participation WHERE email = ANY(%s)", [emails]
    ).fetchall()
    return sorted(set(emails) - {row[0] for row in found})


def test_killing_a_node_under_load_loses_no_sign_up(cluster, cluster_database, campaign_path):
    try:
        with Load(cluster.varnish_url, campaign_path, anonymous_pages(campaign_path)) as load:
            time.sleep(2)
            killed = time.monotonic()
            cluster.kill_node(1)
            wait_until(
                lambda: not cluster.haproxy_servers()["node1"]["status"].startswith("UP"),
                10,
                "HAProxy noticed",
                step=0.01,
            )
            noticed = time.monotonic()
            time.sleep(3)
    finally:
        cluster.start_node(1)

    in_between = load.failures(started_before=noticed)
    print(
        f"\nNode 1 killed under load: HAProxy noticed in {noticed - killed:.2f} s; "
        f"{len(in_between)} of {len(load.outcomes)} requests failed in between "
        f"({Counter(f'{o.kind} {o.what}' for o in in_between)}), none after."
    )
    assert load.failures(started_after=noticed) == []
    # Sign-ups went on through the other node.
    assert any(o.kind == "sign-up" and o.ok for o in load.outcomes if o.started > noticed)
    # Every sign-up that was answered is counted. (Twice is impossible: the database holds
    # one sign-up per campaign and address, and HAProxy never sends a POST again.)
    assert not_in_database(cluster_database, load.signed_up) == []


def test_a_rolling_restart_of_both_nodes_under_load_fails_no_request(
    cluster, cluster_database, campaign_path
):
    with Load(cluster.varnish_url, campaign_path, anonymous_pages(campaign_path)) as load:
        time.sleep(1)
        cluster.rolling_restart()
        time.sleep(1)

    failed = Counter(f"{o.kind} {o.what}" for o in load.failures())
    print(f"\nRolling restart under load: {len(load.outcomes)} requests, failed: {failed}.")
    assert load.failures() == []
    assert load.signed_up
    assert not_in_database(cluster_database, load.signed_up) == []


def emails_sent(cluster) -> Counter:
    """How many e-mails each address was sent (the file-based backend's files, which hold one
    or more messages each, each ended by a line of 79 dashes)."""
    sent = Counter()
    for path in cluster.mail_dir.iterdir():
        for text in path.read_text().split("\n" + "-" * 79 + "\n"):
            if text.strip():
                sent[email.message_from_string(text)["To"]] += 1
    return sent


# 600 sign-ups waiting for their confirmation, and two senders queued at once: each worker
# takes one, and they share the batches.
TWO_SENDERS = """
from campaigns.confirmations import send_confirmations
from campaigns.models import CampaignPage, Participation
campaign = CampaignPage.objects.live().first()
Participation.objects.bulk_create(
    Participation(
        campaign_key=campaign.translation_key, email=f"rush-{n}@example.org", language="fr",
        privacy_notice_version="test", confirmation_pending=True,
    )
    for n in range(600)
)
send_confirmations.enqueue()
send_confirmations.enqueue()
"""


def test_two_task_workers_send_each_e_mail_once(cluster, cluster_database, campaign_path):
    started = cluster_database.execute("SELECT now()").fetchone()[0]
    emails = [new_email() for _ in range(30)]

    def sign_up(addresses):
        joiner = Joiner(cluster.varnish_url, campaign_path)
        return [joiner.join(address).status for address in addresses]

    # Three visitors at once, each sign-up waking the sender unless it is awake.
    with ThreadPoolExecutor(max_workers=3) as visitors:
        statuses = [
            s for done in visitors.map(sign_up, [emails[n::3] for n in range(3)]) for s in done
        ]
    assert statuses == [302] * len(emails)
    cluster.manage("shell", "-c", TWO_SENDERS)
    cluster.wait_for_tasks(60)

    sent = emails_sent(cluster)
    rush = [f"rush-{n}@example.org" for n in range(600)]
    assert {address: sent[address] for address in emails + rush} == dict.fromkeys(emails + rush, 1)
    workers = cluster_database.execute(
        "SELECT DISTINCT jsonb_array_elements_text(worker_ids) FROM django_tasks_database_dbtaskresult"
        " WHERE task_path LIKE %s AND enqueued_at >= %s",
        ["%send_confirmations", started],
    ).fetchall()
    # Both sent e-mails from the queue at the same time: the test saw them compete.
    assert sorted(row[0] for row in workers) == ["cluster-worker1", "cluster-worker2"]


def test_a_sign_up_through_one_node_is_counted_through_the_other_and_varnish_in_time(
    cluster, campaign_path
):
    promised = int(cluster.environment().get("LIVE_FIGURES_SECONDS", "5")) + 1
    cached_through_varnish(cluster, campaign_path)
    before = participants(Visitor(cluster.node_url(1)).get(campaign_path).text)

    answer = Joiner(cluster.node_url(2), campaign_path).join(new_email())
    assert answer.status == 302
    places = {"Varnish": cluster.varnish_url, "node 1": cluster.node_url(1)}
    took = seconds_until(
        places,
        {"fr": campaign_path},
        lambda answer: participants(answer.text) > before,
        window=promised + 3,
    )

    print(f"\nSeconds from a sign-up on node 2 to its count (promised {promised}): {took}")
    assert all(seconds is not None and seconds <= promised for seconds in took.values()), took


def test_varnish_never_gives_a_visitor_another_visitors_form_token_or_session(
    cluster, articles, editor, campaign_path
):
    join_form = f"{campaign_path}join/"
    article = path_of(articles[2])
    first, second = Visitor(cluster.varnish_url), Visitor(cluster.varnish_url)
    first.form_token(join_form)
    second.form_token(join_form)
    # A form is drawn for each visitor, with a token of their own, and never kept: the
    # visitor's cookie reaches the node, which draws the next form with the same secret.
    assert first.cookies["csrftoken"] != second.cookies["csrftoken"]
    kept = first.cookies["csrftoken"]
    assert first.get(join_form).headers["x-cache"] == "MISS"
    assert first.cookies["csrftoken"] == kept

    # A page without a form is kept, and served to visitors with a token's cookie or
    # without, with no cookie of anyone's.
    first.get(article)
    for visitor in (first, Visitor(cluster.varnish_url)):
        answer = visitor.get(article)
        assert answer.headers["x-cache"] == "HIT"
        assert "set-cookie" not in answer.headers

    # An editor, logged in, gets pages of their own.
    with_session = Visitor(cluster.varnish_url)
    with_session.cookies = dict(editor.cookies)
    assert with_session.get(article).headers["x-cache"] == "MISS"
    assert with_session.get("/admin/").status == 200


def test_only_this_machine_may_purge_varnish(cluster, articles):
    article = path_of(articles[2])

    def purge_from(address: str) -> int:
        connection = http.client.HTTPConnection(
            "127.0.0.1", cluster.ports.varnish, timeout=10, source_address=(address, 0)
        )
        try:
            connection.request("PURGE", article)
            return connection.getresponse().status
        finally:
            connection.close()

    Visitor(cluster.varnish_url).get(article)
    assert purge_from("127.0.0.2") == 405  # another address, as another machine has
    assert Visitor(cluster.varnish_url).get(article).headers["x-cache"] == "HIT"
    assert purge_from("127.0.0.1") == 200
    assert Visitor(cluster.varnish_url).get(article).headers["x-cache"] == "MISS"
