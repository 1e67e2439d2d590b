import hashlib
from dataclasses import dataclass

from django.core.paginator import InvalidPage, Paginator
from django.core.paginator import Page as PageOfItems
from django.template.response import TemplateResponse
from django.utils.text import Truncator
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page, Site

from core.cache import remember_search
from pages.models.base import page_of, private_sections_q
from search.forms import SearchForm

RESULTS_PER_PAGE = 10
# What each result says it is, by model (named: organisations is no floor below search);
# any other page (home, listings, about) is a "page".
KINDS = {
    "pages.articlepage": pgettext_lazy("kind of page", "Article"),
    "campaigns.campaignpage": pgettext_lazy("kind of page", "Campaign"),
    "challenges.challengepage": pgettext_lazy("kind of page", "Challenge"),
    "organisations.organisationpage": pgettext_lazy("kind of page", "Organisation"),
}
OTHER_KIND = pgettext_lazy("kind of page", "Page")


@require_GET
def search(request):
    """Full-text search over the live pages of the visitor's language."""
    form = SearchForm(request.GET)
    # The page's own search form replaces the header's.
    context = {"form": form, "query": "", "results": None, "search_page": True}
    if not form.is_valid():
        return TemplateResponse(request, "search/search.html", context, status=400)

    query = context["query"] = form.cleaned_data["q"]
    if query:
        try:
            context["results"] = find(request, query, form.cleaned_data["page"] or 1)
        except InvalidPage:
            context["error"] = _("There is no such page of results.")
            return TemplateResponse(request, "search/search.html", context, status=404)
    return TemplateResponse(request, "search/search.html", context)


@dataclass(frozen=True)
class Result:
    """What a result shows of its page."""

    url: str
    title: str
    summary: str
    kind: str

    @classmethod
    def of(cls, page, request):
        introduction = Truncator(getattr(page, "introduction", ""))
        # The search description, else the introduction cut as the truncatewords filter cuts.
        summary = page.search_description or introduction.words(40, truncate=" …")
        # Kept in the visitor's language, as the results are (the key holds the language).
        kind = KINDS.get(page._meta.label_lower, OTHER_KIND)
        return cls(page.get_url(request), page.title, summary, str(kind))


def find(request, query: str, number: int) -> PageOfItems:
    """A page of results. The search builds two elaborate queries (the count and the page of
    results) and one more per kind of page found: each worker keeps what a page of results
    shows until a publish empties its caches or the search index is updated."""

    def compute():
        matches = (
            Page.objects.live()
            .exclude(private_sections_q())
            .filter(locale=Locale.get_active())
            .specific()
            .search(query)
        )
        page = Paginator(matches, RESULTS_PER_PAGE).page(number)
        return [Result.of(match, request) for match in page], page.paginator.count

    site = Site.find_for_request(request)
    asked = repr((site.pk if site else None, get_language(), query, number))
    key = "search:" + hashlib.sha256(asked.encode()).hexdigest()
    results, count = remember_search(key, compute)
    return page_of(results, number, RESULTS_PER_PAGE, count)
