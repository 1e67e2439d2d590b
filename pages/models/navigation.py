from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from pages.blocks import NavigationLinksBlock


class Navigation(TranslatableMixin, models.Model):
    """The header menu and the footer, one per language, translated like a page."""

    name = models.CharField(
        verbose_name=_("Name"),
        max_length=100,
        default="Crowdtime",
        help_text=_("For editors only."),
    )
    header_links = StreamField(NavigationLinksBlock(), verbose_name=_("Main menu"), blank=True)
    footer_text = models.TextField(verbose_name=_("Footer text"), blank=True)
    footer_links = StreamField(NavigationLinksBlock(), verbose_name=_("Footer links"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page that forms asking for personal data link to."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("header_links"),
        FieldPanel("footer_text"),
        FieldPanel("footer_links"),
        FieldPanel("privacy_page"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("header_links"),
        TranslatableField("footer_text"),
        TranslatableField("footer_links"),
        SynchronizedField("privacy_page"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation")
        verbose_name_plural = _("navigation")

    def __str__(self):
        return self.name

    @classmethod
    def for_locale(cls, locale: Locale):
        """The navigation in `locale`, or in the default language until it is translated."""
        return (
            cls.objects.filter(locale=locale).first()
            or cls.objects.filter(locale=Locale.get_default()).first()
        )


register_snippet(Navigation)
