"""`manage.py snapshot_demo_pages OUTDIR`: what a visitor gets from the demo site, written to
OUTDIR so that two versions of the code can be compared with `diff -r`.

It GETs, with Django's test client in this process and production's DEBUG = False, every live
page of every language, each campaign's join page, the search (empty, and a search that finds
pages), the log-in, sign-up and organisation registration pages, sitemap.xml, robots.txt and
missing pages; and, logged in as a demo volunteer, her dashboard, her profile and a challenge.
For each URL one file, named after the URL: the status, the headers and the body, normalised
(see `normalise`); and queries.json: for each URL, the SQL queries of a GET by a worker that
has just started (cold) and of the same GET again (warm). A warm answer that differs from the
cold one is written too, as NAME.warm.txt.

The demo's dates are relative to the moment it was loaded, and its pages show the time left
to the minute: two snapshots compare only if both demos were loaded at the same moment, and
photographed at the same moment: `faketime` (`apt-get install faketime`) stops the clock,
for the loading and an hour later for the snapshot. Leave PORT unset: the demo's site
answers on port 8000, and TZ=UTC reads the clock's moments the same on every machine. In
each version's folder, with a database and a media folder of its own:

    export DATABASE_URL=sqlite:////tmp/snap.sqlite3 MEDIA_ROOT=/tmp/snap-media TZ=UTC
    rm -rf /tmp/snap.sqlite3 /tmp/snap-media
    .venv/bin/python manage.py migrate --noinput
    faketime -f '2026-12-01 09:00:00' .venv/bin/python manage.py load_demo_content
    .venv/bin/python manage.py create_demo_logins
    faketime -f '2026-12-01 10:00:00' .venv/bin/python manage.py snapshot_demo_pages OUTDIR

then `diff -r BEFORE AFTER`: no output, no difference a visitor would notice, nor in the
number of queries.
"""

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site

from core.cache import empty_local_caches

# The demo volunteer whose pages are taken (demo/content/volunteers.yaml).
VOLUNTEER_EMAIL = "ines@example.org"
# A search that finds pages, in each language of the demo.
SEARCHES = {"fr": "bénévolat", "en": "volunteering", "es": "voluntariado"}
MISSING_PAGE = "this-page-does-not-exist/"

# Whitespace as HTML reads it: a no-break space (which Python's \s would match) is content.
SPACES = re.compile(r"[ \t\n\r\f]+")
# What changes from one request to the next.
CSRF_FIELD = re.compile(r'(<input type="hidden" name="csrfmiddlewaretoken" value=")[^"]*"')
CSRF_COOKIE = re.compile(rf"(^Set-Cookie: {settings.CSRF_COOKIE_NAME}=)[^;]*", re.MULTILINE)
# Headers' dates are of the request (Expires, a cookie's expiry) or of the loading of the demo
# (the sitemap's Last-Modified).
HTTP_DATE = re.compile(r"\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT")
# Django's storage adds "_" and 7 random letters to a file name already taken in the media
# folder (an image loaded again into the same folder); a rendition's name keeps the start
# of its image's, cut to 60 characters with its size: the letters may be cut short.
MEDIA_SUFFIX = re.compile(
    rf"({re.escape(settings.MEDIA_URL)}(?:original_)?images/[^\"'\s_]*)_[A-Za-z0-9]{{0,7}}(?=\.)"
)


@dataclass(frozen=True)
class Visit:
    url: str
    as_volunteer: bool = False

    @property
    def name(self) -> str:
        """The file's name: the URL's path and query as a slug."""
        text = unicodedata.normalize("NFKD", unquote(self.url)).encode("ascii", "ignore")
        slug = re.sub(r"[^a-z0-9]+", "-", text.decode().lower()).strip("-") or "root"
        return f"volunteer--{slug}" if self.as_volunteer else slug


class Command(BaseCommand):
    help = (
        "Write what a visitor gets from each URL of the demo, and its query counts, to OUTDIR "
        "(compare two versions with diff -r; the module's docstring says how)."
    )

    def add_arguments(self, parser):
        parser.add_argument("outdir", type=Path)

    def handle(self, *args, outdir: Path, **options):
        if outdir.exists() and any(outdir.iterdir()):
            raise CommandError(f"{outdir} is not empty: a snapshot goes into an empty folder.")
        site = Site.objects.filter(is_default_site=True).first()
        volunteer = get_user_model().objects.filter(email=VOLUNTEER_EMAIL).first()
        if site is None or volunteer is None:
            raise CommandError("No demo here: run load_demo_content and create_demo_logins.")
        host = site.hostname if site.port == 80 else f"{site.hostname}:{site.port}"
        request = {"HTTP_HOST": host, "SERVER_NAME": site.hostname, "SERVER_PORT": str(site.port)}
        # Production's answers (its 404 page, not the debug one), from the demo's host.
        with override_settings(DEBUG=False, ALLOWED_HOSTS=[site.hostname]):
            anonymous, logged_in = Client(**request), Client(**request)
            logged_in.force_login(volunteer)
            visits = self.visits(volunteer)
            if len({visit.name for visit in visits}) != len(visits):
                raise CommandError("Two URLs would be written to the same file.")
            # The first visit ever of a picture makes its renditions (rows and files), once
            # per database: the counts are those of a site visited before.
            for visit in visits:
                (logged_in if visit.as_volunteer else anonymous).get(visit.url)
            outdir.mkdir(parents=True, exist_ok=True)
            queries = {}
            for visit in visits:
                client = logged_in if visit.as_volunteer else anonymous
                empty_worker_caches()
                cold, text = self.get(client, visit.url)
                warm, warm_text = self.get(client, visit.url)
                (outdir / f"{visit.name}.txt").write_text(text)
                if warm_text != text:
                    (outdir / f"{visit.name}.warm.txt").write_text(warm_text)
                queries[visit.name] = {"url": visit.url, "cold": cold, "warm": warm}
        (outdir / "queries.json").write_text(json.dumps(queries, indent=1, sort_keys=True) + "\n")
        self.stdout.write(self.style.SUCCESS(f"{len(visits)} URLs written to {outdir}."))

    @staticmethod
    def visits(volunteer) -> list[Visit]:
        pages = list(Page.objects.live().specific().order_by("path"))
        urls = [page.url for page in pages if page.url]  # the tree's root has none
        # Pages are told by their class's name, not their class: models move between apps.
        urls += [
            page.url + page.reverse_subpage("join")
            for page in pages
            if type(page).__name__ == "CampaignPage"
        ]
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                search = reverse("search")
                urls += [
                    search,
                    f"{search}?{urlencode({'q': SEARCHES[code]})}",
                    reverse("account_login"),
                    reverse("account_signup"),
                    reverse("organisations:register"),
                    f"/{code}/{MISSING_PAGE}",
                ]
        urls += ["/", "/sitemap.xml", "/robots.txt", f"/{MISSING_PAGE}"]
        visits = [Visit(url) for url in urls]
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                visits += [
                    Visit(reverse("volunteers:dashboard"), as_volunteer=True),
                    Visit(reverse("volunteers:profile"), as_volunteer=True),
                ]
        # The first challenge of her language (in the demo, one she has contributed to).
        language = volunteer.volunteer_profile.preferred_language
        challenge = next(
            page
            for page in pages
            if type(page).__name__ == "ChallengePage" and page.locale.language_code == language
        )
        visits.append(Visit(challenge.url, as_volunteer=True))
        return visits

    @staticmethod
    def get(client: Client, url: str) -> tuple[int, str]:
        """The number of queries of a GET, and what it answered, normalised."""
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        headers = [
            f"{name}: {sorted_policy(value) if name == 'Content-Security-Policy' else value}"
            for name, value in sorted(response.headers.items())
            # Follows the body's whitespace, which does not count.
            if name != "Content-Length"
        ]
        headers += [f"Set-Cookie: {cookie.OutputString()}" for cookie in response.cookies.values()]
        return len(queries), normalise(
            f"{response.status_code}\n" + "\n".join(headers), response.content.decode()
        )


def empty_worker_caches() -> None:
    """What a worker keeps in memory, as a worker that has just started; and the shared
    cache, so that no URL's count depends on the URLs taken before it."""
    empty_local_caches()
    caches["default"].clear()
    ContentType.objects.clear_cache()


def sorted_policy(policy: str) -> str:
    """django-csp writes the directives in an order that changes from one process to the
    next."""
    return "; ".join(sorted(policy.split("; ")))


def normalise(head: str, body: str) -> str:
    """The whitespace of the body does not count: runs of it become one space, none between
    two tags, and each tag starts a line so that diff shows which one changed. What changes at
    each request or each loading of the demo (but not from one version of the code to the
    next) is replaced by a fixed text."""
    body = SPACES.sub(" ", body).strip()
    body = re.sub(r"> ?<", ">\n<", body)
    body = CSRF_FIELD.sub(r'\1[csrf token]"', body)
    body = MEDIA_SUFFIX.sub(r"\1", body)
    head = CSRF_COOKIE.sub(r"\1[csrf token]", head)
    head = HTTP_DATE.sub("[date]", head)
    return f"{head}\n\n{body}\n"
