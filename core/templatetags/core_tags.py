from django import template
from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.utils.html import format_html_join
from django.utils.timezone import localtime
from django.utils.translation import get_language
from wagtail.models import Page, Site

from core.cache import remember
from core.frontend_cache import note_live_figures
from core.i18n import language_versions
from core.machine_drafts import is_machine_drafted
from core.structured_data import json_ld

register = template.Library()


def _page_or_none(page):
    """Views that are not pages (search, errors) have no `page` in their context."""
    return page if isinstance(page, Page) else None


@register.simple_tag(takes_context=True)
def include_stream(context, stream):
    """`{% include_block stream %}` for a page's StreamField, in the same HTML. Each worker
    keeps each block's HTML until a publish empties the fragments, but for the blocks that
    show live figures (`shows_live_figures`); a block is read from the page's JSON only when
    it is drawn. A preview is drawn afresh."""
    page = _page_or_none(context.get("page"))
    keep = page is not None and not getattr(context.get("request"), "is_preview", False)
    flat = context.flatten()
    blocks = []
    for index, raw in enumerate(stream.raw_data):
        kind = raw["type"] if raw else stream[index].block_type
        live = getattr(stream.stream_block.child_blocks[kind], "shows_live_figures", False)

        def draw(index=index):
            return stream[index].render(context=flat)

        if keep and raw and raw.get("id") and not live:
            key = f"block:{page.pk}:{get_language()}:{raw['id']}"
            blocks.append((remember(key, draw), kind))
        else:
            blocks.append((draw(), kind))
    return format_html_join("\n", '<div class="w-block-{1} block-{1}">{0}</div>', blocks)


@register.simple_tag(takes_context=True)
def get_language_versions(context, page=None):
    return language_versions(context["request"], _page_or_none(page))


@register.simple_tag
def machine_drafted(page) -> bool:
    """Whether the page is still as machine translation drafted it: it shows a notice."""
    page = _page_or_none(page)
    return page is not None and page.pk is not None and is_machine_drafted(page)


@register.simple_tag(takes_context=True)
def get_alternate_links(context, page=None):
    """hreflang alternates: the live translations of a page plus x-default (the default
    language's version)."""
    request = context["request"]
    versions = [v for v in language_versions(request, _page_or_none(page)) if v.is_translation]
    links = [(v.code, v.absolute_url) for v in versions]
    default = next((url for code, url in links if code == settings.LANGUAGE_CODE), None)
    if default:
        links.append(("x-default", default))
    return links


@register.simple_tag(takes_context=True)
def get_home_page(context):
    """The site's home page in the visitor's language (lazy, like the navigation)."""

    def home():
        site = Site.find_for_request(context["request"])
        return site.root_page.localized if site else None

    return SimpleLazyObject(home)


@register.simple_tag
def get_breadcrumbs(page):
    """The pages above this one, from the home page down, for the breadcrumb trail."""
    return page.get_ancestors().filter(depth__gt=1).specific(defer=True)


@register.simple_tag(takes_context=True)
def structured_data(context, page):
    """The JSON-LD of a page that describes itself (`structured_data(request)`)."""
    describe = getattr(_page_or_none(page), "structured_data", None)
    data = describe(context["request"]) if describe else None
    return json_ld(data) if data else ""


@register.filter
def datetime_attribute(moment):
    """A moment as `<time datetime>` wants it: to the second, in the site's time zone. Django's
    "c" format adds microseconds, which HTML's grammar of dates does not allow."""
    return localtime(moment).isoformat(timespec="seconds") if moment else ""


@register.simple_tag(takes_context=True)
def live_figures(context) -> str:
    """Put where figures that change between publishes are drawn (a campaign's participants, a
    challenge's contributions, the statistics): the front-end cache keeps the answer that shows
    them LIVE_FIGURES_SECONDS only (core/frontend_cache.py). Outside any {% wagtailcache %},
    which skips what it holds when it has it kept."""
    note_live_figures(context.get("request"))
    return ""
