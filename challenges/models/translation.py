import hashlib

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .contribution import Contribution


def text_version(text: str) -> str:
    """What a translation was made from: an edited contribution has another version, and its
    old translation is no longer shown."""
    return hashlib.sha256(text.encode()).hexdigest()


class ContributionTranslation(models.Model):
    """A contribution machine-translated into another language of the site, once per version
    of its text, by the task worker: a page view only reads it."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="translations"
    )
    language = models.CharField(verbose_name=_("Language"), max_length=10)
    source_version = models.CharField(max_length=64)
    text = models.TextField(verbose_name=_("Translation"))
    engine = models.CharField(max_length=100)  # e.g. "Apertium (spa → fra)"
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("machine translation of a contribution")
        verbose_name_plural = _("machine translations of contributions")
        constraints = [
            models.UniqueConstraint(
                fields=["contribution", "language"],
                name="one_translation_per_contribution_and_language",
            )
        ]

    def __str__(self):
        return f"{self.contribution_id} → {self.language}"
