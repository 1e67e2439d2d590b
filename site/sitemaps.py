from django.conf import settings
from django.db.models import Max, Q
from django.db.models.functions import Coalesce
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.cache import remember


class MultilingualSitemap(Sitemap):
    """Every live page in every language, each listing its translations as hreflang alternates.

    Wagtail's own sitemap lists only the default language's tree and gives no alternates.
    """

    # Each page of the sitemap reads only its own pages and their translations, so its cost
    # stays that of 1,000 pages however large the site; the index lists them all.
    limit = 1000

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_site_tree = Q()
        for root in roots:
            in_a_site_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(in_a_site_tree)
            .live()
            .public()
            .select_related("locale")
            .defer_streamfields()
            .order_by("path")
        )

    def get_latest_lastmod(self):
        """The index's lastmod, worked out by the database: Django's would read every page."""
        return self.items().aggregate(
            latest=Max(Coalesce("last_published_at", "latest_revision_created_at"))
        )["latest"]

    def _urls(self, page, protocol, domain):
        """The sitemap changes only with a publish: each worker keeps it with the fragments."""
        try:
            page = int(page)  # "2" and "002" share one entry, not one each
        except ValueError:
            return self._published_urls(page)  # Django answers 404; nothing kept for it
        key = f"sitemap:{self.request.get_host()}:{page}"
        urls = remember(key, lambda: self._published_urls(page))
        self.latest_lastmod = max((u["lastmod"] for u in urls if u["lastmod"]), default=None)
        return urls

    def _published_urls(self, page):
        pages = list(self.paginator.page(page).object_list)
        # Their translations that are in the sitemap too, the pages themselves among them.
        translations = self.items().filter(
            translation_key__in={item.translation_key for item in pages}
        )
        alternates_by_key = {}
        for translation in translations:
            alternate = {
                "lang_code": translation.locale.language_code,
                "location": translation.get_full_url(self.request),
            }
            alternates_by_key.setdefault(translation.translation_key, []).append(alternate)

        urls = []
        for item in pages:
            # A copy: x-default is this page's alone. None found: unpublished since the read.
            alternates = list(alternates_by_key.get(item.translation_key, ()))
            default = next(
                (a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), None
            )
            if default:
                alternates.append({"lang_code": "x-default", "location": default["location"]})
            urls.append(
                {
                    "location": item.get_full_url(self.request),
                    "lastmod": self.lastmod(item),
                    "alternates": alternates,
                }
            )
        return urls
