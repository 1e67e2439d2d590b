"""The statistics page and its downloads: the same cached figures, in the visitor's language."""

import json

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from core.frontend_cache import note_live_figures
from impact.charts import CauseChart, MonthChart
from impact.exports import LICENCE_URL, as_csv, as_json
from impact.figures import MAX_AGE, statistics


def statistics_page(request):
    figures = statistics()
    causes = figures.by_cause(get_language())
    context = {
        "statistics": figures,
        "causes": causes,
        "organisations": figures.by_organisation(get_language()),
        "month_chart": MonthChart.of(figures.months),
        "cause_chart": CauseChart.of(causes),
        "licence_url": LICENCE_URL,
        "max_age_minutes": MAX_AGE // 60,
    }
    return TemplateResponse(request, "impact/statistics.html", context)


def download_csv(request):
    note_live_figures(request)
    return download(as_csv(statistics(), get_language()), "text/csv", "csv")


def download_json(request):
    note_live_figures(request)
    data = as_json(statistics(), get_language(), request.build_absolute_uri)
    return download(json.dumps(data, ensure_ascii=False, indent=2), "application/json", "json")


def download(body: str, content_type: str, extension: str) -> HttpResponse:
    response = HttpResponse(body, content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="crowdtime-statistics-{get_language()}.{extension}"'
    )
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    return response
