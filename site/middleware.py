from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
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
    sent to /fr/admin/…: answer 404 where the admin said so."""

    def process_response(self, request, response):
        if request.path_info.startswith(settings.ADMIN_PATH_PREFIXES):
            return response
        return super().process_response(request, response)


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
