"""The shared cache (Redis in production) that degrades instead of failing: while Redis does
not answer, each worker counts and keeps in its own memory. What the shared cache holds can
be lost or worked out again: rate limits' counts, live figures (recomputed from the database),
Wagtail's and allauth's keys. So a worker that lost Redis keeps serving pages, sign-ups and
contributions; its rate limits hold per worker rather than across them, which lets a visitor
through at most once per worker more than the limit, rather than refusing every sign-up."""

import logging
import time

from django.core.cache.backends.locmem import LocMemCache
from django_redis.cache import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


def _redis_or_memory(name: str):
    def method(self, *args, **kwargs):
        if time.monotonic() >= self.redis_retry_at:
            try:
                return getattr(RedisCache, name)(self, *args, **kwargs)
            except UNREACHABLE as error:
                # Not asked again for a while: a host that does not answer costs a timeout.
                self.redis_retry_at = time.monotonic() + self.fallback_seconds
                logger.warning("Redis unreachable (%s): this worker counts in its memory.", error)
        return getattr(self.memory, name)(*args, **kwargs)

    method.__name__ = name
    return method


class RedisOrLocalMemoryCache(RedisCache):
    """django-redis's cache; when Redis cannot be reached, this worker's memory for
    OPTIONS["FALLBACK_SECONDS"] (default 5), after which Redis is tried again."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self.fallback_seconds = params.get("OPTIONS", {}).get("FALLBACK_SECONDS", 5)
        self.redis_retry_at = 0.0
        self.memory = LocMemCache(f"fallback:{server}", {"OPTIONS": {"MAX_ENTRIES": 10000}})

    get = _redis_or_memory("get")
    get_many = _redis_or_memory("get_many")
    has_key = _redis_or_memory("has_key")
    set = _redis_or_memory("set")
    set_many = _redis_or_memory("set_many")
    add = _redis_or_memory("add")
    touch = _redis_or_memory("touch")
    incr = _redis_or_memory("incr")
    decr = _redis_or_memory("decr")
    delete = _redis_or_memory("delete")
    delete_many = _redis_or_memory("delete_many")
    clear = _redis_or_memory("clear")
