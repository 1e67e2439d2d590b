from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    """Crowdtiming campaigns and micro-volunteering challenges (issues 3 and 4)."""

    name = "campaigns"
    verbose_name = _("Campaigns and challenges")

    def ready(self):
        from campaigns import signals  # noqa: F401  (connects the publish handlers)
