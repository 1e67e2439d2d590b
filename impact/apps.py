from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImpactConfig(AppConfig):
    """The public statistics: what volunteers gave, across campaigns, challenges and
    organisations, with open-data downloads (issue 18)."""

    name = "impact"
    verbose_name = _("Statistics")
