"""Volunteers read each other across languages: under a contribution in another language than
the page's, a link shows Apertium's translation, made by the task worker when the contribution
was saved (a real APY, tests/apertium.py), kept in the database and only read by page views."""

import shutil

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks import default_task_backend

from challenges.models import Contribution, ContributionTranslation
from challenges.models.challenge import CONTRIBUTIONS_PER_PAGE
from challenges.models.translation import text_version
from core import apertium as engine
from tests.conftest import skip_or_fail
from tests.demo.test_html_validates import VNU, validation_errors
from tests.factories import ContributionFactory, ContributionReportFactory, as_committed
from tests.site.faults import free_port
from tests.site.test_i18n import switcher_links

pytestmark = pytest.mark.django_db

SPANISH = "Me gusta mucho el logo.\nLos colores son bonitos."


@pytest.fixture
def worker(settings):
    """Production's order of events: saves and clicks queue tasks, which run only when
    `run_queued()` says the task worker took them."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"},
        "worker": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    }

    def run_queued():
        queued = list(default_task_backend.results)
        default_task_backend.clear()
        with as_committed():
            for result in queued:
                result.task.using(backend="worker").enqueue(*result.args, **result.kwargs)
        return len(queued)

    return run_queued


@pytest.fixture
def engine_calls(monkeypatch):
    """The texts sent to the real engine, as the calls happen."""
    calls = []
    translate = engine.translate

    def counted(texts, route):
        calls.append(route.description)
        return translate(texts, route)

    monkeypatch.setattr(engine, "translate", counted)
    return calls


def spanish(challenge, text=SPANISH, **fields):
    return ContributionFactory(challenge=challenge, language="es", text=text, **fields)


def contribution_item(client, url, contribution, **query):
    response = client.get(url, query)
    assert response.status_code == 200
    html = response.content.decode()
    return BeautifulSoup(html, "html.parser").find(id=f"contribution-{contribution.pk}")


def test_a_contribution_is_translated_once_per_language_and_version_when_saved(
    challenge, apertium, engine_calls
):
    contribution = spanish(challenge)

    translations = {t.language: t for t in contribution.translations.all()}
    assert set(translations) == {"fr", "en"}
    assert translations["fr"].text == "Il me plaît beaucoup le logo.\nLes couleurs sont jolies."
    assert translations["fr"].engine == "Apertium (spa → fra)"
    assert "logo" in translations["en"].text
    assert sorted(engine_calls) == ["spa → eng", "spa → fra"]

    contribution.is_selected = True
    with as_committed():
        contribution.save()  # saved again, its text unchanged: nothing is translated again
    assert len(engine_calls) == 2

    contribution.text = "El logo es demasiado pequeño."
    with as_committed():
        contribution.save()
    assert len(engine_calls) == 4
    assert "trop petit" in contribution.translations.get(language="fr").text
    assert contribution.translations.count() == 2


def test_a_language_whose_home_page_is_unpublished_is_neither_offered_nor_translated_into(
    client, site, challenge, apertium, engine_calls, django_capture_on_commit_callbacks
):
    """Visitors and the task worker agree on the languages the site serves (core/i18n.py)."""
    assert "en" in switcher_links(client.get(challenge.url).content.decode())
    with django_capture_on_commit_callbacks(execute=True):
        site.homes["en"].unpublish()
    assert "en" not in switcher_links(client.get(challenge.url).content.decode())
    assert client.get(site.homes["en"].url).status_code == 404

    contribution = spanish(challenge)
    assert [t.language for t in contribution.translations.all()] == ["fr"]
    assert engine_calls == ["spa → fra"]


def test_a_reader_clicks_and_reads_the_translation_the_worker_made(
    client, challenge, apertium, worker, monkeypatch
):
    contribution = spanish(challenge)
    item = contribution_item(client, challenge.url, contribution)
    link = item.find("a", href=f"?translate={contribution.pk}#contribution-{contribution.pk}")
    assert link is not None and link["rel"] == ["nofollow"]

    worker()  # the task queued by the save
    item = contribution_item(client, challenge.url, contribution, translate=contribution.pk)

    translated = item.find(class_="contribution-text")
    assert translated["lang"] == "fr"
    assert translated.get_text() == "Il me plaît beaucoup le logo.Les couleurs sont jolies."
    assert translated.find("br") is not None  # its line break kept
    assert "Apertium" in item.get_text() and "Me gusta" not in item.get_text()
    original = item.find("a", hreflang="es")
    assert original["href"] == f"{challenge.url}#contribution-{contribution.pk}"
    item = contribution_item(client, challenge.url, contribution)
    assert item.find(class_="contribution-text")["lang"] == "es"


def test_a_page_view_never_calls_the_engine(client, challenge, apertium, worker, monkeypatch):
    contribution = spanish(challenge)
    default_task_backend.clear()  # as if the engine had not answered when it was saved

    def refused(*args, **kwargs):
        raise AssertionError("a page view asked the engine")

    with monkeypatch.context() as patched:
        patched.setattr(engine, "translate", refused)
        patched.setattr(engine, "route", refused)
        item = contribution_item(client, challenge.url, contribution, translate=contribution.pk)
        assert item.find(class_="contribution-text")["lang"] == "es"
        assert item.find(attrs={"role": "status"}) is not None  # being prepared
        assert not ContributionTranslation.objects.exists()
    assert [list(result.args) for result in default_task_backend.results] == [[contribution.pk]]

    worker()
    item = contribution_item(client, challenge.url, contribution, translate=contribution.pk)
    assert item.find(class_="contribution-text")["lang"] == "fr"


def test_an_edited_contribution_never_shows_its_old_translation(
    client, challenge, apertium, worker
):
    contribution = spanish(challenge)
    worker()
    contribution.text = "El logo es demasiado pequeño."
    with as_committed():
        contribution.save()

    item = contribution_item(client, challenge.url, contribution, translate=contribution.pk)
    assert "demasiado" in item.get_text() and "beaucoup" not in item.get_text()
    worker()
    item = contribution_item(client, challenge.url, contribution, translate=contribution.pk)
    assert "trop petit" in item.find(class_="contribution-text").get_text()


def test_with_the_engine_stopped_contributions_are_saved_and_shown_untranslated(
    client, challenge, apertium, settings, caplog
):
    settings.APERTIUM_URL = f"http://127.0.0.1:{free_port()}"  # nobody answers there
    contribution = spanish(challenge)
    assert not ContributionTranslation.objects.exists()

    item = contribution_item(client, challenge.url, contribution, translate=contribution.pk)
    assert "Me gusta mucho el logo." in item.get_text()
    assert item.find(attrs={"role": "status"}) is not None

    settings.APERTIUM_URL = apertium.url  # back: the next save or click translates it
    engine._unavailable_until = 0.0
    cache.clear()
    contribution_item(client, challenge.url, contribution, translate=contribution.pk)
    assert contribution.translations.filter(language="fr").exists()


def test_without_an_engine_no_translation_is_offered(client, challenge, settings):
    settings.APERTIUM_URL = ""
    contribution = spanish(challenge)
    item = contribution_item(client, challenge.url, contribution)
    assert "translate=" not in str(item)
    assert client.get(challenge.url, {"translate": contribution.pk}).status_code == 404


def test_only_contributions_in_other_languages_on_the_page_offer_a_translation(
    client, challenge, apertium
):
    french = ContributionFactory(challenge=challenge, language="fr")
    item = contribution_item(client, challenge.url, french)
    assert "translate=" not in str(item)
    for asked in (french.pk, "abc", "", 10**9):
        response = client.get(challenge.url, {"translate": asked})
        assert response.status_code == 404, asked


def test_the_links_keep_the_order_and_page_shown(client, challenge, apertium):
    contribution = spanish(challenge)
    ContributionFactory(challenge=challenge)
    item = contribution_item(client, challenge.url, contribution, sort="recent")
    assert item.find(
        "a", href=f"?sort=recent&translate={contribution.pk}#contribution-{contribution.pk}"
    )
    item = contribution_item(
        client, challenge.url, contribution, sort="recent", translate=contribution.pk
    )
    assert item.find("a", hreflang="es")["href"] == f"?sort=recent#contribution-{contribution.pk}"


def test_anonymous_visitors_get_the_translation_and_the_original_each_from_its_url(
    visit, page_cache, challenge, apertium
):
    contribution = spanish(challenge)
    original = visit(challenge.url)
    translated = visit(f"{challenge.url}?translate={contribution.pk}")
    again = visit(challenge.url)
    assert "Me gusta mucho" in original.text and "Me gusta mucho" in again.text
    assert "Il me plaît beaucoup" in translated.text and "Me gusta mucho" not in translated.text
    assert "Age" in again.headers  # served from the page cache


def test_hidden_contributions_lose_their_translations(client, challenge, apertium):
    reported, moderated = spanish(challenge), spanish(challenge, text="Otra idea.")
    assert ContributionTranslation.objects.count() == 4
    readers = [get_user_model().objects.create_user(f"reader{n}") for n in range(3)]
    reader = client
    for user in readers:
        reader.force_login(user)
        reader.post(f"{challenge.url}contributions/{reported.pk}/report/")
    assert not reported.translations.exists()

    moderated.is_hidden = True
    moderated.save()  # as the admin's edit view saves it
    assert not ContributionTranslation.objects.exists()

    moderated.is_hidden = False
    with as_committed():
        moderated.save()  # restored: translated again
    assert moderated.translations.count() == 2


def test_deleted_contributions_and_challenges_take_their_translations(challenge, apertium):
    deleted, kept = spanish(challenge), spanish(challenge, text="Otra idea.")
    ContributionReportFactory(contribution=kept)
    deleted.delete()
    assert set(ContributionTranslation.objects.values_list("contribution", flat=True)) == {kept.pk}

    key = challenge.translation_key
    challenge.delete()  # its last translation: its contributions go with it
    assert not Contribution.objects.filter(challenge_key=key).exists()
    assert not ContributionTranslation.objects.exists()


def test_a_page_of_contributions_in_other_languages_costs_the_same_queries(
    client, challenge, settings
):
    """As the bench measures it (bench/run.py): 20 contributions in the page's language, then
    20 in others, each translated; and showing one translation costs one query, whatever the
    number of contributions."""
    settings.APERTIUM_URL = "http://127.0.0.1:9"  # offered; no engine is asked by a page view

    def contributions(language):
        rows = Contribution.objects.bulk_create(
            Contribution(
                challenge_key=challenge.translation_key, text=f"Idea {n}.", language=language
            )
            for n in range(CONTRIBUTIONS_PER_PAGE)
        )
        ContributionTranslation.objects.bulk_create(
            ContributionTranslation(
                contribution=row,
                language="fr",
                source_version=text_version(row.text),
                text=f"Idée {n}.",
                engine="Apertium (eng → spa → fra)",
            )
            for n, row in enumerate(rows)
            if language != "fr"
        )
        cache.clear()
        client.get(challenge.url)
        with CaptureQueriesContext(connection) as captured:
            html = client.get(challenge.url).content.decode()
        return len(captured), html

    in_french, html = contributions("fr")
    assert "translate=" not in html
    challenge.contributions().delete()
    in_english, html = contributions("en")
    assert html.count("translate=") == CONTRIBUTIONS_PER_PAGE
    assert in_english == in_french

    shown = challenge.contributions().first()
    url = f"{challenge.url}?translate={shown.pk}"
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        html = client.get(url).content.decode()
    assert len(captured) == in_french + 1
    assert html.count('lang="fr">Idée') == 1


def test_a_translated_contribution_validates(client, challenge, apertium, tmp_path):
    """The W3C's Nu validator, as tests/demo/test_html_validates.py runs it."""
    if not shutil.which("java") or not VNU.exists():
        skip_or_fail("Java or the vnu-jar npm package not found")
    # To the microsecond, as a contribution is saved: its <time datetime> is written to the second.
    now = timezone.now().replace(microsecond=123456)
    contribution = spanish(challenge, link="https://example.org/idea", created_at=now)
    pages = {
        "offered.html": client.get(challenge.url),
        "translated.html": client.get(challenge.url, {"translate": contribution.pk}),
    }
    for name, response in pages.items():
        (tmp_path / name).write_bytes(response.content)
    assert validation_errors([tmp_path / name for name in pages]) == {}


def test_a_deleted_account_leaves_its_contributions_anonymised_with_their_translations(
    client, challenge, apertium
):
    """An account's deletion keeps its contributions, without their author (volunteers/):
    their translations, of the same words, stay with them, and go when they go."""
    contribution = spanish(challenge)
    contribution.author.delete()
    item = contribution_item(client, challenge.url, contribution, translate=contribution.pk)
    assert item.find(class_="contribution-text")["lang"] == "fr"
    assert "Il me plaît beaucoup le logo." in item.get_text()
    Contribution.objects.filter(pk=contribution.pk).delete()
    assert not ContributionTranslation.objects.exists()
