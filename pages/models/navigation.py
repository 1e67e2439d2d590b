from django.db import models
from django.db.models import Case, When
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.cache import remember
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
        """The navigation in `locale`, or in the default language until it is translated,
        with its links' pages in `locale`."""
        navigation = (
            cls.objects.filter(locale=locale).first()
            or cls.objects.filter(locale=Locale.get_default()).first()
        )
        if navigation is not None:
            navigation.localize_links(locale)
        return navigation

    def localize_links(self, locale: Locale) -> None:
        """Give every link the live translation of its page in `locale` (or the page itself),
        in one query for the header and the footer together."""
        links = [link.value for links in (self.header_links, self.footer_links) for link in links]
        pages = [link["page"] for link in links if link.get("page")]
        translations = {
            page.translation_key: page
            for page in Page.objects.live().filter(
                locale=locale, translation_key__in=[page.translation_key for page in pages]
            )
        }
        for link in links:
            if page := link.get("page"):
                link.target = translations.get(page.translation_key, page)

    @classmethod
    def privacy_notice_version(cls) -> str:
        """Which privacy notice a person giving their data agrees to: the page and its live
        revision, in the visitor's language where it is translated. Each worker keeps it until
        a publish or a change to the menus empties the fragments."""
        locale = Locale.get_active()
        return remember(f"privacy-notice:{locale.pk}", lambda: cls._find_privacy_notice(locale))

    @classmethod
    def _find_privacy_notice(cls, locale: Locale) -> str:
        notice = (
            cls.objects.filter(locale__in=[locale, Locale.get_default()])
            .order_by(Case(When(locale=locale, then=0), default=1))
            .values_list("privacy_page_id", "privacy_page__translation_key")
            .first()
        )
        if notice is None or notice[0] is None:
            return "none"
        page_id, translation_key = notice
        translated = (
            Page.objects.live()
            .filter(translation_key=translation_key, locale=locale)
            .values_list("pk", "live_revision_id")
            .first()
        )
        pk, revision = translated or Page.objects.values_list("pk", "live_revision_id").get(
            pk=page_id
        )
        return f"page {pk} revision {revision}"


register_snippet(Navigation)
