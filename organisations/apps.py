from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    """NGOs: their pages, their applications to join, their staff (issue 5)."""

    name = "organisations"
    verbose_name = _("Organisations")

    def ready(self):
        from organisations import signals  # noqa: F401  (staff follow their page's translations)
