from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from wagtail.models import Site

from crowdtime.published import remember


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """Strict policy for the public site, the relaxed one Wagtail's editor needs under /admin/."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(settings.ADMIN_PATH_PREFIXES):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN
        return parts


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django redirects a 404 to the same path under the language prefix when that path
    exists; Wagtail's catch-all makes every path "exist", so a missing admin object would be
    sent to /fr/admin/…: answer 404 where the admin said so."""

    def process_response(self, request, response):
        if request.path_info.startswith(settings.ADMIN_PATH_PREFIXES):
            return response
        return super().process_response(request, response)


def is_anonymous_page_request(request) -> bool:
    """Visitors without a session see the same pages; the admin is never cached."""
    return (
        settings.CACHE_MIDDLEWARE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path_info.startswith(settings.ADMIN_PATH_PREFIXES)
    )


class PageCacheUpdateMiddleware(UpdateCacheMiddleware):
    """Django's per-site cache, for anonymous visitors only. A page with a form token sets or
    varies on the visitor's cookies, so it is never served to another visitor."""

    def _should_update_cache(self, request, response):
        return is_anonymous_page_request(request) and super()._should_update_cache(
            request, response
        )


class PageCacheFetchMiddleware(FetchFromCacheMiddleware):
    """The key of a cached page holds its language. Choose it as LocaleMiddleware will, below:
    otherwise the key would hold whatever language the worker's previous request left active,
    and a page would be found only after a request in the same language."""

    def __init__(self, get_response):
        super().__init__(get_response)
        self.locale = LocaleMiddleware(get_response)

    def process_request(self, request):
        if not is_anonymous_page_request(request):
            request._cache_update_cache = False
            return None
        self.locale.process_request(request)
        return super().process_request(request)


class SiteMiddleware:
    """Wagtail looks the request's site up in the database on every request, and keeps it as
    `request._wagtail_site` (its documented cache). Sites change rarely: each worker keeps
    them with the fragments, which saving a site empties (site/published.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = f"site:{request.get_host()}:{request.get_port()}"
        request._wagtail_site = remember(key, lambda: self.find_site(request))
        return self.get_response(request)

    @staticmethod
    def find_site(request):
        site = Site.find_for_request(request)
        if site is not None:  # kept with its home page's specific fields: routing asks
            site.root_page = site.root_page.specific
        return site
