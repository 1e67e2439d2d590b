from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    """Crowdtiming campaigns: actions with a goal of participants and a deadline, and their
    sign-ups."""

    name = "campaigns"
    verbose_name = _("Campaigns")

    def ready(self):
        from campaigns import signals  # noqa: F401  (connects the delete handlers)
        from campaigns.confirmations import queue_confirmations
        from campaigns.models import CampaignPage
        from campaigns.reminders import KIND, queue_reminders
        from core import due_emails, unsubscribe
        from core.schedule import register_moments

        def moments():
            for row in CampaignPage.objects.live().values_list(
                "opens_at", "closes_at", "closed_early_at"
            ):
                yield from row

        register_moments(moments)
        due_emails.register_producer(queue_reminders)
        due_emails.register_producer(queue_confirmations)
        unsubscribe.register_kind(KIND, _("reminders of the campaigns I joined"))
