"""For e-mail templates rendered without core.emails.render (Wagtail's notifications)."""

import re

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


@register.filter(is_safe=True)
def absolute_links(html: str) -> str:
    """Rich text links to the site's own pages and documents are relative ("/fr/…"): in an
    e-mail they must carry the site's address. The rich text stays as safe as it came in."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return re.sub(r'(href|src)="/(?!/)', rf'\1="{base}/', str(html))
