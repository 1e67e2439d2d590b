"""Which language versions of the current page exist, for hreflang links and the switcher."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from core.cache import remember


def language_choices() -> list[tuple[str, str]]:
    """The enabled languages, read when asked: a field's choices follow LANGUAGES_ENABLED
    without a migration each time it changes."""
    return settings.LANGUAGES


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str  # in its own language: "Español", not "Spanish"
    url: str
    absolute_url: str  # for hreflang links: the page's URL on its site
    is_current: bool
    is_translation: bool  # False when the link falls back to that language's home page


def language_versions(request, page: Page | None = None) -> list[LanguageVersion]:
    """One entry per configured language the site offers (is_offered: a language
    removed, or not added yet, is not offered), in settings order, computed once per request.

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
    homes = _home_urls(request)
    if page is not None:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
        urls = {code: p.get_url(request) for code, p in translations.items()}
        absolute_urls = {code: p.get_full_url(request) for code, p in translations.items()}
    else:
        path = request.get_full_path()
        urls = {code: translate_url(path, code) for code, _ in settings.LANGUAGES}
        absolute_urls = {code: request.build_absolute_uri(url) for code, url in urls.items()}

    versions = []
    for code, _ in settings.LANGUAGES:
        if not _offered(homes, code):
            continue
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


def is_offered(request, language: str) -> bool:
    """Whether the request's site serves `language`: it has a live home page in it. A language
    not added yet, or removed, is not served, though enabled. A site with a single home page (a
    database fresh from its migrations) offers every enabled language, as does a request
    without a site."""
    return _offered(_home_urls(request), language)


def served_languages() -> list[str]:
    """The enabled languages that the default site serves, as `is_offered` answers for its
    visitors, for work done outside a request: a task translating into a language nobody can
    read yet would waste the engine. Read from the database at each call, not kept: the task
    worker serves no request, so it never hears that a publish emptied the kept fragments."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    live = {home.locale.language_code: home.live for home in _home_pages(site)}
    return [language for language, _name in settings.LANGUAGES if _offered(live, language)]


def _offered(homes: dict, language: str) -> bool:
    """`homes`: each language the site has a home page in, to something true if it is live."""
    return len(homes) <= 1 or bool(homes.get(language))


def _home_pages(site: Site | None) -> list[Page]:
    """The site's home page in each language it has one in, live or not."""
    if site is None:
        return []
    return list(site.root_page.get_translations(inclusive=True).select_related("locale"))


def _home_urls(request) -> dict[str, str]:
    """The URL of the site's home page in each language it has one in ("" where it is not
    live; {} without a site), kept with the fragments, which a publish or an unpublish empties
    (core/cache.py)."""
    site = Site.find_for_request(request)
    if site is None:
        return {}

    def urls():
        return {
            home.locale.language_code: home.get_url(request) if home.live else ""
            for home in _home_pages(site)
        }

    return remember(f"home_urls:{request.get_host()}:{site.pk}", urls)
