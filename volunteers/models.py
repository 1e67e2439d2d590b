from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Profile(models.Model):
    """What a volunteer tells about themselves to be matched with challenges."""

    class Time(models.IntegerChoices):
        FIVE = 5, _("5 minutes")
        FIFTEEN = 15, _("15 minutes")
        THIRTY = 30, _("30 minutes")
        HOUR = 60, _("An hour or more")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volunteer_profile"
    )
    display_name = models.CharField(verbose_name=_("Display name"), max_length=60)
    preferred_language = models.CharField(
        verbose_name=_("Preferred language"), max_length=10, choices=settings.LANGUAGES
    )
    causes = models.ManyToManyField(
        "pages.Tag",
        verbose_name=_("Causes I care about"),
        blank=True,
        related_name="+",
        limit_choices_to={"kind": "cause"},
    )
    skills = models.ManyToManyField(
        "pages.Tag",
        verbose_name=_("Skills I can share"),
        blank=True,
        related_name="+",
        limit_choices_to={"kind": "skill"},
    )
    time_available = models.PositiveSmallIntegerField(
        verbose_name=_("Time I usually have"), choices=Time.choices, default=Time.FIFTEEN
    )

    class Meta:
        verbose_name = _("volunteer profile")
        verbose_name_plural = _("volunteer profiles")

    def __str__(self):
        return self.display_name
