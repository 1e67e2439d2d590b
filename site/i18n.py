"""Which language versions of the current page exist, for hreflang links and the switcher."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str  # in its own language: "Español", not "Spanish"
    url: str
    is_current: bool
    is_translation: bool  # False when the link falls back to that language's home page


def language_versions(request, page: Page | None = None) -> list[LanguageVersion]:
    """One entry per configured language, in settings order, computed once per request.

    For a page: its live translation, or that language's home page where there is none.
    For other views (search): the same URL under the other language prefix.
    """
    cached = getattr(request, "_language_versions", None)
    if cached is not None:
        return cached

    current = get_language()
    if page is not None:
        translations = {
            p.locale.language_code: p.get_url(request)
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
        homes = _home_urls(request)
        urls = {code: translations.get(code) for code, _ in settings.LANGUAGES}
        fallbacks = {code: homes.get(code) for code, _ in settings.LANGUAGES}
    else:
        path = request.get_full_path()
        urls = {code: translate_url(path, code) for code, _ in settings.LANGUAGES}
        fallbacks = {}

    versions = [
        LanguageVersion(
            code=code,
            name=get_language_info(code)["name_local"],
            url=urls[code] or fallbacks.get(code) or f"/{code}/",
            is_current=code == current,
            is_translation=bool(urls[code]),
        )
        for code, _ in settings.LANGUAGES
    ]
    request._language_versions = versions
    return versions


def _home_urls(request) -> dict[str, str]:
    site = Site.find_for_request(request)
    if site is None:
        return {}
    return {
        home.locale.language_code: home.get_url(request)
        for home in site.root_page.get_translations(inclusive=True).live().select_related("locale")
    }
