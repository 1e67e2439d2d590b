"""`/healthz`, for the load balancer: 200 `ok` when this node reaches the database and Redis
(the shared cache, when it is Redis); 503 with the reason in plain text when it cannot reach the
database. Without Redis the node still serves every page and sign-up (each worker counts in its
own memory meanwhile, core/cache_backends.py), and every node shares that Redis: a 503 then
would take the whole site out of the balancer for nothing. The probe says 200 `degraded: redis
unreachable` instead, which the balancer takes for healthy and an operator can read.

Answered by a middleware placed before the session, the site's lookup (which may ask the
database) and everything else: a probe comes every second or two from each balancer, and
must cost little, create no session, meet no rate limit, and answer in time when the database
or Redis is down (their connection timeouts, DB_CONNECT_TIMEOUT and REDIS_TIMEOUT, bound it).
A failed probe is not an error of the site: the change of state is logged once, as a warning,
and recovery once; the probes in between are not logged above DEBUG."""

import logging

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers
from django.utils.log import log_response
from redis.exceptions import RedisError

from core.cache import shared_redis
from crowdtime.views import DATABASE_UNAVAILABLE

PATH = "/healthz"

logger = logging.getLogger(__name__)
_last_problem = None


def problem() -> str | None:
    """What keeps this node from serving, or None."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except (DatabaseError, *DATABASE_UNAVAILABLE):
        return "database unreachable"
    return None


def degradation() -> str | None:
    """What this node serves without, or None."""
    if (redis := shared_redis()) is not None:
        try:
            redis.ping()
        except RedisError:
            return "redis unreachable"
    return None


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != PATH:
            return self.get_response(request)
        return health(request)


def health(request) -> HttpResponse:
    global _last_problem
    found = problem()
    degraded = None if found else degradation()
    state = found or degraded
    if state != _last_problem:
        if found:
            logger.warning("Health check failing: %s", found)
        elif degraded:
            logger.warning("Health check passing, degraded: %s", degraded)
        else:
            logger.info("Health check passing again (was: %s)", _last_problem)
        _last_problem = state
    body = found or (f"degraded: {degraded}" if degraded else "ok")
    response = HttpResponse(
        body, status=503 if found else 200, content_type="text/plain; charset=utf-8"
    )
    add_never_cache_headers(response)
    if found:
        # Django would log every 503 as an error; this one is logged above, once.
        log_response("Health check: %s", found, response=response, request=request, level="debug")
    return response
