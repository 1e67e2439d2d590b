from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    """NGOs: their pages, their applications to join, their staff (issue 5)."""

    name = "organisations"
    verbose_name = _("Organisations")

    def ready(self):
        from core import due_emails, unsubscribe
        from organisations import (
            signals,  # noqa: F401  (staff follow their page's translations)
            staff_digest,
        )
        from organisations.staff import STAFF

        due_emails.register_producer(staff_digest.queue_digests)
        unsubscribe.register_kind(
            staff_digest.KIND,
            _("my organisations’ weekly news: new sign-ups and contributions waiting for a look"),
            audience=STAFF,
        )
