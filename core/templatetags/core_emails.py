"""For e-mail templates rendered without core.emails.render (Wagtail's notifications)."""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from core import emails

register = template.Library()


@register.simple_tag
def email_site_name() -> str:
    return emails.site_name()


@register.simple_tag
def email_site_url() -> str:
    return emails.site_url(get_language() or settings.LANGUAGE_CODE)
