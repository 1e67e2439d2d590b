"""Tags for e-mail templates: the site by its name for those rendered without core.emails.render
(Wagtail's notifications), absolute links, dates and times written as each language does."""

import re

from django import template
from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import get_language, pgettext

from core import emails

register = template.Library()


@register.simple_tag(takes_context=True)
def email_site_name(context) -> str:
    """The name Wagtail's default site gives, whatever `site_name` the caller passed (Django's
    password reset passes the host): as core.emails.render() read it, or read now."""
    return context.get(emails.SITE_NAME_READ) or emails.site_name()


@register.simple_tag
def email_site_url() -> str:
    return emails.site_url(get_language() or settings.LANGUAGE_CODE)


@register.filter(is_safe=True)
def absolute_links(html: str) -> str:
    """Rich text links to the site's own pages and documents are relative ("/fr/…"): in an
    e-mail they must carry the site's address. The rich text stays as safe as it came in."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return re.sub(r'(href|src)="/(?!/)', rf'\1="{base}/', str(html))


@register.filter
def moment(value) -> str:
    """A date and time in a sentence, in the active time zone, as the language writes it (in
    French "14 h 30", with no-break spaces, where the site's DATETIME_FORMAT gives "14:30")."""
    if not value:
        return ""
    return formats.date_format(
        timezone.localtime(value), pgettext("date and time in an e-mail", "F j, Y, P")
    )
