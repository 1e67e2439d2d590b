"""Fixtures and helpers shared by every test folder. Tests stand on a small trilingual site
(`site`, shared by all of them) and build the few pages they need with the factories
(tests/factories.py), through the fixtures below; the demo site is loaded only for the tests
that ask for it (`demo`), once for all of them (SharedData). tests/README.md is the guide."""

import os
import time
from dataclasses import dataclass

import factory.random
import pytest
from django.contrib.auth.hashers import get_hasher
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection, transaction
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from crowdtime.wsgi import application
from pages.models import ArticlePage, HomePage
from tests import factories
from tests.factories import LANGUAGES

__all__ = ["LANGUAGES", "index_of", "live_pages", "queries", "skip_or_fail", "translation_of"]


def skip_or_fail(reason: str):
    """A test that needs a missing tool skips on a laptop, and fails in CI, which has them all."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI must run this test)")
    pytest.skip(reason)


def translation_of(page: Page, language: str) -> Page:
    return page.get_translation(Locale.objects.get(language_code=language)).specific


def index_of(page: Page) -> Page:
    """The listing that shows a campaign or a challenge (they live under their
    organisation's page), in the page's language."""
    from campaigns.models import CampaignIndexPage, CampaignPage
    from challenges.models import ChallengeIndexPage

    index_model = CampaignIndexPage if isinstance(page, CampaignPage) else ChallengeIndexPage
    return index_model.objects.get(locale_id=page.locale_id)


def live_pages():
    """Every live page below the site roots (the tree root excluded), all languages."""
    return list(Page.objects.live().filter(depth__gt=1).select_related("locale").specific())


# Data shared by many tests ------------------------------------------------------------------


class SharedData:
    """Rows built once and shared by every test that stands on them, as Django's
    `setUpTestData` shares a class's: built inside a transaction opened before the first of
    those tests, each test then runs in a savepoint of its own, and the transaction is rolled
    back before a test that wants other data (or none), leaving the database as migrations
    made it. Two kinds: the small trilingual site most tests stand on (`site`, a few seconds
    to build) and the demo site (`demo`, about a minute). The collection hook below runs
    the tests of each kind together; one run apart only costs a second build."""

    blocker = None  # pytest-django's, to reach the database between tests

    def __init__(self, build):
        self.build = build
        self.atomic = None

    @property
    def loaded(self) -> bool:
        return self.atomic is not None

    def load(self) -> None:
        with self.blocker.unblock():
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            try:
                with factories.as_committed():
                    self.build()
            except BaseException:
                self.unload()
                raise

    def unload(self) -> None:
        if not self.loaded:
            return
        with self.blocker.unblock():
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
        self.atomic = None


SITE = SharedData(factories.build_site)
DEMO = SharedData(lambda: call_command("load_demo_content", verbosity=0))


def wanted_data(item) -> SharedData | None:
    """What a test stands on: the demo if it asks for it (directly, or through `usefixtures`),
    else the small site if it asks for `site` (directly or through another fixture)."""
    if "demo" in item.fixturenames:
        return DEMO
    if "site" in item.fixturenames:
        return SITE
    return None


def uses_database(item) -> bool:
    return item.get_closest_marker("django_db") is not None or "db" in item.fixturenames


def is_transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    committed = marker is not None and (
        marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")
    )
    return bool(committed) or bool({"transactional_db", "live_server"} & set(item.fixturenames))


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    SharedData.blocker = django_db_blocker
    yield
    for data in (SITE, DEMO):
        data.unload()


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef, request):
    """Right before a test's transaction opens (pytest-django's `_django_db_helper`), put the
    shared data it stands on in place. A transactional test commits, and pytest-django empties
    the database after it: it stands on nothing shared, and builds what it needs."""
    if fixturedef.argname == "_django_db_helper":
        wanted = None if is_transactional(request.node) else wanted_data(request.node)
        for data in (SITE, DEMO):
            if data.loaded and data is not wanted:
                data.unload()
        if wanted is not None and not wanted.loaded:
            wanted.load()
    return (yield)


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` need real concurrent writers: they run in the PostgreSQL pass
    (`DATABASE_URL=postgres://… make test`, which CI runs) and are left out on SQLite.
    The tests that stand on the same shared data run together (SharedData)."""

    def order(item) -> int:
        if is_transactional(item):
            # Those that build the site first, on what migrations made (see `site`).
            return 4 if wanted_data(item) is None else 3
        if uses_database(item):
            return {None: 0, SITE: 1, DEMO: 2}[wanted_data(item)]
        return 5

    items.sort(key=order)  # stable: pytest-django's order is kept within each group
    if connection.vendor == "postgresql":
        return
    deselected = [item for item in items if item.get_closest_marker("postgres")]
    if deselected:
        items[:] = [item for item in items if not item.get_closest_marker("postgres")]
        config.hook.pytest_deselected(items=deselected)
        print(
            f"\n{len(deselected)} PostgreSQL-only tests left out: the database is not PostgreSQL."
        )


def uses_demo(request) -> bool:
    return "demo" in request.fixturenames


@pytest.fixture
def demo(db, request):
    """The demo site. The tests about the demo (tests/demo/) use it; so do, until they build
    their own pages, the files that still read it (`pytestmark =
    pytest.mark.usefixtures("demo")`): for them, `site`, `home`, `articles`, `campaigns` and
    `challenges` are the demo's."""
    if is_transactional(request.node):
        pytest.fail("The demo is shared inside a transaction: a transactional test builds its own.")


# Each test afresh ----------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Each test starts with no rate limit used and no page or fragment cached by another test
    (whose changes were rolled back without a publish to empty the caches)."""
    from django.core.cache import cache

    from core.cache import empty_local_caches

    cache.clear()
    empty_local_caches()


@pytest.fixture(autouse=True)
def _same_random_data():
    """Faker and the factories draw the same values in every run."""
    factory.random.reseed_random(factories.SEED)


class RateLimitClock:
    """django-ratelimit counts in fixed windows of the clock: frozen, it keeps a test's attempts
    in one window, however slow the machine; moved (`now += seconds`), it ends the window."""

    def __init__(self):
        self.now = time.time()

    def time(self) -> float:
        return self.now


@pytest.fixture
def ratelimit_clock(monkeypatch) -> RateLimitClock:
    import django_ratelimit.core

    clock = RateLimitClock()
    monkeypatch.setattr(django_ratelimit.core, "time", clock)
    return clock


@pytest.fixture
def hashings(monkeypatch):
    """How many passwords the configured hasher has hashed: the slow step that, skipped, would
    tell by its speed which addresses have an account."""
    hasher = type(get_hasher())
    calls = []
    encode = hasher.encode

    def counted(self, *args, **kwargs):
        calls.append(args)
        return encode(self, *args, **kwargs)

    monkeypatch.setattr(hasher, "encode", counted)
    return calls


# Requests as the server makes them ----------------------------------------------------------


@pytest.fixture(scope="session")
def apertium_server():
    """A real APY, started once for the session's tests that need it."""
    from tests.apertium import ApertiumServer, missing

    if reason := missing():
        skip_or_fail(reason)
    server = ApertiumServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def apertium(apertium_server, settings, monkeypatch):
    """Machine translation configured as production does, against the session's APY; what the
    client remembered of earlier tests' engines is forgotten."""
    from core import apertium as client

    settings.APERTIUM_URL = apertium_server.url
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "core.machine_translation.ApertiumTranslator"
    }
    monkeypatch.setattr(client, "_routes", {})
    monkeypatch.setattr(client, "_unavailable_until", 0.0)
    return apertium_server


@pytest.fixture
def varnish(settings, monkeypatch):
    """A stand-in for Varnish in front of the site (tests/frontend_cache.py): `.purged` lists
    the addresses it was asked to purge, each batch twice (the second a moment later)."""
    from core.frontend_cache import PurgeBatch
    from tests.frontend_cache import RecordingCache, in_front_of_the_site

    cache = RecordingCache()
    in_front_of_the_site(settings, cache.url)
    monkeypatch.setattr(PurgeBatch, "AGAIN_AFTER_SECONDS", 0.2)
    yield cache
    cache.close()


@pytest.fixture
def page_cache(settings):
    """The page cache on, as in production."""
    settings.CACHE_MIDDLEWARE_SECONDS = 5
    return settings


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@dataclass
class Answer:
    status: int
    headers: dict
    text: str


@pytest.fixture
def visit():
    """A request as the WSGI server hands it to the site (site/wsgi.py), where cached pages
    are answered; the test client calls Django's handler directly. Like the test client, it
    keeps Django from closing the test's database connection at the end of a request."""

    def visit(url, method="GET", **headers) -> Answer:
        application.handler.load_middleware()  # middleware reads the test's settings once
        environ = RequestFactory().generic(method, url, **headers).environ
        answer = {}

        def start_response(status, response_headers):
            answer.update(status=int(status.split()[0]), headers=dict(response_headers))

        body = application(environ, start_response)
        text = b"".join(body).decode()
        if hasattr(body, "close"):  # as a WSGI server does
            body.close()
        return Answer(answer["status"], answer["headers"], text)

    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield visit
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


# The site, built with the factories ----------------------------------------------------------


@pytest.fixture
def site(db, request) -> factories.TrilingualSite:
    """The home pages in French, English and Spanish, an about page, the privacy notice, the
    header and footer, the listings, tags and an organisation (tests/factories.py:
    TrilingualSite), with the usual content (`articles`, `campaigns`, `challenges`), served at
    http://testserver/. Shared by the tests that use it (SharedData); a transactional test
    builds its own, committed."""
    if is_transactional(request.node):
        # pytest-django empties the database after a transactional test, rows of migrations
        # included (the tree's root, the admin's permissions): such tests run before the
        # other transactional ones, and only the first of them finds those rows.
        if not Page.get_first_root_node():
            pytest.fail("Another transactional test emptied the database before this one.")
        factories.build_site()
    return factories.TrilingualSite.find()


@pytest.fixture
def home(site) -> HomePage:
    """The French home page."""
    return site.home


@pytest.fixture
def articles(request, site) -> list:
    """Three French articles, newest first, translated (factories.ARTICLES): the newest tagged
    microbénévolat and numérique and ending with a call to action to the about page, the next
    one tagged microbénévolat, the oldest numérique."""
    if uses_demo(request):
        return list(ArticlePage.objects.filter(locale__language_code="fr").order_by("-date"))
    return factories.usual_articles()


@pytest.fixture
def campaign(site):
    """An open French campaign (untranslated), run by the site's organisation, for the
    environment."""
    return factories.CampaignPageFactory(
        parent=site.organisation["fr"], causes=[site.tags["environnement"]["fr"]]
    )


@pytest.fixture
def challenge(site):
    """An open French challenge (untranslated), run by the site's organisation, for solidarity
    and wanting writing."""
    return factories.ChallengePageFactory(
        parent=site.organisation["fr"],
        causes=[site.tags["solidarite"]["fr"]],
        skills=[site.tags["redaction"]["fr"]],
    )


@pytest.fixture
def campaigns(request, site) -> dict:
    """French campaigns by state, translated, run by the site's organisation, for the
    environment (factories.CAMPAIGNS): `finished` (110 of its goal of 100 people, each sign-up
    reporting 300 e-mails deleted, with an equivalence and results), `open` (60 people,
    reporting pages transcribed), `just_opened` (5 people, a meeting in person, 90 minutes
    each) and `upcoming` (in person and online). Sign-ups come five people at a time, one a
    day from the opening, so their chart has days."""
    from campaigns.models import CampaignPage

    if uses_demo(request):
        return demo_campaigns(CampaignPage)
    return factories.usual_campaigns()


def demo_campaigns(campaign_model) -> dict:
    by_state = {}
    for campaign in campaign_model.objects.filter(locale__language_code="fr"):
        if campaign.status == "finished":
            by_state["finished"] = campaign
        elif campaign.status == "upcoming":
            by_state["upcoming"] = campaign
        elif campaign.progress.percent > 50:
            by_state["open"] = campaign
        else:
            by_state["just_opened"] = campaign
    return by_state


@pytest.fixture
def challenges(request, site) -> dict:
    """French challenges by status (open, closed, solved), translated, run by the site's
    organisation, for solidarity and wanting writing (factories.CHALLENGES): the open one with
    two contributions, the solved one (its deadline passed) with a follow-up and one of its
    two contributions selected."""
    from challenges.models import ChallengePage

    if uses_demo(request):
        by_status = {}
        for challenge in ChallengePage.objects.filter(locale__language_code="fr").order_by(
            "deadline"
        ):
            by_status.setdefault(challenge.status, challenge)
        return by_status
    return factories.usual_challenges()
