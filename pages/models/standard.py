from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from pages.blocks import BodyBlock

from .base import BasePage, Boost


class StandardPage(BasePage):
    """About, privacy policy, terms of use and other plain pages."""

    introduction = models.TextField(verbose_name=_("Introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Body"))

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction", boost=Boost.SUMMARY),
        index.SearchField("body", boost=Boost.BODY),
    ]
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]

    class Meta:
        verbose_name = _("Standard page")
