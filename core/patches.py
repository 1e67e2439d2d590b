"""Every change this project makes to a library's internals, in one place. Each says which
upstream line it changes (Wagtail 8.0), why, and when it can go. Applied once, from
core's ready()."""

from core.cache import forget_published_content, remember


def apply() -> None:
    keep_site_root_paths_per_worker()
    keep_locales_per_worker()
    refuse_admin_requests_with_403()
    render_notices_in_their_readers_language()


def keep_site_root_paths_per_worker() -> None:
    """Changes `Site.get_site_root_paths` and `Site.clear_site_root_paths_cache`
    (wagtail/models/sites.py, lines 221 and 283).

    Wagtail reads the sites' root paths from the default cache (Redis in production) each time
    it builds a URL without a request at hand: several round trips a page. Each worker keeps
    them with its fragments instead; what makes Wagtail clear them (a site, or a site's home
    page, saved) empties every worker's caches.

    Can go when Wagtail lets a project choose the cache of the site root paths (it has no
    setting for it in 8.0)."""
    from wagtail.models import Site

    find, clear = Site.get_site_root_paths, Site.clear_site_root_paths_cache

    def clear_everywhere():
        clear()
        forget_published_content()

    Site.get_site_root_paths = staticmethod(lambda: remember("site_root_paths", find))
    Site.clear_site_root_paths_cache = staticmethod(clear_everywhere)


def keep_locales_per_worker() -> None:
    """Changes `LocaleManager.get_for_language` (wagtail/models/i18n.py, line 30).

    Wagtail asks the database for the Locale of a language code every time (for the active
    language, several times a page). Each worker keeps them with the fragments, which saving
    or deleting a locale empties (core/cache.py).

    Can go when Wagtail caches locales itself (as it does the site root paths)."""
    from wagtail.models.i18n import LocaleManager

    find_in_database = LocaleManager.get_for_language

    def get_for_language(manager, language_code):
        return remember(f"locale:{language_code}", lambda: find_in_database(manager, language_code))

    LocaleManager.get_for_language = get_for_language


def refuse_admin_requests_with_403() -> None:
    """Changes `wagtail.admin.auth.permission_denied` (wagtail/admin/auth.py, line 16).

    Wagtail answers a refused admin request with a redirect to its dashboard and a message; the
    isolation between organisations is easier to see, and to test, as a plain 403 (which the
    admin's own 403 page explains). Wagtail's permission decorators (wagtail/admin/auth.py,
    lines 44 and 145) look the function up in their module at call time, so replacing it
    there reaches every view they guard.

    Can go when Wagtail offers a setting or hook for the refused-request response."""
    from django.core.exceptions import PermissionDenied
    from wagtail.admin import auth

    def refuse(request):
        raise PermissionDenied

    auth.permission_denied = refuse


def render_notices_in_their_readers_language() -> None:
    """Changes `render_to_string` as wagtail/admin/mail.py calls it (line 260).

    Wagtail renders a moderation notice's subject and text part in the recipient's admin
    language, but its HTML part once it has left that language: in the language of whoever
    triggered the notice. Every notice is rendered in its recipient's language.

    Can go when Wagtail renders the HTML part inside its `override(...)` block."""
    from django.utils.translation import override
    from wagtail.admin import mail

    render = mail.render_to_string

    def render_in_their_language(template_name, context=None, *args, **kwargs):
        profile = getattr((context or {}).get("user"), "wagtail_userprofile", None)
        if profile is None:
            return render(template_name, context, *args, **kwargs)
        with override(profile.get_preferred_language()):
            return render(template_name, context, *args, **kwargs)

    mail.render_to_string = render_in_their_language
