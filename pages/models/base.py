from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField


class BasePage(Page):
    """Fields and translation policy shared by every page of the site.

    Titles, slugs and texts are translated; images, dates and numbers are synchronised from the
    source language, so a translator never has to pick them again.
    """

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared; defaults to the page's main image."),
    )

    override_translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("social_image"),
    ]

    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]

    class Meta:
        abstract = True

    def get_social_image(self):
        return self.social_image

    def get_meta_description(self) -> str:
        return self.search_description
