"""The page cache of anonymous visitors: Django's cache middleware keeps their pages, and
`CachedPages` serves them in front of Django's request handling (site/wsgi.py). Served from
inside it, a cached page cost nearly twice as much, for what it does not need: the request
signals (every cache and database connection closed or checked) and the middleware around it."""

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.middleware.locale import LocaleMiddleware

from core.cache import page_store


def is_anonymous_page_request(request) -> bool:
    """Visitors without a session see the same pages; the admin is never cached."""
    return (
        settings.CACHE_MIDDLEWARE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path_info.startswith(settings.ADMIN_PATH_PREFIXES)
    )


class PageCacheMiddleware(UpdateCacheMiddleware):
    """The first middleware: keeps each page drawn for an anonymous visitor, with the headers
    every middleware gave it, under Django's key (its URL, and so its language, and the values
    of what it varies on). A page with a form token sets or varies on the visitor's cookies,
    so it is never served to another visitor."""

    cache = property(lambda self: page_store())

    def _should_update_cache(self, request, response):
        return is_anonymous_page_request(request)


class PageLookup(FetchFromCacheMiddleware):
    """Django's lookup of a kept page, in the store the middleware above keeps it in."""

    cache = property(lambda self: page_store())


class CachedPages:
    """A WSGI application: answers from the page cache when it can, else hands the request
    to Django's. The lookup is Django's own (FetchFromCacheMiddleware), with the `Age` it adds."""

    def __init__(self, handler):
        self.handler = handler
        self.locale = LocaleMiddleware(handler)
        self.lookup = PageLookup(handler)

    def __call__(self, environ, start_response):
        response = self.cached_response(environ)
        if response is None:
            return self.handler(environ, start_response)
        # As Django's WSGIHandler answers.
        headers = [
            *response.items(),
            *(("Set-Cookie", cookie.output(header="")) for cookie in response.cookies.values()),
        ]
        start_response(f"{response.status_code} {response.reason_phrase}", headers)
        return [response.content]

    def cached_response(self, environ):
        request = WSGIRequest(environ)
        if not is_anonymous_page_request(request):
            return None
        try:
            # The key holds the page's language: choose it as LocaleMiddleware will.
            self.locale.process_request(request)
            return self.lookup.process_request(request)
        except DisallowedHost:
            return None  # Django's handler answers it (400)
