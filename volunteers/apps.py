from django.apps import AppConfig
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _


class VolunteersConfig(AppConfig):
    """Volunteers' profiles: the causes they care about, the skills they share, their time."""

    name = "volunteers"
    verbose_name = _("Volunteers")

    def ready(self):
        checks.register(check_certificate_signing_key)

        from core import due_emails, unsubscribe
        from volunteers import digests, reminders

        due_emails.register_producer(reminders.queue_reminders)
        unsubscribe.register_kind(reminders.KIND, _("reminders of the challenges I kept for later"))
        due_emails.register_producer(digests.queue_digests)
        unsubscribe.register_kind(digests.KIND, _("news of challenges and campaigns for me"))


def check_certificate_signing_key(**kwargs):
    """A malformed CERTIFICATE_SIGNING_KEY stops the site at start, not at the first certificate."""
    from volunteers.signing import signing_key

    try:
        signing_key()
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="volunteers.E001")]
    return []
