from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Bookmark(models.Model):
    """ "I'll do it later": a volunteer keeps a challenge for later and is reminded before its
    deadline. Keyed on the challenge's translation key, so that it holds in every language;
    goes with the volunteer's account."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="challenge_bookmarks"
    )
    challenge_key = models.UUIDField(verbose_name=_("Challenge"), db_index=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("challenge kept for later")
        verbose_name_plural = _("challenges kept for later")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "challenge_key"], name="one_bookmark_per_challenge"
            )
        ]

    def __str__(self):
        return str(self.challenge_key)
