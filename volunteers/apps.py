from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteersConfig(AppConfig):
    """Volunteers' profiles: the causes they care about, the skills they share, their time."""

    name = "volunteers"
    verbose_name = _("Volunteers")

    def ready(self):
        from core import due_emails, unsubscribe
        from volunteers import reminders

        due_emails.register_producer(reminders.queue_reminders)
        unsubscribe.register_kind(reminders.KIND, _("reminders of the challenges I kept for later"))
