from django import template
from django.utils.functional import SimpleLazyObject
from wagtail.models import Locale

from pages.models import Navigation

register = template.Library()


@register.simple_tag
def get_navigation():
    """Lazy: the header and footer that use it are usually cached fragments."""
    return SimpleLazyObject(lambda: Navigation.for_locale(Locale.get_active()))
