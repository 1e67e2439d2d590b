import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.durations import Duration


def new_calendar_token() -> str:
    return secrets.token_urlsafe(32)


class Profile(models.Model):
    """What a volunteer tells about themselves to be matched with challenges."""

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
        verbose_name=_("Time I usually have"),
        choices=Duration.available_choices(),
        default=Duration.FIFTEEN,
    )

    # The secret in the address of the volunteer's calendar feed, which calendar apps fetch
    # without a session; a new one revokes the old address.
    calendar_token = models.CharField(
        max_length=64, unique=True, default=new_calendar_token, editable=False
    )

    class Meta:
        verbose_name = _("volunteer profile")
        verbose_name_plural = _("volunteer profiles")

    def __str__(self):
        return self.display_name

    def renew_calendar_token(self):
        self.calendar_token = new_calendar_token()
        self.save(update_fields=["calendar_token"])
