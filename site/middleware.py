from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
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
