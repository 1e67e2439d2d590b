"""Fixtures of the fault tests that several files share."""

import pytest
from django.core.cache import caches

from tests.conftest import skip_or_fail
from tests.site.faults import REDIS_SERVER, RedisServer


@pytest.fixture
def redis_server(tmp_path):
    if not REDIS_SERVER.exists():
        skip_or_fail(f"{REDIS_SERVER} is missing (apt-get install redis-server)")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def shared_cache(settings, redis_server):
    """The default cache as in production, on the test's own Redis. Changing CACHES makes
    Django build its caches again, and django-redis a connection pool for the new address."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "core.cache_backends.RedisOrLocalMemoryCache",
            "LOCATION": redis_server.url,
            # Redis is asked again at once after a failure: a refused connection costs nothing.
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1, "FALLBACK_SECONDS": 0},
        },
    }
    return caches["default"]
