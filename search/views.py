from django.core.paginator import InvalidPage, Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from pages.models.base import private_sections_q
from search.forms import SearchForm

RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    """Full-text search over the live pages of the visitor's language."""
    form = SearchForm(request.GET)
    context = {"form": form, "query": "", "results": None}
    if not form.is_valid():
        return TemplateResponse(request, "search/search.html", context, status=400)

    query = form.cleaned_data["q"]
    context["query"] = query
    if query:
        matches = (
            Page.objects.live()
            .exclude(private_sections_q())
            .filter(locale=Locale.get_active())
            .specific()
            .search(query)
        )
        paginator = Paginator(matches, RESULTS_PER_PAGE)
        try:
            context["results"] = paginator.page(form.cleaned_data["page"] or 1)
        except InvalidPage:
            context["error"] = _("There is no such page of results.")
            return TemplateResponse(request, "search/search.html", context, status=404)
    return TemplateResponse(request, "search/search.html", context)
