import codecs
import re

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.core.exceptions import BadRequest, SuspiciousOperation
from django.http import Http404
from django.http.multipartparser import MultiPartParserError
from django.middleware.gzip import GZipMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_from_path
from wagtail.models import Site

from core.cache import remember
from core.frontend_cache import shows_live_figures
from core.i18n import is_offered
from crowdtime import api, views


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """Strict policy for the public site, the relaxed one Wagtail's editor needs under /admin/."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(settings.ADMIN_PATH_PREFIXES):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN
        return parts


class CompressionMiddleware(GZipMiddleware):
    """Gzip for the pages that hold no secret of the visitor's. BREACH: the length of a
    compressed response tells what it holds where text an attacker chose (a search) sits beside
    a secret, so a page that carries a form token, sets a cookie, is private or answers a
    visitor with a session goes uncompressed. Pages and XML only: WhiteNoise serves static
    files compressed ahead of time. Inside the page cache, which keeps each encoding apart
    (Vary: Accept-Encoding)."""

    TYPES = ("text/html", "application/xml", "text/xml")

    def process_response(self, request, response):
        if not self.may_compress(request, response):
            return response
        return super().process_response(request, response)

    def may_compress(self, request, response) -> bool:
        content_type = response.get("Content-Type", "").partition(";")[0].strip()
        return (
            content_type in self.TYPES
            and not response.streaming
            # Set as soon as the page asks for the form token, left when the cookie is sent.
            and "CSRF_COOKIE_NEEDS_UPDATE" not in request.META
            and not response.cookies
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "private" not in response.get("Cache-Control", "")
        )


class FrontendCacheMiddleware:
    """Tells the front-end cache (Varnish, when FRONTEND_CACHE_URL names it) how long it may
    keep an answer: `public, max-age=0, s-maxage=LIVE_FIGURES_SECONDS` for one that shows live
    figures (its templates said so, core/frontend_cache.py), FRONTEND_CACHE_SECONDS for the
    others, which a publish purges. Browsers ask again each time, and the cache answers. An
    answer that set its own Cache-Control (the badge, the manifest) keeps it, with s-maxage
    added where it has none.

    Only what every visitor is given alike: never an answer that holds a form token, sets a
    cookie, answers a session, is private or not to be kept, nor the admin or the documents
    (Wagtail's view checks their privacy at each download). Outside the session, CSRF and
    messages middleware, to see the cookies they set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.FRONTEND_CACHE_URL and self.may_share(request, response):
            seconds = (
                settings.LIVE_FIGURES_SECONDS
                if shows_live_figures(request)
                else settings.FRONTEND_CACHE_SECONDS
            )
            if response.has_header("Cache-Control"):
                patch_cache_control(response, public=True, s_maxage=seconds)
            else:
                patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
        return response

    @staticmethod
    def may_share(request, response) -> bool:
        cache_control = response.get("Cache-Control", "")
        return (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not request.path_info.startswith((*settings.ADMIN_PATH_PREFIXES, "/documents/"))
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            # Set as soon as the page asks for the form token.
            and "CSRF_COOKIE_NEEDS_UPDATE" not in request.META
            and not response.cookies
            and not any(
                word in cache_control for word in ("private", "no-cache", "no-store", "s-maxage")
            )
        )


class PermissionsPolicyMiddleware:
    """The Permissions-Policy header (settings.PERMISSIONS_POLICY) on every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django redirects a 404 to the same path under the language prefix when that path
    exists; Wagtail's catch-all makes every path "exist", so a missing admin object would be
    sent to /fr/admin/…: answer 404 where the admin (or the API, the same in every language)
    said so."""

    def process_request(self, request):
        """`/` leads to the browser's language only where the site has a live home page in it
        (a language enabled but not added, or removed, is not offered): else the default."""
        super().process_request(request)
        if request.path_info == "/" and not is_offered(request, request.LANGUAGE_CODE):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE

    def process_response(self, request, response):
        if request.path_info.startswith((*settings.ADMIN_PATH_PREFIXES, f"/{api.PREFIX}")):
            return response
        return super().process_response(request, response)


class SiteMiddleware:
    """Wagtail looks the request's site up in the database on every request, and keeps it as
    `request._wagtail_site` (its documented cache). Sites change rarely: each worker keeps
    them with the fragments, which saving a site empties (core/cache.py). A language enabled
    but without a live home page on the site (not added yet, or removed) is not served."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = f"site:{request.get_host()}:{request.get_port()}"
        request._wagtail_site = remember(key, lambda: self.find_site(request))
        language = get_language_from_path(request.path_info)
        if language and not is_offered(request, language):
            raise Http404
        return self.get_response(request)

    @staticmethod
    def find_site(request):
        site = Site.find_for_request(request)
        if site is not None:  # kept with its home page's specific fields: routing asks
            site.root_page = site.root_page.specific
        return site


# NUL, which PostgreSQL refuses in text (DataError), lone surrogates, and the replacement
# character Django puts where the bytes were not UTF-8.
MALFORMED_TEXT = re.compile(r"[\x00\ud800-\udfff\ufffd]")


class MalformedRequestMiddleware:
    """Answers 400, with the site's own page, a request whose path, query, form or session
    cookie is not clean UTF-8 text, or whose body Django cannot read. It is the first to read
    the query and the body: after it, no view or database sees a NUL byte, and Django's own
    400 handler, which reads the body again for its CSRF check, never meets a body it cannot
    read (it failed again: a 500). Placed after the middleware that sets the language and the
    security headers, so that its answer carries them; before it, none reads the request's
    query or body."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.is_malformed(request):
            return views.bad_request(request)
        return self.get_response(request)

    @staticmethod
    def is_malformed(request) -> bool:
        charset = request.content_params.get("charset")
        if request.method == "POST" and charset is not None and not is_utf8(charset):
            return True
        try:
            # Django reads bytes that are not UTF-8 as Latin-1 where they are not %-encoded.
            request.META.get("QUERY_STRING", "").encode("latin-1").decode()
            if request.content_type == "application/x-www-form-urlencoded":
                request.body.decode()
            # A quoted cookie may hold an escaped NUL ("\\000"), which the session's lookup
            # would send to the database. Other cookies are left alone: one set by another
            # site of the domain must not lock the visitor out.
            texts = [request.path_info, request.COOKIES.get(settings.SESSION_COOKIE_NAME, "")]
            for data in (request.GET, request.POST):
                for key, values in data.lists():
                    texts += [key, *values]
            for key, files in request.FILES.lists():
                texts += [key, *(file.name or "" for file in files)]
        except (UnicodeError, BadRequest, SuspiciousOperation, MultiPartParserError):
            # Also beyond DATA_UPLOAD_MAX_MEMORY_SIZE or _NUMBER_FIELDS.
            return True
        return any(MALFORMED_TEXT.search(text) for text in texts)


def is_utf8(charset: str) -> bool:
    try:
        return codecs.lookup(charset).name == "utf-8"
    except LookupError:
        return False
