"""Which language versions of the current page exist, for hreflang links and the switcher."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from core.cache import remember


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str  # in its own language: "Español", not "Spanish"
    url: str
    absolute_url: str  # for hreflang links: the page's URL on its site
    is_current: bool
    is_translation: bool  # False when the link falls back to that language's home page


def language_versions(request, page: Page | None = None) -> list[LanguageVersion]:
    """One entry per configured language, in settings order, computed once per request.

    For a page: its live translation, or that language's home page where there is none.
    For other views (search): the same URL under the other language prefix.
    """
    versions = getattr(request, "_language_versions", None)
    if versions is None:
        versions = request._language_versions = _published_versions(request, page)
    return versions


def _published_versions(request, page: Page | None) -> list[LanguageVersion]:
    """A page's versions change only when a page is published: they are kept with the
    fragments that a publish empties (core/cache.py)."""
    if page is None or page.pk is None:
        return _versions(request, page)
    key = f"language_versions:{request.get_host()}:{page.pk}:{get_language()}"
    return remember(key, lambda: _versions(request, page))


def _versions(request, page: Page | None) -> list[LanguageVersion]:
    current = get_language()
    if page is not None:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
        homes = _home_urls(request)
        urls = {code: p.get_url(request) for code, p in translations.items()}
        absolute_urls = {code: p.get_full_url(request) for code, p in translations.items()}
    else:
        path = request.get_full_path()
        homes = {}
        urls = {code: translate_url(path, code) for code, _ in settings.LANGUAGES}
        absolute_urls = {code: request.build_absolute_uri(url) for code, url in urls.items()}

    versions = []
    for code, _ in settings.LANGUAGES:
        url = urls.get(code)
        versions.append(
            LanguageVersion(
                code=code,
                name=get_language_info(code)["name_local"],
                url=url or homes.get(code) or f"/{code}/",
                absolute_url=absolute_urls.get(code, ""),
                is_current=code == current,
                is_translation=bool(url),
            )
        )
    return versions


def _home_urls(request) -> dict[str, str]:
    site = Site.find_for_request(request)
    if site is None:
        return {}
    return {
        home.locale.language_code: home.get_url(request)
        for home in site.root_page.get_translations(inclusive=True).live().select_related("locale")
    }
