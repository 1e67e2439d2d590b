from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Organisation(TranslatableMixin, models.Model):
    """The organisation behind a campaign or a challenge."""

    name = models.CharField(verbose_name=_("Name"), max_length=150)
    description = models.TextField(verbose_name=_("Description"), blank=True)
    website = models.URLField(verbose_name=_("Website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("website")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


register_snippet(Organisation)
