"""Issue 17's walk-through in Chromium: an editor has a French article machine-translated into
Spanish by Apertium (running for real) in wagtail-localize's editor and publishes it, and a
visitor reads it in Spanish; a French visitor's search for a singular finds the page that says
only the plural (PostgreSQL's stemming)."""

from html import escape

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from pages.models import ArticlePage
from tests.demo.browsers import DjangoRoutes
from tests.factories import ArticlePageFactory, paragraph


class RedirectAsPage:
    """A route whose redirects reach the browser as a page that moves on at once. Chromium
    sends the redirect answering a form of the admin to the network rather than back to the
    route (net::ERR_NAME_NOT_RESOLVED for testserver), though not the public site's."""

    def __init__(self, route):
        self.route = route

    def abort(self):
        return self.route.abort()

    def fulfill(self, *, status=200, headers=None, body=b"", **other):
        location = {key.lower(): value for key, value in (headers or {}).items()}.get("location")
        if location and 300 <= status < 400:
            headers = {"Content-Type": "text/html; charset=utf-8"}
            body = f'<meta http-equiv="refresh" content="0;url={escape(location)}">'.encode()
            status = 200
        return self.route.fulfill(status=status, headers=headers, body=body, **other)


@pytest.fixture
def editor(django_routes, monkeypatch):
    """A French-speaking editor, logged in in the browser."""
    answer = DjangoRoutes.__call__
    monkeypatch.setattr(
        DjangoRoutes,
        "__call__",
        lambda routes, route, request: answer(routes, RedirectAsPage(route), request),
    )
    user = get_user_model().objects.create_superuser("editrice", "editrice@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    django_routes.client.force_login(user)
    return user


@pytest.mark.browser
def test_an_editor_publishes_a_machine_translated_spanish_article(
    page_in, editor, site, apertium, django_capture_on_commit_callbacks
):
    article = ArticlePageFactory(
        parent=site.indexes["articles"]["fr"],
        title="La campagne des jardins",
        introduction="Donnez quinze minutes à une association.",
        search_description="",
        body=[paragraph("Le jardin a besoin d’aide.")],
    )
    page = page_in(width=1366)
    page.goto(f"http://testserver/admin/localize/submit/page/{article.pk}/")
    page.get_by_label("Español").check()
    page.get_by_role("button", name="Soumettre").click()
    page.wait_for_url("**/edit/")

    page.get_by_role("button", name="Traduire avec Apertium").click()
    expect(page.get_by_text("La campaña de los jardines").first).to_be_visible()
    # wagtail-localize publishes once the request's transaction is committed.
    with django_capture_on_commit_callbacks(execute=True):
        page.get_by_role("button", name="Publier dans").click()
        expect(page.get_by_text("a été publié(e) en Español")).to_be_visible()

    spanish = ArticlePage.objects.get(
        translation_key=article.translation_key, locale__language_code="es"
    )
    assert spanish.live
    page.goto(f"http://testserver{article.url}")
    page.get_by_role("navigation", name="Choisir une langue").get_by_role(
        "link", name="Español"
    ).click()
    page.wait_for_url(f"http://testserver{spanish.url}")
    assert page.evaluate("document.documentElement.lang") == "es"
    assert page.get_by_role("heading", level=1).inner_text() == "La campaña de los jardines"
    main = page.get_by_role("main").inner_text()
    assert "minutos" in main and "jardín" in main
    assert "campagne" not in main and "minutes" not in main


@pytest.mark.browser
@pytest.mark.postgres
def test_a_french_search_for_a_singular_finds_the_page_that_says_the_plural(page_in, site):
    article = ArticlePageFactory(
        parent=site.indexes["articles"]["fr"],
        title="Merci aux bénévoles du quartier",
        introduction="Ils ont repeint l’école en un week-end.",
        search_description="",
        body=[paragraph("Les bénévoles reviennent au printemps.")],
    )
    page = page_in(javascript=False)
    page.goto(f"http://testserver{site.home.url}")
    page.get_by_role("searchbox", name="Rechercher sur le site").fill("bénévole")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/fr/search/" in page.url
    results = page.locator(".search-results")
    expect(results.get_by_role("link", name=article.title)).to_have_count(1)
    page.get_by_role("link", name=article.title).click()
    page.wait_for_url(f"http://testserver{article.url}")
