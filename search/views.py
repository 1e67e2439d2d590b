import hashlib
from dataclasses import dataclass

from django.core.paginator import InvalidPage, Paginator
from django.template.response import TemplateResponse
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page, Site

from core.cache import remember_search
from core.frontend_cache import note_live_figures
from pages.models import Tag
from pages.models.base import page_of, private_sections_q
from search import facets
from search.backend import searching_in
from search.forms import SearchForm

RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    """Full-text search over the live pages of the visitor's language, narrowed by kind of page
    and by cause."""
    form = SearchForm(request.GET)
    # The page's own search form replaces the header's.
    context = {"form": form, "query": "", "results": None, "search_page": True}
    if not form.is_valid():
        return TemplateResponse(request, "search/search.html", context, status=400)

    query = context["query"] = form.cleaned_data["q"]
    kind, cause = form.cleaned_data["kind"], form.cleaned_data["cause"]
    context["kind"] = kind
    if cause:
        context["cause"] = Tag.from_slug(cause, Locale.get_active(), kind=Tag.Kind.CAUSE)
        if context["cause"] is None:
            context["error"] = _("There is no such cause.")
            return TemplateResponse(request, "search/search.html", context, status=404)
    if query:
        # Results and their counts follow the search index, which a task updates after the
        # publish: no purge at the publish can catch them, so a cache in front keeps them briefly.
        note_live_figures(request)
        try:
            found = find(request, query, form.cleaned_data["page"] or 1, kind, context.get("cause"))
        except InvalidPage:
            context["error"] = _("There is no such page of results.")
            return TemplateResponse(request, "search/search.html", context, status=404)
        context["results"], context["kinds"], context["causes"] = found
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
        kind = facets.kind_label(facets.kind_of(page))
        return cls(page.get_url(request), page.title, summary, kind)


def find(request, query: str, number: int, kind: str, cause: Tag | None):
    """A page of results and the facets' options. The search builds two elaborate queries (the
    count and the page of results), one more per kind of page found, and three for the
    facets: each worker keeps what a page of results shows until a publish empties its caches
    or the search index is updated."""

    def matching(*, by_kind=True, by_cause=True):
        pages = Page.objects.live().exclude(private_sections_q()).filter(locale=Locale.get_active())
        if kind and by_kind:
            pages = pages.filter(facets.kind_q(kind))
        if cause and by_cause:
            pages = pages.filter(facets.cause_q(cause))
        return pages

    def compute():
        matches = matching().specific().search(query)
        page = Paginator(matches, RESULTS_PER_PAGE).page(number)
        results = [Result.of(match, request) for match in page]
        # The queries the search backend builds, for the facets to count in.
        kinds = facets.count_kinds(matching(by_kind=False).search(query).get_queryset())
        causes = facets.count_causes(matching(by_cause=False).search(query).get_queryset())
        return results, page.paginator.count, kinds, causes

    site = Site.find_for_request(request)
    chosen = cause.pk if cause else None
    asked = repr((site.pk if site else None, get_language(), query, number, kind, chosen))
    key = "search:" + hashlib.sha256(asked.encode()).hexdigest()
    # The pages of one language, read as their language reads (stemmed and all).
    with searching_in(get_language()):
        results, count, kinds, causes = remember_search(key, compute)
    # The choice made stays in sight, and undoable, when the other one leaves it nothing.
    if kind and kind not in {option.value for option in kinds}:
        kinds = [*kinds, facets.Option(kind, facets.kind_label(kind), 0)]
    if cause and cause.slug not in {option.value for option in causes}:
        causes = [*causes, facets.Option(cause.slug, cause.name, 0)]
    return page_of(results, number, RESULTS_PER_PAGE, count), kinds, causes
