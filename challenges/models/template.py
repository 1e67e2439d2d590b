from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from pages.blocks import RICH_TEXT_FEATURES
from pages.models import Tag


class ChallengeTemplate(TranslatableMixin, ClusterableModel):
    """A kind of challenge an organisation's staff may start from ("name a slogan"): what makes
    a good one, example wording, the time and the causes and skills it usually calls for.
    Editors write and translate them; staff only choose one when they add a challenge."""

    title = models.CharField(verbose_name=_("Title"), max_length=120)
    guide = RichTextField(
        verbose_name=_("What makes a good challenge of this kind"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown to staff when they choose a template."),
    )
    summary = models.TextField(verbose_name=_("Example summary"), help_text=_("One sentence."))
    task = models.TextField(
        verbose_name=_("Example task"), help_text=_("Exactly what to send, and in what form.")
    )
    minutes = models.PositiveSmallIntegerField(
        verbose_name=_("Suggested minutes"), default=15, validators=[MinValueValidator(1)]
    )
    # The tags of the source language: a challenge made from a translation gets them named in
    # its own language (ChallengeTemplate.fill).
    causes = ParentalManyToManyField(
        Tag,
        verbose_name=_("Causes"),
        blank=True,
        related_name="+",
        limit_choices_to={"kind": Tag.Kind.CAUSE},
    )
    skills = ParentalManyToManyField(
        Tag,
        verbose_name=_("Skills wanted"),
        blank=True,
        related_name="+",
        limit_choices_to={"kind": Tag.Kind.SKILL},
    )
    sort_order = models.PositiveSmallIntegerField(
        verbose_name=_("Order"), default=0, help_text=_("Smaller numbers come first.")
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("guide"),
        FieldPanel("summary"),
        FieldPanel("task"),
        FieldRowPanel([FieldPanel("minutes"), FieldPanel("sort_order")]),
        FieldPanel("causes"),
        FieldPanel("skills"),
    ]
    override_translatable_fields = [
        TranslatableField("title"),
        TranslatableField("guide"),
        TranslatableField("summary"),
        TranslatableField("task"),
        SynchronizedField("minutes"),
        SynchronizedField("causes"),
        SynchronizedField("skills"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("challenge template")
        verbose_name_plural = _("challenge templates")
        ordering = ["sort_order", "title"]

    def __str__(self):
        return self.title

    def fill(self, challenge) -> None:
        """Give a new challenge (not saved yet) this template's wording, time and tags, the tags
        named in the challenge's language."""
        challenge.title = self.title
        challenge.summary = self.summary
        challenge.task = self.task
        challenge.minutes = self.minutes
        for manager, tags in (
            (challenge.causes, self.causes.all()),
            (challenge.skills, self.skills.all()),
        ):
            tags = list(tags)
            named = Tag.in_locale(tags, challenge.locale)
            manager.add(*(named[tag.translation_key] for tag in tags))
