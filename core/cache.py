"""What each worker keeps, where, and what empties it. This module alone reads and writes the
per-worker stores (CACHES in site/settings/base.py), but for Wagtail's {% wagtailcache %} tag
and image renditions, which find theirs through the settings.

- "pages": anonymous visitors' pages, which the page cache (site/page_cache.py) keeps
  PAGE_CACHE_SECONDS under Django's keys in page_store(); and search results, which
  remember_search() keeps, since visitors choose what they search and there it cannot push
  the menus out.
- "template_fragments": the fragments templates keep with {% wagtailcache %}, and what
  remember() and keep() keep: which page a path leads to, the site, menus, listings.
- "renditions": Wagtail's image renditions.

Memory, not Redis, because a round trip to Redis costs more than serving a cached page. A
publish, an unpublish, a move, a change of an image, of a page's privacy, of a language, or of
what an app registers with forget_when() (the menus, tags) empties all three: in the
publishing process at once, and in every worker once the change commits, told on Redis by the
publishing process. A worker empties them too when it subscribes again after losing Redis (it
may have missed news); FRAGMENT_CACHE_SECONDS bounds how long a worker that missed the news
still serves a fragment or a search's results.

The search index follows a publish later, through a task (the task worker's, once for each
object saved: hundreds as the demo loads), and empties nothing: each task gives the index a
new version in the shared cache ("default", Redis in production), which search results are
kept under, so a search is made again once the index has changed. Reading it costs each search
that the page cache does not answer a round trip to Redis; emptying the caches at each task
cost every page a cold view. A page of results that the page cache kept before the index
changed is served until it expires (PAGE_CACHE_SECONDS).

The news of a publish follows the database, never ahead of it: the signals come inside the
transaction that saves (Wagtail publishes, moves, deletes and saves snippets inside
`transaction.atomic()`), and a worker that emptied its caches then would refill them from the
old rows before the commit and serve them for minutes, a deleted page included. So every
worker empties its caches once the transaction commits, and until then keeps nothing drawn
from the old rows (LocalCache). The index's new version too waits for the commit."""

import logging
import os
import threading
import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction

CHANNEL = "crowdtime:published"
SEARCH_INDEX_VERSION = "crowdtime:search-index"
LOCAL_CACHES = ("pages", "template_fragments", "renditions")

logger = logging.getLogger(__name__)
_listening_in_pid = None
_unannounced = False  # a publish that Redis could not announce yet
_announcer = None  # the thread that announces it once Redis is back
_announcing = threading.Lock()

# Bumped each time this worker's caches are emptied: what a request computed from rows read
# before that is not kept (see LocalCache).
_generation = 0
_emptying = threading.Lock()
_thread = threading.local()  # the generation a request began in; a pending forgetting


class LocalCache(LocMemCache):
    """A worker's memory cache for what only a publish changes. It keeps nothing computed by a
    request that began before the caches were last emptied (it may have read the rows a
    publish has just replaced), nor anything computed inside a transaction that changed
    published content and has not committed yet (a rollback would leave it ahead of the
    database)."""

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with _emptying:
            return may_keep() and super().add(key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with _emptying:
            if may_keep():
                super().set(key, value, timeout, version)


def may_keep() -> bool:
    began_in = getattr(_thread, "generation", None)
    return (began_in is None or began_in == _generation) and not forgetting_on_commit()


def note_request_started(**kwargs) -> None:
    """A request_started receiver."""
    _thread.generation = _generation


def note_request_finished(**kwargs) -> None:
    """A request_finished receiver."""
    _thread.generation = None


def remember(key: str, compute):
    """`compute()`, kept in this worker's fragments until a publish empties them (None too)."""
    found = recall(key)
    if found is None:
        found = (compute(),)
        keep(key, found)
    return found[0]


def remember_search(key: str, compute):
    """A search's results, `compute()`, kept in the page cache's store until a publish empties
    it: visitors choose what they search, and there it shares the pages' bound rather than
    push the menus out. Kept under the search index's version too, which each update of the
    index changes: the search is made again, and nothing else is emptied."""
    from django.core.cache import cache

    store = page_store()
    key = f"{key}:{cache.get(SEARCH_INDEX_VERSION)}"
    found = store.get(key)
    if found is None:
        found = (compute(),)
        store.set(key, found, settings.FRAGMENT_CACHE_SECONDS)
    return found[0]


def recall(key: str):
    """What `keep()` kept in this worker's fragments under `key`, or None: for a caller that
    has nothing to compute until it has looked (the home page's routing looks for each
    shorter path in turn)."""
    return caches["template_fragments"].get(key)


def keep(key: str, value) -> None:
    """Keep `value` in this worker's fragments until a publish empties them. Never None:
    `recall()` could not tell it from nothing."""
    caches["template_fragments"].set(key, value, settings.FRAGMENT_CACHE_SECONDS)


def fragment_seconds(request) -> dict:
    """A context processor: templates keep their fragments for as long as remember() keeps
    data, `{% wagtailcache FRAGMENT_CACHE_SECONDS … %}`."""
    return {"FRAGMENT_CACHE_SECONDS": settings.FRAGMENT_CACHE_SECONDS}


def page_store():
    """The page cache's store (site/page_cache.py): Django's cache middleware keeps and finds
    anonymous visitors' pages in it, under its own keys."""
    return caches["pages"]


def forget_published_content(**kwargs) -> None:
    """A signal receiver: after a publish or an image's change, any cached page or fragment
    may be out of date (menus, cards, lists, links, pictures). This process forgets at once,
    so that the rest of its transaction sees the change; every worker forgets once the
    transaction commits; and nothing is kept in between. A rollback drops the callback."""
    empty_local_caches()
    if not forgetting_on_commit():
        _thread.forgetting = True
        transaction.on_commit(forget_everywhere)


def forget_everywhere() -> None:
    """On commit. Wagtail's own copy of the sites' root paths, in the shared cache, goes first:
    it too may have been refilled from the old rows, and the workers read it as they refill."""
    from django.core.cache import cache
    from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION

    _thread.forgetting = False
    cache.delete(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)
    empty_local_caches()
    announce()


def announce() -> None:
    """Tell every worker of a publish. Without Redis the publish still happens (the editor's
    work is saved), and a thread tells them once Redis is back."""
    global _unannounced, _announcer
    from redis.exceptions import RedisError

    if not (client := shared_redis()):
        return
    try:
        client.publish(CHANNEL, b"published")
    except RedisError:
        logger.warning("Lost Redis; the publish is announced once it is back.")
        with _announcing:
            _unannounced = True
            if _announcer is None:
                _announcer = threading.Thread(target=_announce_when_back, daemon=True)
                _announcer.start()


def _announce_when_back() -> None:
    global _unannounced, _announcer
    from redis.exceptions import RedisError

    while True:
        time.sleep(1)
        with _announcing:
            if not _unannounced or not (client := shared_redis()):
                _announcer = None
                return
            _unannounced = False
        try:
            client.publish(CHANNEL, b"published")
        except RedisError:
            with _announcing:
                _unannounced = True


def forgetting_on_commit() -> bool:
    """Whether this thread's transaction changed published content, and has not committed.
    A rollback drops the callback without running it (so the flag alone would be stale)."""
    connection = transaction.get_connection()
    return getattr(_thread, "forgetting", False) and any(
        func is forget_everywhere for _savepoints, func, _robust in connection.run_on_commit
    )


def note_index_updated(sender, task_result, **kwargs) -> None:
    """A task_finished receiver. The search index follows a publish through a task, which the
    task worker runs after the publish has been forgotten, once for each object saved: the
    results of searches made in between are kept under the index's old version. A new one,
    once the task's work commits, has every worker search again."""
    from modelsearch.tasks import insert_or_update_object_task

    if task_result.task.module_path == insert_or_update_object_task.module_path:
        transaction.on_commit(new_search_index_version)


def new_search_index_version() -> None:
    """In the shared cache, which every worker reads as it searches: a version never used
    before, so that no worker finds results kept under it."""
    from django.core.cache import cache

    cache.set(SEARCH_INDEX_VERSION, uuid.uuid4().hex, None)


def empty_local_caches(keep_requests_in_flight: bool = False) -> None:
    """Empty this worker's caches; what requests in flight compute is not kept either (they
    may have read the rows being replaced), unless told otherwise."""
    global _generation
    with _emptying:
        if not keep_requests_in_flight:
            _generation += 1
        for alias in LOCAL_CACHES:
            caches[alias].clear()


def shared_redis():
    """The Redis client of the default cache, when it is Redis (production), else None."""
    from django_redis.cache import RedisCache

    if not isinstance(cache := caches["default"], RedisCache):
        return None
    return cache.client.get_client()


def listen_for_publishes(**kwargs) -> None:
    """A request_started receiver: once in each worker process (after the server forks),
    start the thread that empties this worker's caches when another process publishes."""
    global _listening_in_pid
    if _listening_in_pid == os.getpid() or not shared_redis():
        return
    _listening_in_pid = os.getpid()
    threading.Thread(target=_listen, name="published", daemon=True).start()


def _listen() -> None:
    """Runs while the default cache is Redis (always, but in tests that change it)."""
    global _listening_in_pid
    from redis.exceptions import RedisError

    subscribed_before = False
    while client := shared_redis():
        try:
            subscription = client.pubsub(ignore_subscribe_messages=True)
            subscription.subscribe(CHANNEL)
            # Whatever was announced while this worker was not subscribed is lost: start
            # afresh. The first subscription comes with the worker's first requests, which
            # keep their work: throwing it away made every new worker's first views cold.
            empty_local_caches(keep_requests_in_flight=not subscribed_before)
            subscribed_before = True
            while shared_redis():
                # A timeout, not listen(): Redis's short SOCKET_TIMEOUT must not end the
                # subscription of a worker that simply hears no publish.
                if subscription.get_message(timeout=1.0):
                    empty_local_caches()
        except RedisError:
            logger.warning("Lost Redis; this worker's caches are emptied once it is back.")
            time.sleep(1)
    _listening_in_pid = None


# What may change what a worker keeps: each (signal, sender) empties every worker's caches. The
# apps above add their own models with forget_when(); a deleted page is unpublished first, so
# page_unpublished covers deletions.
_forgetting_signals: list = []


def forget_when(signal, sender=None) -> None:
    """Empty every worker's caches whenever `signal` is sent (by `sender`)."""
    _forgetting_signals.append((signal, sender))
    signal.connect(forget_published_content, sender=sender)


def connect() -> None:
    """Called once, from core's ready(): what Wagtail itself sends, and the worker's requests."""
    from django.core.signals import request_finished, request_started
    from django.db.models.signals import post_delete, post_save
    from django_tasks.signals import task_finished
    from wagtail.images import get_image_model
    from wagtail.models import Locale, PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        forget_when(signal)
    for model in (get_image_model(), PageViewRestriction, Locale):
        forget_when(post_save, model)
        forget_when(post_delete, model)
    task_finished.connect(note_index_updated)
    request_started.connect(listen_for_publishes)
    request_started.connect(note_request_started)
    request_finished.connect(note_request_finished)
