"""Which addresses a change to a page makes stale in the front-end cache (Varnish, when
FRONTEND_CACHE_URL names it), purged once the change commits (core/frontend_cache.py).

Wagtail's own receivers purge the page's address alone, and inside the publishing transaction
(at once with the immediate task backend), where the cache may fetch the old page again. The
app config below, installed in its place, purges after the commit, in one batch:

- every translation of the page, live or not: each one's language links and hreflang name
  the others, and the synchronised fields (images, dates, figures' goals) change in all;
- with the paths each declares with Wagtail's `get_cached_paths()` (its feed, the embedded
  frame, the badge, the calendar file…);
- the ancestors of each translation (the listing it sits in, the organisation that runs it,
  the home page, whose cards show it), and the listings of its type wherever they are
  (`FilteredListingPage.listed_page_type`: campaigns live under their organisation, and are
  listed by the campaigns' page), each with its own paths (their feeds);
- the site's sitemap and its index (whose lastmod the change moves);
- after a move or a change of slug, the old addresses of the page and of its live
  descendants, and the listings of the old place.

Deleting a live page unpublishes it first (Wagtail), which purges it. A change to the menus
(Navigation) or to a tag's name purges every live page, which all show them; a change to an
image (its file, its focal point: new renditions, the old ones deleted), the pages that show
it (Wagtail's reference index), with their listings.

Addresses with a query string (a listing's second page, its filters) are the cache's to purge
with their path: see the README's section on running behind a cache."""

from copy import copy

from django.apps import apps
from django.urls import reverse
from wagtail.contrib.frontend_cache.apps import WagtailFrontendCacheAppConfig

from core.frontend_cache import enabled, purge_after_commit


class FrontendCacheConfig(WagtailFrontendCacheAppConfig):
    """Wagtail's front-end cache app, with the receivers of this module in place of Wagtail's."""

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.images import get_image_model
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        from pages.models import Navigation, Tag

        page_published.connect(purge_page)
        page_unpublished.connect(purge_page)
        post_page_move.connect(purge_moved_page)
        page_slug_changed.connect(purge_renamed_page)
        for model in (Navigation, Tag):
            post_save.connect(purge_every_page, sender=model)
            post_delete.connect(purge_every_page, sender=model)
        post_save.connect(purge_pages_showing_image, sender=get_image_model())


def purge_page(sender, instance, **kwargs) -> None:
    """A page_published and page_unpublished receiver."""
    if enabled():
        purge_after_commit(addresses_showing(instance))


def purge_moved_page(
    sender, instance, parent_page_before, url_path_before, url_path_after, **kwargs
):
    """A post_page_move receiver: the page where it is now, where it was, and what listed it
    there."""
    if not enabled():
        return
    urls = addresses_showing(instance)
    urls |= addresses_before(instance, url_path_before, url_path_after)
    for page in parent_page_before.get_ancestors(inclusive=True).filter(depth__gt=1).specific():
        urls |= cached_addresses(page)
    purge_after_commit(urls)


def purge_renamed_page(sender, instance, instance_before, **kwargs) -> None:
    """A page_slug_changed receiver (sent once the change commits): the old addresses."""
    if enabled():
        purge_after_commit(addresses_before(instance, instance_before.url_path, instance.url_path))


def purge_every_page(sender, created=False, **kwargs) -> None:
    """The menus and the tags' names show on every page; a new tag on none yet (an editor
    adds one as they tag a page, whose publish purges it)."""
    from wagtail.models import Page

    from pages.models import Tag

    if enabled() and not (created and sender is Tag):
        pages = Page.objects.live().filter(depth__gt=1).specific()
        purge_after_commit(address for page in pages for address in cached_addresses(page))


def purge_pages_showing_image(sender, instance, **kwargs) -> None:
    """A changed image has new renditions, and the old ones are deleted: the pages that show
    it (Wagtail's reference index knows them), with their listings. A new one is on none."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, ReferenceIndex

    if not enabled():
        return
    referring = ReferenceIndex.get_references_to(instance).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    pages = Page.objects.live().filter(
        pk__in=[int(pk) for pk in referring.values_list("object_id", flat=True)]
    )
    purge_after_commit(address for page in pages.specific() for address in addresses_showing(page))


def addresses_showing(page) -> set[str]:
    """Every address that shows `page` or links to it by its title (see the module's
    docstring)."""
    urls = set()
    for translation in page.get_translations(inclusive=True).specific():
        urls |= cached_addresses(translation)
        for ancestor in translation.get_ancestors().filter(depth__gt=1).specific():
            urls |= cached_addresses(ancestor)
    for listing in listings_of(page):
        urls |= cached_addresses(listing)
    if (site := page.get_site()) is not None:
        urls.add(site.root_url + reverse("sitemap"))
        urls.add(site.root_url + reverse("sitemap_index"))
    return urls


def listings_of(page) -> list:
    """The listings that show pages of `page`'s type, in every language, wherever they are."""
    from pages.models.listing import FilteredListingPage

    label = page.specific_class._meta.label
    return [
        listing
        for model in apps.get_models()
        if issubclass(model, FilteredListingPage) and model.listed_page_type == label
        for listing in model.objects.all()
    ]


def addresses_before(page, url_path_before: str, url_path_after: str) -> set[str]:
    """The addresses the page and its live descendants had before their url_path changed from
    `url_path_before` to `url_path_after`."""
    urls = set()
    for moved in [page, *page.get_descendants().live().specific()]:
        then = copy(moved)
        then.url_path = url_path_before + moved.url_path[len(url_path_after) :]
        urls |= cached_addresses(then)
    return urls


def cached_addresses(page) -> set[str]:
    """The page's full address and those of the paths it declares (`get_cached_paths()`)."""
    url = page.get_full_url()
    if url is None:  # not routable: outside any site
        return set()
    return {url + path.lstrip("/") for path in page.get_cached_paths()}
