import json
import sys
from datetime import timedelta

import psycopg
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext
from django.views import defaults
from django.views.decorators.http import require_GET
from django.views.static import serve
from wagtail.contrib.sitemaps import views as wagtail_sitemaps

from campaigns.models import Progress
from crowdtime import brand
from crowdtime.sitemaps import MultilingualSitemap
from crowdtime.styleguide import colour_tokens, text_pairs

# Django wraps the driver's errors; psycopg's own can escape where Django does not wrap them.
DATABASE_UNAVAILABLE = (
    OperationalError,
    InterfaceError,
    psycopg.OperationalError,
    psycopg.InterfaceError,
)
RETRY_AFTER_SECONDS = 30


SITEMAPS = {"pages": MultilingualSitemap}


@require_GET
def sitemap(request, section):
    return wagtail_sitemaps.sitemap(
        request, sitemaps=SITEMAPS, section=section, template_name="sitemaps/urlset.xml"
    )


@require_GET
def sitemap_index(request):
    """The sitemap's pages: /sitemap.xml, then /sitemap.xml?p=2… past MultilingualSitemap.limit."""
    return wagtail_sitemaps.index(request, sitemaps=SITEMAPS, sitemap_url_name="sitemap")


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap_index'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def manifest(request):
    """The web app manifest, in the language of its address: a phone that adds the site to its
    home screen opens it on the home page in that language."""
    language = translation.get_language()
    icons = [
        {"src": static("icons/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
        {"src": static("icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
        {"src": static("icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
        {
            "src": static("icons/icon-maskable-512.png"),
            "sizes": "512x512",
            "type": "image/png",
            "purpose": "maskable",
        },
    ]
    data = {
        "name": "Crowdtime",
        "short_name": "Crowdtime",
        "description": gettext(
            "Give a little of your time to causes that need it, online or nearby."
        ),
        "lang": language,
        "dir": "rtl" if translation.get_language_bidi() else "ltr",
        "start_url": f"/{language}/",
        "scope": "/",
        "display": "minimal-ui",
        "theme_color": brand.BRAND,
        "background_color": brand.PAPER,
        "icons": icons,
    }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/manifest+json"
    )
    patch_cache_control(response, public=True, max_age=24 * 3600)
    return response


@require_GET
def media_image(request, folder, path):
    """An uploaded image (`folder`: images or original_images), from MEDIA_ROOT. Off unless in
    development or with SERVE_MEDIA, where nothing else serves them: a node behind a cache
    (Varnish keeps them, so Django reads each file about once per FRONTEND_CACHE_SECONDS).
    Documents are never served from here: only through Wagtail's view, which applies their
    collection's privacy."""
    if not (settings.DEBUG or settings.SERVE_MEDIA):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT / folder)


def server_error(request):
    """Django's answer to an uncaught exception (handler500), from the view or any middleware.
    A database that cannot be reached is an outage, not a bug: 503, to be retried."""
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        return database_unavailable(request)
    return defaults.server_error(request)


def database_unavailable(request):
    """The site's own page, in the visitor's language, drawn without the database (no site,
    session or user). The security headers come from the middleware outside everything that
    may fail (settings.MIDDLEWARE)."""
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def bad_request(request, exception=None):
    """The 400 page, drawn from nothing the request holds but its language: Django's own
    handler reads the body for its CSRF check, and fails again on the body it refused."""
    return HttpResponseBadRequest(loader.render_to_string("400.html"))


@require_GET
def styleguide(request):
    """The design system's tokens and components, live, for editors (not indexed)."""
    tokens = colour_tokens()
    return render(
        request,
        "styleguide.html",
        {
            "colours": [(name, tokens[name]) for name in tokens],
            "text_pairs": text_pairs(),
            "sample_progress": Progress(participants=60, goal=100),
            "sample_campaign": {"status": "open", "ends_at": timezone.now() + timedelta(days=12)},
        },
    )
