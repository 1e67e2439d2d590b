from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChallengesConfig(AppConfig):
    """Micro-volunteering: challenges, volunteers' contributions, their marks and reports."""

    name = "challenges"
    verbose_name = _("Challenges")

    def ready(self):
        from challenges import signals  # noqa: F401  (connects the publish and delete handlers)
        from challenges.models import ChallengePage
        from core.schedule import register_moments

        register_moments(lambda: ChallengePage.objects.live().values_list("deadline", flat=True))
