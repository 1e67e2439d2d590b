from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


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
    def process_request(self, request):
        if not is_anonymous_page_request(request):
            request._cache_update_cache = False
            return None
        return super().process_request(request)
