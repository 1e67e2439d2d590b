from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteersConfig(AppConfig):
    """Volunteers' profiles: the causes they care about, the skills they share, their time."""

    name = "volunteers"
    verbose_name = _("Volunteers")
