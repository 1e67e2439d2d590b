from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    """NGOs: their pages, their applications to join, their staff (issue 5)."""

    name = "organisations"
    verbose_name = _("Organisations")

    def ready(self):
        from wagtail.admin import auth

        from organisations import signals  # noqa: F401  (staff follow their page's translations)

        # Wagtail answers a refused admin request with a redirect to its dashboard; the
        # isolation between organisations is easier to see, and to test, as a plain 403.
        auth.permission_denied = refuse


def refuse(request):
    from django.core.exceptions import PermissionDenied

    raise PermissionDenied
