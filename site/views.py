from django.http import HttpResponse, HttpResponseBadRequest
from django.template import loader
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from crowdtime.sitemaps import MultilingualSitemap


@require_GET
def sitemap(request):
    return wagtail_sitemap(
        request, sitemaps={"pages": MultilingualSitemap}, template_name="sitemaps/urlset.xml"
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def bad_request(request, exception=None):
    """The 400 page, drawn from nothing the request holds but its language: Django's own
    handler reads the body for its CSRF check, and fails again on the body it refused."""
    return HttpResponseBadRequest(loader.render_to_string("400.html"))
