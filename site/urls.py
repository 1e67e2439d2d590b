from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from crowdtime import views
from organisations.admin_views import guarded_explorer, guarded_explorer_results
from search import views as search_views

handler400 = views.bad_request

# Admin, documents, sitemap and robots.txt are the same in every language.
urlpatterns = [
    # Before Wagtail's own explorer: staff explore only their pages and the way to them.
    path("admin/pages/<int:parent_page_id>/", guarded_explorer),
    path("admin/pages/<int:parent_page_id>/results/", guarded_explorer_results),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages and search carry the language: /fr/…, /en/…, /es/…
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("", include("campaigns.urls")),
    path("accounts/", include("allauth.urls")),
    path("volunteer/", include("volunteers.urls")),
    path("organisations/", include("organisations.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
