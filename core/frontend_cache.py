"""The cache in front of the site (Varnish), when FRONTEND_CACHE_URL names it: how long it may
keep a page, and how it is told to drop one.

How long: a page that shows figures which change between publishes (a campaign's
participants, a challenge's contributions, the statistics) is kept LIVE_FIGURES_SECONDS, any
other FRONTEND_CACHE_SECONDS. The templates that draw such figures say so as they draw them
(`{% live_figures %}`, core_tags), wherever they are included: a page, a card, a feed entry,
an embedded frame; views that draw them without a template call `note_live_figures()`.
The site's middleware (crowdtime.middleware.FrontendCacheMiddleware) then sets the header.

Dropping: `purge_after_commit(urls)` gathers the addresses a transaction makes stale into one
batch, sent to the cache once the transaction commits. Sent before, it would let the cache
fetch the page again from a worker that still reads the old rows, and keep that for an hour.
It is sent by the process that commits, not queued for the task worker, which polls once a
second and may be busy with e-mails: the promise is a fresh page within a second. A cache that
cannot be reached costs a warning, never the editor's publish: pages then stay at most
FRONTEND_CACHE_SECONDS old."""

import logging
import threading
from http.client import HTTPException
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from django.db import transaction
from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache import backends

logger = logging.getLogger(__name__)
_thread = threading.local()


def note_live_figures(request) -> None:
    """This answer shows figures that change between publishes: the cache keeps it briefly."""
    if request is not None:
        request.shows_live_figures = True


def shows_live_figures(request) -> bool:
    return getattr(request, "shows_live_figures", False)


def live_figures_kept_seconds() -> int:
    """How long a cache in front of the views keeps an answer with live figures: the
    front-end cache, or else the per-worker page cache."""
    if settings.FRONTEND_CACHE_URL:
        return settings.LIVE_FIGURES_SECONDS
    return settings.CACHE_MIDDLEWARE_SECONDS


class HTTPBackend(backends.HTTPBackend):
    """Wagtail's PURGE requests, each given TIMEOUT seconds (Wagtail's wait forever), and given
    up for the whole batch at the first that fails: a cache that is down would cost the editor
    a timeout per address, and one that refuses this node a warning per address. Asked inside a transaction (Wagtail's
    redirects purge the old addresses of a page whose slug changed as they save), it waits
    for the commit, with the rest of the transaction's batch."""

    def __init__(self, params):
        self.timeout = params.pop("TIMEOUT", 2)
        super().__init__(params)

    def purge_batch(self, urls) -> None:
        if transaction.get_connection().in_atomic_block and not getattr(_thread, "sending", False):
            purge_after_commit(urls)
            return
        for url in urls:
            try:
                self.send_purge(url)
            except (URLError, OSError, HTTPException) as error:
                # Down, or refusing this node's purges (HTTPError): the others would fare alike.
                logger.warning(
                    "The front-end cache cannot be reached or refused to purge (%s); %d "
                    "addresses stay cached until they expire.",
                    getattr(error, "reason", error),
                    len(urls),
                )
                return

    def purge(self, url) -> None:
        self.purge_batch([url])

    def send_purge(self, url) -> None:
        """As Wagtail's backend sends it: to the cache's address, for the page's host."""
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        request = backends.http.PurgeRequest(
            url=urlunsplit(
                (self.cache_scheme, self.cache_netloc, parts.path, parts.query, parts.fragment)
            ),
            headers={"Host": host, "User-Agent": f"Wagtail-frontendcache/{wagtail_version}"},
        )
        with urlopen(request, timeout=self.timeout):  # noqa: S310 (the scheme is the settings')
            pass


def enabled() -> bool:
    """Whether a front-end cache is to be purged (FRONTEND_CACHE_URL)."""
    return bool(settings.WAGTAILFRONTENDCACHE)


def purge_after_commit(urls) -> None:
    """Purge `urls` from the front-end cache once the current transaction commits (at once
    outside one), with whatever else the transaction asked to purge, in one batch."""
    if not enabled():
        return
    batch = _batch_waiting_for_commit()
    if batch is not None:
        batch.urls.update(urls)
        return
    batch = PurgeBatch(urls)
    _thread.batch = batch
    # Robust: an error after the commit must not turn the editor's publish into a 500.
    transaction.on_commit(batch.send, robust=True)


def _batch_waiting_for_commit():
    batch = getattr(_thread, "batch", None)
    connection = transaction.get_connection()
    if batch is None or not connection.in_atomic_block:
        return None
    # A rollback drops the callback, and the batch with it.
    waiting = any(
        getattr(func, "__self__", None) is batch
        for _savepoints, func, _robust in connection.run_on_commit
    )
    return batch if waiting else None


class PurgeBatch:
    """The addresses one transaction made stale, sent once it commits, and once more a moment
    later: the other workers empty their own caches when Redis tells them of the commit,
    a few milliseconds after it, and a page one of them drew in between, from what it kept,
    would be kept by the front-end cache for an hour."""

    AGAIN_AFTER_SECONDS = 0.5

    def __init__(self, urls):
        self.urls = set(urls)

    def send(self) -> None:
        if getattr(_thread, "batch", None) is self:
            _thread.batch = None
        self.purge()
        again = threading.Timer(self.AGAIN_AFTER_SECONDS, self.purge)
        again.name = "purge-again"
        again.daemon = True
        again.start()

    def purge(self) -> None:
        from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task

        # Committed: the backend sends it now, though a test's transaction is still open.
        _thread.sending = True
        try:
            # Wagtail's purge, run here rather than queued (see the module's docstring).
            purge_urls_from_cache_task.call(sorted(self.urls))
        finally:
            _thread.sending = False
