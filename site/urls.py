import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.views.account import PasswordResetView
from wagtail.documents import urls as wagtaildocs_urls

from crowdtime import api, views
from crowdtime.admin_login import RateLimitedLoginView
from search import views as search_views
from volunteers import certificate_views
from volunteers import views as volunteer_views

# A database that cannot be reached answers 503, wherever it fails (crowdtime/views.py).
handler500 = "crowdtime.views.server_error"
# Malformed requests get the site's own page, without a second read of their body.
handler400 = views.bad_request

# Admin, documents, the API, sitemap and robots.txt are the same in every language. /healthz,
# the load balancer's probe, is answered before any of these (crowdtime/health.py).
urlpatterns = [
    # Before Wagtail's own log-in: failed attempts are counted and limited.
    path("admin/login/", RateLimitedLoginView.as_view()),
    # Before Wagtail's own: its e-mail with an HTML part, like the site's other e-mails.
    path(
        "admin/password_reset/",
        PasswordResetView.as_view(
            html_email_template_name="wagtailadmin/account/password_reset/email.html"
        ),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Every language's pages; `?locale=fr` picks one.
    path(api.PREFIX, api.api_router.urls),
    # The index names each page of the sitemap by reversing "sitemap" with its section, which
    # matches this pattern's default: /sitemap.xml, its one section, keeps its address.
    path("sitemap.xml", views.sitemap, {"section": "pages"}, name="sitemap"),
    path("sitemap_index.xml", views.sitemap_index, name="sitemap_index"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # Certificates of volunteering: the site's public key, and the short link printed on each.
    path(".well-known/did.json", certificate_views.did_document, name="did_document"),
    path("c/<slug:public_id>/", certificate_views.short_link, name="certificate_short_link"),
    # A volunteer's calendar feed, in the language of their profile: its address is its key.
    re_path(
        r"^calendar/(?P<token>[A-Za-z0-9_-]{20,64})\.ics$",
        volunteer_views.calendar_feed,
        name="calendar_feed",
    ),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Uploaded images, in development or when SERVE_MEDIA says so (crowdtime/views.py); never
# documents, which go through Wagtail's view and their collection's privacy. Not when media
# live on another host (MEDIA_URL a full address).
if settings.MEDIA_URL.startswith("/"):
    urlpatterns.append(
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<folder>images|original_images)/(?P<path>.+)$",
            views.media_image,
        )
    )

# Pages and search carry the language: /fr/…, /en/…, /es/…
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    # Its address in each language: /fr/15-minutes/, /es/15-minutos/…
    path(
        pgettext_lazy("URL", "15-minutes/"), volunteer_views.fifteen_minutes, name="fifteen_minutes"
    ),
    path("styleguide/", views.styleguide, name="styleguide"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path("", include("campaigns.urls")),
    path("", include("core.urls")),
    path("accounts/", include("allauth.urls")),
    path("volunteer/", include("volunteers.urls")),
    path("certificates/", certificate_views.verify_credential, name="verify_credential"),
    path(
        "certificates/<slug:public_id>/",
        certificate_views.certificate_page,
        name="certificate_page",
    ),
    path("organisations/", include("organisations.urls")),
    # Translated: /fr/statistiques/, /en/statistics/, /es/estadisticas/.
    path(pgettext_lazy("URL", "statistics/"), include("impact.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
